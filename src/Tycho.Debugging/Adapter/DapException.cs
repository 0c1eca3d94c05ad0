namespace Tycho.Debugging;

/// <summary>A request that cannot be served: its message becomes the error response the client shows.</summary>
internal sealed class DapException(string message) : Exception(message);
