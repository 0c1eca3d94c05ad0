using System.Text.Json.Nodes;
using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Debugging;

/// <summary>
/// A script the adapter launched: its own state (standard output and error forwarded as <c>output</c> events, no
/// standard input: the adapter's belongs to the protocol), run on a thread of its own under the debugger's hook,
/// ending with <c>exited</c> (0, or 1 after an uncaught error) and <c>terminated</c>. <c>os.exit</c> ends the script,
/// not the adapter.
/// </summary>
internal sealed class LaunchRunner
{
    /// <summary>Stack of the script's thread: as the tycho command's, parser and host-call nesting use the .NET stack.</summary>
    private const int StackSize = 64 * 1024 * 1024;

    private readonly DapConnection _connection;
    private readonly string _program;
    private readonly string[] _args;
    private readonly CancellationTokenSource _cancel = new();
    private Thread? _thread;
    private int? _exitCode;

    public LuaState State { get; }

    public LaunchRunner(DapConnection connection, string program, string[] args, string cwd)
    {
        _connection = connection;
        _program = program;
        _args = args;
        State = new LuaState(new LuaStateOptions
        {
            Output = new OutputEventStream(connection, "stdout"),
            ErrorOutput = new OutputEventStream(connection, "stderr"),
            Input = Stream.Null,
        });
        Prepare(cwd);
    }

    /// <summary>Modules resolve from <paramref name="cwd"/> first (by full path, so their breakpoints match), the
    /// script gets its <c>arg</c> table (manual §7), and <c>os.exit</c> ends the run only.</summary>
    private void Prepare(string cwd)
    {
        var globals = State.Globals;
        if (globals["package"].AsTable is LuaTable package)
        {
            string dir = cwd.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
            package["path"] = LuaValue.FromString($"{dir}?.lua;{dir}?{Path.DirectorySeparatorChar}init.lua;" + State.ToDisplayString(package["path"]));
        }
        var arg = new LuaTable();
        arg.SetInt(0, LuaValue.FromString(_program));
        for (int i = 0; i < _args.Length; i++) arg.SetInt(i + 1, LuaValue.FromString(_args[i]));
        globals["arg"] = arg;
        if (globals["os"].AsTable is LuaTable os)
            os["exit"] = LuaFunctionExtensions.Create(Exit, "exit");
    }

    /// <summary><c>os.exit([code])</c>: records the status and cancels the run, which stops at its next safepoint
    /// (a cancellation no <c>pcall</c> catches).</summary>
    private int Exit(LuaCallContext ctx)
    {
        var code = ctx[1];
        _exitCode = code.IsBoolean ? (code.RawBoolean ? 0 : 1) : code.IsNil ? 0 : (int)ctx.CheckInteger(1);
        try { State.StandardOutput.Flush(); } catch (IOException) { }
        _cancel.Cancel();
        return ctx.Return();
    }

    /// <summary>Runs the script on its own thread, under <paramref name="engine"/>'s hook.</summary>
    public void Start(DebugEngine engine)
    {
        _thread = new Thread(() => Run(engine), StackSize) { Name = "tycho debuggee", IsBackground = true };
        _thread.Start();
    }

    /// <summary>Ends the script at its next safepoint (DAP <c>terminate</c>, or <c>disconnect</c>).</summary>
    public void Terminate()
    {
        _exitCode ??= 1;
        _cancel.Cancel();
    }

    /// <summary>Waits for the script's thread to end; false on timeout.</summary>
    public bool Join(TimeSpan timeout) => _thread is null || _thread.Join(timeout);

    private void Run(DebugEngine engine)
    {
        int code = 1;
        try
        {
            State.SetHook(DebugEngine.Mask, 0, engine.OnHook);
            var chunk = State.LoadFile(_program);
            var args = new LuaValue[_args.Length];
            for (int i = 0; i < args.Length; i++) args[i] = LuaValue.FromString(_args[i]);
            State.Call(chunk, new LuaExecutionLimits { CancellationToken = _cancel.Token }, args);
            code = 0;
        }
        catch (LuaLimitException e) when (e.Kind == LuaLimitKind.Cancelled)
        {
            code = _exitCode ?? 1;   // os.exit's status, or 1 for a run the client terminated
        }
        catch (LuaRuntimeException e)
        {
            ReportError(e.Message + (e.LuaTraceback is string traceback ? "\n" + traceback : ""));
        }
        catch (LuaException e)
        {
            ReportError(e.Message);
        }
        finally
        {
            try { State.StandardOutput.Flush(); } catch (IOException) { } catch (ObjectDisposedException) { }
        }
        try { State.Dispose(); }
        catch (LuaException e) { ReportError(e.Message); }
        _connection.SendEvent("exited", new JsonObject { ["exitCode"] = code });
        _connection.SendEvent("terminated");
    }

    private void ReportError(string message) =>
        _connection.SendEvent("output", new JsonObject { ["category"] = "stderr", ["output"] = message.TrimEnd('\n') + "\n" });
}
