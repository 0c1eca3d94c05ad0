using Tycho.Hosting;
using Tycho.Runtime;
using BenchmarkDotNet.Attributes;

namespace Tycho.Benchmarks.Hosting;

/// <summary>A bound type for the user-type call benchmark.</summary>
[LuaType]
public partial class Counter
{
    [LuaMember] public long Value { get; set; }
    [LuaMember] public long Add(long n) => Value += n;
}

/// <summary>Costs of crossing the host/Lua boundary. Each Lua-side benchmark runs a loop of
/// <see cref="Inner"/> iterations (OperationsPerInvoke), so results are per crossing.</summary>
[MemoryDiagnoser]
public class HostingBenchmarks
{
    private const int Inner = 1000;
    private LuaState _lua = null!;
    private LuaValue _add, _loopHost, _loopMethod;
    private readonly LuaValue[] _args = { 3, 4 };
    private readonly LuaValue[] _results = new LuaValue[1];
    private LuaTable _globals = null!;
    private readonly LuaString _key = LuaString.From("score");

    [GlobalSetup]
    public void Setup()
    {
        _lua = new LuaState();
        _lua.DoString("function add(a, b) return a + b end");
        _lua.Globals["hostadd"] = LuaFunction.Create((long a, long b) => a + b);
        _lua.Globals["rawadd"] = LuaFunction.Create(ctx => ctx.Return(ctx.CheckInteger(1) + ctx.CheckInteger(2)), "rawadd");
        _lua.Globals["counter"] = _lua.ToValue(new Counter());
        _lua.DoString($$"""
            function loop_host(n) local s = 0 for i = 1, n do s = hostadd(s, i) end return s end
            function loop_raw(n) local s = 0 for i = 1, n do s = rawadd(s, i) end return s end
            function loop_method(n) local c = counter for i = 1, n do c:Add(1) end return c.Value end
            function loop_empty(n) local s = 0 for i = 1, n do s = s + i end return s end
            """);
        _add = _lua.Globals["add"];
        _loopHost = _lua.Globals["loop_host"];
        _loopMethod = _lua.Globals["loop_method"];
        _globals = _lua.Globals;
    }

    [GlobalCleanup]
    public void Cleanup() => _lua.Dispose();

    /// <summary>Host to Lua: the allocation-free span call.</summary>
    [Benchmark]
    public long HostToLua_SpanCall()
    {
        _lua.Call(_add, _args, _results);
        return _results[0].RawInteger;
    }

    /// <summary>Host to Lua: typed call with params span arguments.</summary>
    [Benchmark]
    public long HostToLua_TypedCall() => _lua.Call<long>(_add, 3, 4);

    /// <summary>Host to Lua: the convenient call returning a result array.</summary>
    [Benchmark]
    public int HostToLua_ArrayCall() => _lua.Call(_add, 3, 4).Length;

    /// <summary>Lua to host: a typed lambda adapter, per call.</summary>
    [Benchmark(OperationsPerInvoke = Inner)]
    public long LuaToHost_TypedLambda() => _lua.Call<long>(_loopHost, Inner);

    /// <summary>Lua to host: the low-level LuaHostDelegate, per call.</summary>
    [Benchmark(OperationsPerInvoke = Inner)]
    public long LuaToHost_RawDelegate() => _lua.Call<long>(_lua.Globals["loop_raw"], Inner);

    /// <summary>Lua calling a generated user-type method (obj:Add(1)), per call.</summary>
    [Benchmark(OperationsPerInvoke = Inner)]
    public long UserTypeMethodCall() => _lua.Call<long>(_loopMethod, Inner);

    /// <summary>Global set and get through the raw globals table.</summary>
    [Benchmark]
    public long GlobalSetGet()
    {
        _globals.SetStr(_key, 42);
        return _globals.GetStr(_key).RawInteger;
    }

    /// <summary>Typed global set and get by .NET string name (UTF-8 encodes the name each time).</summary>
    [Benchmark]
    public long GlobalSetGet_Typed()
    {
        _lua.SetGlobal("score", 42L);
        return _lua.GetGlobal<long>("score");
    }

    /// <summary>A new state with all standard libraries.</summary>
    [Benchmark]
    public void StateCreation()
    {
        using var s = new LuaState(new LuaStateOptions { Output = Stream.Null });
    }

    /// <summary>A new state with only the base library.</summary>
    [Benchmark]
    public void StateCreation_BaseOnly()
    {
        using var s = new LuaState(new LuaStateOptions { Libraries = LuaLibraries.Base, Output = Stream.Null });
    }

    /// <summary>A new state for an untrusted script: the safe preset (safe libraries, sandbox, default limits).</summary>
    [Benchmark]
    public void StateCreation_Safe()
    {
        using var s = new LuaState(LuaPresets.Safe(output: Stream.Null));
    }
}
