using Tycho.Hosting;
using Tycho.Runtime;

namespace Hosting.Json;

/// <summary>A custom converter (Vector2 as <c>{x, y}</c>) and a JSON configuration read, changed by Lua, and written
/// back.</summary>
public static class Demo
{
    public const string ConfigJson = """
        {
          "title": "level 1",
          "gravity": -9.8,
          "spawns": [
            {"name": "hero", "pos": {"x": 0, "y": 1}, "vel": {"x": 1, "y": 0}},
            {"name": "orc", "pos": {"x": 10, "y": 0}, "vel": {"x": -0.5, "y": 0.5}}
          ]
        }
        """;

    public const string Script = """
        -- advance every spawn by one second and record how far it is from the origin
        for _, s in ipairs(config.spawns) do
          s.pos = step(s.pos, s.vel, 1.0)
          s.distance = length(s.pos)
        end
        config.count = #config.spawns
        config.title = config.title .. ' (moved)'
        """;

    public static string Run(TextWriter output)
    {
        var options = new LuaStateOptions { Converters = { new Vector2Converter() } };
        using var lua = new LuaState(options);
        // Vector2 parameters and results go through the converter.
        lua.Globals["step"] = LuaFunction.Create((Vector2 pos, Vector2 vel, double dt) => pos + vel * dt, "step");
        lua.Globals["length"] = LuaFunction.Create((Vector2 v) => Math.Round(v.Length(), 3), "length");
        lua.Globals["log"] = LuaFunction.Create((string s) => output.WriteLine(s), "log");

        lua.Globals["config"] = LuaJson.Deserialize(lua, ConfigJson);
        lua.DoString(Script, "=config");
        string json = LuaJson.SerializeToString(lua.Globals["config"], new LuaJsonOptions { Indented = true });
        output.WriteLine(json);

        // The host reads values back with the same converter.
        var hero = LuaConvert.To<Vector2>(lua.DoString("return config.spawns[1].pos")[0], lua);
        output.WriteLine($"hero at {hero}");

        // Errors say what was expected, and where.
        try { lua.DoString("length('north')", "=bad"); }
        catch (LuaRuntimeException e) { output.WriteLine("error: " + e.Message); }
        try { LuaJson.Serialize(lua.DoString("local t = {a = {}} t.a.back = t return t")[0]); }
        catch (LuaJsonException e) { output.WriteLine("error: " + e.Message); }
        return json;
    }
}
