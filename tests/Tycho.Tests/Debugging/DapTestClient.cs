using Xunit;
using System.IO.Pipes;
using System.Text.Json.Nodes;
using Tycho.Debugging;

namespace Tycho.Tests.Debugging;

/// <summary>
/// A DAP client for in-process tests: talks to a <see cref="LuaDebugAdapter"/> running on a background thread over
/// two anonymous pipes (or to any pair of streams), collecting events so tests can wait for them in order.
/// </summary>
internal sealed class DapTestClient : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly DapConnection _connection;
    private readonly List<JsonObject> _events = new();
    private readonly Dictionary<int, JsonObject> _responses = new();
    private readonly object _lock = new();
    private readonly Thread _reader;
    private readonly IDisposable[] _owned;
    private bool _closed;

    public Task? AdapterTask { get; private init; }

    private DapTestClient(Stream fromAdapter, Stream toAdapter, IDisposable[] owned)
    {
        _connection = new DapConnection(fromAdapter, toAdapter);
        _owned = owned;
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = "dap test client" };
        _reader.Start();
    }

    /// <summary>A client of a new launch-mode adapter.</summary>
    public static DapTestClient StartAdapter()
    {
        var toAdapter = new AnonymousPipeServerStream(PipeDirection.Out);
        var adapterIn = new AnonymousPipeClientStream(PipeDirection.In, toAdapter.ClientSafePipeHandle);
        var fromAdapter = new AnonymousPipeServerStream(PipeDirection.In);
        var adapterOut = new AnonymousPipeClientStream(PipeDirection.Out, fromAdapter.ClientSafePipeHandle);
        var task = Task.Factory.StartNew(() =>
        {
            try { new LuaDebugAdapter(adapterIn, adapterOut).Run(); }
            finally { adapterOut.Dispose(); }
        }, TaskCreationOptions.LongRunning);
        return new DapTestClient(fromAdapter, toAdapter, new IDisposable[] { toAdapter, fromAdapter, adapterIn })
        {
            AdapterTask = task,
        };
    }

    /// <summary>A client over a connected stream (a <see cref="LuaDebugServer"/>'s socket).</summary>
    public static DapTestClient Connect(Stream stream, IDisposable owner) => new(stream, stream, new[] { owner });

    private void ReadLoop()
    {
        try
        {
            while (_connection.Read() is JsonObject message)
            {
                lock (_lock)
                {
                    if (message.GetString("type") == "event") _events.Add(message);
                    else if (message.GetString("type") == "response") _responses[message.GetInt("request_seq") ?? -1] = message;
                    Monitor.PulseAll(_lock);
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException) { }
        lock (_lock)
        {
            _closed = true;
            Monitor.PulseAll(_lock);
        }
    }

    /// <summary>Sends a request and returns its response (success or not).</summary>
    public JsonObject Send(string command, JsonObject? arguments = null)
    {
        var request = new JsonObject { ["type"] = "request", ["command"] = command };
        if (arguments is not null) request["arguments"] = arguments;
        _connection.Send(request);   // stamps the request's seq
        int sent = request.GetInt("seq")!.Value;
        return Wait(() => _responses.TryGetValue(sent, out var r) ? r : null, $"response to {command}");
    }

    /// <summary>Sends a request that must succeed and returns its body.</summary>
    public JsonObject Request(string command, JsonObject? arguments = null)
    {
        var response = Send(command, arguments);
        Assert.True(response["success"]!.GetValue<bool>(), $"{command} failed: {response.GetString("message")}");
        return response["body"] as JsonObject ?? new JsonObject();
    }

    /// <summary>The next event named <paramref name="name"/> not yet taken (events before it of other names stay).</summary>
    public JsonObject WaitForEvent(string name) => Wait(() =>
    {
        for (int i = 0; i < _events.Count; i++)
        {
            if (_events[i].GetString("event") == name && _events[i]["taken"] is null)
            {
                _events[i]["taken"] = true;
                return _events[i]["body"] as JsonObject ?? new JsonObject();
            }
        }
        return null;
    }, $"event {name}");

    /// <summary>The text of every output event of <paramref name="category"/> so far.</summary>
    public string Output(string category)
    {
        lock (_lock)
            return string.Concat(_events.Where(e => e.GetString("event") == "output")
                .Select(e => e["body"] as JsonObject)
                .Where(b => b.GetString("category") == category)
                .Select(b => b.GetString("output")));
    }

    private T Wait<T>(Func<T?> probe, string what) where T : class
    {
        var deadline = DateTime.UtcNow + Timeout;
        lock (_lock)
        {
            while (true)
            {
                if (probe() is T found) return found;
                if (_closed) throw new InvalidOperationException($"the adapter closed the connection while waiting for {what}");
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero) throw new TimeoutException($"no {what} within {Timeout.TotalSeconds} s");
                Monitor.Wait(_lock, left);
            }
        }
    }

    /// <summary>initialize, launch <paramref name="program"/>, breakpoints of that file, exception filters and
    /// configurationDone: the usual prologue.</summary>
    public void Launch(string program, int[]? lines = null, JsonArray? breakpoints = null, string[]? exceptionFilters = null,
        bool stopOnEntry = false)
    {
        Request("initialize", new JsonObject { ["adapterID"] = "tycho", ["linesStartAt1"] = true });
        WaitForEvent("initialized");
        Request("launch", new JsonObject { ["program"] = program, ["stopOnEntry"] = stopOnEntry });
        breakpoints ??= lines is null ? null : new JsonArray(lines.Select(l => (JsonNode)new JsonObject { ["line"] = l }).ToArray());
        if (breakpoints is not null) SetBreakpoints(program, breakpoints);
        if (exceptionFilters is not null)
            Request("setExceptionBreakpoints", new JsonObject { ["filters"] = new JsonArray(exceptionFilters.Select(f => (JsonNode)JsonValue.Create(f)).ToArray()) });
        Request("configurationDone");
    }

    public JsonArray SetBreakpoints(string path, JsonArray breakpoints) =>
        (JsonArray)Request("setBreakpoints", new JsonObject
        {
            ["source"] = new JsonObject { ["path"] = path },
            ["breakpoints"] = breakpoints,
        })["breakpoints"]!;

    /// <summary>The top Lua frame of <paramref name="threadId"/> (host functions such as <c>error</c>, where an
    /// error stop happens, skipped): its id, line and name.</summary>
    public (int Id, int Line, string Name) TopFrame(int threadId = 1)
    {
        var frames = (JsonArray)Request("stackTrace", new JsonObject { ["threadId"] = threadId })["stackFrames"]!;
        var frame = frames.Select(f => (JsonObject)f!).First(f => f.GetObject("source") is not null);
        return (frame.GetInt("id")!.Value, frame.GetInt("line")!.Value, frame.GetString("name")!);
    }

    /// <summary>evaluate in a frame: the result text.</summary>
    public string Evaluate(string expression, int? frameId = null)
    {
        var args = new JsonObject { ["expression"] = expression, ["context"] = "repl" };
        if (frameId is int id) args["frameId"] = id;
        return Request("evaluate", args).GetString("result")!;
    }

    /// <summary>Sends a resume request and waits for the next stop; returns its body.</summary>
    public JsonObject ResumeAndWait(string command, int threadId = 1)
    {
        Request(command, new JsonObject { ["threadId"] = threadId });
        return WaitForEvent("stopped");
    }

    /// <summary>Waits for the end of the program: the exit code of the exited event (terminated follows).</summary>
    public int WaitForExit()
    {
        int code = WaitForEvent("exited").GetInt("exitCode")!.Value;
        WaitForEvent("terminated");
        return code;
    }

    public void Dispose()
    {
        try { if (!_closed) Send("disconnect"); }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException) { }
        foreach (var d in _owned) d.Dispose();
        AdapterTask?.Wait(TimeSpan.FromSeconds(10));
    }
}
