using Xunit;

namespace Tycho.Tests.Gc;

/// <summary>§2.5: a value the host holds through a handle is never finalized or dropped from a weak table.</summary>
public class HostRootTests
{
    [Fact]
    public void HandleKeepsWeakEntryAndDefersFinalizer()
    {
        using var lua = new LuaState(new LuaStateOptions { Output = new MemoryStream() });
        lua.DoString("weak = setmetatable({}, {__mode = 'v'}); finalized = false " +
                     "local o = setmetatable({}, {__gc = function() finalized = true end}); weak[1] = o");
        var held = lua.CreateHandle(lua.DoString("return weak[1]")[0].AsTable!);
        lua.DoString("collectgarbage(); collectgarbage()");
        Assert.True(lua.DoString("return weak[1] ~= nil")[0].IsTruthy);
        Assert.True(lua.DoString("return finalized")[0].IsFalsy);

        held.Dispose();
        lua.DoString("collectgarbage()");
        Assert.True(lua.DoString("return weak[1] == nil")[0].IsTruthy);
        Assert.True(lua.DoString("return finalized")[0].IsTruthy);
    }

    [Fact]
    public void DisposeRunsPendingFinalizers()
    {
        var output = new MemoryStream();
        var lua = new LuaState(new LuaStateOptions { Output = output });
        lua.DoString("keep = setmetatable({}, {__gc = function() print('closed') end})");
        lua.Dispose();
        Assert.Equal("closed\n", System.Text.Encoding.UTF8.GetString(output.ToArray()));
    }
}
