using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>The message of the exception a Lua error object becomes at the host boundary.</summary>
public class HostErrorMessageTests
{
    [Fact]
    public void ErrorObjectWithToStringGivesItsTextAsTheMessage()
    {
        using var lua = new LuaState();
        var e = Assert.Throws<LuaRuntimeException>(() =>
            lua.DoString("error(setmetatable({}, {__tostring = function() return 'custom' end}))"));
        Assert.Equal("custom", e.Message);
        Assert.Equal("custom", e.ToStringText!.ToString());
        Assert.Null(e.ToStringError);
        Assert.True(e.Value.AsTable is not null); // the error object itself is unchanged
    }

    [Fact]
    public void ToStringRunsOnceWhateverTheHostReads()
    {
        using var lua = new LuaState();
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString(
            "n = 0 error(setmetatable({}, {__tostring = function() n = n + 1 return 'call ' .. n end}))"));
        Assert.Equal("call 1", e.Message);
        Assert.Equal("call 1", e.Message);
        Assert.Equal(1L, lua.GetGlobal<long>("n"));
    }

    [Fact]
    public void FailingToStringFallsBackToTheTypeDescription()
    {
        using var lua = new LuaState();
        var e = Assert.Throws<LuaRuntimeException>(() =>
            lua.DoString("error(setmetatable({}, {__tostring = function() error('boom') end}))"));
        Assert.Equal("(error object is a table value)", e.Message);
        var e2 = Assert.Throws<LuaRuntimeException>(() =>
            lua.DoString("error(setmetatable({}, {__tostring = function() return {} end}))"));
        Assert.Equal("(error object is a table value)", e2.Message);
        Assert.Equal("'__tostring' must return a string", e2.ToStringError!.Message);
    }

    [Fact]
    public void LoopingToStringIsStoppedByTheStateLimits()
    {
        using var lua = new LuaState(new LuaStateOptions { InstructionLimit = 100_000 });
        // The metamethod runs into the call's limit: that is its failure, and the host gets the script's error.
        var e = Assert.Throws<LuaRuntimeException>(() =>
            lua.DoString("error(setmetatable({}, {__tostring = function() while true do end end}))"));
        Assert.Equal("(error object is a table value)", e.Message);
        Assert.Equal(LuaLimitKind.Instructions, Assert.IsType<LuaLimitException>(e.ToStringError).Kind);
        Assert.Equal(1L, lua.DoString<long>("return 1"));
    }

    [Fact]
    public void LimitThatFiredBeforeTheErrorStillReachesTheHost()
    {
        using var lua = new LuaState(new LuaStateOptions { InstructionLimit = 100_000 });
        var e = Assert.Throws<LuaLimitException>(() => lua.DoString(
            "pcall(function() while true do end end) error(setmetatable({}, {__tostring = function() return 'late' end}))"));
        Assert.Equal(LuaLimitKind.Instructions, e.Kind);
    }

    [Fact]
    public void ErrorFromAFunctionCalledByTheHostUsesToString()
    {
        using var lua = new LuaState();
        lua.DoString("function f() error(setmetatable({}, {__tostring = function() return 'from f' end})) end");
        var e = Assert.Throws<LuaRuntimeException>(() => lua.Call(lua.Globals["f"]));
        Assert.Equal("from f", e.Message);
        var e2 = Assert.Throws<LuaRuntimeException>(() => lua.Call(lua.Globals["f"], ReadOnlySpan<LuaValue>.Empty, new LuaValue[1]));
        Assert.Equal("from f", e2.Message);
    }

    [Fact]
    public async Task AsyncRunErrorObjectWithToStringGivesItsText()
    {
        using var lua = new LuaState();
        var e = await Assert.ThrowsAsync<LuaRuntimeException>(() =>
            lua.DoStringAsync("error(setmetatable({}, {__tostring = function() return 'async custom' end}))"));
        Assert.Equal("async custom", e.Message);
    }

    [Fact]
    public void TryCallToStringMetamethodFollowsLuaMessageHandler()
    {
        using var lua = new LuaState(new LuaStateOptions { InstructionLimit = 100_000 });
        var shown = lua.DoString("return setmetatable({}, {__tostring = function() return 'shown' end})")[0];
        Assert.True(lua.TryCallToStringMetamethod(shown, out var text));
        Assert.Equal("shown", text!.ToString());
        Assert.False(lua.TryCallToStringMetamethod(lua.DoString("return {}")[0], out _));
        Assert.False(lua.TryCallToStringMetamethod(
            lua.DoString("return setmetatable({}, {__tostring = function() return 1 end})")[0], out _));
        Assert.False(lua.TryCallToStringMetamethod(
            lua.DoString("return setmetatable({}, {__tostring = function() error('x') end})")[0], out _));
        var looping = lua.DoString("return setmetatable({}, {__tostring = function() while true do end end})")[0];
        Assert.Equal(LuaLimitKind.Instructions,
            Assert.Throws<LuaLimitException>(() => lua.TryCallToStringMetamethod(looping, out _)).Kind);
    }
}
