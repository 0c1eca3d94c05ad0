using Xunit;

namespace Tycho.Tests.Versions;

/// <summary>
/// What Lua 5.1 and 5.2 programs compute where the language core differs from 5.4: floats only (every numeral,
/// <c>%.14g</c> text without <c>.0</c>, string coercion, 5.1's modulo), escapes and numerals, <c>goto</c> as a
/// name in 5.1, 5.1's vararg <c>arg</c>, and the metamethod rules (<c>__len</c>, <c>__eq</c>, <c>__le</c> by
/// <c>__lt</c>). Each expected string is what Debian's lua5.1 / lua5.2 returned for the same chunk (run as a
/// function body, chunk name "stdin").
/// </summary>
public sealed class Lua51ValueTests
{
    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "return \"\\x41\\z   b\\q\"", "x41z   bq")]
    [InlineData(LuaLanguageVersion.Lua52, "return \"\\x41\\z   b\"", "Ab")]
    [InlineData(LuaLanguageVersion.Lua51, "local goto = 3 return tostring(goto + 1)", "4")]
    [InlineData(LuaLanguageVersion.Lua52, "local s = \"\" for i = 1, 3 do if i == 2 then goto continue end s = s .. i ::continue:: end return s", "13")]
    [InlineData(LuaLanguageVersion.Lua51, "return table.concat({tostring(1), tostring(2^53), tostring(-0), tostring(0/0 ~= 0/0), tostring(1/0), tostring(-1/0), tostring(1e15), tostring(123456789012345), tostring(10/2), tostring(3.0)}, \" \")", "1 9.007199254741e+15 -0 true -inf inf 1e+15 1.2345678901234e+14 5 3")]
    [InlineData(LuaLanguageVersion.Lua52, "return table.concat({tostring(1), tostring(2^53), tostring(-0), tostring(0/0 ~= 0/0), tostring(1/0), tostring(-1/0), tostring(1e15), tostring(123456789012345), tostring(10/2), tostring(3.0)}, \" \")", "1 9.007199254741e+15 -0 true inf -inf 1e+15 1.2345678901234e+14 5 3")]
    [InlineData(LuaLanguageVersion.Lua51, "return 1 .. \"|\" .. 2.5 .. \"|\" .. 10/2 .. \"|\" .. #\"abc\" .. \"|\" .. 2^63", "1|2.5|5|3|9.2233720368548e+18")]
    [InlineData(LuaLanguageVersion.Lua52, "return 1 .. \"|\" .. 2.5 .. \"|\" .. 10/2 .. \"|\" .. #\"abc\" .. \"|\" .. 2^63", "1|2.5|5|3|9.2233720368548e+18")]
    [InlineData(LuaLanguageVersion.Lua51, "return tostring(0xffffffffffffffff) .. \" \" .. tostring(0x10) .. \" \" .. tostring(0x1p4)", "1.844674407371e+19 16 16")]
    [InlineData(LuaLanguageVersion.Lua52, "return tostring(0xffffffffffffffff) .. \" \" .. tostring(0x10) .. \" \" .. tostring(0x1p4)", "1.844674407371e+19 16 16")]
    [InlineData(LuaLanguageVersion.Lua52, "return tostring(0xA.8p1)", "21")]
    [InlineData(LuaLanguageVersion.Lua51, "return tostring(\"10\" + 5) .. \" \" .. tostring(\"0x10\" * 1) .. \" \" .. tostring(\" 3 \" ^ 2) .. \" \" .. tostring(-\"2\")", "15 16 9 -2")]
    [InlineData(LuaLanguageVersion.Lua52, "return tostring(\"10\" + 5) .. \" \" .. tostring(\"0x10\" * 1) .. \" \" .. tostring(\" 3 \" ^ 2) .. \" \" .. tostring(-\"2\")", "15 16 9 -2")]
    [InlineData(LuaLanguageVersion.Lua51, "return tostring(5.5 % -2) .. \" \" .. tostring(3 % 0) .. \" \" .. tostring(#\"abc\" % 0) .. \" \" .. tostring(5 % math.huge)", "-0.5 -nan -nan -nan")]
    [InlineData(LuaLanguageVersion.Lua52, "return tostring(5.5 % -2) .. \" \" .. tostring(3 % 0) .. \" \" .. tostring(#\"abc\" % 0) .. \" \" .. tostring(5 % math.huge)", "-0.5 -nan -nan -nan")]
    [InlineData(LuaLanguageVersion.Lua51, "local s = \"\" for i = 1, 3 do s = s .. i .. \",\" end for i = 3, 1, -1 do s = s .. i end for i = 1, 2, 0.5 do s = s .. \" \" .. i end return s", "1,2,3,321 1 1.5 2")]
    [InlineData(LuaLanguageVersion.Lua52, "local s = \"\" for i = 1, 3 do s = s .. i .. \",\" end for i = 3, 1, -1 do s = s .. i end for i = 1, 2, 0.5 do s = s .. \" \" .. i end return s", "1,2,3,321 1 1.5 2")]
    [InlineData(LuaLanguageVersion.Lua51, "return tostring(0) .. \" \" .. tostring(-0)", "0 0")]
    [InlineData(LuaLanguageVersion.Lua52, "return tostring(0) .. \" \" .. tostring(-0)", "0 -0")]
    [InlineData(LuaLanguageVersion.Lua51, "local function f(...) return arg.n .. \" \" .. tostring(arg[1]) .. \" \" .. tostring(arg[2]) end local function g(...) local a = ... return tostring(arg) end return f(1, nil, 3) .. \" \" .. g(1)", "3 1 nil nil")]
    [InlineData(LuaLanguageVersion.Lua51, "_ENV = 5 return tostring(_ENV)", "5")]
    [InlineData(LuaLanguageVersion.Lua51, "local t = setmetatable({1, 2}, {__len = function() return 99 end}) return tostring(#t)", "2")]
    [InlineData(LuaLanguageVersion.Lua52, "local t = setmetatable({1, 2}, {__len = function() return 99 end}) return tostring(#t)", "99")]
    [InlineData(LuaLanguageVersion.Lua51, "local e1 = setmetatable({}, {__eq = function() return true end}) local e2 = setmetatable({}, {__eq = function() return true end}) local m = {__eq = function() return true end} return tostring(e1 == e2) .. \" \" .. tostring(setmetatable({}, m) == setmetatable({}, m))", "false true")]
    [InlineData(LuaLanguageVersion.Lua52, "local e1 = setmetatable({}, {__eq = function() return true end}) local e2 = setmetatable({}, {__eq = function() return true end}) local m = {__eq = function() return true end} return tostring(e1 == e2) .. \" \" .. tostring(setmetatable({}, m) == setmetatable({}, m))", "false true")]
    [InlineData(LuaLanguageVersion.Lua51, "local m = {__lt = function(a, b) return a.v < b.v end} local a, b = setmetatable({v = 1}, m), setmetatable({v = 2}, m) return tostring(a <= b) .. \" \" .. tostring(b <= a)", "true false")]
    [InlineData(LuaLanguageVersion.Lua52, "local m = {__lt = function(a, b) return a.v < b.v end} local a, b = setmetatable({v = 1}, m), setmetatable({v = 2}, m) return tostring(a <= b) .. \" \" .. tostring(b <= a)", "true false")]
    [InlineData(LuaLanguageVersion.Lua51, "local a = setmetatable({}, {__lt = function() return true end}) local b = setmetatable({}, {__lt = function() return true end}) return select(2, pcall(function() return a < b end))", "stdin:1: attempt to compare two table values")]
    [InlineData(LuaLanguageVersion.Lua52, "local a = setmetatable({}, {__lt = function() return true end}) local b = setmetatable({}, {__lt = function() return true end}) return select(2, pcall(function() return a < b end))", "true")]
    [InlineData(LuaLanguageVersion.Lua51, "local a = setmetatable({}, {__lt = function() return true end}) return select(2, pcall(function() return a < 1 end))", "stdin:1: attempt to compare table with number")]
    [InlineData(LuaLanguageVersion.Lua52, "local a = setmetatable({}, {__lt = function() return true end}) return select(2, pcall(function() return a < 1 end))", "true")]
    [InlineData(LuaLanguageVersion.Lua51, "local n = 0 for i = 1, 2, 0 do n = n + 1 if n == 3 then break end end return tostring(n)", "0")]
    [InlineData(LuaLanguageVersion.Lua52, "local n = 0 for i = 1, 2, 0 do n = n + 1 if n == 3 then break end end return tostring(n)", "0")]
    public void ChunkReturnsTheVersionsValue(LuaLanguageVersion version, string chunk, string expected)
    {
        using var lua = new LuaState(new LuaStateOptions { LanguageVersion = version });
        Assert.Equal(expected, lua.DoString(chunk, "=stdin")[0].ToString());
    }

    [Fact]
    public void Lua54KeepsItsNumberText()
    {
        using var lua = new LuaState();
        Assert.Equal("1 5.0 3.0 0x10", lua.DoString("return 1 .. \" \" .. 10/2 .. \" \" .. tostring(3.0) .. \" 0x\" .. string.format(\"%x\", 16)")[0].ToString());
    }
}
