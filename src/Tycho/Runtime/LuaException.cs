namespace Tycho.Runtime;

/// <summary>Base of the exceptions Tycho raises to hosts.</summary>
public abstract class LuaException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    protected LuaException(string message, Exception? inner = null) : base(message, inner) { }
}
