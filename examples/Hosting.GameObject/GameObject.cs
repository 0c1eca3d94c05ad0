using Tycho.Hosting;
using Tycho.Runtime;

namespace Hosting.GameObject;

/// <summary>A game entity scripted from Lua. The binding is written by the Tycho source generator.</summary>
[LuaType("GameObject")]
public partial class GameObject
{
    [LuaMember] public string Name { get; set; }
    [LuaMember] public double X { get; set; }
    [LuaMember] public double Y { get; set; }
    [LuaMember] public int Health { get; private set; } = 100;
    [LuaMember] public bool Alive => Health > 0;

    [LuaMember]
    public GameObject(string name, double x = 0, double y = 0) { Name = name; X = x; Y = y; }

    /// <summary>Moves by a delta: <c>obj:Move(dx, dy)</c>.</summary>
    [LuaMember] public void Move(double dx, double dy) { X += dx; Y += dy; }

    /// <summary>Applies damage and returns the remaining health.</summary>
    [LuaMember] public int Damage(int amount)
    {
        if (amount < 0) throw new ArgumentOutOfRangeException(nameof(amount), "damage must be positive");
        Health = Math.Max(0, Health - amount);
        return Health;
    }

    /// <summary>Distance between two objects: <c>GameObject.Distance(a, b)</c>.</summary>
    [LuaMember] public static double Distance(GameObject a, GameObject b) => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));

    [LuaMetamethod(LuaMetamethod.ToString)] public override string ToString() => $"{Name}@({X}, {Y}) hp={Health}";
    [LuaMetamethod(LuaMetamethod.Eq)] public static bool SamePlace(GameObject a, GameObject b) => a.X == b.X && a.Y == b.Y;
}
