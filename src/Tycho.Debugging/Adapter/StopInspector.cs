using System.Text.Json.Nodes;
using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Debugging;

/// <summary>
/// Serves the requests that read or change the program while it is stopped (stackTrace, scopes, variables,
/// setVariable, evaluate, threads), on the Lua thread. Frame ids and variable references are handed out here and
/// die with it when the program resumes, as DAP intends.
/// </summary>
internal sealed class StopInspector(LuaState state, ThreadIds ids, LuaThread stoppedThread)
{
    private readonly ValueFormatter _format = new(state);
    private readonly FrameEvaluator _evaluator = new(state);
    private readonly List<FrameRef> _frames = new();
    private readonly List<VariableContainer> _containers = new();
    private readonly Dictionary<LuaTable, int> _tableRefs = new(ReferenceEqualityComparer.Instance);

    public LuaThread StoppedThread => stoppedThread;

    public JsonObject Threads()
    {
        var threads = new JsonArray();
        foreach (var (id, name) in ListThreads(state, ids)) threads.Add((JsonNode)new JsonObject { ["id"] = id, ["name"] = name });
        return new JsonObject { ["threads"] = threads };
    }

    /// <summary>The live threads (main first), as ids and names.</summary>
    public static List<(int Id, string Name)> ListThreads(LuaState state, ThreadIds ids)
    {
        var list = new List<(int, string)>();
        foreach (var thread in state.GetThreads()) list.Add((ids.IdOf(state, thread), ids.NameOf(state, thread)));
        list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return list;
    }

    public JsonObject StackTrace(JsonObject args)
    {
        var thread = ids.Find(state, args.GetInt("threadId") ?? ThreadIds.MainThreadId);
        var frames = thread.GetStackFrames();
        int start = Math.Clamp(args.GetInt("startFrame") ?? 0, 0, frames.Count);
        int levels = args.GetInt("levels") ?? 0;
        int end = levels > 0 ? Math.Min(frames.Count, start + levels) : frames.Count;
        var list = new JsonArray();
        for (int i = start; i < end; i++) list.Add((JsonNode)DescribeFrame(frames[i]));
        return new JsonObject { ["stackFrames"] = list, ["totalFrames"] = frames.Count };
    }

    private JsonObject DescribeFrame(LuaStackFrame frame)
    {
        var info = frame.GetInfo();
        _frames.Add(new FrameRef(frame.Thread, frame.Level));
        var json = new JsonObject
        {
            ["id"] = _frames.Count,
            ["name"] = FrameName(info),
            ["line"] = Math.Max(info.CurrentLine, 0),
            ["column"] = info.CurrentLine > 0 ? 1 : 0,
        };
        if (SourcePaths.FromChunkSource(info.Source) is string path)
            json["source"] = new JsonObject { ["name"] = Path.GetFileName(path), ["path"] = path };
        else if (info.What == "C")
            json["presentationHint"] = "subtle";
        else
            json["source"] = new JsonObject { ["name"] = info.ShortSource, ["presentationHint"] = "deemphasize" };
        return json;
    }

    /// <summary>A frame's name as a traceback would put it (luaL_traceback's "function 'f'", "main chunk", ...).</summary>
    private static string FrameName(LuaDebugInfo info)
    {
        if (info.What == "main") return "main chunk";
        if (info.Name is string name) return info.What == "C" ? $"[C] {name}" : name;
        if (info.What == "C") return "[C] ?";
        return $"function <{info.ShortSource}:{info.LineDefined}>";
    }

    public JsonObject Scopes(JsonObject args)
    {
        var frame = FrameOf(args.GetInt("frameId"));
        var env = EnvironmentOf(frame);
        return new JsonObject
        {
            ["scopes"] = new JsonArray(
                Scope("Locals", Register(new FrameVariables(frame, upvalues: false)), "locals", expensive: false),
                Scope("Upvalues", Register(new FrameVariables(frame, upvalues: true)), null, expensive: false),
                Scope("Globals", RegisterTable(env, null), null, expensive: true)),
        };
    }

    private static JsonObject Scope(string name, int reference, string? hint, bool expensive)
    {
        var scope = new JsonObject { ["name"] = name, ["variablesReference"] = reference, ["expensive"] = expensive };
        if (hint is not null) scope["presentationHint"] = hint;
        return scope;
    }

    /// <summary>The frame's <c>_ENV</c> upvalue when it has one (the globals of its chunk), else the globals.</summary>
    private LuaTable EnvironmentOf(FrameRef frame)
    {
        foreach (var v in frame.Get().GetUpvalues())
            if (v.Name == "_ENV" && v.Value.AsTable is LuaTable env) return env;
        return state.Globals;
    }

