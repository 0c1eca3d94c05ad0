using Xunit;

namespace Tycho.Tests.Vm;

/// <summary>LuaTable's array/hash split follows lua5.4's rehash policy (ltable.c computesizes), so integer keys
/// filled in any order end up in the array part; raw semantics (values, traversal, border) are unchanged.</summary>
public class TableLayoutTests
{
    [Fact]
    public void KeysFromTwoUpwardGoToTheArrayPart()
    {
        var t = new LuaTable();
        for (int i = 2; i <= 1000; i++) t.SetInt(i, true);
        Assert.True(t.ArrayCapacity >= 1000, $"array part has {t.ArrayCapacity} slots");
        for (int i = 2; i <= 1000; i++) Assert.True(t.GetInt(i).IsTruthy);
        Assert.True(t.GetInt(1).IsNil);
        Assert.Equal(999, t.Count);
    }

    [Fact]
    public void KeysFilledBackwardsGoToTheArrayPart()
    {
        var t = new LuaTable();
        for (int i = 512; i >= 1; i--) t.SetInt(i, i);
        Assert.True(t.ArrayCapacity >= 512, $"array part has {t.ArrayCapacity} slots");
        Assert.Equal(512, t.Length);
    }

    [Fact]
    public void SparseKeysStayInTheHashPart()
    {
        var t = new LuaTable();
        for (int i = 1; i <= 20; i++) t.SetInt(i * 1000, i);
        Assert.True(t.ArrayCapacity < 1000);
        for (int i = 1; i <= 20; i++) Assert.Equal(i, t.GetInt(i * 1000).RawInteger);
    }

    [Fact]
    public void TraversalVisitsArrayPartThenHashPartOnce()
    {
        var t = new LuaTable();
        for (int i = 3; i <= 100; i++) t.SetInt(i, i);
        t["x"] = 1; t["y"] = 2;
        var seen = new HashSet<string>();
        LuaValue k = LuaValue.Nil;
        bool stringsStarted = false;
        while (t.Next(k, out var nk, out _))
        {
            if (nk.IsString) stringsStarted = true;
            else Assert.False(stringsStarted, "integer key after string keys");
            Assert.True(seen.Add(nk.ToString()));
            k = nk;
        }
        Assert.Equal(100, seen.Count);
    }
}
