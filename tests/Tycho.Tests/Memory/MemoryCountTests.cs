using Xunit;

namespace Tycho.Tests.Memory;

/// <summary>collectgarbage("count") (§6.1): live bytes of the last cycle plus allocations since; it follows what a
/// script retains and returns to its level after the data is dropped and a cycle runs.</summary>
public class MemoryCountTests
{
    private static LuaState NewState() => new(new LuaStateOptions { Output = new MemoryStream() });

    private static double Count(LuaState lua) => lua.DoString("return collectgarbage('count')")[0].NumberAsDouble;

    [Fact]
    public void FreshStateCountsItsLibraries()
    {
        using var lua = NewState();
        double kb = Count(lua);
        Assert.InRange(kb, 5, 500);
        Assert.Equal(kb * 1024, lua.MemoryInUse, 0.5);
    }

    [Theory]
    [InlineData("for i = 1, 100000 do data[i] = {i} end", 5_000)]
    [InlineData("for i = 1, 50000 do data[i] = 'str' .. i end", 2_500)]
    [InlineData("for i = 1, 20000 do data[i] = function() return i end end", 1_000)]
    [InlineData("for i = 1, 20000 do data['k' .. i] = coroutine.create(print) end", 2_000)]
    [InlineData("data[1] = string.rep('x', 8 * 1024 * 1024)", 8_000)]
    public void CountGoesUpThenBackDown(string fill, double minGrowthKb)
    {
        using var lua = NewState();
        lua.DoString("data = {} collectgarbage()");
        double baseline = Count(lua);
        lua.DoString(fill);
        double filled = Count(lua);
        Assert.True(filled - baseline > minGrowthKb, $"grew {filled - baseline} KB");
        lua.DoString("collectgarbage()");
        Assert.True(Count(lua) - baseline > minGrowthKb, "retained data must stay counted after a cycle");
        lua.DoString("data = nil collectgarbage()");
        double after = Count(lua);
        Assert.InRange(after, baseline * 0.9 - 4, baseline + 4);
    }

    [Fact]
    public void StopPreventsAutomaticCyclesAndRestartResumesThem()
    {
        using var lua = NewState();
        lua.DoString("weak = setmetatable({}, {__mode = 'v'}) weak[1] = {}");
        // Stopped: 20 MB of garbage is allocated, no cycle runs, so the count keeps it and the weak entry survives.
        var r = lua.DoString(@"
            collectgarbage('stop')
            local before = collectgarbage('count')
            for i = 1, 200000 do local t = {i, i} end
            return collectgarbage('count') - before, weak[1] ~= nil");
        Assert.True(r[0].NumberAsDouble > 10_000, $"grew {r[0].NumberAsDouble} KB");
        Assert.True(r[1].IsTruthy);
        // Restarted: the next allocations pass the pause and run a cycle, which clears the weak entry.
        r = lua.DoString(@"
            collectgarbage('restart')
            for i = 1, 200000 do local t = {i, i} end
            return collectgarbage('count'), weak[1] == nil");
        Assert.True(r[0].NumberAsDouble < 10_000, $"count {r[0].NumberAsDouble} KB");
        Assert.True(r[1].IsTruthy);
    }

    [Fact]
    public void AutomaticCyclesRunFinalizersAtTheNextSafePoint()
    {
        using var lua = NewState();
        var r = lua.DoString(@"
            local n = 0
            local mt = {__gc = function() n = n + 1 end}
            for i = 1, 20000 do setmetatable({}, mt) local pad = {i, i, i, i} end
            return n");
        Assert.True(r[0].RawInteger > 1000, $"{r[0].RawInteger} finalizers ran");
    }

    [Fact]
    public void HostHandlesKeepObjectsAliveAndCounted()
    {
        using var lua = NewState();
        lua.DoString("collectgarbage()");
        double baseline = Count(lua);
        var held = lua.CreateHandle(lua.DoString("local t = {} for i = 1, 50000 do t[i] = {i} end return t")[0].AsTable!);
        lua.DoString("collectgarbage()");
        Assert.True(Count(lua) - baseline > 2_000);
        Assert.Equal(50000L, held.Value.AsTable!.Length);
        held.Dispose();
        lua.DoString("collectgarbage()");
        Assert.True(Count(lua) - baseline < 50);
    }

    [Fact]
    public void CoroutineAllocationsAreCharged()
    {
        using var lua = NewState();
        var r = lua.DoString(@"
            collectgarbage()
            local before = collectgarbage('count')
            local co = coroutine.wrap(function() local t = {} for i = 1, 50000 do t[i] = {i} end coroutine.yield(t) end)
            keep = co()
            return collectgarbage('count') - before");
        Assert.True(r[0].NumberAsDouble > 2_000, $"grew {r[0].NumberAsDouble} KB");
    }
}
