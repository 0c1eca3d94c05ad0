namespace Tycho;

/// <summary>Base of the exceptions Tycho raises to hosts.</summary>
public abstract class LuaException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    protected LuaException(string message, Exception? inner = null) : base(message, inner) { }
}

/// <summary>
/// A Lua error (manual §2.3): carries the error object, which can be any Lua value (<c>error({code=1})</c>).
/// Thrown by the VM and by library functions; caught by <c>pcall</c>, or by the host.
/// </summary>
public class LuaRuntimeException : LuaException
{
    /// <summary>The error object.</summary>
    public LuaValue Value { get; }

    /// <summary>The Lua traceback captured where the error was raised (lua5.4's standard format), if known.</summary>
    public string? LuaTraceback { get; internal set; }

    /// <summary>The thread that already ran the message handler / traceback step for this error (so nested
    /// host calls do not repeat it while the error propagates).</summary>
    internal LuaThread? SeenBy { get; set; }

    /// <summary>An error whose object is the string <paramref name="message"/> (no position is added).</summary>
    public LuaRuntimeException(string message) : base(message) { Value = LuaValue.FromString(message); }

    /// <summary>An error with any value as its object.</summary>
    public LuaRuntimeException(LuaValue value, Exception? inner = null) : base(Describe(value), inner) { Value = value; }

    private static string Describe(LuaValue v)
    {
        if (v.IsString || v.IsNumber) return LuaString.ToDisplay(v).ToString();
        if (v.IsNil) return "nil";
        return "(error object is a " + v.TypeName + " value)";
    }
}

/// <summary>A syntax error found while loading a chunk. <see cref="Exception.Message"/> is lua5.4's text,
/// e.g. <c>input:1: unexpected symbol near '+'</c>.</summary>
public sealed class LuaSyntaxException : LuaRuntimeException
{
    /// <summary>Creates a syntax error with a fully formatted message.</summary>
    public LuaSyntaxException(string message) : base(message) { }
}
