using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>With conversions by reflection switched off (as in NativeAOT and trimmed apps), list, dictionary and
/// delegate conversions fail with an error naming the AOT-safe alternative, and everything else still converts. The
/// switch is turned off through the thread-local test hook, so tests running in parallel keep it on.</summary>
public class ReflectionConversionSwitchTests
{
    private static T WithReflectionOff<T>(Func<T> body)
    {
        LuaFeatureSwitches.DisabledOnThisThread = true;
        try { return body(); }
        finally { LuaFeatureSwitches.DisabledOnThisThread = false; }
    }

    private static void WithReflectionOff(Action body) => WithReflectionOff(() => { body(); return 0; });

    [Fact]
    public void TheSwitchIsOnUnderTheJit() => Assert.True(LuaFeatureSwitches.ReflectionConversions);

    [Fact]
    public void ListAndDictionaryTargetsNameTheTypedHelpers()
    {
        using var lua = new LuaState();
        var t = lua.DoString("return {10, 20, 30}")[0];
        WithReflectionOff(() =>
        {
            var e = Assert.Throws<LuaConversionException>(() => LuaConvert.To<List<int>>(t));
            Assert.Equal("converting to List<Int32> needs reflection, which is off in trimmed and NativeAOT apps "
                + "(AppContext switch Tycho.Hosting.ReflectionConversions.IsSupported): use LuaConvert.ToArray<T>, "
                + "ToList<T> or ToDictionary<TKey,TValue>, or an array target, or register an ILuaConverter<T>", e.Message);
            e = Assert.Throws<LuaConversionException>(() => LuaConvert.To<IReadOnlyDictionary<string, long>>(t));
            Assert.Contains("converting to IReadOnlyDictionary<String, Int64> needs reflection", e.Message);
            Assert.False(LuaConvert.TryTo(t, typeof(IEnumerable<long>), out _));
            // An array of lists fails for the same reason, not as a bad element.
            e = Assert.Throws<LuaConversionException>(() => LuaConvert.To<List<int>[]>(lua.DoString("return {{1}}")[0]));
            Assert.StartsWith("converting to List<Int32>[] needs reflection", e.Message);
        });
    }

    [Fact]
    public void ArraysAndTypedHelpersNeedNoReflection()
    {
        using var lua = new LuaState();
        var t = lua.DoString("return {10, 20, 30}")[0];
        var d = lua.DoString("return {a = 1}")[0];
        WithReflectionOff(() =>
        {
            Assert.Equal(new long[] { 10, 20, 30 }, LuaConvert.To<long[]>(t));
            Assert.True(LuaConvert.TryTo(t, typeof(int[][]), out _) is false);    // wrong shape, not a reflection error
            Assert.Equal(new[] { 10, 20, 30 }, LuaConvert.ToList<int>(t.AsTable!));
            Assert.Equal(1L, LuaConvert.ToDictionary<string, long>(d.AsTable!)["a"]);
            var e = Assert.Throws<LuaConversionException>(() => LuaConvert.To<int[]>(lua.DoString("return {1, 'x'}")[0]));
            Assert.Contains("number expected at index 2, got string", e.Message);
            lua.Globals["list"] = LuaConvert.ToValue(new List<string> { "a", "b" });
            Assert.Equal("a,b", lua.DoString<string>("return table.concat(list, ',')"));
        });
    }

    [Fact]
    public void HostFunctionArgumentsRaiseALuaArgumentError()
    {
        using var lua = new LuaState();
        lua.Globals["count"] = LuaFunction.Create((List<long> xs) => xs.Count);
        lua.Globals["sum"] = LuaFunction.Create((long[] xs) => xs.Sum());
        Assert.Equal(3L, lua.DoString<long>("return count({1, 2, 3})"));
        var e = WithReflectionOff(() => Assert.Throws<LuaRuntimeException>(() => lua.DoString("return count({1, 2, 3})", "=test")));
        Assert.StartsWith("test:1: bad argument #1 to 'count' (converting to List<Int64> needs reflection", e.Message);
        Assert.Equal(6L, WithReflectionOff(() => lua.DoString<long>("return sum({1, 2, 3})")));
    }

    [Fact]
    public void DelegatesNameLuaFunctionCreate()
    {
        using var lua = new LuaState();
        var f = lua.DoString("return function(a, b) return a * b end")[0];
        WithReflectionOff(() =>
        {
            var e = Assert.Throws<LuaConversionException>(() => LuaConvert.ToValueObject(new Func<string, string>(n => n)));
            Assert.Contains("converting to Func<String, String> needs reflection", e.Message);
            Assert.Contains("use LuaFunction.Create", e.Message);
            e = Assert.Throws<LuaConversionException>(() => LuaConvert.To<Func<long, long, long>>(f, lua));
            Assert.Contains("converting to Func<Int64, Int64, Int64> needs reflection", e.Message);
            Assert.Contains("AsFunc/AsAction", e.Message);
            using var h = lua.CreateHandle(f.AsFunction!);
            Assert.Equal(12L, h.AsFunc<long, long, long>()(3, 4));
        });
    }
}
