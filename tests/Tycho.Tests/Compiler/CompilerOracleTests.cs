using Tycho.Compiler;
using Tycho.Syntax;
using Tycho.Tests.Infrastructure;
using Xunit;

namespace Tycho.Tests.Compiler;

/// <summary>
/// Compiles Lua snippets with Tycho and with luac 5.4.8 (the reference, see <see cref="Oracles.Luac"/>) and compares
/// the complete listings: instructions with their lines, constants, locals with pc ranges, upvalue descriptors, and
/// the semantic error messages. Without luac these report Skipped, never Passed.
/// </summary>
public class CompilerOracleTests
{
    private static Prototype CompileTycho(string source, string chunkName) =>
        LuaCompiler.Compile(Parser.Parse(System.Text.Encoding.UTF8.GetBytes(source), chunkName));

    /// <summary>Tycho's syntax error message, or "(no error)".</summary>
    private static string TychoError(string source)
    {
        try
        {
            CompileTycho(source, "@t.lua");
            return "(no error)";
        }
        catch (LuaSyntaxException e) { return e.Message; }
    }

    // Block exits with upvalues or to-be-closed variables: the order of leaveblock (lparser.c) decides where the
    // locals end and the level a 'break' closes from (5.4.4's order left a generic for's fourth value open).
    private const string Loops =
        "for i = 1, 10 do print(i) end\nfor i = 10, 1, -1 do local z = i; local function h() return z end end\nfor k, v in pairs(t) do print(k, v) end";
    private const string WhileRepeat =
        "while a do if b then break end a = a - 1 end\nrepeat local q = 1; local function r() return q end until q > 0";
    private const string CloseAndGoto =
        "obj:method(1, 2):other()\ndo local z <close> = nil; print(z) end\ngoto done\nprint('skipped')\n::done::\nreturn";
    private const string BreakClosesUpvalues =
        "for i=1,3 do local x; local function f() return x end; if i then break end end\nwhile true do local y; local function g() return y end; if y then break end end";
    private const string GotoOutOfLoop =
        "for i=1,2 do\n  local x\n  local function f() return x end\n  if i then goto out end\nend\n::out::\nlocal y\n::back:: local z = function() return y end\ngoto back\n";

