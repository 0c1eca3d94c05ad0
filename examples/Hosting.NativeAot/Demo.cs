using Tycho.Hosting;
using Tycho.Runtime;

namespace Hosting.NativeAot;

/// <summary>Everything a NativeAOT host needs: a generated user type, a host function and a script. The test runs it
/// in-process and as the published native executable, and expects the same output.</summary>
public static class Demo
{
    public const string Script = """
        local t = Thermostat.new('kitchen', 19)
        t:Set(21.5)
        log(tostring(t))
        local ok, err = pcall(function() t:Set(99) end)
        log('caught: ' .. err)
        local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
        log('recursion depth ' .. depth(100000))
        local function viaGsub(n) return (string.gsub('x', 'x', function() return viaGsub(n + 1) end)) end
        log('through the host: ' .. select(2, pcall(viaGsub, 0)))
        log(string.format('%s %d %.3f', _VERSION, 2^53 // 1, math.pi))
        return t
        """;

    public static Thermostat Run(TextWriter output)
    {
        using var lua = new LuaState();
        lua.RegisterType<Thermostat>();                       // Thermostat.new
        lua.Globals["log"] = LuaFunction.Create((string s) => output.WriteLine(s));
        var t = lua.DoString<Thermostat>(Script, "=thermostat");
        output.WriteLine($"back in C#: {t}");
        return t;
    }
}
