namespace Tycho.Hosting;

/// <summary>Thrown when a <see cref="LuaState"/> or one of its objects (the raw access of its tables, its handles) is
/// used from a second thread while another thread is inside the state. A state is single-threaded; this is detected
/// at every entry point (an atomic claim of the state, cheap on the thread already inside) rather than left to
/// corrupt the state.</summary>
public sealed class LuaConcurrentUseException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public LuaConcurrentUseException(string message) : base(message) { }
}
