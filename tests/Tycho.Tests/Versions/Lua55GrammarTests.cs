using Xunit;

namespace Tycho.Tests.Versions;

/// <summary>What Lua 5.5's grammar changes (manual §2.2, §3.3, §3.4.11, §8.1): global declarations, read-only loop
/// control variables, prefixed attributes, named vararg tables, the positions of semantic errors. Expectations are
/// the 5.5.0 oracle's (the fixtures in tests/conformance-5.5/grammar, run by VersionConformanceTests).</summary>
public sealed class Lua55GrammarTests
{
    [Theory]
    [InlineData("global x")]
    [InlineData("local <const> a = 1")]
    [InlineData("local function f(...t) end")]
    public void The54ProfileKeepsItsGrammar(string source)
    {
        using var lua = new LuaState();
        Assert.ThrowsAny<LuaException>(() => lua.Load(source));
        using var lua55 = new LuaState(new LuaStateOptions { LanguageVersion = LuaLanguageVersion.Lua55 });
        lua55.Load(source);
    }

    [Fact]
    public void The54ProfileLetsLoopsAssignTheirControlVariable()
    {
        using var lua = new LuaState();
        Assert.Equal(6L, lua.DoString("local s = 0 for i = 1, 3 do s = s + i; i = 10 end return s")[0].RawInteger);
    }
}
