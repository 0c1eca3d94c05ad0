using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>Tables, Lua functions, userdata and coroutines belong to one state; host-built objects join the first
/// state they enter and are charged to it.</summary>
public class CrossStateTests
{
    private static void AssertForeign(LuaState owner, LuaState user, Action use)
    {
        var e = Assert.Throws<InvalidOperationException>(use);
        Assert.Contains(owner.Name, e.Message);
        Assert.Contains(user.Name, e.Message);
    }

    [Fact]
    public void AFunctionOfAnotherStateIsRejectedByCall()
    {
        using var a = new LuaState(new LuaStateOptions { Name = "state A" });
        using var b = new LuaState(new LuaStateOptions { Name = "state B" });
        a.DoString("x = 'a' function f() return x end");
        b.DoString("x = 'b'");
        var f = a.Globals["f"];
        AssertForeign(a, b, () => b.Call(f));
        AssertForeign(a, b, () => b.Call<string>(f));
        AssertForeign(a, b, () => b.Call(f, ReadOnlySpan<LuaValue>.Empty, new LuaValue[1]));
        using var handle = a.GetFunction("f");
        AssertForeign(a, b, () => b.Call(handle));
        Assert.Equal("a", handle.Call<string>());
    }

    [Fact]
    public void AValueOfAnotherStateIsRejectedAtEveryEntryPoint()
    {
        using var a = new LuaState();
        using var b = new LuaState();
        Assert.NotEqual(a.Name, b.Name);
        var t = a.DoString("return {}")[0];
        var table = (LuaTable)t.AsObject!;
        b.DoString("function id(...) return ... end");
        AssertForeign(a, b, () => b.Call(b.Globals["id"], 1, t));
        AssertForeign(a, b, () => b.Globals["t"] = t);
        AssertForeign(a, b, () => b.Globals.Set(LuaValue.FromString("t"), t));
        AssertForeign(a, b, () => b.Globals.SetInt(1, t));
        AssertForeign(a, b, () => b.Globals[t] = 1);
        AssertForeign(a, b, () => b.Globals.Metatable = table);
        AssertForeign(a, b, () => b.SetGlobal("t", table));
        AssertForeign(a, b, () => b.SetIndex(b.Globals, "t", t));
        AssertForeign(a, b, () => b.GetIndex(t, "x"));
        AssertForeign(a, b, () => b.ToValue(table));
        AssertForeign(a, b, () => b.CreateHandle(table));
        AssertForeign(a, b, () => b.Load("return x", env: table));
        AssertForeign(a, b, () => b.Call(b.Globals["id"], LuaValue.FromObject(a.MainThread)));
        AssertForeign(a, b, () => b.Load("return x"u8, "=x", LuaChunkMode.Text, table));
        var af = (LuaFunction)a.DoString("return function(...) return ... end")[0].AsObject!;
        AssertForeign(a, b, () => b.CreateThread(af));
        using (var co = b.CreateThread(b.Globals["id"].Get<LuaFunction>()))
            AssertForeign(a, b, () => co.Resume(t));
        Assert.True(b.Globals["t"].IsNil);
        Assert.Equal(0L, b.DoString<long>("return #{id()}"));   // b still works
    }

    [Fact]
    public void StringsAndHostFunctionsMayBeShared()
    {
        using var a = new LuaState();
        using var b = new LuaState();
        var twice = LuaFunction.Create((long n) => n * 2);
        a.Globals["twice"] = twice;
        b.Globals["twice"] = twice;
        a.Globals["s"] = "shared";
        b.Globals["s"] = a.Globals["s"];
        Assert.Equal(4L, a.DoString<long>("return twice(2)"));
        Assert.Equal("shared6", b.DoString<string>("return s .. twice(3)"));
    }

    [Fact]
    public void AHostBuiltTableJoinsTheFirstStateItEntersDeeply()
    {
        using var a = new LuaState();
        using var b = new LuaState();
        var inner = new LuaTable();
        var outer = new LuaTable();
        outer["inner"] = inner;
        a.Globals["outer"] = outer;
        Assert.Equal(1L, a.DoString<long>("outer.inner.x = 1 return outer.inner.x"));
        AssertForeign(a, b, () => b.Globals["outer"] = outer);
        AssertForeign(a, b, () => b.Globals["inner"] = inner);
    }

    [Fact]
    public void ATableReachingAnotherStatesObjectIsRejectedAndStaysUnowned()
    {
        using var a = new LuaState();
        using var b = new LuaState();
        var fromA = a.DoString("return {}")[0];
        var mixed = new LuaTable();
        var fresh = new LuaTable();
        mixed["fresh"] = fresh;
        mixed["a"] = fromA;
        AssertForeign(a, b, () => b.Globals["mixed"] = mixed);
        // Nothing was adopted by b: the whole table can still join a.
        a.Globals["mixed"] = mixed;
        Assert.True(a.DoString<bool>("return mixed.fresh ~= nil"));
    }

    [Fact]
    public void AHostBuiltTableIsChargedWhenItEnters()
    {
        using var lua = new LuaState(new LuaStateOptions { MemoryLimit = 4_000_000 });
        var big = LuaTable.CreateSequence(Enumerable.Range(1, 1_000_000));
        Assert.Throws<LuaMemoryException>(() => lua.Globals["big"] = big);
        Assert.True(lua.Globals["big"].IsNil);
        Assert.True(lua.Info.MemoryInUse < 4_000_000);
        Assert.Equal(3L, lua.DoString<long>("local t = {1, 2, 3} return #t"));

        using var unlimited = new LuaState();
        long before = unlimited.MemoryInUse;
        unlimited.Globals["big"] = big;
        Assert.True(unlimited.MemoryInUse - before >= 1_000_000 * 16L, $"{unlimited.MemoryInUse - before} bytes charged");
    }

    [Fact]
    public void ALongHostStringIsChargedWhenItEnters()
    {
        using var lua = new LuaState(new LuaStateOptions { MemoryLimit = 4_000_000 });
        var huge = LuaValue.FromString(new string('x', 20_000_000));
        Assert.Throws<LuaMemoryException>(() => lua.Globals["s"] = huge);
        Assert.Throws<LuaMemoryException>(() => lua.Call(lua.DoString("return function(s) return #s end")[0], huge));
        Assert.True(lua.Globals["s"].IsNil);
        Assert.Equal(2L, lua.DoString<long>("return 1 + 1"));
    }

    [Fact]
    public void InfoReportsTheCurrentMemoryLimit()
    {
        using var lua = new LuaState(new LuaStateOptions { MemoryLimit = 8_000_000 });
        Assert.Equal(8_000_000, lua.Info.MemoryLimit);
        lua.MemoryLimit = 16_000_000;
        Assert.Equal(16_000_000, lua.Info.MemoryLimit);
        lua.MemoryLimit = 0;
        Assert.Null(lua.Info.MemoryLimit);
    }
}
