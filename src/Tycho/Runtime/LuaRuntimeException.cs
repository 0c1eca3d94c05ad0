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

    /// <summary>The error object as text, as lua.c's message handler shows it (manual §7): a string or number as
    /// itself; for another value, the result of its <c>__tostring</c> metamethod when the error reached the host
    /// through a top-level call (run there once, under the call's limits; if it fails, runs into a limit or does not
    /// return a string, this falls back to the description); else <c>(error object is a T value)</c>. Made when first read: a Lua
    /// error message of many megabytes would otherwise be decoded to a .NET string twice its size at every raise,
    /// out of the memory limit's sight, though pcall never reads it.</summary>
    public override string Message => _message ??= Describe(Value);

    private string? _message;
    private bool _messageResolved;

    /// <summary>The text the error object's <c>__tostring</c> returned when the error reached the host (the raw
    /// bytes behind <see cref="Message"/>); null when it has no such metamethod, it failed, or the error did not
    /// leave a top-level call.</summary>
    public LuaString? ToStringText { get; private set; }

    /// <summary>Why the error object's <c>__tostring</c> gave no text when the error reached the host: the error it
    /// raised (a <see cref="LuaLimitException"/> when it ran into one of the call's limits) or
    /// <c>'__tostring' must return a string</c>; null when it succeeded, there is none, or it did not run.</summary>
    public LuaRuntimeException? ToStringError { get; private set; }

    /// <summary>At the host boundary: runs the error object's <c>__tostring</c> (once, on <paramref name="thread"/>,
    /// under the running call's limits) so that <see cref="Message"/> shows its text. Does nothing for strings,
    /// numbers and values without the metamethod, or when already done.</summary>
    internal void ResolveMessage(LuaThread thread)
    {
        if (_messageResolved) return;
        _messageResolved = true;
        if (_message is not null || Value.IsString || Value.IsNumber) return;
        GlobalState g = thread.Global;
        bool firedBefore = g.FiredLimit is not null;
        if (ErrorText.TryToStringMetamethod(thread, Value, out LuaString? text, out LuaRuntimeException? error))
        {
            ToStringText = text;
            _message = text!.ToString();
        }
        ToStringError = error;
        // A limit the metamethod ran into is its failure, not the call's: the host gets the script's own error.
        if (!firedBefore) g.ForgetFiredLimit();
    }

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
        return ErrorText.TypeDescription(v);
    }
}