    [SkippableTheory]
    [InlineData("local a, b, c = 1, 2.5, 'x'\nx = a + b * c - 1\ny = a .. b .. c\nprint(x, y, a == 1, b ~= nil, a < b, a >= 3, 3 > a)")]
    [InlineData("local t = {1, 2, 3, x = 1, ['y'] = 2, [10] = 3, f()}\nt.x.y[1] = t[a]\nlocal function f(...) return ... end\nreturn f(1, 2)")]
    [InlineData("local x <const> = 10\nlocal s <const> = 'str'\nlocal y = x * 2 + 1\nprint(x, s, y, -x, ~5, 7 // 2, 7 % 0, 1/0, 2^10, 3 & 1.5, 1 << 2, 0.0 * -1)")]
    [InlineData(Loops)]
    [InlineData(WhileRepeat)]
    [InlineData("local a, b = 1\na, b = b, a\nlocal t = {}\nt[a], a = 1, 2\nt.x, t.y = t.y, t.x\nx, y = y, x\nlocal function f() a, t.z = 3, a end")]
    [InlineData("if a and b or c then print(1) elseif not a then print(2) else print(3) end\nlocal v = a and b or c\nlocal w = not (a == b)\nlocal n = a > 1 and b < 2")]
    [InlineData(CloseAndGoto)]
    [InlineData("local function outer()\n  local a = 1\n  local function mid()\n    local function inner() return a, b end\n    return inner\n  end\n  return mid\nend\nlocal t = {...}\nlocal u = {..., n = select('#', ...)}")]
    [InlineData("for i = 1, 3 do\n  for j = 1, 3 do\n    if i == j then goto continue end\n    print(i, j)\n    ::continue::\n  end\nend\nreturn x.y.z, f(x)")]
    [InlineData(BreakClosesUpvalues)]
    [InlineData("local s = 'a very long string key that is longer than forty characters'\nlocal t = {[s] = 1}\nt[s] = t[s]\nt[1.5] = t[2.0] + t[-1] + t[256] + t[255]")]
    [InlineData("local i1, i2 = 123456789012, 123456789012.0\nprint(i1 == 123456789012, i2 ~= 123456789012, a < 1000.0, a == 1.0)")]
    [InlineData("print(a + 127, a - 128, a + 128, a - -127, 127 + a, a * 2, 2 * a, a / 2, a // 0, a % 0, a ^ 0.5, a & 255, 255 & a, a | 1.0, a ~ 3)")]
    [InlineData("print(a << 1, a >> 1, 1 << a, 1 >> a, a << -3, a >> 300, a << b, a >> b)\nprint(-a, - -1, -(-0.0), ~~1, not not a, #a, -2^63, 1 // 0, 5 & 1.5, 3 - 3.0)")]
    [InlineData("print(('x'):rep(3), (f()), (...), {f()}, {...}, {f(), nil}, {f(), g()})")]
    [InlineData("local a <close> = setmetatable({}, mt)\nlocal b <const> = a\nlocal function f() return b end\nreturn f()")]
    [InlineData("local function f(x)\n  local y <close> = x\n  return g(x)\nend\nfunction obj.a.b:m(x) return self, x end\nfunction glob(x) return x end")]
    [InlineData("local a <const> = 5\nlocal function f()\n  local b <const> = a * 2\n  return function() return a + b end\nend\nlocal s <const> = 'x' .. 'y'\nlocal n <const> = nil\nprint(a, s, n, f)")]
    [InlineData("while x do\n goto continue\n local y = 1\n ::continue::\nend\n")]
    [InlineData(GotoOutOfLoop)]
    [InlineData("local t = {1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56, a=1, b=2, f()}")]
    public void ListingMatchesLuac(string source)
    {
        Oracles.Luac.Require();
        var theirs = Luac.Compile(source);
        var mine = CompileTycho(source, "@t.lua");
        ProtoPrinter.AssertSame(theirs, mine);
    }

    [SkippableTheory]
    [InlineData("goto x\n\n")]
    [InlineData("do goto x end\n::x:: ::x::\nprint(1)")]
    [InlineData("local function f()\n goto x\nend\nprint(1)")]
    [InlineData("break\n")]
    [InlineData("goto f\nlocal x\n::f::\nprint(x)")]
    [InlineData("repeat\n goto continue\n local y = 1\n ::continue::\nuntil y\n")]
    [InlineData("local x <const> = 1\nx = 2\n")]
    [InlineData("local x <close> = 1\nlocal function f() x = 2 end\n")]
    [InlineData("::a:: do ::a:: end\n")]
    [InlineData("local a, b <close>, c <close> = 1\n")]
    public void ErrorMatchesLuac(string source)
    {
        Oracles.Luac.Require();
        var (_, err) = Luac.TryCompile(source);
        Assert.NotNull(err);
        Assert.Equal(err, TychoError(source));
    }

    [SkippableFact]
    public void LimitErrorsMatchLuac()
    {
        Oracles.Luac.Require();
        var sources = new[]
        {
            "local " + string.Join(", ", Enumerable.Range(0, 210).Select(i => "a" + i)) + " = 1",
            string.Join("\n", Enumerable.Range(0, 210).Select(i => $"local a{i} = {i}")),
            "local function f()\n" + string.Join("\n", Enumerable.Range(0, 210).Select(i => $"local a{i}")) + "\nend",
            "f(" + string.Join(", ", Enumerable.Range(0, 300).Select(_ => "x")) + ")",
        };
        foreach (var source in sources)
        {
            var (_, err) = Luac.TryCompile(source);
            Assert.NotNull(err);
            Assert.Equal(err, TychoError(source));
        }
    }
}
