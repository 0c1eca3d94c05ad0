using System.Text;

namespace Tycho.Tests.BinaryChunks;

/// <summary>Lua sources that between them make lcode.c emit every opcode and operand form.</summary>
internal static class Corpus
{
    public const string AllOpcodes = """
        local a, b, c = 1, 2.5, "str"
        local n = nil
        local k <const> = 42
        local big = 1 << 40
        local function f(...) return ... end
        local t = {1, 2, 3, x = 1, y = "z", [10] = true, [a] = false, f(), ...}
        local u = {f(1, 2)}
        local v = {...}
        t.x = t.y; t[a] = t[b]; t[1] = t[2]; t[a] = 3; t.w = "w"; t[100] = nil
        g = t; h = g.x; g.y = 5; g[1] = 2
        local s = a .. b .. c .. "x"
        local r = a + 1 + b - 2 * 3.5 / 4 // 5 % 6 ^ 7
        r = a + b - a * b / a // b % a ^ b
        r = (a & 1) | (a ~ 3) | (a << 2) | (a >> 1) | (1 << a) | (a & b) | (a | b) | (a ~ b) | (a << b) | (a >> b) | ~a
        r = -a; r = not a; r = #t; r = a - 1; r = 5 - a; r = a + 300; r = a * big; r = a & big
        r = a - 2.5; r = a * 3; r = a ^ 2; r = a | 5; local lt = a < b
        if a == 1 then r = 1 elseif a ~= 2 then r = 2 end
        if a < 10 and a <= 11 and a > 3 and a >= 2 and a == "s" and a ~= nil and a == b then r = 3 end
        if a < b or a <= b or a > b or a >= b or not (a == 2.5) then r = 4 end
        r = a and b or c
        r = a or b
        for i = 1, 10 do r = r + i end
        for i = 10, 1, -1 do r = r + i end
        for x = 1.0, 2.0, 0.5 do r = r + x end
        for key, val in pairs(t) do r = val end
        for i, val in ipairs(t) do if i > 2 then break end end
        while r > 0 do r = r - 1 end
        repeat r = r + 1 until r > 5
        do local cl <close> = nil end
        ::top:: if r < 7 then r = r + 1; goto top end
        local function counter()
          local count = 0
          return function() count = count + 1; return count, a end
        end
        local o = { m = function(self, x) return self, x end }
        o:m(1)
        o["m"](o, 2)
        local function tail(x) return f(x) end
        local function multi() return a, b, f(1, 2) end
        local function fixed(p, q) return p end
        local function none() end
        local function vfix(p, ...) local z <close> = nil; return p, ... end
        local sel = select('#', ...)
        print(f(t, u, v, s, r, counter, tail, multi, fixed, none, vfix, sel, k, n))
        local long = "a string that is longer than forty bytes, so it is a long one"
        return t, long, 0.1, -0.0, 1e300, math.huge, -math.huge, 0/0, true, false
        """;

    /// <summary>A constructor with more constants than Bx can index (LOADKX) and more items than C holds
    /// (NEWTABLE and SETLIST with k and EXTRAARG).</summary>
    public static string Huge()
    {
        var sb = new StringBuilder("local t = {");
        for (int i = 0; i < 132000; i++) sb.Append(i).Append(".5,");
        sb.Append("}\nlocal x = 0.25\nreturn t, x\n");
        return sb.ToString();
    }

    /// <summary>The repository's benchmark scripts (real programs).</summary>
    public static IEnumerable<string> BenchScripts()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tycho.slnx"))) dir = dir.Parent;
        if (dir is null) yield break;
        string scripts = Path.Combine(dir.FullName, "bench", "scripts");
        if (!Directory.Exists(scripts)) yield break;
        foreach (var f in Directory.GetFiles(scripts, "*.lua").OrderBy(x => x, StringComparer.Ordinal))
            yield return File.ReadAllText(f);
    }
}
