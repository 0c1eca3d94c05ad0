using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Debugging;

/// <summary>
/// The debugger inside a state: its host hook decides, on the Lua thread, where the program stops (breakpoints,
/// steps, errors, pause requests, entry), and while stopped it blocks in the hook serving the session's commands
/// (inspection, then one resume). The session thread never touches the state: it queues commands, and only
/// <see cref="LuaState.RequestPause"/> is called from it directly.
/// </summary>
internal sealed class DebugEngine
{
    /// <summary>The hook events the engine needs while a client is attached.</summary>
    public const LuaHookMask Mask = LuaHookMask.Line | LuaHookMask.Error;

    private readonly LuaState _state;
    private readonly DapConnection _connection;
    private readonly object _gate = new();
    private readonly BlockingCollection<Func<bool>> _commands = new();
    private readonly ThreadIds _ids = new();
    private readonly Dictionary<string, string?> _sourcePaths = new(StringComparer.Ordinal);
    private readonly FrameEvaluator _evaluator;
    private readonly ValueFormatter _format;
    private volatile BreakpointTable _breakpoints = BreakpointTable.Empty;
    private volatile bool _breakOnAllErrors, _breakOnUncaughtErrors, _pauseRequested, _entryPending, _disabled;
    private volatile IReadOnlyList<(int Id, string Name)> _threads = new[] { (ThreadIds.MainThreadId, "main") };
    private bool _stopped;              // under _gate
    private StepRequest? _step;         // Lua thread only
    private StopInspector? _inspector;  // Lua thread only, while stopped
    private LuaValue _coroutineStatus;  // Lua thread only
    private bool _lookedUpCoroutineStatus;

    public DebugEngine(LuaState state, DapConnection connection)
    {
        _state = state;
        _connection = connection;
        _evaluator = new FrameEvaluator(state);
        _format = new ValueFormatter(state);
    }

    // ------------------------------------------------------------------ session thread

    /// <summary>False once the client went away: the hook then does nothing.</summary>
    public bool IsActive => !_disabled;

    public void SetBreakpoints(BreakpointTable table) => _breakpoints = table;

    public void SetExceptionFilters(bool all, bool uncaught)
    {
        _breakOnAllErrors = all;
        _breakOnUncaughtErrors = uncaught;
    }

    /// <summary>Stops at the first line that runs (launch's <c>stopOnEntry</c>).</summary>
    public void StopOnEntry() => _entryPending = true;

    /// <summary>The threads seen at the last stop (the main thread before any): what <c>threads</c> answers while
    /// the program runs, when the state cannot be asked.</summary>
    public IReadOnlyList<(int Id, string Name)> LastKnownThreads => _threads;

    /// <summary>Queues <paramref name="work"/> for the Lua thread, which answers <paramref name="request"/> with its
    /// result; false (nothing queued) when the program is not stopped.</summary>
    public bool TryInspect(JsonObject request, Func<StopInspector, JsonObject> work)
    {
        lock (_gate)
        {
            if (!_stopped) return false;
            _commands.Add(() =>
            {
                try { _connection.SendResponse(request, work(_inspector!)); }
                catch (DapException e) { _connection.SendError(request, e.Message); }
                catch (LuaException e) { _connection.SendError(request, e.Message); }
                catch (InvalidOperationException e) { _connection.SendError(request, e.Message); }
                return false;
            });
            return true;
        }
    }

    /// <summary>Resumes the stopped program (a step of <paramref name="step"/> in thread <paramref name="threadId"/>,
    /// or a plain continue when null), after <paramref name="respond"/> answered the request, so the client sees the
    /// response before the next stop; false when the program is not stopped.</summary>
    public bool TryResume(int threadId, StepKind? step, Action respond)
    {
        lock (_gate)
        {
            if (!_stopped) return false;
            _stopped = false;
            respond();
            _commands.Add(() =>
            {
                _step = null;
                if (step is StepKind kind)
                {
                    LuaThread thread;
                    try { thread = _ids.Find(_state, threadId); }
                    catch (DapException) { thread = _inspector!.StoppedThread; }
                    _step = new StepRequest(kind, thread, thread.StackDepth);
                }
                return true;
            });
            return true;
        }
    }

    /// <summary>Asks the running program to stop at its next safepoint (DAP <c>pause</c>).</summary>
    public void Pause()
    {
        lock (_gate)
        {
            if (_stopped) return;
            _pauseRequested = true;
        }
        _state.RequestPause();
    }

    /// <summary>Detaches: the hook stops stopping, and a stopped program resumes.</summary>
    public void Disable()
    {
        lock (_gate)
        {
            _disabled = true;
            if (!_stopped) return;
            _stopped = false;
            _commands.Add(() => true);
        }
    }

    // ------------------------------------------------------------------ Lua thread

    /// <summary>The host hook (<see cref="LuaHookHandler"/>).</summary>
    public void OnHook(LuaThread thread, in LuaHookEventArgs e)
    {
        if (_disabled) return;
        switch (e.Event)
        {
            case LuaHookEvent.Line:
                OnLine(thread, e.Line);
                break;
            case LuaHookEvent.Pause:
                if (_pauseRequested) Stop(thread, "pause");
                break;
            case LuaHookEvent.Error:
                OnError(thread, e.Error, e.IsCaught);
                break;
        }
    }

