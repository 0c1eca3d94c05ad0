using Xunit;

namespace Tycho.Tests.Memory;

/// <summary><see cref="LuaStateOptions.MemoryLimit"/>: garbage never counts, live data fails with lua5.4's
/// "not enough memory" (LUA_ERRMEM) before the allocation, and the state stays usable.</summary>
public class MemoryLimitTests
{
    private const long OneMB = 1 << 20;

    private static LuaState NewState(long limit) =>
        new(new LuaStateOptions { MemoryLimit = limit, Output = new MemoryStream() });

    [Fact]
    public void GarbageLoopKeepsRunningUnderOneMegabyte()
    {
        using var lua = NewState(OneMB);
        // Allocates ~60 MB of tables, closures and strings in total, none of it kept.
        var r = lua.DoString(@"
            local n = 0
            for i = 1, 200000 do
              local t = {i, i + 1, name = 'x' .. i, f = function() return i end}
              n = n + #t
            end
            return n, collectgarbage('count')");
        Assert.Equal(400000L, r[0].RawInteger);
        Assert.True(r[1].NumberAsDouble * 1024 <= OneMB, $"count {r[1].NumberAsDouble} KB over the limit");
    }

    [Fact]
    public void RetainedListFailsNearTheLimit()
    {
        foreach (long limit in new[] { OneMB, 8 * OneMB })
        {
            using var lua = NewState(limit);
            // The limit is sticky: pcall catches it long enough to record it, then the host receives it.
            Assert.Throws<LuaMemoryException>(() => lua.DoString(@"
                list = {}
                ok, err = pcall(function()
                  for i = 1, 1e9 do list[i] = {i, i} end
                end)
                -- Still inside the cleanup grace: the failing allocation ran a full cycle, so the count is the live
                -- size at the failure point. Then free the list (compiling the next chunk needs memory too).
                failedAt, count = #list, collectgarbage('count')
                list = nil"));
            var r = lua.DoString("return ok, err, failedAt, count");
            Assert.False(r[0].IsTruthy);
            Assert.Equal("not enough memory", r[1].AsString!.ToString());
            Assert.True(r[2].RawInteger > 1000);
            // Live size at the failure point (everything is still referenced by 'list'): within 10% of the limit.
            double liveBytes = r[3].NumberAsDouble * 1024;
            Assert.InRange(liveBytes, limit * 0.9, limit);
        }
    }

    [Fact]
    public void HugeStringRepFailsBeforeAllocating()
    {
        using var lua = NewState(10 * OneMB);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<LuaMemoryException>(() => lua.DoString("ok, err = pcall(string.rep, 'x', 1e10)"));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var r = lua.DoString("return ok, err");
        Assert.False(r[0].IsTruthy);
        Assert.Equal("not enough memory", r[1].AsString!.ToString());
        Assert.True(allocated < 8 * OneMB, $"allocated {allocated} bytes");
    }

    [Theory]
    [InlineData("local s = string.rep('x', 4 * 1024 * 1024); local t = {} for i = 1, 4 do t[i] = s .. i end")]
    [InlineData("local t = {} for i = 1, 3000000 do t[i] = i end")]
    [InlineData("local parts = {} for i = 1, 6 do parts[i] = string.rep('y', 1024 * 1024) end return table.concat(parts, ',', 1, 6) .. table.concat(parts)")]
    [InlineData("return string.format('%s%s%s%s', string.rep('a', 3e6), string.rep('a', 3e6), string.rep('a', 3e6), string.rep('a', 3e6))")]
    [InlineData("return (string.rep('ab', 3e6):gsub('a', 'xyz'))")]
    [InlineData("return string.pack('s4s4s4', string.rep('a', 4e6), string.rep('a', 4e6), string.rep('a', 4e6))")]
    public void LargeResultsRaiseNotEnoughMemory(string code)
    {
        using var lua = NewState(10 * OneMB);
        var e = Assert.Throws<LuaMemoryException>(() => lua.DoString(code));
        Assert.Equal("not enough memory", e.Value.AsString!.ToString());
    }

    [Fact]
    public void StateStaysUsableAfterTheError()
    {
        using var lua = NewState(2 * OneMB);
        Assert.Throws<LuaMemoryException>(() => lua.DoString("hog = {} for i = 1, 1e9 do hog[i] = 'item' .. i end"));
        Assert.True(lua.DoString("return #hog")[0].RawInteger > 1000);
        lua.DoString("hog = nil collectgarbage()");
        Assert.True(lua.MemoryInUse < OneMB);
        Assert.Equal(6L, lua.DoString("local t = {} for i = 1, 3 do t[i] = i end return t[1] + t[2] + t[3]")[0].RawInteger);
        Assert.True(lua.DoString("return collectgarbage('count') > 0")[0].IsTruthy);
    }

    [Fact]
    public void MessageHandlerIsNotCalledForMemoryErrors()
    {
        using var lua = NewState(OneMB);
        Assert.Throws<LuaMemoryException>(() => lua.DoString(@"
            called = false
            ok, err = xpcall(function() return string.rep('x', 1e8) end, function(m) called = true return m end)"));
        var r = lua.DoString("return ok, err, called");
        Assert.False(r[0].IsTruthy);
        Assert.Equal("not enough memory", r[1].AsString!.ToString());
        Assert.False(r[2].IsTruthy);
    }

    [Fact]
    public void LimitAppliesWhileTheCollectorIsStopped()
    {
        using var lua = NewState(2 * OneMB);
        // Stopped: no automatic cycles, but an allocation over the limit still collects first.
        var r = lua.DoString(@"
            collectgarbage('stop')
            for i = 1, 100000 do local t = {i} end
            return collectgarbage('isrunning')");
        Assert.False(r[0].IsTruthy);
    }

    [Fact]
    public void LimitCanBeChangedAtRunTime()
    {
        using var lua = new LuaState(new LuaStateOptions { Output = new MemoryStream() });
        Assert.Equal(0, lua.MemoryLimit);
        lua.DoString("keep = string.rep('k', 3 * 1024 * 1024)");
        lua.MemoryLimit = 2 * OneMB;
        Assert.Throws<LuaMemoryException>(() => lua.DoString("local t = {} for i = 1, 1000 do t[i] = {} end"));
        lua.MemoryLimit = 0;
        lua.DoString("local t = {} for i = 1, 1000 do t[i] = {} end");
    }

    [Fact]
    public void InfoReportsTheAccountedMemory()
    {
        using var lua = NewState(4 * OneMB);
        Assert.Equal(4 * OneMB, lua.Info.MemoryLimit);
        Assert.Equal(lua.MemoryInUse, lua.Info.MemoryInUse);
    }
}
