using Tycho.Hosting;

namespace Hosting.NativeAot;

/// <summary>A device scripted from Lua; the source generator writes its binding, so no reflection runs.</summary>
[LuaType("Thermostat")]
public partial class Thermostat
{
    [LuaMember] public string Room { get; }
    [LuaMember] public double Target { get; private set; }

    [LuaMember]
    public Thermostat(string room, double target) { Room = room; Target = target; }

    /// <summary>Sets the target temperature in °C: <c>t:Set(21.5)</c>; throws outside 5..30.</summary>
    [LuaMember]
    public double Set(double celsius)
    {
        if (celsius is < 5 or > 30) throw new ArgumentOutOfRangeException(nameof(celsius), $"{celsius} °C is out of range");
        return Target = celsius;
    }

    [LuaMetamethod(LuaMetamethod.ToString)] public override string ToString() => $"{Room}: {Target} °C";
}
