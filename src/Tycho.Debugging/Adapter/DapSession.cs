using System.Text.Json;
using System.Text.Json.Nodes;
using Tycho.Runtime;

namespace Tycho.Debugging;

/// <summary>
/// One client's debugging session: reads its requests on the calling thread and answers them, in launch mode
/// (the adapter runs a script in a state of its own) or attach mode (a host's state, through
/// <see cref="LuaDebugServer"/>). Requests that read the program go to the Lua thread while it is stopped
/// (<see cref="DebugEngine"/>); the rest are answered here.
/// </summary>
internal sealed class DapSession : IDisposable
{
    private readonly DapConnection _connection;
    private readonly Func<DapConnection, DebugEngine>? _attach;
    private readonly LineResolver _lines = new();
    private BreakpointTable _breakpoints = BreakpointTable.Empty;
    private bool _breakOnAllErrors, _breakOnUncaughtErrors;
    private int _nextBreakpointId;
    private DebugEngine? _engine;
    private LaunchRunner? _runner;
    private bool _configurationDone, _started, _ended;

    /// <param name="connection">The client.</param>
    /// <param name="attach">Attach mode: connects an engine to the host's state; null in launch mode.</param>
    public DapSession(DapConnection connection, Func<DapConnection, DebugEngine>? attach)
    {
        _connection = connection;
        _attach = attach;
    }

    /// <summary>Serves requests until the client disconnects or its stream ends.</summary>
    public void Run()
    {
        while (!_ended)
        {
            JsonObject? message;
            try { message = _connection.Read(); }
            catch (JsonException) { continue; }   // a malformed message: skip it, as there is no request to answer
            catch (Exception e) when (e is IOException or ObjectDisposedException) { break; }
            if (message is null) break;
            if (message.GetString("type") == "request") Dispatch(message);
        }
        End();
    }

    private void Dispatch(JsonObject request)
    {
        var args = DapJson.Arguments(request);
        try
        {
            switch (request.GetString("command"))
            {
                case "initialize": Initialize(request); break;
                case "launch": Launch(request, args); break;
                case "attach": Attach(request); break;
                case "setBreakpoints": SetBreakpoints(request, args); break;
                case "setExceptionBreakpoints": SetExceptionBreakpoints(request, args); break;
                case "configurationDone": ConfigurationDone(request); break;
                case "threads": Threads(request); break;
                case "stackTrace": Inspect(request, i => i.StackTrace(args)); break;
                case "scopes": Inspect(request, i => i.Scopes(args)); break;
                case "variables": Inspect(request, i => i.Variables(args)); break;
                case "setVariable": Inspect(request, i => i.SetVariable(args)); break;
                case "evaluate": Inspect(request, i => i.Evaluate(args)); break;
                case "continue": Resume(request, args, null); break;
                case "next": Resume(request, args, StepKind.Over); break;
                case "stepIn": Resume(request, args, StepKind.In); break;
                case "stepOut": Resume(request, args, StepKind.Out); break;
                case "pause": Pause(request); break;
                case "terminate": Terminate(request); break;
                case "disconnect": Disconnect(request, args); break;
                default: _connection.SendError(request, $"unsupported request '{request.GetString("command")}'"); break;
            }
        }
        catch (DapException e)
        {
            _connection.SendError(request, e.Message);
        }
        catch (LuaException e)
        {
            _connection.SendError(request, e.Message);
        }
    }

