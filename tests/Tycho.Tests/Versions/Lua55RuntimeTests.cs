using Xunit;

namespace Tycho.Tests.Versions;

/// <summary>What Lua 5.5's runtime changes (manual §8.1): <c>__call</c> chains of at most 15 objects and
/// <c>extraargs</c>, <c>__close</c> without a second argument, positions of errors in stripped code, tracebacks.
/// Expectations are the 5.5.0 oracle's (the fixtures in tests/conformance-5.5/runtime, run by VersionConformanceTests).</summary>
public sealed class Lua55RuntimeTests
{
    /// <summary>Under 5.4 a chain of 16 is fine: the 16 objects and the argument (17, as the 5.4.8 oracle prints).</summary>
    [Fact]
    public void The54ProfileHasNoCallChainLimit()
    {
        using var lua = new LuaState();
        Assert.Equal(17L, lua.DoString("local u = table.pack for i = 1, 16 do u = setmetatable({}, {__call = u}) end return u('a').n")[0].RawInteger);
    }
}
