using System.Text;
using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Cli;

/// <summary>
/// Writes error reports to standard error as lua.c does: <c>progname: message</c>, the message being what lua.c's
/// <c>msghandler</c> makes of the error object (strings and numbers as text, else the <c>__tostring</c> result, else
/// <c>(error object is a T value)</c>), followed by the traceback for runtime errors.
/// </summary>
internal sealed class ErrorReporter
{
    private readonly LuaState _state;

    /// <summary>Reports errors raised in <paramref name="state"/>.</summary>
    public ErrorReporter(LuaState state) => _state = state;

    /// <summary>Writes raw text to standard error, after flushing standard output so the two keep their order.</summary>
    public void WriteError(string text) => WriteError(Encoding.UTF8.GetBytes(text));

    private void WriteError(byte[] bytes)
    {
        try
        {
            _state.StandardOutput.Flush();
            _state.StandardError.Write(bytes);
            _state.StandardError.Flush();
        }
        catch (IOException) { }   // nowhere left to report to
    }

    /// <summary>lua.c's <c>l_message</c>: <c>progname: msg</c> (no prefix when <paramref name="progName"/> is null, as in the REPL).</summary>
    public void Report(string? progName, byte[] message)
    {
        using var buffer = new MemoryStream();
        if (progName is not null) buffer.Write(Encoding.UTF8.GetBytes(progName + ": "));
        buffer.Write(message);
        buffer.WriteByte((byte)'\n');
        WriteError(buffer.ToArray());
    }

    /// <summary>Reports a runtime error as lua.c's <c>msghandler</c> + <c>report</c> do: message, then traceback.</summary>
    public void ReportRuntime(string? progName, LuaRuntimeException e)
    {
        Report(progName, HandlerMessage(e));
    }

    /// <summary>The full text lua.c's message handler produces for an error (message and traceback).</summary>
    public byte[] HandlerMessage(LuaRuntimeException e)
    {
        var v = e.Value;
        if (!v.IsString && !v.IsNumber && TryBoundaryText(e, out var custom))
            return custom;   // an object with __tostring: lua.c prints its text without a traceback
        // __tostring (if any) was tried above: running it again would double a hostile metamethod's time.
        byte[] message = v.IsString || v.IsNumber ? LuaString.ToDisplay(v).Span.ToArray() : TypeDescription(v);
        string? traceback = e is LuaSyntaxException ? null : e.LuaTraceback;
        if (string.IsNullOrEmpty(traceback)) return message;
        string text = Encoding.UTF8.GetString(message);
        if (traceback.StartsWith(text, StringComparison.Ordinal) && !traceback.StartsWith("stack traceback:", StringComparison.Ordinal))
            return Encoding.UTF8.GetBytes(traceback);   // the VM already put the message first
        var all = new byte[message.Length + 1 + Encoding.UTF8.GetByteCount(traceback)];
        message.CopyTo(all, 0);
        all[message.Length] = (byte)'\n';
        Encoding.UTF8.GetBytes(traceback, 0, traceback.Length, all, message.Length + 1);
        return TrimEnd(all);
    }

    private static byte[] TrimEnd(byte[] bytes)
    {
        int n = bytes.Length;
        while (n > 0 && bytes[n - 1] == (byte)'\n') n--;
        return n == bytes.Length ? bytes : bytes[..n];
    }

    /// <summary>The error object as text without a traceback (strings and numbers as themselves, else as lua.c names it).</summary>
    public byte[] MessageBytes(in LuaValue v)
    {
        if (v.IsString || v.IsNumber) return LuaString.ToDisplay(v).Span.ToArray();
        if (TryToStringMetamethod(v, out var custom)) return custom;
        return TypeDescription(v);
    }

    private static byte[] TypeDescription(in LuaValue v) => Encoding.UTF8.GetBytes($"(error object is a {v.TypeName} value)");

    /// <summary>The <c>__tostring</c> text of an error object as the host boundary made it (so the metamethod runs
    /// once, under the chunk's limits; its limit's message when it ran into one), else, for an error that did not
    /// pass the boundary, made now.</summary>
    private bool TryBoundaryText(LuaRuntimeException e, out byte[] text)
    {
        if (e.ToStringText is { } t) { text = t.Span.ToArray(); return true; }
        if (e.ToStringError is LuaLimitException le) { text = Encoding.UTF8.GetBytes(le.Message); return true; }
        if (e.ToStringError is not null) { text = Array.Empty<byte>(); return false; }
        return TryToStringMetamethod(e.Value, out text);
    }

    /// <summary>Runs the error object's <c>__tostring</c> through <see cref="LuaState.TryCallToStringMetamethod"/>
    /// (the rule the host boundary uses for <see cref="LuaRuntimeException.Message"/>), as a top-level call of the
    /// state, so under the state's limits (a fresh run of them): a metamethod that loops ends, and its limit's
    /// message becomes the report.</summary>
    private bool TryToStringMetamethod(in LuaValue v, out byte[] text)
    {
        text = Array.Empty<byte>();
        try
        {
            if (!_state.TryCallToStringMetamethod(v, out LuaString? s)) return false;
            text = s.Span.ToArray();
            return true;
        }
        catch (LuaLimitException e)
        {
            text = Encoding.UTF8.GetBytes(e.Message);   // "tycho: execution timeout", as a limit in the chunk reads
            return true;
        }
    }
}
