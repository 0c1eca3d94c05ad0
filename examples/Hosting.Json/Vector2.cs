using Tycho.Hosting;
using Tycho.Runtime;

namespace Hosting.Json;

/// <summary>A small value type the host uses; Lua sees it as a plain table <c>{x = 1.5, y = 2}</c>.</summary>
public readonly record struct Vector2(double X, double Y)
{
    public double Length() => Math.Sqrt(X * X + Y * Y);
    public static Vector2 operator +(Vector2 a, Vector2 b) => new(a.X + b.X, a.Y + b.Y);
    public static Vector2 operator *(Vector2 a, double k) => new(a.X * k, a.Y * k);
}

/// <summary>Converts <see cref="Vector2"/> to and from <c>{x = ..., y = ...}</c> tables.</summary>
public sealed class Vector2Converter : ILuaConverter<Vector2>
{
    public bool TryFromLua(LuaState state, in LuaValue value, out Vector2 result)
    {
        result = default;
        if (value.AsObject is not LuaTable t) return false;
        if (!LuaConvert.TryTo(t["x"], out double x) || !LuaConvert.TryTo(t["y"], out double y)) return false;
        result = new Vector2(x, y);
        return true;
    }

    public LuaValue ToLua(LuaState state, Vector2 value)
    {
        var t = new LuaTable(0, 2);
        t["x"] = value.X;
        t["y"] = value.Y;
        return t;
    }
}
