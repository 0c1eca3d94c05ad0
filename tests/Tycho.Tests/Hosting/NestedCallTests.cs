using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>API calls made by a host function run on the coroutine that called it (as lua_call from a C function).</summary>
public class NestedCallTests
{
    [Fact]
    public void ANestedCallRunsOnTheCallingCoroutine()
    {
        using var lua = new LuaState();
        lua.Globals["host"] = LuaFunction.Create(ctx => ctx.Return(lua.DoString("return coroutine.running()")[0]), "host");
        var r = lua.DoString("""
            local co = coroutine.create(function() return host() == coroutine.running() end)
            return coroutine.resume(co)
            """);
        Assert.Equal(LuaValue.True, r[0]);
        Assert.Equal(LuaValue.True, r[1]);
    }

    [Fact]
    public void YieldingInsideANestedCallIsACCallBoundaryError()
    {
        using var lua = new LuaState();
        var yielder = lua.DoString("return function() coroutine.yield(1) end")[0];
        lua.Globals["host"] = LuaFunction.Create(ctx => { lua.Call(yielder); return ctx.Return(); }, "host");
        var r = lua.DoString("return coroutine.resume(coroutine.create(function() host() end))");
        Assert.Equal(LuaValue.False, r[0]);
        Assert.Contains("attempt to yield across a C-call boundary", r[1].ToString());
        Assert.Equal(3L, lua.DoString<long>("return 1 + 2"));
    }

    [Fact]
    public void NestedIndexAndLengthRunOnTheCallingCoroutine()
    {
        using var lua = new LuaState();
        lua.Globals["host"] = LuaFunction.Create(ctx =>
            ctx.Return(lua.GetIndex(lua.DoString("return setmetatable({}, {__index = function() return coroutine.running() end})")[0], "k")), "host");
        Assert.True(lua.DoString<bool>("""
            local co = coroutine.create(function() return host() == coroutine.running() end)
            local ok, same = coroutine.resume(co)
            return ok and same
            """));
    }
}
