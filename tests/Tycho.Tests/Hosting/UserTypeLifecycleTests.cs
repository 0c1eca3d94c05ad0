using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>User types as collections (__pairs, __len), their finalization (__gc, IDisposable) and nullable members.</summary>
public class UserTypeLifecycleTests
{
    [Fact]
    public void KeyedCollectionIteratesWithPairsAndHasLength()
    {
        using var lua = new LuaState();
        lua.RegisterType<Inventory>();
        var r = lua.DoString("""
            local inv = Inventory.new()
            inv:Add("b", 2) inv:Add("a", 1) inv:Add("b", 3)
            local s = ""
            for k, v in pairs(inv) do s = s .. k .. "=" .. v .. ";" end
            return s, #inv
            """);
        Assert.Equal("a=1;b=5;", r[0].ToString());
        Assert.Equal(2L, r[1].Get<long>());
    }

    [Fact]
    public void PairsMethodReturningASequenceIteratesFromOne()
    {
        using var lua = new LuaState();
        var list = new Playlist();
        list.Songs.AddRange(["x", "y", "z"]);
        lua.Globals["list"] = lua.ToValue(list);
        Assert.Equal("1x2y3z", lua.DoString<string>("local s = '' for i, v in pairs(list) do s = s .. i .. v end return s"));
        // The loop can stop early and start again: each pairs call has its own enumerator.
        Assert.Equal("1x1x", lua.DoString<string>(
            "local s = '' for _ = 1, 2 do for i, v in pairs(list) do s = s .. i .. v break end end return s"));
    }

    [Fact]
    public void ChangingTheCollectionDuringTheLoopIsALuaError()
    {
        using var lua = new LuaState();
        var list = new Playlist();
        list.Songs.AddRange(["x", "y"]);
        lua.Globals["list"] = lua.ToValue(list);
        lua.Globals["grow"] = LuaFunction.Create(ctx => { list.Songs.Add("again"); return 0; });
        var r = lua.DoString("return pcall(function() for _ in pairs(list) do grow() end end)");
        Assert.False(r[0].Get<bool>());
        Assert.Contains("Collection was modified", r[1].ToString());
    }

    [Fact]
    public void LuaCreatedDisposableIsDisposedWhenCollected()
    {
        using var lua = new LuaState();
        lua.RegisterType<Resource>();
        var res = lua.DoString("return Resource.new('file')")[0].Get<Resource>();
        Assert.Equal(0, res.Disposals);
        lua.DoString("collectgarbage()");
        Assert.Equal(1, res.Disposals);
        lua.DoString("collectgarbage()");
        Assert.Equal(1, res.Disposals);   // finalized once (manual §2.5.3)
    }

    [Fact]
    public void LuaCreatedDisposableStillReachableIsDisposedWithTheState()
    {
        var lua = new LuaState();
        lua.RegisterType<Resource>();
        var res = lua.DoString("kept = Resource.new('file') collectgarbage() return kept")[0].Get<Resource>();
        Assert.Equal(0, res.Disposals);
        lua.Dispose();
        Assert.Equal(1, res.Disposals);
    }

    [Fact]
    public void HostPassedDisposableStaysTheHosts()
    {
        var host = new Resource("db");
        using (var lua = new LuaState())
        {
            lua.Globals["r"] = lua.ToValue(host);
            lua.DoString("assert(r.Name == 'db') r = nil collectgarbage()");
        }
        Assert.Equal(0, host.Disposals);
    }

    [Fact]
    public void GcMethodRunsForEveryInstanceInsteadOfDispose()
    {
        var host = new Tracked();
        using var lua = new LuaState();
        lua.RegisterType<Tracked>();
        lua.Globals["t"] = lua.ToValue(host);
        lua.DoString("collectgarbage()");
        Assert.Equal(0, host.Collections);   // still reachable
        lua.DoString("t = nil collectgarbage()");
        Assert.Equal(1, host.Collections);
        var made = lua.DoString("return Tracked.new()")[0].Get<Tracked>();
        lua.DoString("collectgarbage()");
        Assert.Equal(1, made.Collections);
        Assert.Equal(0, host.Disposals + made.Disposals);
    }

    [Fact]
    public void LuaCreatedDisposableIsAToBeClosedValue()
    {
        using var lua = new LuaState();
        lua.RegisterType<Resource>();
        var res = lua.DoString("do local r <close> = Resource.new('f') seen = r end return seen")[0].Get<Resource>();
        Assert.Equal(1, res.Disposals);
        lua.DoString("seen = nil collectgarbage()");
        Assert.Equal(1, res.Disposals);   // closed already: the collector does not dispose it again
    }

    [Fact]
    public void ClosingAHostPassedDisposableIsRefused()
    {
        var host = new Resource("db");
        using var lua = new LuaState();
        lua.Globals["r"] = lua.ToValue(host);
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("do local h <close> = r end"));
        Assert.Contains("cannot close a 'Resource' the host owns", e.Message);
        // Nor can a script dispose it through the metatable of an unsandboxed state.
        lua.DoString("getmetatable(r).__gc(r)");
        Assert.Equal(0, host.Disposals);
    }

    [Fact]
    public void NullableMembersTakeNil()
    {
        using var lua = new LuaState();
        var p = new Profile();
        lua.Globals["p"] = lua.ToValue(p);
        lua.DoString("p.Nickname = nil p.Age = nil p.Motto = nil");
        Assert.Null(p.Nickname);
        Assert.Null(p.Age);
        Assert.Null(p.Motto);
        Assert.Equal("hello nobody", lua.DoString<string>("return p:Greet(nil)"));
        lua.DoString("p.Nickname = 'bo' p.Age = 7");
        Assert.Equal("bo", p.Nickname);
        Assert.Equal(7, p.Age);
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("p.Nickname = {}"));
        Assert.Contains("string expected", e.Message);
    }
}
