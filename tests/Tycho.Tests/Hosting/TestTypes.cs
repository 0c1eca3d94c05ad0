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

/// <summary>A keyed collection: iterates with pairs and has a length without declaring either.</summary>
[LuaType]
public partial class Inventory : IReadOnlyCollection<KeyValuePair<string, int>>
{
    private readonly SortedDictionary<string, int> _items = new(StringComparer.Ordinal);

    [LuaMember] public Inventory() { }
    [LuaMember] public void Add(string item, int count) => _items[item] = _items.GetValueOrDefault(item) + count;

    public int Count => _items.Count;
    public IEnumerator<KeyValuePair<string, int>> GetEnumerator() => _items.GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Iterates a list through a declared __pairs method (as 1, v1, 2, v2, ...).</summary>
[LuaType]
public partial class Playlist
{
    public List<string> Songs { get; } = new();

    [LuaMetamethod(LuaMetamethod.Pairs)] public IEnumerable<string> Iterate() => Songs;
}

/// <summary>A disposable type: Lua disposes the instances it creates when it no longer reaches them.</summary>
[LuaType]
public partial class Resource : IDisposable
{
    [LuaMember] public string Name { get; }
    public int Disposals;

    [LuaMember] public Resource(string name) => Name = name;
    public void Dispose() => Disposals++;
}

/// <summary>A type with a __gc method, run for every instance, host-made ones included.</summary>
[LuaType]
public partial class Tracked : IDisposable
{
    public int Collections, Disposals;

    [LuaMember] public Tracked() { }
    [LuaMetamethod(LuaMetamethod.Gc)] public void Collected() => Collections++;
    public void Dispose() => Disposals++;
}

/// <summary>Nullable members: nil (or no value) is null.</summary>
[LuaType]
public partial class Profile
{
    [LuaMember] public string? Nickname { get; set; } = "anon";
    [LuaMember] public int? Age { get; set; } = 1;
    [LuaMember] public string? Motto = "carpe diem";
    [LuaMember] public string Greet(string? name) => "hello " + (name ?? "nobody");
}