    private void Initialize(JsonObject request)
    {
        _connection.SendResponse(request, new JsonObject
        {
            ["supportsConfigurationDoneRequest"] = true,
            ["supportsConditionalBreakpoints"] = true,
            ["supportsHitConditionalBreakpoints"] = true,
            ["supportsLogPoints"] = true,
            ["supportsEvaluateForHovers"] = true,
            ["supportsSetVariable"] = true,
            ["supportsTerminateRequest"] = true,
            ["supportsDelayedStackTraceLoading"] = true,
            ["exceptionBreakpointFilters"] = new JsonArray(
                new JsonObject
                {
                    ["filter"] = "all", ["label"] = "All Errors", ["default"] = false,
                    ["description"] = "Stop at every error raised, even one a pcall will catch.",
                },
                new JsonObject
                {
                    ["filter"] = "uncaught", ["label"] = "Uncaught Errors", ["default"] = true,
                    ["description"] = "Stop at an error no pcall catches, where it is raised.",
                }),
        });
        _connection.SendEvent("initialized");
    }

    private void Launch(JsonObject request, JsonObject args)
    {
        if (_attach is not null) throw new DapException("this is a host's debug server: use an \"attach\" configuration");
        if (_engine is not null) throw new DapException("already launched");
        string program = SourcePaths.Normalize(args.GetString("program"))
            ?? throw new DapException("launch needs \"program\": the Lua script to run");
        if (!File.Exists(program)) throw new DapException($"program '{program}' does not exist");
        string cwd = SourcePaths.Normalize(args.GetString("cwd")) ?? Path.GetDirectoryName(program)!;
        var scriptArgs = args.GetArray("args")?.Select(a => a is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>() : a?.ToJsonString() ?? "").ToArray() ?? Array.Empty<string>();
        _runner = new LaunchRunner(_connection, program, scriptArgs, cwd);
        _engine = new DebugEngine(_runner.State, _connection);
        if (args.GetBool("stopOnEntry") == true) _engine.StopOnEntry();
        Configure(_engine);
        _connection.SendResponse(request);
        StartWhenReady();
    }

    private void Attach(JsonObject request)
    {
        if (_attach is null) throw new DapException("attach works with a host's LuaDebugServer: connect to its port (\"debugServer\" in launch.json)");
        if (_engine is not null) throw new DapException("already attached");
        _engine = _attach(_connection);
        Configure(_engine);
        _connection.SendResponse(request);
    }

    private void Configure(DebugEngine engine)
    {
        engine.SetBreakpoints(_breakpoints);
        engine.SetExceptionFilters(_breakOnAllErrors, _breakOnUncaughtErrors);
    }

    private void ConfigurationDone(JsonObject request)
    {
        _configurationDone = true;
        _connection.SendResponse(request);
        StartWhenReady();
    }

    /// <summary>A launched script starts once both the launch and the client's configuration (breakpoints) are in,
    /// whichever came first.</summary>
    private void StartWhenReady()
    {
        if (_started || !_configurationDone || _runner is null || _engine is null) return;
        _started = true;
        _runner.Start(_engine);
    }

    private void SetBreakpoints(JsonObject request, JsonObject args)
    {
        var source = args.GetObject("source");
        string path = SourcePaths.Normalize(source.GetString("path")) ?? throw new DapException("setBreakpoints needs source.path");
        var requested = args.GetArray("breakpoints") ?? new JsonArray();
        var accepted = new List<Breakpoint>();
        var results = new JsonArray();
        foreach (var node in requested)
        {
            var bp = node as JsonObject;
            int line = bp.GetInt("line") ?? 0;
            int id = ++_nextBreakpointId;
            var result = new JsonObject { ["id"] = id, ["source"] = new JsonObject { ["name"] = Path.GetFileName(path), ["path"] = path } };
            results.Add((JsonNode)result);
            HitCondition? hit = null;
            string? hitText = bp.GetString("hitCondition");
            if (!string.IsNullOrWhiteSpace(hitText))
            {
                if (!HitCondition.TryParse(hitText, out var parsed, out var hitError))
                {
                    Unverified(result, line, hitError!);
                    continue;
                }
                hit = parsed;
            }
            if (_lines.Resolve(path, line, out var reason) is not int actual)
            {
                Unverified(result, line, reason ?? "no code here");
                continue;
            }
            result["verified"] = true;
            result["line"] = actual;
            accepted.Add(new Breakpoint(id, actual, NullIfBlank(bp.GetString("condition")), hit, NullIfBlank(bp.GetString("logMessage"))));
        }
        _breakpoints = _breakpoints.With(path, accepted);
        _engine?.SetBreakpoints(_breakpoints);
        _connection.SendResponse(request, new JsonObject { ["breakpoints"] = results });
    }

