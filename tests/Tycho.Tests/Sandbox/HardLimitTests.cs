using Xunit;

namespace Tycho.Tests.Sandbox;

/// <summary>Limits that a script cannot outrun or swallow: the memory limit is sticky like the others, and
/// metamethod chains reach a safepoint.</summary>
public sealed class HardLimitTests
{
    private static LuaState Limited(long memory = 20_000_000, long? instructions = null) =>
        new(new LuaStateOptions { MemoryLimit = memory, InstructionLimit = instructions });

    [Fact]
    public void PcallCannotSwallowTheMemoryLimit()
    {
        using var lua = Limited();
        var e = Assert.Throws<LuaMemoryException>(() => lua.DoString("cleaned = not pcall(string.rep, 'x', 50e6) return 'swallowed'"));
        Assert.Equal(LuaLimitKind.Memory, e.Kind);
        Assert.Equal("not enough memory", e.Message);
        Assert.True(lua.DoString<bool>("return cleaned"));   // the cleanup after the pcall ran in the grace
        Assert.Equal(2L, lua.DoString<long>("return 1 + 1"));  // the next call starts fresh
    }

    [Fact]
    public void MemoryLimitFiresAgainAfterTheGrace()
    {
        using var lua = Limited();
        var e = Assert.Throws<LuaMemoryException>(() => lua.DoString("n = 0 while true do pcall(string.rep, 'x', 50e6) n = n + 1 end"));
        Assert.Equal(LuaLimitKind.Memory, e.Kind);
        Assert.InRange(lua.DoString<long>("return n"), 1, LuaLimitGrace);
    }

    private const long LuaLimitGrace = 10_000;

    [Fact]
    public void MemoryLimitInACoroutineReachesTheHost()
    {
        using var lua = Limited();
        Assert.Throws<LuaMemoryException>(() => lua.DoString(
            "local ok, e = coroutine.resume(coroutine.create(function() return ('x'):rep(50e6) end)) assert(not ok) while true do end"));
        Assert.Equal(2L, lua.DoString<long>("return 1 + 1"));
    }

    [Fact]
    public void MemoryErrorsWithoutALimitFiringStayOrdinary()
    {
        using var lua = Limited();
        // Errors other than the limit are still caught for good.
        Assert.Equal("ok", lua.DoString<string>("pcall(error, 'x') pcall(string.rep, 'x', -1) return 'ok'"));
    }

    [Fact]
    public void MemoryLimitUnderOtherLimitsKeepsItsKind()
    {
        using var lua = Limited(instructions: 100_000_000);
        var e = Assert.Throws<LuaMemoryException>(() => lua.DoString("pcall(string.rep, 'x', 50e6) for i = 1, 1e7 do end"));
        Assert.Equal(LuaLimitKind.Memory, e.Kind);
    }

    [Theory]
    [InlineData("local c = setmetatable({}, {}) getmetatable(c).__call = c c()")]
    [InlineData("local c = setmetatable({}, {}) getmetatable(c).__call = c return c(1, 2, 3)")]
    [InlineData("local c = setmetatable({}, {}) getmetatable(c).__call = c pcall(c)")]
    public void CallChainReachesASafepoint(string code)
    {
        using var lua = new LuaState(new LuaStateOptions { InstructionLimit = 1_000_000 });
        var e = Assert.Throws<LuaLimitException>(() => lua.DoString(code));
        Assert.Equal(LuaLimitKind.Instructions, e.Kind);
    }

    [Fact]
    public void CallChainHonoursTheTimeout()
    {
        using var lua = new LuaState(new LuaStateOptions { Timeout = TimeSpan.FromMilliseconds(300) });
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var e = Assert.Throws<LuaLimitException>(() => lua.DoString("local c = setmetatable({}, {}) getmetatable(c).__call = c c()"));
        Assert.Equal(LuaLimitKind.Timeout, e.Kind);
        Assert.True(sw.Elapsed.TotalSeconds < 1.5);
    }
}
