using Xunit;

namespace Tycho.Tests.Hosting;

public class ConversionTests
{
    [Fact]
    public void IntegersConvertWithOverflowChecks()
    {
        Assert.Equal(5, LuaConvert.To<int>(5));
        Assert.Equal(5, LuaConvert.To<int>(5.0));
        Assert.Equal((byte)255, LuaConvert.To<byte>(255));
        Assert.Equal(12L, LuaConvert.To<long>("12"));
        Assert.Throws<LuaConversionException>(() => LuaConvert.To<byte>(256));
        Assert.Throws<LuaConversionException>(() => LuaConvert.To<int>(1L << 40));
        Assert.Throws<LuaConversionException>(() => LuaConvert.To<uint>(-1));
        Assert.Throws<LuaConversionException>(() => LuaConvert.To<long>(2.5));
        Assert.False(LuaValue.FromFloat(1e100).TryGet<long>(out _));
        Assert.Equal(ulong.MaxValue - 2047, LuaConvert.To<ulong>(LuaValue.FromFloat(18446744073709549568.0)));
        var e = Assert.Throws<LuaConversionException>(() => LuaConvert.To<long>("abc"));
        Assert.Contains("number expected, got string", e.Message);
        Assert.Equal(LuaType.String, e.LuaType);
        Assert.Equal(typeof(long), e.ClrType);
    }

    [Fact]
    public void FloatsAndDecimals()
    {
        Assert.Equal(2.5, LuaConvert.To<double>(2.5));
        Assert.Equal(3.0, LuaConvert.To<double>(3));
        Assert.Equal(2.5f, LuaConvert.To<float>(2.5));
        Assert.Equal(0.5m, LuaConvert.To<decimal>(0.5));
        Assert.Equal(7m, LuaConvert.To<decimal>(7));
        Assert.Throws<LuaConversionException>(() => LuaConvert.To<decimal>(LuaValue.FromFloat(double.NaN)));
        Assert.Equal(LuaValue.FromInteger(12), LuaConvert.ToValue(12m));
        Assert.Equal(LuaValue.FromFloat(0.25), LuaConvert.ToValue(0.25m));
        Assert.True(LuaConvert.ToValue(0.25m).IsFloat);
        Assert.Throws<LuaConversionException>(() => LuaConvert.ToValue(0.1234567890123456789m));
        Assert.True(LuaConvert.ToValue(3.0).IsFloat);
        Assert.True(LuaConvert.ToValue(3).IsInteger);
        Assert.Throws<LuaConversionException>(() => LuaConvert.ToValue(ulong.MaxValue));
    }

    [Fact]
    public void BooleansNilAndNullables()
    {
        Assert.True(LuaConvert.To<bool>(true));
        Assert.False(LuaConvert.To<bool>(LuaValue.Nil));
        Assert.Throws<LuaConversionException>(() => LuaConvert.To<bool>(1));
        Assert.Null(LuaConvert.To<int?>(LuaValue.Nil));
        Assert.Equal(3, LuaConvert.To<int?>(3));
        Assert.Null(LuaConvert.To<DayOfWeek?>(LuaValue.Nil));
        Assert.Equal(DayOfWeek.Friday, LuaConvert.To<DayOfWeek>(5));
        Assert.True(LuaConvert.ToValue<string?>(null).IsNil);
        Assert.True(LuaConvert.ToValue<object?>(null).IsNil);
        Assert.Equal(LuaValue.FromInteger(5), LuaConvert.ToValue(DayOfWeek.Friday));
    }

    [Fact]
    public void StringsNeverSilentlyLoseData()
    {
        var bad = LuaValue.FromString(LuaString.FromBytes(new byte[] { 0x61, 0xFF, 0x62 }));
        Assert.False(bad.TryGetString(out _));
        Assert.False(bad.TryGet<string>(out _));
        var e = Assert.Throws<LuaConversionException>(() => bad.Get<string>());
        Assert.Contains("not valid UTF-8", e.Message);
        Assert.Equal("a\uFFFDb", bad.AsString!.ToStringLossy());
        Assert.Equal(new byte[] { 0x61, 0xFF, 0x62 }, bad.Get<byte[]>());
        Assert.Equal(3, bad.Get<ReadOnlyMemory<byte>>().Length);
        Assert.True(LuaValue.FromString("héllo").TryGetString(out string s));
        Assert.Equal("héllo", s);
        Assert.Equal("12", LuaConvert.To<string>(12));
        Assert.Equal("1.5", LuaConvert.To<string>(1.5));
        Assert.Equal(new byte[] { 1, 2, 0 }, LuaConvert.ToValue(new byte[] { 1, 2, 0 }).AsString!.ToArray());
        // A string of invalid UTF-8 stays a LuaString when converted to object.
        Assert.IsType<LuaString>(LuaConvert.To<object>(bad));
    }

