using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>What a sandboxed script can do to the metatables of bound user types, and the Safe preset's memory limit.</summary>
public class SandboxUserdataTests
{
    [Fact]
    public void SandboxedScriptCannotReachTheSharedMetatable()
    {
        using var lua = new LuaState(LuaPresets.Safe());
        var a = new Vec(1, 2);
        var b = new Vec(3, 4);
        lua.Globals["a"] = lua.ToValue(a);
        lua.Globals["b"] = lua.ToValue(b);
        Assert.False(lua.DoString("return getmetatable(a)")[0].Get<bool>());
        var e = Assert.Throws<LuaRuntimeException>(() =>
            lua.DoString("getmetatable(a).__index = function() return 'hijacked' end"));
        Assert.Contains("attempt to index a boolean value", e.Message);
        Assert.Equal(4.0, lua.DoString<double>("return b.Y"));
        // No library of the safe set hands out metatables another way.
        Assert.True(lua.DoString("return debug.getmetatable == nil and debug.getregistry == nil")[0].Get<bool>());
    }

    [Fact]
    public void UnsandboxedStateKeepsTheMetatableReachable()
    {
        using var lua = new LuaState();
        lua.Globals["a"] = lua.ToValue(new Vec(1, 2));
        Assert.Equal("Vec", lua.DoString<string>("return getmetatable(a).__name"));
    }

    [Fact]
    public void SafePresetLimitsMemoryByDefault()
    {
        Assert.Equal(LuaPresets.SafeMemoryLimit, LuaPresets.Safe().MemoryLimit);
        using var lua = new LuaState(LuaPresets.Safe());
        Assert.Equal(64L * 1024 * 1024, lua.MemoryLimit);
        Assert.Throws<LuaMemoryException>(() => lua.DoString("local s = string.rep('x', 100 * 1024 * 1024)"));
        Assert.Equal(2L, lua.DoString("return 1 + 1")[0].Get<long>());
    }

    [Fact]
    public void SafePresetMemoryLimitCanBeChangedOrRemoved()
    {
        Assert.Equal(1_000_000L, LuaPresets.Safe(memoryLimit: 1_000_000).MemoryLimit);
        using var lua = new LuaState(LuaPresets.Safe(memoryLimit: 0));
        Assert.Equal(0L, lua.MemoryLimit);
    }
}
