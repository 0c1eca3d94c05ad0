using Xunit;

namespace Tycho.Tests.Hosting;

public class HostFunctionTests
{
    [Fact]
    public void LambdasWithAutomaticConversion()
    {
        using var lua = new LuaState();
        lua.Globals["add"] = LuaFunction.Create((long a, long b) => a + b);
        lua.Globals["greet"] = LuaFunction.Create((string name) => "hello " + name);
        lua.Globals["half"] = LuaFunction.Create((double x) => x / 2);
        lua.Globals["nothing"] = LuaFunction.Create(() => { });
        lua.Globals["five"] = LuaFunction.Create(() => 5);
        lua.Globals["sum4"] = LuaFunction.Create((int a, int b, int c, int d) => a + b + c + d);
        lua.Globals["sum5"] = LuaFunction.Create((int a, int b, int c, int d, int e) => a + b + c + d + e);
        Assert.Equal(5L, lua.DoString<long>("return add(2, 3)"));
        Assert.Equal("hello lua", lua.DoString<string>("return greet('lua')"));
        Assert.Equal(1.25, lua.DoString<double>("return half(2.5)"));
        Assert.Equal(0L, lua.DoString<long>("return select('#', nothing())"));
        Assert.Equal(5L, lua.DoString<long>("return five()"));
        Assert.Equal(10L, lua.DoString<long>("return sum4(1, 2, 3, 4)"));
        Assert.Equal(15L, lua.DoString<long>("return sum5(1, 2, 3, 4, 5)"));
        Assert.Equal("integer", lua.DoString<string>("return math.type(add(1, 2))"));
    }

    [Fact]
    public void ActionsAndMethodGroups()
    {
        using var lua = new LuaState();
        var log = new List<string>();
        lua.Globals["log"] = LuaFunction.Create((string s) => log.Add(s));
        lua.Globals["max"] = LuaFunction.Create<long, long, long>(Math.Max);
        lua.DoString("log('a') log(max(3, 9) .. '')");
        Assert.Equal(new[] { "a", "9" }, log);
    }

