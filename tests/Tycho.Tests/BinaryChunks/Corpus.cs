using System.Text;
using Tycho.Tests.Infrastructure;

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

    /// <summary>Control flow that closes upvalues and to-be-closed variables on the way out.</summary>
    public const string Flow = """
        local fs = {}
        for i = 1, 3 do
          local x <close> = nil
          fs[i] = function() return i + x end
          if i == 2 then break end
          while true do local y = i; fs[#fs + 1] = function() return y end; if y then break end end
        end
        local function tbcret(f) local c <close> = nil; return f() end
        local function tbcmulti(...) local c <close> = nil; return ... end
        local function deep() return function() return function() return function(a) return a, fs end end end end
        repeat local z = 1; local g = function() return z end until g() == 1
        for k, v in next, fs do goto continue; ::continue:: end
        do goto done; local q = 1; ::done:: end
        local s = 0
        for i = 1, 5, 2 do s = s + i; if s > 3 then goto out end end
        ::out::
        return tbcret, tbcmulti, deep, -s, s // 0.0, "a" .. s, #"x", s == -1, {s, s, [s] = s}
        """;

    /// <summary>More than 255 constants: field names and method names no longer fit in B/C operands.</summary>
    public static string ManyConstants()
    {
        var sb = new StringBuilder("local o = {}\n");
        for (int i = 0; i < 300; i++) sb.Append("o.f").Append(i).Append(" = ").Append(i).Append(".25\n");
        sb.Append("local r = o.f299 + o.f1 * 1000.5\nr = o:f298(1) + o.f298\nif r == 123.75 or r == 'k' then r = o.f7 end\n");
        sb.Append("g1000, g1001 = o.f1, 'zz'\nreturn r, o[r], o['f3'], o.f2 - 7.75\n");
        return sb.ToString();
    }

    /// <summary>A constructor with more constants than Bx can index (LOADKX) and more items than C holds
    /// (NEWTABLE and SETLIST with k and EXTRAARG).</summary>
    public static string Huge()
    {
        var sb = new StringBuilder("local t = {");
        for (int i = 0; i < 132000; i++) sb.Append(i).Append(".5,");
        sb.Append("}\nlocal x = 0.25\nreturn t, x\n");
        return sb.ToString();
    }

    /// <summary>Theory rows (name, source): the corpus, the flow sample, many constants, <see cref="Huge"/> when
    /// <paramref name="withHuge"/>, and the repository's benchmark scripts (real programs).</summary>
    public static IEnumerable<object[]> Cases(bool withHuge)
    {
        yield return new object[] { "corpus", AllOpcodes };
        yield return new object[] { "flow", Flow };
        yield return new object[] { "constants", ManyConstants() };
        if (withHuge) yield return new object[] { "huge", Huge() };
        foreach (var f in RepoPaths.LuaFiles(RepoPaths.BenchScriptsDir))
            yield return new object[] { "bench/" + Path.GetFileNameWithoutExtension(f), File.ReadAllText(f) };
    }

    /// <summary>Paths of the conformance fixtures (some are meant not to compile).</summary>
    public static IEnumerable<string> ConformanceScripts() => RepoPaths.LuaFiles(RepoPaths.ConformanceDir);
}
