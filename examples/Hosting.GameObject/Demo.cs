using Tycho.Hosting;
using Tycho.Runtime;

namespace Hosting.GameObject;

/// <summary>Scripts driving .NET objects through a source-generated binding (NativeAOT friendly).</summary>
public static class Demo
{
    public const string Script = """
        local hero = GameObject.new('hero', 0, 0)
        local orc = world.orc
        hero:Move(3, 4)
        log(tostring(hero))
        log('distance to orc: ' .. GameObject.Distance(hero, orc))
        while orc.Alive do orc:Damage(40) end
        log(orc.Name .. ' defeated, hp=' .. orc.Health)
        local ok, err = pcall(function() hero:Damage(-1) end)
        log('caught: ' .. err)
        local ok2, err2 = pcall(function() hero:Fly() end)
        log('caught: ' .. err2)
        return hero
        """;

    public static GameObject Run(TextWriter output)
    {
        using var lua = new LuaState();
        lua.RegisterType<GameObject>();                       // GameObject.new, GameObject.Distance
        var orc = new GameObject("orc", 6, 8);
        var world = LuaTable.Create();
        world["orc"] = lua.ToValue(orc);                      // the same userdata every time for this object
        lua.Globals["world"] = world;
        lua.Globals["log"] = LuaFunction.Create((string s) => output.WriteLine(s));
        var hero = lua.DoString<GameObject>(Script, "=game");
        output.WriteLine($"back in C#: {hero}, orc alive: {orc.Alive}");
        return hero;
    }
}
