namespace Tycho.Runtime;

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
    public LuaRuntimeException(string message) : base(message) { Value = LuaValue.FromString(message); _message = message; }

    /// <summary>An error with any value as its object.</summary>
    public LuaRuntimeException(LuaValue value, Exception? inner = null) : base("", inner) { Value = value; }

    /// <summary>The error object as text (a string or number as itself, else a description of its type). Made
    /// when first read: a Lua error message of many megabytes would otherwise be decoded to a .NET string twice
    /// its size at every raise, out of the memory limit's sight, though pcall never reads it.</summary>
    public override string Message => _message ??= Describe(Value);

    private string? _message;

    /// <summary>The chunk name of the error position, as shown in the message (<c>"input"</c>, <c>"script.lua"</c>,
    /// <c>[string "..."]</c>), when the error object is a string starting with the standard <c>chunk:line:</c>
    /// prefix (added by <c>error</c> at level 1 and by runtime errors); otherwise null.</summary>
    public string? ChunkName => ParsePosition(out string? chunk, out _) ? chunk : null;

    /// <summary>The 1-based source line of the error position (see <see cref="ChunkName"/>), or 0 when unknown.</summary>
    public int Line => ParsePosition(out _, out int line) ? line : 0;

    /// <summary>The error message without its <c>chunk:line:</c> prefix (the whole message when there is none).</summary>
    public string MessageWithoutPosition
    {
        get
        {
            string m = Message;
            int colon = PositionEnd(m, out _, out _);
            return colon < 0 ? m : m.Substring(colon);
        }
    }

    private bool ParsePosition(out string? chunk, out int line)
    {
        chunk = null; line = 0;
        if (!Value.IsString) return false;
        return PositionEnd(Message, out chunk, out line) >= 0;
    }

    /// <summary>Finds "chunk:123: " at the start of <paramref name="m"/>; returns the index after it or -1.</summary>
    private static int PositionEnd(string m, out string? chunk, out int line)
    {
        chunk = null; line = 0;
        // The chunk id itself may contain ':' ([string "a:b"]), so scan for ":<digits>: " from the left.
        for (int i = m.IndexOf(':'); i > 0; i = m.IndexOf(':', i + 1))
        {
            int j = i + 1, n = 0;
            while (j < m.Length && char.IsAsciiDigit(m[j]) && n < 9) { n = n * 10 + (m[j] - '0'); j++; }
            if (j > i + 1 && j + 1 < m.Length && m[j] == ':' && m[j + 1] == ' ')
            {
                chunk = m.Substring(0, i); line = n;
                return j + 2;
            }
        }
        return -1;
    }

    private static string Describe(LuaValue v)
    {
        if (v.IsString || v.IsNumber) return LuaString.ToDisplay(v).ToString();
        if (v.IsNil) return "nil";
        return "(error object is a " + v.TypeName + " value)";
    }
}
