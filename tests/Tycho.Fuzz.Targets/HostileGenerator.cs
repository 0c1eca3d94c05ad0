using System.Text;

namespace Tycho.Fuzz.Targets;

/// <summary>
/// Writes small hostile Lua programs from a stream of choices: one to four statements, each an attack template
/// (loops, recursion, metatables, string and table explosions, patterns, coroutines, load, finalizers) with sizes
/// picked from edge values, each optionally inside a <c>pcall</c> so the later ones run too. A program's first line
/// names its templates, which the signatures of hangs use.
/// </summary>
public static class HostileGenerator
{
    /// <summary>The templates by name: <c>@N</c> is a big count, <c>@M</c> a small one.</summary>
    public static readonly IReadOnlyList<(string Name, string Code)> Templates =
    [
        ("while", "while true do end"),
        ("recursion", "local function f(n) return f(n + 1) + 1 end f(1)"),
        ("tailcall", "local function f(n) return f(n) end f(1)"),
        ("doubling", "local s = 'x' for i = 1, @M do s = s .. s end"),
        ("tablefill", "local t = {} for i = 1, @N do t[i] = i end"),
        ("repsep", "local _ = string.rep('ab', @N, ',')"),
        ("backtrack", "local _ = ('a'):rep(@M):find(('a-'):rep(@M) .. 'b')"),
        ("yieldloop", "local co = coroutine.wrap(function() while true do coroutine.yield() end end) for i = 1, @N do co() end"),
        ("loadparens", "local f = load('return ' .. ('('):rep(@M) .. '1' .. (')'):rep(@M)) if f then f() end"),
        ("gsubfn", "local _ = ('x'):rep(@N):gsub('.', function(c) return c .. c end)"),
        ("callchain", "local c = setmetatable({}, {}) getmetatable(c).__call = c c()"),
        ("indexfn", "local t = setmetatable({}, {__index = function(t, k) return t[k] end}) local _ = t.x"),
        ("formatwidth", "local _ = string.format('%@Md', 1)"),
        ("sortbad", "local t = {} for i = 1, @M * 10 do t[i] = -i end table.sort(t, function(a, b) return true end)"),
        ("unpack", "local _ = select('#', table.unpack({}, 1, @N))"),
        ("errorbig", "pcall(error, ('x'):rep(@N))"),
        ("utf8len", "for _ = 1, @M do local _ = utf8.len(('\\u{10FFFF}'):rep(@N)) end"),
        ("ephemeron", "local w = setmetatable({}, {__mode = 'k'}) local k = {} for i = 1, @N do local nk = {} w[k] = nk k = nk end collectgarbage()"),
        ("gcloop", "setmetatable({}, {__gc = function() while true do end end}) collectgarbage()"),
        ("eqloop", "local m = {} m.__eq = function(x, y) return x == y end local _ = setmetatable({}, m) == setmetatable({}, m)"),
        ("name", "local _ = tostring(setmetatable({}, {__name = ('n'):rep(@N)}))"),
        ("osdate", "local _ = os.date(('%c'):rep(@N))"),
        ("concatmeta", "local x = setmetatable({}, {__concat = function(a, b) return a end}) for i = 1, @N do x = x .. 'a' end"),
        ("wrapnest", "local function r() return coroutine.wrap(function() return r()() end) end r()()"),
        ("pack", "local _ = string.pack(('j'):rep(@M), 1)"),
        ("goto", "::top:: goto top"),
        ("casechain", "local _ = ('x'):rep(@N):upper():lower():reverse()"),
        ("forwrap", "for i = math.maxinteger - @M, math.maxinteger do end"),
        ("reader", "local _ = load(function() return ('x'):rep(@N) end)"),
        ("traceback", "local _ = debug.traceback(('x'):rep(@N), @N)"),
        ("rotate", "local s = ('x'):rep(@N) for i = 1, @M do s = s:sub(2) .. s:sub(1, 1) end"),
        ("tables", "local t = {} for i = 1, @N do t[#t + 1] = {} end"),
        ("gsubtable", "local _ = ('x'):rep(@N):gsub('x', {x = ('y'):rep(@M)})"),
        ("yieldindex", "coroutine.wrap(function() local t = setmetatable({}, {__index = function(t, k) coroutine.yield() return k end}) for i = 1, @N do local _ = t[i] end end)()"),
        ("nested", "local a = {} for i = 1, @N do a = {a} end local _ = tostring(a)"),
        ("bytes", "local _ = string.rep('x', @N):byte(1, -1)"),
        ("captures", "local _ = ('x'):rep(@N):match(('(.)'):rep(@M))"),
        ("tostringloop", "error(setmetatable({}, {__tostring = function() while true do end end}))"),
        ("concatbig", "local t = {} for i = 1, @N do t[i] = 'abc' end local _ = table.concat(t, ('-'):rep(@M))"),
        ("loadstrings", "for i = 1, @M do load(('a=1 '):rep(@N)) end"),
        ("closeloop", "do local x <close> = setmetatable({}, {__close = function() while true do end end}) end"),
        ("varargs", "local function v(...) return ... end local _ = select('#', v(table.unpack({}, 1, @N)))"),
        ("weakchurn", "local w = setmetatable({}, {__mode = 'v'}) for i = 1, @N do w[i] = {} if i % 1000 == 0 then collectgarbage('step') end end"),
        ("coroutines", "local t = {} for i = 1, @N do t[i] = coroutine.create(function() end) end"),
        ("lenloop", "local t = setmetatable({}, {__len = function(t) return #t end}) local _ = #t"),
        ("mathfor", "for i = 1, @N, 0.5 do end"),
    ];

    private static readonly string[] BigCounts =
        ["0", "1", "7", "100", "1000", "100000", "1000000", "10000000", "100000000", "2147483647", "-1", "math.maxinteger", "1e308", "2^53"];

    private static readonly string[] SmallCounts = ["1", "2", "8", "20", "31", "40", "64", "200", "1000", "99"];

    /// <summary>A program from <paramref name="choices"/> (read as a stream; zeros when it runs out). Templates
    /// named in <paramref name="exclude"/> are not used.</summary>
    public static string Generate(ReadOnlySpan<byte> choices, IReadOnlySet<string>? exclude = null)
    {
        var templates = exclude is null ? Templates : Templates.Where(t => !exclude.Contains(t.Name)).ToList();
        byte[] bytes = choices.ToArray();
        int pos = 0;
        int Next(int n) => n <= 1 ? 0 : (pos < bytes.Length ? bytes[pos++] : 0) % n;
        int count = 1 + Next(4);
        var names = new List<string>();
        var body = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            var (name, code) = templates[Next(templates.Count)];
            code = code.Replace("@N", BigCounts[Next(BigCounts.Length)]).Replace("@M", SmallCounts[Next(SmallCounts.Length)]);
            bool protect = Next(2) == 1 && i < count - 1;
            names.Add(name);
            body.Append(protect ? $"pcall(function() {code} end)" : $"do {code} end").Append('\n');
        }
        return $"-- {string.Join(' ', names)}\n{body}";
    }
}
