using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>Conversion errors of collections name the element that does not convert.</summary>
public class ElementErrorTests
{
    private static string ArgError(string script, LuaFunction fn)
    {
        using var lua = new LuaState();
        lua.Globals["lst"] = fn;
        return Assert.Throws<LuaRuntimeException>(() => lua.DoString(script, "=t")).Message;
    }

    [Fact]
    public void ListElement()
    {
        Assert.Equal("t:1: bad argument #1 to 'lst' (number expected at index 2, got string)",
            ArgError("lst({1, 'x'})", LuaFunction.Create((List<int> l) => l.Count, "lst")));
    }

    [Fact]
    public void ArrayElementOutOfRange()
    {
        Assert.Equal("t:1: bad argument #1 to 'lst' (value out of range at index 3)",
            ArgError("lst({1, 2, 1 << 40})", LuaFunction.Create((int[] b) => b.Length, "lst")));
        Assert.Equal("t:1: bad argument #1 to 'lst' (number has no integer representation at index 1)",
            ArgError("lst({1.5})", LuaFunction.Create((long[] b) => b.Length, "lst")));
    }

    [Fact]
    public void NestedElements()
    {
        Assert.Equal("t:1: bad argument #1 to 'lst' (number expected at [2][1], got boolean)",
            ArgError("lst({{1}, {true}})", LuaFunction.Create((List<List<double>> l) => l.Count, "lst")));
        Assert.Equal("t:1: bad argument #1 to 'lst' (string expected at [\"a b\"][2], got table)",
            ArgError("lst({['a b'] = {'x', {}}})", LuaFunction.Create((Dictionary<string, string[]> d) => d.Count, "lst")));
    }

    [Fact]
    public void DictionaryKeysAndValues()
    {
        Assert.Equal("t:1: bad argument #1 to 'lst' (number expected at name, got string)",
            ArgError("lst({name = 'x'})", LuaFunction.Create((Dictionary<string, int> d) => d.Count, "lst")));
        Assert.Equal("t:1: bad argument #1 to 'lst' (string expected as key, got boolean)",
            ArgError("lst({[true] = 1})", LuaFunction.Create((IReadOnlyDictionary<string, int> d) => d.Count, "lst")));
    }

    [Fact]
    public void NotATableStillSaysTableExpected()
    {
        Assert.Equal("t:1: bad argument #1 to 'lst' (table expected, got number)",
            ArgError("lst(1)", LuaFunction.Create((List<int> l) => l.Count, "lst")));
    }

    [Fact]
    public void HostSideConversionNamesTheElement()
    {
        using var lua = new LuaState();
        var t = lua.DoString<LuaTable>("return {1, 2, 'three'}");
        var e = Assert.Throws<LuaConversionException>(() => LuaConvert.To<List<long>>(t, lua));
        Assert.Equal("number expected at index 3, got string (converting to List`1)", e.Message);
        e = Assert.Throws<LuaConversionException>(() => LuaValue.FromObject(t).Get<int[]>());
        Assert.Contains("at index 3", e.Message);
    }
}
