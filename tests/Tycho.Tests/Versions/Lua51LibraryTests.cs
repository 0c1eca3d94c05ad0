using System.Text;
using Xunit;

namespace Tycho.Tests.Versions;

/// <summary>
/// The standard libraries of the 5.1 and 5.2 profiles, as Debian's lua5.1 and lua5.2 have them. Every expected
/// value was read from those interpreters (the function lists from <c>for k in pairs(lib) do print(k) end</c>).
/// Checks compare inside Lua or through <see cref="LuaValue"/> rather than printed numbers, whose formatting is the
/// number profile's business.
/// </summary>
public sealed class Lua51LibraryTests
{
    private static LuaState State(LuaLanguageVersion v, Stream? output = null) =>
        new(new LuaStateOptions { LanguageVersion = v, Output = output });

    private static LuaValue[] Run(LuaLanguageVersion v, string code)
    {
        using var lua = State(v);
        return lua.DoString(code);
    }

    private static string Text(LuaLanguageVersion v, string code) => Run(v, code)[0].ToString();

    private const string Keys = "local ks = {} for k in pairs(LIB) do ks[#ks + 1] = k end table.sort(ks) return table.concat(ks, ' ')";

    // ------------------------------------------------------------------ which functions exist

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "string", "byte char dump find format gfind gmatch gsub len lower match rep reverse sub upper")]
    [InlineData(LuaLanguageVersion.Lua52, "string", "byte char dump find format gmatch gsub len lower match rep reverse sub upper")]
    [InlineData(LuaLanguageVersion.Lua51, "table", "concat foreach foreachi getn insert maxn remove setn sort")]
    [InlineData(LuaLanguageVersion.Lua52, "table", "concat insert maxn pack remove sort unpack")]
    [InlineData(LuaLanguageVersion.Lua51, "math", "abs acos asin atan atan2 ceil cos cosh deg exp floor fmod frexp huge ldexp log log10 max min mod modf pi pow rad random randomseed sin sinh sqrt tan tanh")]
    [InlineData(LuaLanguageVersion.Lua52, "math", "abs acos asin atan atan2 ceil cos cosh deg exp floor fmod frexp huge ldexp log log10 max min modf pi pow rad random randomseed sin sinh sqrt tan tanh")]
    [InlineData(LuaLanguageVersion.Lua51, "coroutine", "create resume running status wrap yield")]
    [InlineData(LuaLanguageVersion.Lua52, "coroutine", "create resume running status wrap yield")]
    [InlineData(LuaLanguageVersion.Lua51, "os", "clock date difftime execute exit getenv remove rename setlocale time tmpname")]
    [InlineData(LuaLanguageVersion.Lua51, "io", "close flush input lines open output popen read stderr stdin stdout tmpfile type write")]
    [InlineData(LuaLanguageVersion.Lua51, "package", "config cpath loaded loaders loadlib path preload seeall")]
    [InlineData(LuaLanguageVersion.Lua52, "package", "config cpath loaded loaders loadlib path preload searchers searchpath seeall")]
    [InlineData(LuaLanguageVersion.Lua52, "bit32", "arshift band bnot bor btest bxor extract lrotate lshift replace rrotate rshift")]
    public void LibraryHasTheVersionsFunctions(LuaLanguageVersion v, string lib, string names) =>
        Assert.Equal(names, Text(v, Keys.Replace("LIB", lib)));

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "unpack loadstring module newproxy gcinfo", "rawlen warn bit32 utf8")]
    [InlineData(LuaLanguageVersion.Lua52, "unpack loadstring module rawlen bit32", "warn newproxy gcinfo utf8")]
    [InlineData(LuaLanguageVersion.Lua54, "rawlen warn utf8", "unpack loadstring module newproxy gcinfo bit32")]
    public void GlobalsAreTheVersions(LuaLanguageVersion v, string present, string absent)
    {
        using var lua = State(v);
        foreach (string name in present.Split(' ')) Assert.False(lua.DoString($"return {name}")[0].IsNil, name);
        foreach (string name in absent.Split(' ')) Assert.True(lua.DoString($"return {name}")[0].IsNil, name);
    }

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "getuservalue setuservalue upvalueid upvaluejoin setcstacklimit")]
    [InlineData(LuaLanguageVersion.Lua52, "setcstacklimit")]
    public void DebugLacksWhatTheVersionLacks(LuaLanguageVersion v, string absent)
    {
        using var lua = State(v);
        foreach (string name in absent.Split(' ')) Assert.True(lua.DoString($"return debug.{name}")[0].IsNil, name);
        Assert.False(lua.DoString("return debug.traceback")[0].IsNil);
    }

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51)]
    [InlineData(LuaLanguageVersion.Lua52)]
    public void AliasesAreOneFunction(LuaLanguageVersion v)
    {
        string code = v == LuaLanguageVersion.Lua51
            ? "return string.gfind == string.gmatch and math.mod == math.fmod"
            : "return loadstring == load and unpack == table.unpack and package.loaders == package.searchers";
        Assert.True(Run(v, code)[0].IsTruthy);
    }

    // ------------------------------------------------------------------ numbers

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51)]
    [InlineData(LuaLanguageVersion.Lua52)]
    public void LibraryResultsAreFloats(LuaLanguageVersion v)
    {
        var r = Run(v, "return string.len('abc'), (string.find('abc', 'b')), math.floor(3.7), math.max(1, 2), os.time(), "
            + "select(2, string.byte('AB', 1, 2)), tonumber('0x10'), (string.gsub('aa', 'a', 'b'))");
        for (int i = 0; i < r.Length; i++)
            if (r[i].IsNumber) Assert.True(r[i].IsFloat, $"result {i + 1}");
        Assert.Equal(3.0, r[0].RawFloat);
        Assert.Equal(16.0, r[6].RawFloat);
    }

    [Fact]
    public void Lua54KeepsIntegers() => Assert.True(Run(LuaLanguageVersion.Lua54, "return string.len('abc')")[0].IsInteger);

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51)]
    [InlineData(LuaLanguageVersion.Lua52)]
    public void FloorKeepsNegativeZero(LuaLanguageVersion v) =>
        Assert.True(Run(v, "return 1 / math.floor(-0.0) == -math.huge and 1 / math.ceil(-0.5) == -math.huge")[0].IsTruthy);

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "bcdef", "ef", "abab")]
    [InlineData(LuaLanguageVersion.Lua52, "bcdef", "ef", "abab")]
    public void IntegerArgumentsTruncate(LuaLanguageVersion v, string sub, string negSub, string rep)
    {
        var r = Run(v, "return string.sub('abcdef', 2.7), string.sub('abcdef', -2.7), string.rep('ab', 2.9)");
        Assert.Equal([sub, negSub, rep], r.Select(x => x.ToString()));
    }

    [Fact]
    public void Lua54RefusesFractionalPositions() =>
        Assert.Contains("number has no integer representation",
            Assert.Throws<LuaRuntimeException>(() => Run(LuaLanguageVersion.Lua54, "return string.sub('abc', 2.5)")).Message);

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, 1.0)]
    [InlineData(LuaLanguageVersion.Lua52, 1.0)]
    public void FModByZeroIsNaN(LuaLanguageVersion v, double one) =>
        Assert.True(double.IsNaN(Run(v, "return math.fmod(7, 0)")[0].RawFloat * one));

    // ------------------------------------------------------------------ argument errors

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "bad argument #1 to '?' (string expected, got no value)")]
    [InlineData(LuaLanguageVersion.Lua52, "bad argument #1 to 'string.rep' (string expected, got no value)")]
    public void UnnamedCallsAreNamedAsTheVersionDoes(LuaLanguageVersion v, string message) =>
        Assert.Equal(message, Text(v, "return select(2, pcall(string.rep))"));

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51)]
    [InlineData(LuaLanguageVersion.Lua52)]
    public void CallSiteNamesTheFunction(LuaLanguageVersion v) =>
        Assert.Equal("bad argument #1 to 'insert' (table expected, got nil)",
            Text(v, "local ok, e = pcall(function() table.insert(nil, 1) end) return (e:gsub('^[^:]*:%d+: ', ''))"));

    // ------------------------------------------------------------------ basic functions

    [Fact]
    public void Load51TakesOnlyAReader()
    {
        using var lua = State(LuaLanguageVersion.Lua51);
        Assert.Equal("bad argument #1 to '?' (function expected, got string)", lua.DoString("return select(2, pcall(load, 'return 1'))")[0].ToString());
        Assert.True(lua.DoString("local done; return load(function() if not done then done = true return 'return 7' end end)() == 7")[0].IsTruthy);
        Assert.True(lua.DoString("return loadstring('return 8')() == 8")[0].IsTruthy);
        Assert.Equal("[string \"return 1 +\"]:1:", lua.DoString("return (select(2, loadstring('return 1 +')):match('^[^:]*:%d+:'))")[0].ToString());
    }

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, 0.0)]
    [InlineData(LuaLanguageVersion.Lua52, 2.0)]
    public void XPCallPassesArgumentsFrom52(LuaLanguageVersion v, double count) =>
        Assert.Equal(count, Run(v, "return select(2, xpcall(function(...) return select('#', ...) end, print, 1, 2))")[0].RawFloat);

    [Fact]
    public void Running51IsNilOnTheMainThread()
    {
        Assert.Single(Run(LuaLanguageVersion.Lua51, "return coroutine.running()"));
        Assert.True(Run(LuaLanguageVersion.Lua51, "return coroutine.running()")[0].IsNil);
        Assert.True(Run(LuaLanguageVersion.Lua51, "return type(coroutine.wrap(function() return coroutine.running() end)())")[0].ToString() == "thread");
        Assert.True(Run(LuaLanguageVersion.Lua52, "return select(2, coroutine.running())")[0].IsTruthy);
    }

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "bad argument #1 to '?' (Lua function expected)")]
    [InlineData(LuaLanguageVersion.Lua52, "bad argument #1 to 'coroutine.resume' (coroutine expected)")]
    public void CoroutineArgumentMessages(LuaLanguageVersion v, string message) =>
        Assert.Equal(message, Text(v, v == LuaLanguageVersion.Lua51
            ? "return select(2, pcall(coroutine.create, print))" : "return select(2, pcall(coroutine.resume, nil))"));

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "nil")]
    [InlineData(LuaLanguageVersion.Lua52, "mm")]
    public void PairsAsksPairsMetamethodFrom52(LuaLanguageVersion v, string first) =>
        Assert.Equal(first, Text(v, "local p = setmetatable({}, {__pairs = function(t) return function(_, k) if not k then return 'mm', 1 end end, t, nil end}) "
            + "local k = next({}) for key in pairs(p) do k = key end return tostring(k)"));

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "")]
    [InlineData(LuaLanguageVersion.Lua52, "uno")]
    [InlineData(LuaLanguageVersion.Lua54, "10 20 30")]
    public void IPairsIsRawBefore53(LuaLanguageVersion v, string seen) =>
        Assert.Equal(seen, Text(v, "local t = setmetatable({}, {__index = function(t, k) if k <= 3 then return k * 10 end end, "
            + "__ipairs = function(t) return function(_, k) if not k then return 1, 'uno' end end, t, nil end}) "
            + "local s = {} for _, v in ipairs(t) do s[#s + 1] = tostring(v) end return table.concat(s, ' ')"));

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "bad argument #1 to '?' (table expected, got nil)")]
    [InlineData(LuaLanguageVersion.Lua52, "bad argument #1 to 'pairs' (table expected, got nil)")]
    public void PairsWantsATable(LuaLanguageVersion v, string message) =>
        Assert.Equal(message, Text(v, "return select(2, pcall(pairs, nil))"));

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51)]
    [InlineData(LuaLanguageVersion.Lua52)]
    public void PrintCallsTheGlobalToString(LuaLanguageVersion v)
    {
        var output = new MemoryStream();
        using (var lua = State(v, output))
            lua.DoString("tostring = function(x) return 'T' end print(1, 'a')");
        Assert.Equal("T\tT\n", Encoding.UTF8.GetString(output.ToArray()));
    }

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "7.5", true)]
    [InlineData(LuaLanguageVersion.Lua52, "nil", false)]
    public void ToNumberBases(LuaLanguageVersion v, string base10, bool wraps)
    {
        Assert.Equal(base10, Text(v, "return tostring(tonumber('7.5', 10))"));
        Assert.Equal(wraps, Run(v, "return tonumber('-ff', 16) == 2^64")[0].IsTruthy);
        Assert.Equal(!wraps, Run(v, "return tonumber('-ff', 16) == -255")[0].IsTruthy);
        Assert.True(Run(v, "return tonumber('z', 36) == 35 and tonumber('ff', 16) == 255 and tonumber('8', 8) == nil")[0].IsTruthy);
    }

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "bad argument #1 to '?' (invalid option 'isrunning')", 1)]
    [InlineData(LuaLanguageVersion.Lua52, "true", 2)]
    public void CollectGarbageOptions(LuaLanguageVersion v, string isRunning, int countResults)
    {
        using var lua = State(v);
        Assert.Equal(isRunning, lua.DoString("return tostring(select(2, pcall(collectgarbage, 'isrunning')))")[0].ToString());
        Assert.Equal(countResults, lua.DoString("return collectgarbage('count')").Length);
        Assert.True(lua.DoString("return collectgarbage('count')")[0].IsFloat);
        Assert.Equal(0.0, lua.DoString("return collectgarbage()")[0].RawFloat);
        Assert.True(lua.DoString("return collectgarbage('step')")[0].IsBoolean);
    }

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "pcall(assert, false)", "assertion failed!")]
    [InlineData(LuaLanguageVersion.Lua51, "pcall(assert)", "bad argument #1 to '?' (value expected)")]
    [InlineData(LuaLanguageVersion.Lua52, "pcall(assert, nil, 42)", "42")]
    [InlineData(LuaLanguageVersion.Lua52, "pcall(assert)", "assertion failed!")]
    public void AssertMessages(LuaLanguageVersion v, string call, string message)
    {
        var e = Run(v, $"return select(2, {call})")[0];
        Assert.True(e.IsString);
        Assert.Equal(message, e.ToString());
    }

    [Fact]
    public void OldFunctionsOf51()
    {
        using var lua = State(LuaLanguageVersion.Lua51);
        Assert.Equal("1 2 nil 4", lua.DoString("local a, b, c, d = unpack({1, 2, nil, 4}, 1, 4) return string.format('%d %d %s %d', a, b, tostring(c), d)")[0].ToString());
        Assert.Equal(10.0, lua.DoString("return table.maxn({1, 2, [10] = 3, [2.5] = 1})")[0].RawFloat);
        Assert.Equal(1.5, lua.DoString("return table.maxn({[-1] = 1, [1.5] = 2})")[0].RawFloat);
        Assert.Equal(3.0, lua.DoString("return table.getn({1, 2, 3})")[0].RawFloat);
        Assert.Equal("'setn' is obsolete", lua.DoString("return select(2, pcall(table.setn, {}, 3))")[0].ToString());
        Assert.Equal("1=10 2=20 stop", lua.DoString("local s = {} local r = table.foreachi({10, 20, nil, 40}, function(k, v) s[#s + 1] = string.format('%d=%d', k, v) if k == 2 then return 'stop' end end) return table.concat(s, ' ') .. ' ' .. r")[0].ToString());
        Assert.Equal("bad argument #2 to '?' (function expected, got number)", lua.DoString("return select(2, pcall(table.foreach, {}, 1))")[0].ToString());
        Assert.True(lua.DoString("return type(gcinfo()) == 'number' and gcinfo() == math.floor(gcinfo())")[0].IsTruthy);
        Assert.True(lua.DoString("local p = newproxy(true) local q = newproxy(p) return type(p) == 'userdata' and getmetatable(q) == getmetatable(p) and getmetatable(newproxy()) == nil")[0].IsTruthy);
        Assert.Equal("bad argument #1 to '?' (boolean or proxy expected)", lua.DoString("return select(2, pcall(newproxy, {}))")[0].ToString());
        Assert.Equal("-a-b-c-", lua.DoString("for w in string.gfind('abc', '') do end return (string.gsub('abc', '', '-'))")[0].ToString());
    }

    // ------------------------------------------------------------------ string

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "ababab")]
    [InlineData(LuaLanguageVersion.Lua52, "ab,ab,ab")]
    public void RepSeparatorFrom52(LuaLanguageVersion v, string result) => Assert.Equal(result, Text(v, "return string.rep('ab', 3, ',')"));

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "\"a\\\nb\\000c\\\"\\r\\\\\"", "-9223372036854775808")]
    [InlineData(LuaLanguageVersion.Lua52, "\"a\\\nb\\0c\\\"\\13\\\\\"", "bad argument #2 to 'string.format' (not a number in proper range)")]
    public void FormatQuotesAndIntegers(LuaLanguageVersion v, string quoted, string big)
    {
        using var lua = State(v);
        Assert.Equal(quoted, lua.DoString("return string.format('%q', 'a\\nb\\0c\"\\r\\\\')")[0].ToString());
        Assert.Equal("\"0.33333333333333\" 3 -3", lua.DoString("return string.format('%q %d %d', 1/3, 3.7, -3.7)")[0].ToString());
        Assert.Equal(big, lua.DoString("return tostring(select(2, pcall(string.format, '%d', 2^63)))")[0].ToString());
    }

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "bad argument #2 to '?' (string expected, got nil)")]
    [InlineData(LuaLanguageVersion.Lua52, "nil")]
    public void FormatSOf51TakesStringsOnly(LuaLanguageVersion v, string result) =>
        Assert.Equal(result, Text(v, "local ok, r = pcall(string.format, '%s', nil) return r"));

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "true", "axc", "invalid capture index", "unbalanced pattern", "invalid value")]
    [InlineData(LuaLanguageVersion.Lua52, "false", "invalid use of '%' in replacement string", "invalid capture index %1", "malformed pattern (missing arguments to '%b')", "value out of range")]
    public void PatternsAndMessages(LuaLanguageVersion v, string findPast, string percent, string capture, string balance, string charRange)
    {
        using var lua = State(v);
        string Msg(string call) => lua.DoString($"local ok, e = pcall({call}) return (tostring(e):gsub('^[^:]*:%d+: ', ''))")[0].ToString();
        Assert.Equal(findPast, lua.DoString("return tostring(string.find('abc', '', 10) == 4)")[0].ToString());
        Assert.Equal(percent, v == LuaLanguageVersion.Lua51 ? lua.DoString("return (string.gsub('abc', 'b', '%x'))")[0].ToString()
            : Msg("string.gsub, 'abc', 'b', '%x'"));
        Assert.Equal(capture, Msg("string.find, 'a', '%1'"));
        Assert.Equal(balance, Msg("string.find, 'a', '%b'"));
        Assert.EndsWith(charRange + ")", Msg("string.char, 256"));
    }

    // ------------------------------------------------------------------ table

    [Fact]
    public void Insert51UsesAnyPosition()
    {
        using var lua = State(LuaLanguageVersion.Lua51);
        Assert.Equal("x", lua.DoString("local t = {} table.insert(t, 3, 'x') return t[3]")[0].ToString());
        Assert.Empty(lua.DoString("return table.remove({})"));
        Assert.Empty(lua.DoString("return table.remove({1, 2}, 5)"));
        Assert.Equal("wrong number of arguments to 'insert'", lua.DoString("return select(2, pcall(table.insert, {}, 1, 2, 3))")[0].ToString());
    }

    [Fact]
    public void Insert52ChecksPositions()
    {
        using var lua = State(LuaLanguageVersion.Lua52);
        Assert.Equal("bad argument #2 to 'table.insert' (position out of bounds)", lua.DoString("return select(2, pcall(table.insert, {}, 5, 1))")[0].ToString());
        Assert.Equal("bad argument #1 to 'table.remove' (position out of bounds)", lua.DoString("return select(2, pcall(table.remove, {1, 2}, 5))")[0].ToString());
        Assert.Single(lua.DoString("return table.remove({})"));
        Assert.True(lua.DoString("return table.pack(1, 2).n")[0].IsFloat);
    }

    // ------------------------------------------------------------------ io

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, true)]
    [InlineData(LuaLanguageVersion.Lua52, false)]
    public void ReadFormatsNeedAStar(LuaLanguageVersion v, bool writeGivesTrue)
    {
        using var lua = State(v);
        Assert.Equal("bad argument #1 to 'read' (invalid option)",
            lua.DoString("local f = io.tmpfile() local ok, e = pcall(function() return f:read('l') end) f:close() return (e:gsub('^.-%]:%d+: ', ''))")[0].ToString());
        Assert.Equal("12 abc", lua.DoString("local f = io.tmpfile() f:write('12 abc\\n') f:seek('set', 0) local n, l = f:read('*n', '*l') f:close() return string.format('%d%s', n, l)")[0].ToString());
        Assert.Equal(writeGivesTrue, lua.DoString("local f = io.tmpfile() local r = f:write('') f:close() return r == true")[0].IsTruthy);
    }

    // ------------------------------------------------------------------ module

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51)]
    [InlineData(LuaLanguageVersion.Lua52)]
    public void ModuleMakesTheChunksGlobalsTheModules(LuaLanguageVersion v)
    {
        using var lua = State(v);
        var r = lua.DoString("module('m.sub', package.seeall) x = 1 function get() return x end return _NAME, _PACKAGE, _M == m.sub, type(print)");
        Assert.Equal(["m.sub", "m.", "true", "function"], r.Select(x => x.ToString()));
        Assert.True(lua.DoString("return m.sub.x == 1 and m.sub.get() == 1 and x == nil and package.loaded['m.sub'] == m.sub")[0].IsTruthy);
        Assert.Equal("name conflict for module 'bad.x'", lua.DoString("bad = 1 return (select(2, pcall(module, 'bad.x')):gsub('^[^:]*:%d+: ', ''))")[0].ToString());
    }

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51)]
    [InlineData(LuaLanguageVersion.Lua52)]
    public void RequireGivesOneValueAndSearchesTheVersionsLoaders(LuaLanguageVersion v)
    {
        using var lua = State(v);
        var r = lua.DoString("package.preload.pm = function(name) return {name = name} end return require('pm')");
        Assert.Single(r);
        Assert.Equal(v == LuaLanguageVersion.Lua51, lua.DoString("return package.path:sub(1, 7) == './?.lua'")[0].IsTruthy);
        Assert.Contains(v == LuaLanguageVersion.Lua51 ? "/5.1/" : "/5.2/", lua.DoString("return package.path")[0].ToString());
    }

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51)]
    [InlineData(LuaLanguageVersion.Lua52)]
    public void SandboxKeepsItsLoadAndGetsTheVersionsFunctions(LuaLanguageVersion v)
    {
        using var lua = new LuaState(new LuaStateOptions { LanguageVersion = v, Sandboxed = true });
        Assert.True(lua.DoString("return unpack ~= nil and loadstring == nil and module == nil and string.pack == nil")[0].IsTruthy);
        Assert.True(lua.DoString("return string.len('ab')")[0].IsFloat);
    }
}
