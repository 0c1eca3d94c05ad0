using Tycho.Tests.Cli;
using Xunit;

namespace Tycho.Tests.Versions;

/// <summary>Selecting a dialect: <see cref="LuaStateOptions.LanguageVersion"/> and <c>tycho --lua X</c>.</summary>
public sealed class LanguageVersionTests
{
    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "Lua 5.1")]
    [InlineData(LuaLanguageVersion.Lua52, "Lua 5.2")]
    [InlineData(LuaLanguageVersion.Lua53, "Lua 5.3")]
    [InlineData(LuaLanguageVersion.Lua54, "Lua 5.4")]
    [InlineData(LuaLanguageVersion.Lua55, "Lua 5.5")]
    public void VersionIsTheDialects(LuaLanguageVersion version, string name)
    {
        using var lua = new LuaState(new LuaStateOptions { LanguageVersion = version });
        Assert.Equal(version, lua.LanguageVersion);
        Assert.Equal(name, lua.DoString("return _VERSION")[0].ToString());
        Assert.Equal(name, lua.Info.Version);
    }

    [Fact]
    public void DefaultIsLua54()
    {
        using var lua = new LuaState();
        Assert.Equal(LuaLanguageVersion.Lua54, lua.LanguageVersion);
        Assert.Equal(LuaStateInfo.LuaVersion, lua.Info.Version);
    }

    [Fact]
    public void UndefinedVersionIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LuaState(new LuaStateOptions { LanguageVersion = (LuaLanguageVersion)50 }));

    [Theory]
    [InlineData("5.1", "Lua 5.1")]
    [InlineData("5.5", "Lua 5.5")]
    public void CommandSpeaksTheDialect(string dialect, string name)
    {
        var r = TychoProcess.Run(["--lua", dialect, "-e", "print(_VERSION)"]);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(name + "\n", r.Stdout);
    }

    [Fact]
    public void CommandRefusesAnUnknownDialect()
    {
        var r = TychoProcess.Run(["--lua", "5.0", "-e", "print(1)"]);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("invalid version '5.0' for '--lua'", r.Stderr);
    }

    [Fact]
    public void CommandReadsTheDialectsInitVariable()
    {
        var r = TychoProcess.Run(["--lua", "5.3", "-e", "print(x)"],
            environment: new Dictionary<string, string?> { ["LUA_INIT_5_3"] = "x = 53", ["LUA_INIT_5_4"] = "x = 54" });
        Assert.Equal("53\n", r.Stdout);
    }
}
