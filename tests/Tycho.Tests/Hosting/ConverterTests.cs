using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>Custom conversions registered in <see cref="LuaStateOptions.Converters"/>.</summary>
public class ConverterTests
{
    public readonly record struct Point(double X, double Y);

    public sealed class PointConverter : ILuaConverter<Point>
    {
        public int FromCalls;

        public bool TryFromLua(LuaState state, in LuaValue value, out Point result)
        {
            FromCalls++;
            result = default;
            if (value.AsObject is not LuaTable t) return false;
            if (!LuaConvert.TryTo(t["x"], out double x) || !LuaConvert.TryTo(t["y"], out double y)) return false;
            result = new Point(x, y);
            return true;
        }

        public LuaValue ToLua(LuaState state, Point value)
        {
            var t = new LuaTable(0, 2);
            t["x"] = value.X;
            t["y"] = value.Y;
            return t;
        }
    }

    private static LuaState NewState(PointConverter? c = null) =>
        new(new LuaStateOptions { Converters = { c ?? new PointConverter() } });

    [Fact]
    public void HostFunctionParametersAndResults()
    {
        using var lua = NewState();
        lua.Globals["add"] = LuaFunction.Create((Point a, Point b) => new Point(a.X + b.X, a.Y + b.Y), "add");
        Assert.Equal(4.0, lua.DoString<double>("local p = add({x=1, y=2}, {x=3, y=4}) return p.x"));
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("add({x=1}, 2)", "=t"));
        Assert.Equal("t:1: bad argument #1 to 'add' (Point expected, got table)", e.Message);
    }

    [Fact]
    public void HostSideToAndToValue()
    {
        using var lua = NewState();
        LuaValue v = LuaConvert.ToValue(new Point(5, 6), lua);
        Assert.Equal(6.0, ((LuaTable)v.AsObject!)["y"].Get<double>());
        Assert.Equal(new Point(5, 6), LuaConvert.To<Point>(v, lua));
        Assert.Equal(new Point(5, 6), LuaConvert.To<Point?>(v, lua));
        Assert.Null(LuaConvert.To<Point?>(LuaValue.Nil, lua));
        var boxed = Assert.IsType<LuaTable>(LuaConvert.ToValueObject(new Point(5, 6), lua).AsObject);
        Assert.Equal(5.0, boxed["x"].Get<double>());
        var e = Assert.Throws<LuaConversionException>(() => LuaConvert.To<Point>(LuaValue.FromString("p"), lua));
        Assert.Equal("Point expected, got string (converting to Point)", e.Message);
    }

    [Fact]
    public void ElementsOfCollectionsUseTheConverter()
    {
        using var lua = NewState();
        var pts = LuaConvert.To<List<Point>>(lua.DoString<LuaTable>("return {{x=1, y=1}, {x=2, y=3}}"), lua);
        Assert.Equal(new[] { new Point(1, 1), new Point(2, 3) }, pts);
        var seq = (LuaTable)LuaConvert.ToValue(new[] { new Point(7, 8) }, lua).AsObject!;
        Assert.Equal(8.0, ((LuaTable)seq[1].AsObject!)["y"].Get<double>());
        var e = Assert.Throws<LuaConversionException>(() => LuaConvert.To<Point[]>(lua.DoString<LuaTable>("return {{x=1, y=1}, 5}"), lua));
        Assert.Equal("Point expected at index 2, got number (converting to Point[])", e.Message);
    }

    [Fact]
    public void BuiltInTypesNeverConsultConverters()
    {
        var c = new PointConverter();
        using var lua = NewState(c);
        lua.Globals["f"] = LuaFunction.Create((long a, string s, LuaTable t) => a + s.Length + t.RawLength);
        Assert.Equal(6L, lua.DoString<long>("return f(1, 'abc', {1, 2})"));
        Assert.Equal(0, c.FromCalls);
    }

    [Fact]
    public void ConvertersAreFixedOnceUsed()
    {
        var options = new LuaStateOptions();
        options.Converters.Add(new PointConverter());
        using var lua = new LuaState(options);
        Assert.False(options.Converters.IsReadOnly);
        LuaConvert.To<Point>(LuaConvert.ToValue(new Point(1, 2), lua), lua);
        Assert.True(options.Converters.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => options.Converters.Add(new PointConverter()));
        Assert.Same(options.Converters[0], options.Converters.Find<Point>());
        Assert.Null(options.Converters.Find<string>());
    }

    [Fact]
    public void WithoutStateTheConverterIsNotUsed()
    {
        using var lua = NewState();
        LuaValue v = LuaConvert.ToValue(new Point(1, 2), lua);
        Assert.Throws<LuaConversionException>(() => LuaConvert.To<Point>(v));
    }
}
