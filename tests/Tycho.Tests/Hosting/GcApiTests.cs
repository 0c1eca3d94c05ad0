using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>LuaState.Gc: the host's collectgarbage (manual §2.5, §6.1), sharing its implementation.</summary>
public class GcApiTests
{
    [Fact]
    public void CollectRunsFinalizersAndClearsWeakTables()
    {
        using var lua = new LuaState();
        lua.DoString("""
            finalized = false
            weak = setmetatable({}, {__mode = 'v'})
            do
              local t = setmetatable({}, {__gc = function() finalized = true end})
              weak[1] = {}
            end
            """);
        lua.Gc.Collect();
        Assert.True(lua.GetGlobal<bool>("finalized"));
        Assert.Equal(0L, lua.DoString<long>("return #weak"));
    }

    [Fact]
    public void StopAndRestartAreSeenByCollectgarbage()
    {
        using var lua = new LuaState();
        Assert.True(lua.Gc.IsRunning);
        lua.Gc.Stop();
        Assert.False(lua.Gc.IsRunning);
        Assert.False(lua.DoString<bool>("return collectgarbage('isrunning')"));
        lua.DoString("collectgarbage('restart')");
        Assert.True(lua.Gc.IsRunning);
        lua.Gc.Stop();
        lua.Gc.Restart();
        Assert.True(lua.DoString<bool>("return collectgarbage('isrunning')"));
    }

    [Fact]
    public void ModeIsSharedWithCollectgarbageAndDecidesWhatStepReports()
    {
        using var lua = new LuaState();
        Assert.Equal(LuaGcMode.Generational, lua.Gc.Mode);   // lua.c's default
        Assert.False(lua.Gc.Step());
        lua.Gc.Mode = LuaGcMode.Incremental;
        Assert.Equal("incremental", lua.DoString<string>("return collectgarbage('incremental')"));
        Assert.True(lua.Gc.Step(100));
        Assert.True(lua.DoString<bool>("return collectgarbage('step', 0)"));
        lua.DoString("collectgarbage('generational')");
        Assert.Equal(LuaGcMode.Generational, lua.Gc.Mode);
        Assert.Throws<ArgumentOutOfRangeException>(() => lua.Gc.Mode = (LuaGcMode)7);
    }

    [Fact]
    public void ParametersAreKeptAsLuaKeepsThem()
    {
        // Values from lua5.4.8: a parameter is stored divided by 4 in a byte.
        using var lua = new LuaState();
        var r = lua.DoString("""
            return collectgarbage('setpause', 201), collectgarbage('setpause', 2000), collectgarbage('setpause'),
                   collectgarbage('setstepmul', 7), collectgarbage('setstepmul', 0)
            """);
        Assert.Equal(new long[] { 200, 200, 976, 100, 4 }, r.Select(v => v.RawInteger));
        lua.DoString("collectgarbage('incremental', 100, 300, 10)");
        Assert.Equal((100, 300, 10), (lua.Gc.Pause, lua.Gc.StepMultiplier, lua.Gc.StepSize));
        lua.DoString("collectgarbage('generational', 30, 50)");
        Assert.Equal((30, 48), (lua.Gc.MinorMultiplier, lua.Gc.MajorMultiplier));
        // Zero arguments leave the parameters unchanged.
        Assert.Equal("generational", lua.DoString<string>("return collectgarbage('incremental', 0, 0, 0)"));
        Assert.Equal((100, 300, 10), (lua.Gc.Pause, lua.Gc.StepMultiplier, lua.Gc.StepSize));

        lua.Gc.Pause = 301;
        lua.Gc.StepMultiplier = 400;
        Assert.Equal(300L, lua.DoString<long>("return collectgarbage('setpause', 200)"));
        Assert.Equal(400L, lua.DoString<long>("return collectgarbage('setstepmul', 100)"));
        lua.Gc.StepSize = 12;
        lua.Gc.MinorMultiplier = 25;
        lua.Gc.MajorMultiplier = 60;
        Assert.Equal((12, 25, 60), (lua.Gc.StepSize, lua.Gc.MinorMultiplier, lua.Gc.MajorMultiplier));
        Assert.Throws<ArgumentOutOfRangeException>(() => lua.Gc.Pause = 1024);
        Assert.Throws<ArgumentOutOfRangeException>(() => lua.Gc.StepSize = -1);
        Assert.Throws<ArgumentOutOfRangeException>(() => lua.Gc.MinorMultiplier = 256);
    }

    [Fact]
    public void CountIsCollectgarbageCountAndFallsAfterCollect()
    {
        using var lua = new LuaState();
        double before = lua.Gc.Count;
        Assert.Equal(lua.DoString<double>("return collectgarbage('count')"), lua.Gc.Count, 0);
        lua.DoString("big = {} for i = 1, 100000 do big[i] = {i} end");
        double grown = lua.Gc.Count;
        Assert.True(grown > before + 1000, $"{before} -> {grown}");
        lua.DoString("big = nil");
        lua.Gc.Collect();
        Assert.True(lua.Gc.Count < grown - 1000, $"{grown} -> {lua.Gc.Count}");
    }

    [Fact]
    public void FinalizersRunFromCollectAreBoundByTheStateLimits()
    {
        using var lua = new LuaState(new LuaStateOptions { InstructionLimit = 100_000 });
        lua.DoString("do local t = setmetatable({}, {__gc = function() while true do end end}) end");
        Assert.ThrowsAny<LuaLimitException>(() => lua.Gc.Collect());
        Assert.Equal(2L, lua.DoString<long>("return 1 + 1"));   // usable afterwards, with a fresh budget
    }

    [Fact]
    public void InsideAFinalizerTheControlsDoNothingAsLuaGc()
    {
        using var lua = new LuaState();
        bool? stepped = null;
        lua.Register("step", LuaFunction.Create(() => { stepped = lua.Gc.Step(); lua.Gc.Stop(); }));
        lua.DoString("do local t = setmetatable({}, {__gc = function() step() end}) end");
        lua.Gc.Collect();
        Assert.False(stepped);
        Assert.True(lua.Gc.IsRunning);
    }

    [Fact]
    public void CollectFromAHostFunctionRunsFinalizersOnTheRunningThread()
    {
        using var lua = new LuaState();
        lua.Register("collect", LuaFunction.Create(() => lua.Gc.Collect()));
        var r = lua.DoString("""
            local n = 0
            do local t = setmetatable({}, {__gc = function() n = n + 1 end}) end
            local co = coroutine.wrap(function() collect() coroutine.yield(n) end)
            return co(), n
            """);
        Assert.Equal(1L, r[0].RawInteger);
    }

    [Fact]
    public void DisposedStateRejectsTheControls()
    {
        var lua = new LuaState();
        var gc = lua.Gc;
        Assert.Same(gc, lua.Gc);
        lua.Dispose();
        Assert.Throws<ObjectDisposedException>(() => gc.Collect());
        Assert.Throws<ObjectDisposedException>(() => gc.Count);
    }
}
