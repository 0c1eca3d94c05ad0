using Tycho.Tests.Cli;
using Xunit;

namespace Tycho.Tests.Sandbox;

public class SandboxTests
{
    [Fact]
    public void LibraryFlagsAreSingleBitsAndSetsCombineThem()
    {
        foreach (LuaLibraries v in Enum.GetValues<LuaLibraries>())
            Assert.True(v == LuaLibraries.None || ((int)v & ((int)v - 1)) == 0, $"{v} is not a single library");
        Assert.Equal(LuaLibrarySets.All, new LuaStateOptions().Libraries);
        Assert.False(LuaLibrarySets.Standard.HasFlag(LuaLibraries.Debug));
        Assert.False(LuaLibrarySets.Safe.HasFlag(LuaLibraries.IO));
    }

    [Fact]
    public void SafePresetRemovesMachineAccess()
    {
        using var lua = new LuaState(LuaPresets.Safe());
        Assert.Equal("nil nil nil nil nil nil nil", string.Join(" ", lua.DoString(
            "return tostring(io), tostring(os.execute), tostring(os.getenv), tostring(os.remove), tostring(dofile), tostring(debug.getinfo), tostring(package.loadlib)")
            .Select(v => v.Get<string>())));
        Assert.True(lua.DoString<bool>("return os.time() > 0 and os.clock() >= 0 and type(debug.traceback()) == 'string'"));
        Assert.Equal("attempt to load a binary chunk (mode is 't')", lua.DoString("return load(string.dump(function() end), 'x', 'b')")[1].Get<string>());
        Assert.Equal(3L, lua.DoString<long>("return load('return 1 + 2')()"));
        Assert.Throws<LuaRuntimeException>(() => lua.DoString("collectgarbage('stop')"));
        Assert.False(lua.DoString<bool>("return getmetatable('')"));
        Assert.Throws<LuaRuntimeException>(() => lua.DoString("require 'some.file.module'"));
    }

    [Fact]
    public void SafePresetStillLoadsHostModules()
    {
        var fs = new InMemoryLuaFileSystem();
        fs["greet.lua"] = "return { hi = function() return 'hi' end }";
        using var lua = new LuaState(new LuaStateOptions { Libraries = LuaLibrarySets.Safe, Sandboxed = true, FileSystem = fs });
        Assert.Equal("hi", lua.DoString<string>("return require('greet').hi()"));
    }

    [Fact]
    public void TenantsShareAStateWithoutReachingTheGlobals()
    {
        using var lua = new LuaState();
        lua.Globals["secret"] = LuaValue.FromString("host only");
        var a = lua.CreateEnvironment();
        var b = lua.CreateEnvironment(new[] { "print", "string.upper", "tostring" });
        lua.DoString("x = 1 string.rep = nil", a);
        Assert.True(lua.Globals["x"].IsNil);
        Assert.Equal("xx", lua.DoString<string>("return ('x'):rep(2)"));
        Assert.True(lua.DoString("return secret, _G.secret, load('return secret')(), rawget(_G, 'secret')", a).All(v => v.IsNil));
        Assert.Equal("ABC", lua.DoString<string>("return string.upper('abc')", b));
        Assert.True(lua.DoString<bool>("return string.rep == nil and pcall == nil and x == nil", b));
        Assert.Equal(5L, lua.DoString<long>("return load('return y', 'c', 't', {y = 5})()", a));
    }

    [Fact]
    public void ReadThroughEnvironmentCopiesTablesAndHidesDangerousGlobals()
    {
        using var lua = new LuaState();
        var env = lua.CreateEnvironment(Array.Empty<string>(), readThroughGlobals: true);
        Assert.Equal(4L, lua.DoString<long>("return math.floor(4.5)", env));
        lua.DoString("math.floor = nil; string.rep = nil", env);
        Assert.Equal(4L, lua.DoString<long>("return math.floor(4.5)"));
        Assert.True(lua.DoString("return io, os, debug, package", env).All(v => v.IsNil));
        Assert.False(lua.DoString<bool>("return (pcall(require, 'io'))", env));
        Assert.False(lua.DoString<bool>("return getmetatable(_ENV)", env));
    }

    [Fact]
    public void TenantsCanHaveDifferentLimits()
    {
        using var lua = new LuaState();
        var env = lua.CreateEnvironment();
        var e = Assert.Throws<LuaLimitException>(() => lua.DoString("while true do end", env, new LuaExecutionLimits { InstructionLimit = 10_000 }));
        Assert.Equal(LuaLimitKind.Instructions, e.Kind);
        Assert.Equal(2L, lua.DoString<long>("return 1 + 1", env));
    }

    [Fact]
    public void CommandLineLimitsEndWithOneLineAndNonZeroStatus()
    {
        var r = TychoProcess.Run(new[] { "--instruction-limit", "100000", "-e", "while true do end" });
        Assert.NotEqual(0, r.ExitCode);
        Assert.Equal("tycho: (command line):1: instruction limit exceeded\n", r.Stderr);
        r = TychoProcess.Run(new[] { "--timeout=0.2", "-e", "while true do end" });
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("execution timeout", r.Stderr);
        r = TychoProcess.Run(new[] { "--sandbox", "-e", "print(io, os.execute, os.time() > 0)" });
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("nil\tnil\ttrue\n", r.Stdout);
        r = TychoProcess.Run(new[] { "--timeout", "x", "-e", "print(1)" });
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("usage:", r.Stderr);
    }
}
