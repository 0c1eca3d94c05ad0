using Xunit;
using Tycho.Tests.Infrastructure;

namespace Tycho.Tests.Libraries;

public class TableLibTests
{
    private readonly LibHarness _h = new(LuaLibraries.Table);

    private static string Items(LuaTable t)
    {
        var parts = new List<string>();
        for (long i = 1; i <= t.Length; i++) parts.Add(t.GetInt(i).ToString());
        return string.Join(",", parts);
    }

    [Fact]
    public void InsertAppendsAndShifts()
    {
        var t = LibHarness.List(1, 2, 3);
        _h.Call("table", "insert", t, 4);
        _h.Call("table", "insert", t, 1, 0);
        Assert.Equal("0,1,2,3,4", Items(t));
    }

    [Fact]
    public void InsertErrorsMatchLua()
    {
        Assert.Equal("wrong number of arguments to 'insert'", _h.Error("table", "insert", new LuaTable(), 1, 2, 3));
        Assert.Equal("bad argument #2 to 'insert' (position out of bounds)", _h.Error("table", "insert", new LuaTable(), 5, 2));
        Assert.Equal("bad argument #1 to 'insert' (table expected, got nil)", _h.Error("table", "insert", LuaValue.Nil, 2));
    }

    [Fact]
    public void RemoveReturnsElement()
    {
        var t = LibHarness.List(1, 2, 3);
        Assert.Equal("3", LibHarness.Show(_h.Call("table", "remove", t)));
        Assert.Equal("1", LibHarness.Show(_h.Call("table", "remove", t, 1)));
        Assert.Equal("2", Items(t));
        Assert.Equal("nil", LibHarness.Show(_h.Call("table", "remove", new LuaTable())));
        Assert.Equal("bad argument #2 to 'remove' (position out of bounds)", _h.Error("table", "remove", new LuaTable(), 5));
    }

    [Fact]
    public void ConcatAndErrors()
    {
        Assert.Equal("1,2.5,x", LibHarness.Show(_h.Call("table", "concat", LibHarness.List(1, 2.5, "x"), ",")));
        Assert.Equal("2-3", LibHarness.Show(_h.Call("table", "concat", LibHarness.List(1, 2, 3), "-", 2, 3)));
        Assert.Equal("", LibHarness.Show(_h.Call("table", "concat", LibHarness.List(1, 2, 3), "-", 3, 2)));
        Assert.Equal("invalid value (table) at index 3 in table for 'concat'",
            _h.Error("table", "concat", LibHarness.List(1, 2, new LuaTable()), ",", 1, 3));
    }

    [Fact]
    public void PackUnpack()
    {
        var r = _h.Call("table", "pack", 1, LuaValue.Nil, 3);
        var t = r[0].AsTable!;
        Assert.Equal("3", t["n"].ToString());
        Assert.Equal("1\tnil\t3", LibHarness.Show(_h.Call("table", "unpack", t, 1, 3)));
        Assert.Equal("2\t3", LibHarness.Show(_h.Call("table", "unpack", LibHarness.List(1, 2, 3), 2)));
        Assert.Equal("too many results to unpack", _h.Error("table", "unpack", new LuaTable(), 1, 100000000));
    }

    [Fact]
    public void MoveChecks()
    {
        var t = LibHarness.List(1, 2, 3);
        _h.Call("table", "move", t, 1, 3, 2);
        Assert.Equal("1,1,2,3", Items(t));
        Assert.Equal("bad argument #4 to 'move' (destination wrap around)", _h.Error("table", "move", new LuaTable(), 1, long.MaxValue, 2));
        Assert.Equal("bad argument #3 to 'move' (too many elements to move)", _h.Error("table", "move", new LuaTable(), -1, long.MaxValue, 2));
    }

    [Fact]
    public void SortNumbersAndStrings()
    {
        var rnd = new Random(7);
        var items = Enumerable.Range(0, 500).Select(_ => (LuaValue)rnd.Next(1000)).ToArray();
        var t = LibHarness.List(items);
        _h.Call("table", "sort", t);
        for (long i = 1; i < 500; i++) Assert.True(t.GetInt(i).RawInteger <= t.GetInt(i + 1).RawInteger);
        var s = LibHarness.List("b", "a", "c", "B");
        _h.Call("table", "sort", s);
        Assert.Equal("B,a,b,c", Items(s));
        var m = LibHarness.List(3, 1.5, 2, -1e300, long.MinValue);
        _h.Call("table", "sort", m);
        Assert.Equal("-1e+300,-9223372036854775808,1.5,2,3", Items(m));
    }

    [Fact]
    public void HonoursIndexAndNewIndexTables()
    {
        var backing = LibHarness.List("a", "b", "c");
        var mt = new LuaTable();
        mt["__index"] = backing;
        mt["__newindex"] = backing;
        var proxy = new LuaTable { Metatable = mt };
        Assert.Equal("a-b-c", LibHarness.Show(_h.Call("table", "concat", proxy, "-", 1, 3)));
        Assert.Equal("b\tc", LibHarness.Show(_h.Call("table", "unpack", proxy, 2, 3)));
        _h.Call("table", "insert", proxy, "z"); // #proxy is 0, so proxy[1] = "z" goes through __newindex
        Assert.Equal("z,b,c", Items(backing));
        Assert.Equal(0, proxy.Count);
    }

    [Fact]
    public void SortMixedTypesFailsLikeLua()
    {
        Assert.Equal("attempt to compare string with number", _h.Error("table", "sort", LibHarness.List(1, "x")));
        Assert.Equal("attempt to compare two table values", _h.Error("table", "sort", LibHarness.List(new LuaTable(), new LuaTable())));
    }
}