    [Fact]
    public void WrongArgumentTypesRaiseLuaArgumentErrors()
    {
        using var lua = new LuaState();
        lua.Globals["add"] = LuaFunction.Create((long a, long b) => a + b);
        lua.Globals["small"] = LuaFunction.Create((byte b) => b);
        lua.Globals["text"] = LuaFunction.Create((string s) => s.Length);
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("return add(1, 'x')", "=test"));
        Assert.Equal("test:1: bad argument #2 to 'add' (number expected, got string)", e.Message);
        e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("return add(1)", "=test"));
        Assert.Equal("test:1: bad argument #2 to 'add' (number expected, got no value)", e.Message);
        e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("return add(1.5, 2)", "=test"));
        Assert.Equal("test:1: bad argument #1 to 'add' (number has no integer representation)", e.Message);
        e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("return small(300)", "=test"));
        Assert.Equal("test:1: bad argument #1 to 'small' (value out of range)", e.Message);
        e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("return text('\\xff')", "=test"));
        Assert.Equal("test:1: bad argument #1 to 'text' (string is not valid UTF-8)", e.Message);
        // Caught inside Lua like any other error.
        Assert.Equal("bad argument #1 to 'add' (number expected, got table)",
            lua.DoString<string>("local ok, m = pcall(add, {}, 1) return m"));
    }

    [Fact]
    public void LowLevelDelegateFormStillWorks()
    {
        using var lua = new LuaState();
        lua.Globals["raw"] = LuaFunction.Create(ctx => ctx.Return(ctx.CheckInteger(1) * 10, ctx.ArgCount), "raw");
        var r = lua.DoString("return raw(4, 'x')");
        Assert.Equal(40L, r[0].RawInteger);
        Assert.Equal(2L, r[1].RawInteger);
    }

    [Fact]
    public void TuplesAreMultipleResultsAndVarargsCollectTheRest()
    {
        using var lua = new LuaState();
        lua.Globals["divmod"] = LuaFunction.Create((long a, long b) => (a / b, a % b));
        lua.Globals["count"] = LuaFunction.Create((string head, LuaValue[] rest) => head + rest.Length);
        lua.Globals["echo"] = LuaFunction.Create((LuaValue[] all) => all);
        Assert.Equal("3\t2", lua.DoString<string>("local q, r = divmod(17, 5) return q .. '\\t' .. r"));
        Assert.Equal("x3", lua.DoString<string>("return count('x', 1, nil, 3)"));
        Assert.Equal("x0", lua.DoString<string>("return count('x')"));
        Assert.Equal(3L, lua.DoString<long>("return select('#', echo(1, nil, 3))"));
    }

    [Fact]
    public void OptionalArgumentsUseNullableTypes()
    {
        using var lua = new LuaState();
        lua.Globals["opt"] = LuaFunction.Create((long a, long? b) => a + (b ?? 100));
        lua.Globals["flag"] = LuaFunction.Create((bool verbose) => verbose ? "v" : "q");
        Assert.Equal(101L, lua.DoString<long>("return opt(1)"));
        Assert.Equal(3L, lua.DoString<long>("return opt(1, 2)"));
        Assert.Equal("q", lua.DoString<string>("return flag()"));
        Assert.Equal("v", lua.DoString<string>("return flag(true)"));
    }

    [Fact]
    public void InjectedContextAndState()
    {
        using var lua = new LuaState();
        lua.Globals["argc"] = LuaFunction.Create((LuaCallContext ctx) => (long)ctx.ArgCount);
        lua.Globals["same"] = LuaFunction.Create((LuaState s, long x) => ReferenceEquals(s, lua) ? x : -1);
        Assert.Equal(3L, lua.DoString<long>("return argc(1, 2, 3)"));
        Assert.Equal(7L, lua.DoString<long>("return same(7)"));
    }

    [Fact]
    public void DotNetExceptionsBecomeCatchableLuaErrorsWithInnerException()
    {
        using var lua = new LuaState();
        lua.Globals["fail"] = LuaFunction.Create((string m) => { throw new InvalidOperationException(m); });
        Assert.Equal("oops", lua.DoString<string>("local ok, e = pcall(fail, 'oops') return e", "=test"));
        Assert.Equal("test:1: oops", lua.DoString<string>("local ok, e = pcall(function() fail('oops') end) return e", "=test"));
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("fail('bad')", "=test"));
        Assert.Equal("test:1: bad", e.Message);
        var inner = Assert.IsType<InvalidOperationException>(e.InnerException);
        Assert.Equal("bad", inner.Message);
        // The low-level form: the VM wraps foreign exceptions too (never swallowed).
        lua.Globals["lowfail"] = LuaFunction.Create(ctx => throw new FormatException("fmt"), "lowfail");
        e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("lowfail()", "=test"));
        Assert.Contains("fmt", e.Message);
        Assert.IsType<FormatException>(e.InnerException);
    }

    [Fact]
    public void LuaErrorsCrossHostFunctionsUnchanged()
    {
        using var lua = new LuaState();
        lua.Globals["callback"] = LuaFunction.Create((LuaFunction f) => lua.Call<long>(f) + 1);
        Assert.Equal(11L, lua.DoString<long>("return callback(function() return 10 end)"));
        Assert.Equal("inner", lua.DoString<string>("local ok, e = pcall(callback, function() error({msg='inner'}) end) return e.msg"));
    }

    [Fact]
    public void DeepHostLuaRecursionEndsInCStackOverflow()
    {
        using var lua = new LuaState();
        lua.Globals["host"] = LuaFunction.Create((LuaFunction f, long n) => lua.Call<long>(f, n));
        lua.DoString("function rec(n) return host(rec, n + 1) end");
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("return rec(0)"));
        Assert.Contains("stack overflow", e.Message);
        // The state is still usable and the overflow is catchable inside Lua.
        Assert.False(lua.DoString<bool>("return (pcall(rec, 0))"));
        Assert.Equal(3L, lua.DoString<long>("return 1 + 2"));
    }

    [Fact]
    public void PureLuaRecursionEndsInStackOverflow()
    {
        using var lua = new LuaState();
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("local function f() return 1 + f() end return f()"));
        Assert.Contains("stack overflow", e.Message);
    }

    [Fact]
    public void ReflectionFallbackAdaptsAnyDelegate()
    {
        using var lua = new LuaState();
        Func<int, string, string> f = (n, s) => string.Concat(Enumerable.Repeat(s, n));
        lua.Globals["rep"] = LuaConvert.ToValueObject(f);
        Assert.Equal("ababab", lua.DoString<string>("return rep(3, 'ab')"));
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("return rep('x', 'ab')", "=t"));
        Assert.Contains("bad argument #1 to 'rep' (number expected, got string)", e.Message);
    }
}
