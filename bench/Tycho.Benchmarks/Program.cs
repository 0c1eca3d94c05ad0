using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Benchmarks;

/// <summary>Entry point: BenchmarkDotNet's switcher (pass --filter '*' and e.g. --job short).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

/// <summary>
/// Hot paths of the VM, each measured as a Lua loop of <see cref="N"/> iterations around one operation, so
/// ns/op includes one FORLOOP. Allocated bytes per operation must be zero for everything but string building.
/// </summary>
[MemoryDiagnoser]
public class VmBenchmarks
{
    /// <summary>Iterations of each Lua loop (the per-operation figures divide by it).</summary>
    public const int N = 1000;

    private LuaState _state = null!;
    private LuaThread _thread = null!;
    private readonly Dictionary<string, LuaValue> _fns = new();
    private LuaValue _arrayTable, _hashTable, _sparseTable, _point, _luaAdd;

    private const string Source = @"
local N = ...
local F = {}
function F.arrayGet(t) local s = 0 for i = 1, N do s = s + t[i] end return s end
function F.arraySet(t) for i = 1, N do t[i] = i end end
function F.hashGetStr(t) local s = 0 for i = 1, N do s = s + t.alpha end return s end
function F.hashSetStr(t) for i = 1, N do t.alpha = i end end
function F.hashGetInt(t) local s = 0 for i = 1, N do s = s + t[-i] end return s end
function F.globalGet() local s = 0 for i = 1, N do s = s + gcounter end return s end
function F.globalSet() for i = 1, N do gcounter = i end end
local function add(a, b) return a + b end
function F.luaCall() local s = 0 for i = 1, N do s = add(s, i) end return s end
function F.hostCall() local s = 0 local id = hostid for i = 1, N do s = s + id(i) end return s end
function F.method(p) local s = 0 for i = 1, N do s = s + p:get() end return s end
function F.intArith() local a = 0 for i = 1, N do a = (a + i * 3) // 2 end return a end
function F.floatArith() local a = 0.5 for i = 1, N do a = a * 1.0001 + i / 7 end return a end
function F.concat() local s for i = 1, N do s = 'k' .. i end return s end
function F.format() local s for i = 1, N do s = string.format('%d:%s', i, 'x') end return s end
function F.find() local n = 0 for i = 1, N do if string.find('hello world 123', '%d+') then n = n + 1 end end return n end
function F.gsub() local s for i = 1, N do s = string.gsub('a,b,c', ',', ';') end return s end
function F.closure() local f for i = 1, N do f = function() return i end end return f end
local P = {} P.__index = P
function P:get() return self.v end
local function add2(a, b) return a + b end
return F, setmetatable({v = 1}, P), add2
";

    [GlobalSetup]
    public void Setup()
    {
        _state = new LuaState();
        _thread = _state.MainThread;
        _state.Globals["gcounter"] = 1;
        _state.Globals["hostid"] = new LuaHostFunction("hostid", ctx => ctx.Return(ctx[1]));
        var chunk = _state.Load(System.Text.Encoding.UTF8.GetBytes(Source), "=bench");
        var r = _thread.Call(chunk, new LuaValue[] { N });
        var f = r[0].AsTable!;
        foreach (var name in new[] { "arrayGet", "arraySet", "hashGetStr", "hashSetStr", "hashGetInt", "globalGet", "globalSet",
                     "luaCall", "hostCall", "method", "intArith", "floatArith", "concat", "format", "find", "gsub", "closure" })
            _fns[name] = f[name];
        _point = r[1];
        _luaAdd = r[2];
        var arr = new LuaTable();
        for (int i = 1; i <= N; i++) arr.SetInt(i, i);
        _arrayTable = arr;
        var hash = new LuaTable();
        hash["alpha"] = 1; hash["beta"] = 2; hash["gamma"] = 3;
        _hashTable = hash;
        var sparse = new LuaTable();
        for (int i = 1; i <= N; i++) sparse.SetInt(-i, i);
        _sparseTable = sparse;
    }

    private LuaValue Run(string name, LuaValue arg = default) => _thread.Call1(_fns[name], arg, LuaValue.Nil);

    [Benchmark(OperationsPerInvoke = N)] public LuaValue ArrayGet() => Run("arrayGet", _arrayTable);
    [Benchmark(OperationsPerInvoke = N)] public LuaValue ArraySet() => Run("arraySet", _arrayTable);
    [Benchmark(OperationsPerInvoke = N)] public LuaValue HashGetString() => Run("hashGetStr", _hashTable);
    [Benchmark(OperationsPerInvoke = N)] public LuaValue HashSetString() => Run("hashSetStr", _hashTable);
    [Benchmark(OperationsPerInvoke = N)] public LuaValue HashGetInteger() => Run("hashGetInt", _sparseTable);
    [Benchmark(OperationsPerInvoke = N)] public LuaValue GlobalGet() => Run("globalGet");
    [Benchmark(OperationsPerInvoke = N)] public LuaValue GlobalSet() => Run("globalSet");
    [Benchmark(OperationsPerInvoke = N)] public LuaValue CallLuaToLua() => Run("luaCall");
    [Benchmark(OperationsPerInvoke = N)] public LuaValue CallLuaToHost() => Run("hostCall");
    [Benchmark(OperationsPerInvoke = N)] public LuaValue MethodCall() => Run("method", _point);
    [Benchmark(OperationsPerInvoke = N)] public LuaValue IntegerArithmetic() => Run("intArith");
    [Benchmark(OperationsPerInvoke = N)] public LuaValue FloatArithmetic() => Run("floatArith");
    [Benchmark(OperationsPerInvoke = N)] public LuaValue StringConcat() => Run("concat");
    [Benchmark(OperationsPerInvoke = N)] public LuaValue StringFormat() => Run("format");
    [Benchmark(OperationsPerInvoke = N)] public LuaValue PatternFind() => Run("find");
    [Benchmark(OperationsPerInvoke = N)] public LuaValue PatternGsub() => Run("gsub");
    [Benchmark(OperationsPerInvoke = N)] public LuaValue ClosureCreation() => Run("closure");

    /// <summary>One host-to-Lua call of a two-argument Lua function.</summary>
    [Benchmark] public LuaValue CallHostToLua() => _thread.Call1(_luaAdd, 1, 2);
}