    public JsonObject Variables(JsonObject args)
    {
        var container = ContainerOf(args.GetInt("variablesReference"));
        string? filter = args.GetString("filter");
        IEnumerable<Variable> all = filter switch
        {
            "indexed" => container.Indexed(),
            "named" => container.Named(),
            _ => container.Indexed().Concat(container.Named()),
        };
        int start = Math.Max(args.GetInt("start") ?? 0, 0);
        int count = args.GetInt("count") ?? 0;
        var page = all.Skip(start);
        if (count > 0) page = page.Take(count);
        var list = new JsonArray();
        foreach (var v in page) list.Add((JsonNode)Describe(v.Name, v.Value, v.EvaluateName));
        return new JsonObject { ["variables"] = list };
    }

    public JsonObject SetVariable(JsonObject args)
    {
        var container = ContainerOf(args.GetInt("variablesReference"));
        string name = args.GetString("name") ?? throw new DapException("setVariable needs a name");
        string text = args.GetString("value") ?? throw new DapException("setVariable needs a value");
        var values = _evaluator.Evaluate(container.Frame ?? TopFrame(), "return " + text);
        var value = values.Length > 0 ? values[0] : LuaValue.Nil;
        container.Set(name, value);
        var described = Describe(name, value, null);
        described.Remove("name");
        return described;
    }

    public JsonObject Evaluate(JsonObject args)
    {
        string expression = args.GetString("expression") ?? throw new DapException("evaluate needs an expression");
        FrameRef? frame = args.GetInt("frameId") is int id ? FrameOf(id) : TopFrame();
        var values = _evaluator.Evaluate(frame, expression);
        if (values.Length == 0) return new JsonObject { ["result"] = "", ["variablesReference"] = 0 };
        var first = Describe("", values[0], expression);
        var body = new JsonObject
        {
            ["result"] = string.Join(", ", values.Select(v => _format.Display(v))),
            ["type"] = values[0].TypeName,
            ["variablesReference"] = values.Length == 1 ? first["variablesReference"]!.DeepClone() : 0,
        };
        if (values.Length == 1)
        {
            if (first["indexedVariables"] is JsonNode indexed) body["indexedVariables"] = indexed.DeepClone();
            if (first["namedVariables"] is JsonNode named) body["namedVariables"] = named.DeepClone();
        }
        return body;
    }

    /// <summary>Evaluates a breakpoint condition in the stopped thread's top frame.</summary>
    public FrameEvaluator Evaluator => _evaluator;
    public ValueFormatter Format => _format;

    private FrameRef? TopFrame() => stoppedThread.StackDepth > 0 ? new FrameRef(stoppedThread, 0) : null;

    private JsonObject Describe(string name, LuaValue value, string? evaluateName)
    {
        var json = new JsonObject
        {
            ["name"] = name,
            ["value"] = _format.Display(value),
            ["type"] = value.TypeName,
            ["variablesReference"] = 0,
        };
        if (evaluateName is not null) json["evaluateName"] = evaluateName;
        if (value.AsTable is LuaTable table)
        {
            int reference = RegisterTable(table, evaluateName);
            var container = (TableVariables)_containers[reference - 1];
            json["variablesReference"] = reference;
            long indexed = container.SequenceLength;
            if (indexed > 0) json["indexedVariables"] = indexed;
            json["namedVariables"] = container.NamedCount();
        }
        else if (value.Type == LuaType.Userdata && state.GetMetatable(value) is LuaTable mt)
        {
            json["variablesReference"] = Register(new MetatableOnly(mt, evaluateName));
        }
        return json;
    }

    private int Register(VariableContainer container)
    {
        _containers.Add(container);
        return _containers.Count;
    }

    private int RegisterTable(LuaTable table, string? expression)
    {
        if (_tableRefs.TryGetValue(table, out int reference)) return reference;
        reference = Register(new TableVariables(table, expression, state, _format));
        _tableRefs[table] = reference;
        return reference;
    }

    private FrameRef FrameOf(int? id) =>
        id is int i && i >= 1 && i <= _frames.Count ? _frames[i - 1] : throw new DapException($"no frame {id} (ask for a stack trace first)");

    private VariableContainer ContainerOf(int? reference) =>
        reference is int r && r >= 1 && r <= _containers.Count ? _containers[r - 1]
            : throw new DapException($"no variables with reference {reference} (the program ran since they were listed)");
}
