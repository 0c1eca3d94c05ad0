namespace Tycho.Hosting;

/// <summary>Thrown when a <see cref="LuaState"/> is used from a second thread while another thread is inside it.
/// A state is single-threaded; this is detected at API entry points rather than left to corrupt the state.</summary>
public sealed class LuaConcurrentUseException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public LuaConcurrentUseException(string message) : base(message) { }
}
