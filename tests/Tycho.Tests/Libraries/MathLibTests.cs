using Xunit;
using Tycho.Tests.Infrastructure;

namespace Tycho.Tests.Libraries;

public class MathLibTests
{
    private readonly LibHarness _h = new(LuaLibraries.Math);
    private string C(string name, params LuaValue[] args) => LibHarness.Show(_h.Call("math", name, args));

    [Fact]
    public void RandomMatchesLua54()
    {
        // lua5.4 -e "math.randomseed(42); print(math.random(1,100), math.random(), math.random(0), math.random(7))"
        Assert.Equal("42\t0", C("randomseed", 42));
        Assert.Equal("50", C("random", 1, 100));
        Assert.Equal("0.54688311243421", C("random"));
        Assert.Equal("-3807604385970496171", C("random", 0));
        Assert.Equal("6", C("random", 7));
    }

    [Fact]
    public void RandomRangesMatchLua54()
    {
        // lua5.4 -e "math.randomseed(7, 3); for i=1,5 do io.write(math.random(1, 1000000007), ' ') end
        //            print(math.random(-10, 10), math.random(math.mininteger, math.maxinteger), math.random(3.0), math.random())"
        Assert.Equal("7\t3", C("randomseed", 7, 3));
        var seq = string.Join(" ", Enumerable.Range(0, 5).Select(_ => C("random", 1, 1000000007)));
        Assert.Equal("362588340 635957471 566765691 87038248 406481825", seq);
        Assert.Equal("-2", C("random", -10, 10));
        Assert.Equal("-1106193239474277875", C("random", long.MinValue, long.MaxValue));
        Assert.Equal("2", C("random", 3.0));
        Assert.Equal("0.47383581028836", C("random"));
    }

    [Fact]
    public void RandomErrors()
    {
        Assert.Equal("bad argument #1 to 'random' (number has no integer representation)", _h.Error("math", "random", 1.5));
        Assert.Equal("bad argument #1 to 'random' (interval is empty)", _h.Error("math", "random", 3, 1));
        Assert.Equal("wrong number of arguments", _h.Error("math", "random", 1, 2, 3));
    }

    [Fact]
    public void RoundingAndSubtypes()
    {
        Assert.Equal("3", C("floor", 3.7));
        Assert.Equal("-1e+100", C("floor", -1e100));
        Assert.Equal("9.2233720368548e+18", C("floor", Math.Pow(2, 63)));
        Assert.Equal("0", C("ceil", -0.3));
        Assert.Equal("3", C("floor", "3.7"));
        Assert.Equal("3.0", C("abs", "-3"));
        Assert.Equal("-9223372036854775808", C("abs", long.MinValue));
        Assert.Equal("3\t0.7", C("modf", 3.7).Substring(0, 5));
        Assert.Equal("inf\t0.0", C("modf", double.PositiveInfinity));
        Assert.Equal("5\t0.0", C("modf", 5));
    }

    [Fact]
    public void FModAndLog()
    {
        Assert.Equal("bad argument #2 to 'fmod' (zero)", _h.Error("math", "fmod", 1, 0));
        Assert.Equal("-2", C("fmod", -6, 4));
        Assert.Equal("2.5", C("fmod", 6.5, -4));
        Assert.Equal("0", C("fmod", long.MinValue, -1));
        Assert.Equal("1.0", C("fmod", "7", "3"));
        Assert.Equal("3.0", C("log", 8, 2));
        Assert.Equal("2.0", C("log", 100, 10));
        Assert.Equal("1.5", C("log", 8, 4));
        Assert.Equal("-inf", C("log", 0));
    }

    [Fact]
    public void MinMaxTypes()
    {
        Assert.Equal("2.5", C("max", 1, 2.5, 2));
        Assert.Equal("1.0", C("min", 3, 1.0, 1));
        Assert.Equal("1", C("max", 1, 1.0));
        Assert.Equal("bad argument #1 to 'max' (value expected)", _h.Error("math", "max"));
        Assert.Equal("attempt to compare number with string", _h.Error("math", "max", 1, "x"));
        Assert.Equal("3\t8\tnil", C("tointeger", 3.0) + "\t" + C("tointeger", "8") + "\t" + C("tointeger", 3.5));
        Assert.Equal("integer\tfloat\tnil", C("type", 1) + "\t" + C("type", 1.0) + "\t" + C("type", "1"));
        Assert.Equal("true", C("ult", 1, -1));
        Assert.Equal("0.46364760900081", C("atan", 1, 2));
    }
}
