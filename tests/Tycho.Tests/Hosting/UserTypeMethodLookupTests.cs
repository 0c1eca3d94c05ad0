using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>The VM reads a bound type's methods from its method table instead of calling <c>__index</c>: the result
/// must be the one <c>__index</c> gives, and a call hook must still see the <c>__index</c> call.</summary>
public class UserTypeMethodLookupTests
{
    [Fact]
    public void MethodLookupGivesWhatIndexGives()
    {
        using var lua = new LuaState();
        lua.Globals["v"] = lua.ToValue(new Vec(1, 2));
        var r = lua.DoString("""
            local index = debug.getmetatable(v).__index
            v:Move(2, 3)
            return v.Move == index(v, "Move"), v.X, v.Y, v.Length, pcall(function() return v.Nope end)
            """);
        Assert.True(r[0].IsTruthy);
        Assert.Equal(3.0, r[1].NumberAsDouble);
        Assert.Equal(5.0, r[2].NumberAsDouble);
        Assert.Equal(Math.Sqrt(34), r[3].NumberAsDouble, 9);
        Assert.False(r[4].IsTruthy);
        Assert.Contains("has no member 'Nope'", r[5].ToString());
    }

    [Fact]
    public void CallHookSeesTheIndexCallOfAMethodLookup()
    {
        using var lua = new LuaState();
        lua.Globals["v"] = lua.ToValue(new Vec(1, 2));
        var n = lua.DoString("""
            local index = debug.getmetatable(v).__index
            local n = 0
            debug.sethook(function() if debug.getinfo(2, "f").func == index then n = n + 1 end end, "c")
            v:Move(1)
            v:Move(1)
            debug.sethook()
            return n
            """)[0];
        Assert.Equal(2L, n.RawInteger);
    }
}
