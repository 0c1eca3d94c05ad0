namespace Tycho.Tests.Hosting;

/// <summary>A bound user type exercising methods, properties, statics, constructors and metamethods.</summary>
[LuaType("Vec")]
public partial class Vec
{
    [LuaMember] public double X { get; set; }
    [LuaMember] public double Y { get; set; }
    [LuaMember] public double Length => Math.Sqrt(X * X + Y * Y);
    [LuaMember("id")] public readonly int Id;
    public double Hidden { get; set; }

    private static int _ids;

    [LuaMember]
    public Vec(double x = 0, double y = 0) { X = x; Y = y; Id = ++_ids; }

    [LuaMember] public void Move(double dx, double dy = 0) { X += dx; Y += dy; }
    [LuaMember] public Vec Scaled(double k) => new(X * k, Y * k);
    [LuaMember] public (double, double) Components() => (X, Y);
    [LuaMember] public double Sum(params LuaValue[] rest) { double s = X + Y; foreach (var v in rest) s += v.NumberAsDouble; return s; }
    [LuaMember] public string Describe(string? label) => (label ?? "vec") + "(" + X + "," + Y + ")";
    [LuaMember] public void Fail(string message) => throw new InvalidOperationException(message);
    [LuaMember] public static Vec Zero() => new();
    [LuaMember] public static double Dot(Vec a, Vec b) => a.X * b.X + a.Y * b.Y;

    [LuaMetamethod(LuaMetamethod.Add)] public static Vec Add(Vec a, Vec b) => new(a.X + b.X, a.Y + b.Y);
    [LuaMetamethod(LuaMetamethod.Eq)] public static bool Same(Vec a, Vec b) => a.X == b.X && a.Y == b.Y;
    [LuaMetamethod(LuaMetamethod.ToString)] public string Show() => $"Vec({X}, {Y})";
    [LuaMetamethod(LuaMetamethod.Len)] public long Dims() => 2;
    [LuaMetamethod(LuaMetamethod.Call)] public double Invoke(double k) => X * k;
    [LuaMetamethod(LuaMetamethod.Unm)] public Vec Negate() => new(-X, -Y);
    [LuaMetamethod(LuaMetamethod.Lt)] public static bool Less(Vec a, Vec b) => a.Length < b.Length;
    [LuaMetamethod(LuaMetamethod.Concat)] public static string Concat(string a, Vec b) => a + "&" + b.Show();
}

/// <summary>A type with index fallbacks and a __close metamethod.</summary>
[LuaType]
public partial class Bag
{
    private readonly Dictionary<string, LuaValue> _items = new();
    public int Closed;

    [LuaMember] public long Count => _items.Count;

    [LuaMetamethod(LuaMetamethod.Index)] public LuaValue Get(string key) => _items.TryGetValue(key, out var v) ? v : LuaValue.Nil;
    [LuaMetamethod(LuaMetamethod.NewIndex)] public void Put(string key, LuaValue value) => _items[key] = value;
    [LuaMetamethod(LuaMetamethod.Close)] public void Close(LuaValue error) => Closed++;
}