    private static void Unverified(JsonObject result, int line, string message)
    {
        result["verified"] = false;
        result["line"] = line;
        result["message"] = message;
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private void SetExceptionBreakpoints(JsonObject request, JsonObject args)
    {
        var filters = args.GetArray("filters")?.Select(f => f is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : "")
            .ToList() ?? new List<string>();
        _breakOnAllErrors = filters.Contains("all");
        _breakOnUncaughtErrors = filters.Contains("uncaught");
        _engine?.SetExceptionFilters(_breakOnAllErrors, _breakOnUncaughtErrors);
        var results = new JsonArray();
        foreach (var _ in filters) results.Add((JsonNode)new JsonObject { ["verified"] = true });
        _connection.SendResponse(request, new JsonObject { ["breakpoints"] = results });
    }

    private void Threads(JsonObject request)
    {
        if (_engine is not null && _engine.TryInspect(request, i => i.Threads())) return;
        var threads = new JsonArray();
        var known = _engine?.LastKnownThreads ?? new[] { (ThreadIds.MainThreadId, "main") };
        foreach (var (id, name) in known) threads.Add((JsonNode)new JsonObject { ["id"] = id, ["name"] = name });
        _connection.SendResponse(request, new JsonObject { ["threads"] = threads });
    }

    private void Inspect(JsonObject request, Func<StopInspector, JsonObject> work)
    {
        if (_engine is null || !_engine.TryInspect(request, work))
            throw new DapException("the program is running: pause it (or stop at a breakpoint) first");
    }

    private void Resume(JsonObject request, JsonObject args, StepKind? step)
    {
        int threadId = args.GetInt("threadId") ?? ThreadIds.MainThreadId;
        var body = step is null ? new JsonObject { ["allThreadsContinued"] = true } : null;
        if (_engine is not null && _engine.TryResume(threadId, step, () => _connection.SendResponse(request, body))) return;
        if (step is null) _connection.SendResponse(request, body);   // continuing a running program is a no-op
        else throw new DapException("the program is running: there is nothing to step");
    }

    private void Pause(JsonObject request)
    {
        _connection.SendResponse(request);
        _engine?.Pause();
    }

    private void Terminate(JsonObject request)
    {
        _connection.SendResponse(request);
        if (_runner is not null)
        {
            _runner.Terminate();
            _engine?.Disable();
            if (!_started) _connection.SendEvent("terminated");
        }
        else
        {
            _engine?.Disable();
            _connection.SendEvent("terminated");
        }
    }

    private void Disconnect(JsonObject request, JsonObject args)
    {
        if (_runner is not null && args.GetBool("terminateDebuggee") != false)
        {
            _runner.Terminate();
            _engine?.Disable();
            _runner.Join(TimeSpan.FromSeconds(5));
        }
        else
        {
            // Answer first: a host that resumes may finish (and close the connection) right away.
            _connection.SendResponse(request);
            _engine?.Disable();
            _ended = true;
            return;
        }
        _connection.SendResponse(request);
        _ended = true;
    }

    /// <summary>The client is gone: a launched script is ended, an attached host runs on undisturbed.</summary>
    private void End()
    {
        _ended = true;
        _runner?.Terminate();
        _engine?.Disable();
        _runner?.Join(TimeSpan.FromSeconds(5));
    }

    public void Dispose()
    {
        _lines.Dispose();
        if (_runner is not null && !_started)
        {
            try { _runner.State.Dispose(); } catch (LuaException) { }
        }
    }
}
