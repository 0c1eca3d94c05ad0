using System.Diagnostics;
using Xunit;

namespace Tycho.Tests.Sandbox;

public class LimitTests
{
    private static LuaLimitException Limited(LuaState lua, string code, LuaExecutionLimits? limits = null) =>
        Assert.Throws<LuaLimitException>(() => lua.DoString(code, null, limits));

    [Theory]
    [InlineData("while true do end")]
    [InlineData("repeat until false")]
    [InlineData("for i = 1, math.maxinteger do end")]
    [InlineData("for i = 1.0, math.huge do end")]
    [InlineData("::a:: goto a")]
    [InlineData("local function f() return f() end f()")]
    [InlineData("for k in function() return 1 end do end")]
    [InlineData("local n = 0 local function f() n = n + 1 if n < 1e12 then f() end n = n - 1 end while true do pcall(f) end")]
    public void InstructionLimitStopsEveryLoopShape(string code)
    {
        using var lua = new LuaState(new LuaStateOptions { InstructionLimit = 100_000 });
        var e = Limited(lua, code);
        Assert.Equal(LuaLimitKind.Instructions, e.Kind);
        Assert.Contains("instruction limit exceeded", e.Message);
        Assert.Equal(2L, lua.DoString<long>("return 1 + 1"));
    }

    [Fact]
    public void LimitIsPerTopLevelCallAndCountsInstructions()
    {
        using var lua = new LuaState(new LuaStateOptions { InstructionLimit = 50_000 });
        for (int i = 0; i < 5; i++) Assert.Equal(10000L, lua.DoString<long>("local n = 0 for i = 1, 10000 do n = n + 1 end return n"));
        Assert.Throws<LuaLimitException>(() => lua.DoString("local n = 0 for i = 1, 100000 do n = n + 1 end return n"));
    }

    [Fact]
    public void TimeoutStopsTightLoopPromptly()
    {
        using var lua = new LuaState(new LuaStateOptions { Timeout = TimeSpan.FromMilliseconds(100) });
        var sw = Stopwatch.StartNew();
        var e = Limited(lua, "local x = 0 while true do x = x + 1 end");
        Assert.Equal(LuaLimitKind.Timeout, e.Kind);
        Assert.Contains("execution timeout", e.Message);
        Assert.InRange(sw.ElapsedMilliseconds, 90, 1000);
    }

    [Fact]
    public void CancellationTokenStopsSynchronousDoString()
    {
        using var lua = new LuaState();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var e = Assert.Throws<LuaLimitException>(() => lua.DoString("while true do end", cts.Token));
        Assert.Equal(LuaLimitKind.Cancelled, e.Kind);
        Assert.Contains("execution cancelled", e.Message);
    }

    [Fact]
    public void PerCallLimitsOverrideTheState()
    {
        using var lua = new LuaState(new LuaStateOptions { InstructionLimit = 1_000 });
        Assert.Equal(1_000_000L, lua.DoString("local n = 0 for i = 1, 1e6 do n = n + 1 end return n",
            new LuaExecutionLimits { InstructionLimit = 100_000_000 })[0].Get<long>());
        var f = lua.Load("while true do end");
        var e = Assert.Throws<LuaLimitException>(() => lua.Call(f, new LuaExecutionLimits { Timeout = TimeSpan.FromMilliseconds(20), InstructionLimit = long.MaxValue }));
        Assert.Equal(LuaLimitKind.Timeout, e.Kind);
    }

    [Fact]
    public void PcallCatchesOnlyForCleanupAndTheLimitKeepsFiring()
    {
        using var lua = new LuaState(new LuaStateOptions { InstructionLimit = 100_000 });
        lua.DoString("cleaned = false");
        var e = Limited(lua, """
            local ok, err = pcall(function() while true do end end)
            cleaned = not ok and err:find("instruction limit exceeded") ~= nil
            while true do pcall(function() while true do end end) end
            """);
        Assert.Equal(LuaLimitKind.Instructions, e.Kind);
        Assert.True(lua.Globals["cleaned"].Get<bool>());
        // A script that catches the error and returns still ends with the limit exception for the host.
        Limited(lua, "pcall(function() while true do end end) return 1");
        // xpcall handlers and __close run but cannot resume the loop.
        Limited(lua, "xpcall(function() while true do end end, function() while true do end end) return 1");
        Limited(lua, "do local x <close> = setmetatable({}, {__close = function() while true do end end}) while true do end end");
        Assert.Equal(2L, lua.DoString<long>("return 1 + 1"));
    }

