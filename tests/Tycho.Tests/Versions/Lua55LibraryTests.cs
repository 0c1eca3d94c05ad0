using Xunit;

namespace Tycho.Tests.Versions;

/// <summary>What Lua 5.5's libraries change (manual §6, §8.2): <c>collectgarbage("param")</c>, <c>table.create</c>,
/// <c>utf8.offset</c>'s end position, <c>pairs</c>' closing value, <c>load</c>'s modes, nil error objects, float
/// printing, pack sizes. Expectations are the 5.5.0 oracle's (the fixtures in tests/conformance-5.5/libraries, run by VersionConformanceTests).</summary>
public sealed class Lua55LibraryTests
{
    [Theory]
    [InlineData("return table.create")]
    [InlineData("return (pcall(collectgarbage, 'param', 'pause'))")]
    public void The54ProfileHasNone(string source)
    {
        using var lua = new LuaState();
        Assert.True(lua.DoString(source)[0].IsFalsy);
    }

    [Fact]
    public void The54ProfilePrintsFourteenDigits()
    {
        using var lua = new LuaState();
        Assert.Equal("0.33333333333333", lua.DoString("return tostring(1/3)")[0].ToString());
    }
}