    private void OnLine(LuaThread thread, int line)
    {
        if (_entryPending)
        {
            Stop(thread, "entry");
            return;
        }
        if (_pauseRequested)
        {
            Stop(thread, "pause");
            return;
        }
        var table = _breakpoints;
        if (table.HasLine(line) && TryBreak(thread, line, table)) return;
        if (_step is { } step && step.IsDone(thread, HasLeft)) Stop(thread, "step");
    }

    /// <summary>Stops at the breakpoint on this line, if there is one and its conditions hold (a log point logs
    /// instead); true when it stopped.</summary>
    private bool TryBreak(LuaThread thread, int line, BreakpointTable table)
    {
        if (!thread.TryGetFrame(0, out var frame)) return false;
        if (PathOf(frame.GetInfo().Source) is not string path || table.Find(path, line) is not Breakpoint bp) return false;
        var at = new FrameRef(thread, 0);
        if (bp.Condition is string condition)
        {
            bool holds = _evaluator.IsTrue(at, condition, out var error);
            if (error is not null) Output("console", $"breakpoint condition '{condition}' failed: {error}\n");
            if (!holds) return false;
        }
        bp.Hits++;
        if (bp.HitCondition is HitCondition hits && !hits.IsMet(bp.Hits)) return false;
        if (bp.LogMessage is string message)
        {
            Output("console", Interpolate(at, message) + "\n");
            return false;
        }
        Stop(thread, "breakpoint", hitBreakpoint: bp.Id);
        return true;
    }

    private void OnError(LuaThread thread, LuaValue error, bool isCaught)
    {
        if (!_breakOnAllErrors && !(_breakOnUncaughtErrors && !isCaught)) return;
        string message = _format.Text(error);
        Stop(thread, "exception", description: isCaught ? "Error (caught)" : "Uncaught error", text: message);
    }

    /// <summary>Whether <paramref name="thread"/> (a coroutine being stepped) yielded or finished, so the step ends
    /// in whoever runs next; asks <c>coroutine.status</c>, when the library is there.</summary>
    private bool HasLeft(LuaThread thread)
    {
        if (ReferenceEquals(thread, _state.MainThread)) return false;
        if (!_lookedUpCoroutineStatus)
        {
            _lookedUpCoroutineStatus = true;
            if (_state.Globals["coroutine"].AsTable is LuaTable co) _coroutineStatus = co["status"];
        }
        if (!_coroutineStatus.IsFunction) return false;
        try
        {
            var status = _state.Call(_coroutineStatus, LuaValue.FromObject(thread));
            return status.Length > 0 && status[0].AsString is LuaString s && s.TryDecodeUtf8(out var text)
                && text is "suspended" or "dead";
        }
        catch (LuaException)
        {
            return false;
        }
    }

    private string? PathOf(string source)
    {
        if (source.Length == 0 || source[0] != '@') return null;
        if (!_sourcePaths.TryGetValue(source, out var path))
            _sourcePaths[source] = path = SourcePaths.FromChunkSource(source);
        return path;
    }

    /// <summary>A log point's message with each <c>{expression}</c> replaced by its value.</summary>
    private string Interpolate(FrameRef frame, string message)
    {
        var sb = new StringBuilder();
        int i = 0;
        while (i < message.Length)
        {
            int open = message.IndexOf('{', i);
            int close = open < 0 ? -1 : message.IndexOf('}', open + 1);
            if (close < 0)
            {
                sb.Append(message, i, message.Length - i);
                break;
            }
            sb.Append(message, i, open - i);
            string expression = message.Substring(open + 1, close - open - 1);
            try
            {
                var values = _evaluator.Evaluate(frame, "return " + expression);
                sb.Append(values.Length > 0 ? _format.Text(values[0]) : "nil");
            }
            catch (LuaException e)
            {
                sb.Append('{').Append(e.Message).Append('}');
            }
            i = close + 1;
        }
        return sb.ToString();
    }

    private void Output(string category, string text) =>
        _connection.SendEvent("output", new JsonObject { ["category"] = category, ["output"] = text });

    /// <summary>Stops: tells the client, then serves its commands until one resumes.</summary>
    private void Stop(LuaThread thread, string reason, string? description = null, string? text = null, int? hitBreakpoint = null)
    {
        FlushOutput();
        _step = null;
        _pauseRequested = false;
        _entryPending = false;
        _inspector = new StopInspector(_state, _ids, thread);
        _threads = StopInspector.ListThreads(_state, _ids);
        lock (_gate)
        {
            if (_disabled) return;
            _stopped = true;
        }
        var body = new JsonObject
        {
            ["reason"] = reason,
            ["threadId"] = _ids.IdOf(_state, thread),
            ["allThreadsStopped"] = true,
        };
        if (description is not null) body["description"] = description;
        if (text is not null) body["text"] = text;
        if (hitBreakpoint is int id) body["hitBreakpointIds"] = new JsonArray(JsonValue.Create(id));
        _connection.SendEvent("stopped", body);
        while (!_commands.Take()()) { }
        _inspector = null;
    }

    /// <summary>What <c>io.write</c> buffered appears before the stop, not after the next <c>print</c>.</summary>
    private void FlushOutput()
    {
        try { _state.StandardOutput.Flush(); }
        catch (IOException) { }
        catch (ObjectDisposedException) { }
    }
}