    [Fact]
    public void LimitsPersistAcrossCoroutineResume()
    {
        using var lua = new LuaState(new LuaStateOptions { InstructionLimit = 100_000 });
        var e = Limited(lua, """
            local co = coroutine.wrap(function() while true do for i = 1, 100 do end coroutine.yield() end end)
            while true do co() end
            """);
        Assert.Equal(LuaLimitKind.Instructions, e.Kind);
        Limited(lua, "local co = coroutine.create(function() while true do end end) print(coroutine.resume(co)) while true do end");
    }

    [Theory]
    [InlineData("local s = ('x'):rep(1e8)")]
    [InlineData("local s = ('a'):rep(40) s:find(('a-'):rep(40) .. 'b')")]
    [InlineData("local s = ('a'):rep(30) s:match(('a?'):rep(30) .. ('a'):rep(30) .. 'b')")]
    [InlineData("local t = {} for i = 1, 1000 do t[i] = ('x'):rep(1000) end for i = 1, 1e9 do table.concat(t) end")]
    [InlineData("local t = {} for i = 1, 3000 do t[i] = i end table.sort(t, function(a, b) for i = 1, 100 do end return a > b end)")]
    [InlineData("table.move({}, 1, math.maxinteger // 2, 2)")]
    [InlineData("table.insert(setmetatable({}, {__len = function() return 1e15 end}), 1, 1)")]
    [InlineData("local s = 'x' for i = 1, 40 do s = s .. s end")]
    [InlineData("string.pack('c2000000000', '')")]
    [InlineData("local s = ('x'):rep(1e6) for i = 1, 1e9 do s:upper() end")]
    public void LibraryFunctionsAreCharged(string code)
    {
        using var lua = new LuaState(new LuaStateOptions { InstructionLimit = 1_000_000, Timeout = TimeSpan.FromSeconds(5) });
        var sw = Stopwatch.StartNew();
        var e = Limited(lua, code);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(4), $"took {sw.Elapsed}");
        Assert.Equal(LuaLimitKind.Instructions, e.Kind);
    }

    [Fact]
    public void TimeoutStopsLongLibraryWork()
    {
        using var lua = new LuaState(new LuaStateOptions { Timeout = TimeSpan.FromMilliseconds(200) });
        var sw = Stopwatch.StartNew();
        var e = Limited(lua, "local s = ('x'):rep(1e6) for i = 1, 1e9 do s:upper() end");
        Assert.Equal(LuaLimitKind.Timeout, e.Kind);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(1), $"took {sw.Elapsed}");
        sw.Restart();
        Limited(lua, "local s = ('a'):rep(60) s:find(('a-'):rep(60) .. 'b')");
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(1), $"took {sw.Elapsed}");
    }

    [Fact]
    public async Task AsyncRunsAreLimitedAndCancelledInTightLoops()
    {
        using var lua = new LuaState(new LuaStateOptions { InstructionLimit = 100_000 });
        var e = await Assert.ThrowsAsync<LuaLimitException>(() => lua.DoStringAsync("while true do end"));
        Assert.Equal(LuaLimitKind.Instructions, e.Kind);
        using var lua2 = new LuaState();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => lua2.DoStringAsync("while true do end", null, cts.Token));
    }

    [Fact]
    public void NoLimitsMeansNoLimit()
    {
        using var lua = new LuaState();
        Assert.Equal(3_000_000L, lua.DoString<long>("local n = 0 for i = 1, 3e6 do n = n + 1 end return n"));
    }

    [Fact]
    public void DisposeRunsLoopingFinalizersUnderTheLimits()
    {
        var lua = new LuaState(new LuaStateOptions { InstructionLimit = 100_000 });
        lua.DoString("x = setmetatable({}, {__gc = function() while true do end end})");
        var sw = Stopwatch.StartNew();
        lua.Dispose();
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(2));
    }
}
