using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>Nullable reference parameters (<c>string?</c>) of host functions are optional, as Nullable value types are.</summary>
public class NullableTests
{
    [Fact]
    public void NullableStringParameterAcceptsNoValueAndNil()
    {
        using var lua = new LuaState();
        lua.Globals["greet"] = LuaFunction.Create((string? s) => s ?? "<none>", "greet");
        Assert.Equal("<none>", lua.DoString<string>("return greet()"));
        Assert.Equal("<none>", lua.DoString<string>("return greet(nil)"));
        Assert.Equal("ana", lua.DoString<string>("return greet('ana')"));
        // Still typed: a value of the wrong type is an error, not null.
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("return greet({})", "=t"));
        Assert.Equal("t:1: bad argument #1 to 'greet' (string expected, got table)", e.Message);
    }

    [Fact]
    public void NonNullableReferenceParameterStaysRequired()
    {
        using var lua = new LuaState();
        lua.Globals["f"] = LuaFunction.Create((string a, string? b, LuaTable? t) => a + (b ?? "-") + (t is null ? "-" : "t"));
        Assert.Equal("x--", lua.DoString<string>("return f('x')"));
        Assert.Equal("xyt", lua.DoString<string>("return f('x', 'y', {})"));
        Assert.Equal("x-t", lua.DoString<string>("return f('x', nil, {})"));
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("return f()", "=t"));
        Assert.Equal("t:1: bad argument #1 to 'f' (string expected, got no value)", e.Message);
    }

    [Fact]
    public void NullableParameterAfterInjectedState()
    {
        using var lua = new LuaState();
        lua.Globals["g"] = LuaFunction.Create((LuaState s, string? name) => name is null && s == lua);
        Assert.True(lua.DoString<bool>("return g()"));
    }

    [Fact]
    public void NullableActionParameter()
    {
        using var lua = new LuaState();
        string? seen = "unset";
        lua.Globals["set"] = LuaFunction.Create((string? s) => { seen = s; });
        lua.DoString("set()");
        Assert.Null(seen);
    }

    [Fact]
    public async Task AsyncNullableParameter()
    {
        using var lua = new LuaState();
        lua.Globals["echo"] = LuaFunction.CreateAsync((string? s) => ValueTask.FromResult(s ?? "none"), "echo");
        var r = await lua.DoStringAsync("return echo()");
        Assert.Equal("none", r[0].Get<string>());
    }

    [Fact]
    public void OptArgGivesNullForAbsentArguments()
    {
        using var lua = new LuaState();
        lua.Globals["h"] = LuaFunction.Create(ctx =>
        {
            int next = 1;
            string? a = LuaHostCall.OptArg<string>(ctx, ref next);
            string? b = LuaHostCall.OptArg<string>(ctx, ref next);
            return ctx.Return(LuaValue.FromString((a ?? "null") + "," + (b ?? "null") + "," + next));
        });
        Assert.Equal("x,null,3", lua.DoString<string>("return h('x')"));
    }
}