    [Fact]
    public void CollectionsBothWays()
    {
        using var lua = new LuaState();
        var t = lua.DoString("return {10, 20, 30}")[0];
        Assert.Equal(new long[] { 10, 20, 30 }, LuaConvert.To<long[]>(t));
        Assert.Equal(new List<int> { 10, 20, 30 }, LuaConvert.To<List<int>>(t));
        Assert.Equal(new[] { 10, 20, 30 }, LuaConvert.ToArray<int>(t.AsTable!));
        var d = lua.DoString("return {a = 1, b = 2}")[0];
        var dict = LuaConvert.ToDictionary<string, long>(d.AsTable!);
        Assert.Equal(2, dict.Count);
        Assert.Equal(2L, dict["b"]);
        Assert.Equal(1L, LuaConvert.To<Dictionary<string, long>>(d)["a"]);
        var e = Assert.Throws<LuaConversionException>(() => LuaConvert.ToArray<int>(lua.DoString("return {1, 'x'}")[0].AsTable!));
        Assert.Contains("element [2]", e.Message);

        lua.Globals["list"] = LuaConvert.ToValue(new List<string> { "a", "b" });
        lua.Globals["map"] = LuaConvert.ToValue(new Dictionary<string, int> { ["k"] = 9 });
        lua.Globals["arr"] = LuaConvert.ToValue(new[] { 1.5, 2.5 });
        Assert.Equal("a,b|9|4.0", lua.DoString<string>("return table.concat(list, ',') .. '|' .. map.k .. '|' .. (arr[1] + arr[2])"));
    }

    [Fact]
    public void DelegatesBothWays()
    {
        using var lua = new LuaState();
        lua.Globals["greet"] = LuaConvert.ToValueObject(new Func<string, string>(n => "hi " + n));
        Assert.Equal("hi bob", lua.DoString<string>("return greet('bob')"));
        var f = lua.DoString("return function(a, b) return a * b end")[0];
        var mul = LuaConvert.To<Func<long, long, long>>(f, lua);
        Assert.Equal(42, mul(6, 7));
        using var h = lua.CreateHandle(f.AsFunction!);
        Assert.Equal(12L, h.AsFunc<long, long, long>()(3, 4));
    }

    [Fact]
    public void LuaObjectsAndNaturalObjects()
    {
        using var lua = new LuaState();
        var r = lua.DoString("return {}, print, coroutine.create(print), 1, 2.5, true, 'x'");
        Assert.IsType<LuaTable>(LuaConvert.To<LuaTable>(r[0]));
        Assert.IsAssignableFrom<LuaFunction>(LuaConvert.To<LuaFunction>(r[1]));
        Assert.IsType<LuaThread>(r[2].AsThread());
        Assert.Throws<LuaConversionException>(() => LuaConvert.To<LuaTable>(r[1]));
        Assert.Equal(1L, LuaConvert.To<object>(r[3]));
        Assert.Equal(2.5, LuaConvert.To<object>(r[4]));
        Assert.Equal(true, LuaConvert.To<object>(r[5]));
        Assert.Equal("x", LuaConvert.To<object>(r[6]));
        var host = new Uri("http://example.invalid/");
        var u = lua.ToValue(host);
        Assert.Same(host, u.Get<Uri>());
        Assert.Same(u.AsObject, lua.ToValue(host).AsObject); // one userdata per object
    }

    [Fact]
    public void TablesOffersRawAndMetamethodAccessAndPairs()
    {
        using var lua = new LuaState();
        var t = LuaTable.Create(1, 2, 3);
        t["name"] = "x";
        t.Set(true, "yes");
        Assert.Equal(3L, t.RawLength);
        Assert.Equal("yes", t.Get<string>(LuaValue.True));
        Assert.Equal(2L, t.Get<long>(2));
        int count = 0;
        long sum = 0;
        foreach (var (k, v) in t.Pairs()) { count++; if (k.IsInteger) sum += v.RawInteger; }
        Assert.Equal(5, count);
        Assert.Equal(6, sum);
        lua.Globals["t"] = t;
        lua.DoString("setmetatable(t, {__index = function(_, k) return k .. '!' end, __len = function() return 99 end})");
        Assert.True(t.RawGet("missing").IsNil);
        Assert.Equal("missing!", lua.GetIndex(t, "missing").Get<string>());
        Assert.Equal(99L, lua.Length(t).Get<long>());
        using var h = lua.CreateHandle(t);
        Assert.Equal("zz!", h.Get<string>("zz"));
        h.Set("n", 5);
        Assert.Equal(5L, t.Get<long>("n"));
        Assert.True(t.ContainsKey("n"));
        t.Clear();
        Assert.Equal(0, t.Count);
        var fromDict = LuaTable.Create(new Dictionary<string, int> { ["a"] = 1 });
        Assert.Equal(1L, fromDict.Get<long>("a"));
    }

    [Fact]
    public void PairsEnumerationDoesNotAllocate()
    {
        var t = new LuaTable();
        for (int i = 1; i <= 100; i++) { t.SetInt(i, i); t["k" + i] = i; }
        long Sum() { long s = 0; foreach (var (k, v) in t.Pairs()) s += v.RawInteger; return s; }
        Sum();
        long before = GC.GetAllocatedBytesForCurrentThread();
        long sum = Sum();
        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(2 * 5050, sum);
        Assert.Equal(0, after - before);
    }
}
