namespace Tycho.Debugging;

/// <summary>
/// A Debug Adapter Protocol server over a pair of streams, in launch mode: the client's <c>launch</c> request names a
/// Lua script, which the adapter runs in a state of its own on a thread of its own, stopping at breakpoints, steps,
/// errors and pauses. This is what <c>tycho --debug-adapter</c> runs on its standard input and output, for VS Code,
/// nvim-dap and other DAP clients. To debug a state your application already runs, use <see cref="LuaDebugServer"/>.
/// </summary>
/// <remarks>
/// Supported requests: initialize, launch (<c>program</c>, <c>args</c>, <c>cwd</c>, <c>stopOnEntry</c>),
/// setBreakpoints (conditions, hit conditions, log points), setExceptionBreakpoints (<c>all</c>, <c>uncaught</c>),
/// configurationDone, threads, stackTrace, scopes, variables, setVariable, evaluate, continue, next, stepIn, stepOut,
/// pause, terminate and disconnect. The script's standard output and error become <c>output</c> events; its standard
/// input is empty.
/// </remarks>
public sealed class LuaDebugAdapter
{
    private readonly Stream _input;
    private readonly Stream _output;

    /// <summary>An adapter that reads the client's messages from <paramref name="input"/> and writes its own to
    /// <paramref name="output"/> (DAP base protocol: <c>Content-Length</c> headers, UTF-8 JSON bodies).</summary>
    /// <exception cref="ArgumentNullException">A stream is null.</exception>
    public LuaDebugAdapter(Stream input, Stream output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        _input = input;
        _output = output;
    }

    /// <summary>
    /// Serves one session: returns after the client's <c>disconnect</c>, at the end of <c>input</c>, or when
    /// <paramref name="cancellationToken"/> is cancelled (which closes <c>input</c>). A script still running then is
    /// ended. Protocol errors become error responses; the method itself throws only for a broken input stream.
    /// </summary>
    public void Run(CancellationToken cancellationToken = default)
    {
        using var closeOnCancel = cancellationToken.Register(() => _input.Dispose());
        using var session = new DapSession(new DapConnection(_input, _output), attach: null);
        session.Run();
    }
}
