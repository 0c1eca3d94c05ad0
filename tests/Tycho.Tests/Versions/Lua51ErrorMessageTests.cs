using Xunit;

namespace Tycho.Tests.Versions;

/// <summary>
/// Runtime error messages of Lua 5.1 and 5.2, which name the variable before the type
/// (<c>attempt to index local 't' (a nil value)</c>), have their own for-loop and <c>__index</c> loop texts, and
/// differ from each other in places (5.2 names called constants). Expected texts are what Debian's lua5.1 / lua5.2
/// printed for <c>pcall</c> of the same chunk loaded as "=src".
/// </summary>
public sealed class Lua51ErrorMessageTests
{
    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "return x + 1", "src:1: attempt to perform arithmetic on global 'x' (a nil value)")]
    [InlineData(LuaLanguageVersion.Lua52, "return x + 1", "src:1: attempt to perform arithmetic on global 'x' (a nil value)")]
    [InlineData(LuaLanguageVersion.Lua51, "local t = nil; return t.x", "src:1: attempt to index local 't' (a nil value)")]
    [InlineData(LuaLanguageVersion.Lua52, "local t = nil; return t.x", "src:1: attempt to index local 't' (a nil value)")]
    [InlineData(LuaLanguageVersion.Lua51, "local t = {}; return t.a.b", "src:1: attempt to index field 'a' (a nil value)")]
    [InlineData(LuaLanguageVersion.Lua52, "local t = {}; return t.a.b", "src:1: attempt to index field 'a' (a nil value)")]
    [InlineData(LuaLanguageVersion.Lua51, "t = {}; return t.f()", "src:1: attempt to call field 'f' (a nil value)")]
    [InlineData(LuaLanguageVersion.Lua52, "t = {}; return t.f()", "src:1: attempt to call field 'f' (a nil value)")]
    [InlineData(LuaLanguageVersion.Lua51, "local t = {}; return t:m()", "src:1: attempt to call method 'm' (a nil value)")]
    [InlineData(LuaLanguageVersion.Lua52, "local t = {}; return t:m()", "src:1: attempt to call method 'm' (a nil value)")]
    [InlineData(LuaLanguageVersion.Lua51, "local s = \"abc\"; return s + 1", "src:1: attempt to perform arithmetic on local 's' (a string value)")]
    [InlineData(LuaLanguageVersion.Lua52, "local s = \"abc\"; return s + 1", "src:1: attempt to perform arithmetic on local 's' (a string value)")]
    [InlineData(LuaLanguageVersion.Lua51, "local a = {}; return a .. \"x\"", "src:1: attempt to concatenate local 'a' (a table value)")]
    [InlineData(LuaLanguageVersion.Lua52, "local a = {}; return a .. \"x\"", "src:1: attempt to concatenate local 'a' (a table value)")]
    [InlineData(LuaLanguageVersion.Lua51, "return {} < {}", "src:1: attempt to compare two table values")]
    [InlineData(LuaLanguageVersion.Lua52, "return {} < {}", "src:1: attempt to compare two table values")]
    [InlineData(LuaLanguageVersion.Lua51, "return 1 < \"2\"", "src:1: attempt to compare number with string")]
    [InlineData(LuaLanguageVersion.Lua52, "return 1 < \"2\"", "src:1: attempt to compare number with string")]
    [InlineData(LuaLanguageVersion.Lua51, "local u; local function f() return u.x end return f()", "src:1: attempt to index upvalue 'u' (a nil value)")]
    [InlineData(LuaLanguageVersion.Lua52, "local u; local function f() return u.x end return f()", "src:1: attempt to index upvalue 'u' (a nil value)")]
    [InlineData(LuaLanguageVersion.Lua51, "return (\"x\")()", "src:1: attempt to call a string value")]
    [InlineData(LuaLanguageVersion.Lua52, "return (\"x\")()", "src:1: attempt to call constant 'x' (a string value)")]
    [InlineData(LuaLanguageVersion.Lua51, "return #nil", "src:1: attempt to get length of a nil value")]
    [InlineData(LuaLanguageVersion.Lua52, "return #nil", "src:1: attempt to get length of a nil value")]
    [InlineData(LuaLanguageVersion.Lua51, "local n; return -n", "src:1: attempt to perform arithmetic on local 'n' (a nil value)")]
    [InlineData(LuaLanguageVersion.Lua52, "local n; return -n", "src:1: attempt to perform arithmetic on local 'n' (a nil value)")]
    [InlineData(LuaLanguageVersion.Lua51, "for i = \"a\", 2 do end", "src:1: 'for' initial value must be a number")]
    [InlineData(LuaLanguageVersion.Lua52, "for i = \"a\", 2 do end", "src:1: 'for' initial value must be a number")]
    [InlineData(LuaLanguageVersion.Lua51, "for i = 1, {} do end", "src:1: 'for' limit must be a number")]
    [InlineData(LuaLanguageVersion.Lua52, "for i = 1, {} do end", "src:1: 'for' limit must be a number")]
    [InlineData(LuaLanguageVersion.Lua51, "for i = 1, 2, nil do end", "src:1: 'for' step must be a number")]
    [InlineData(LuaLanguageVersion.Lua52, "for i = 1, 2, nil do end", "src:1: 'for' step must be a number")]
    [InlineData(LuaLanguageVersion.Lua51, "x = nil; x.y = 1", "src:1: attempt to index global 'x' (a nil value)")]
    [InlineData(LuaLanguageVersion.Lua52, "x = nil; x.y = 1", "src:1: attempt to index global 'x' (a nil value)")]
    [InlineData(LuaLanguageVersion.Lua51, "local t = {} return t[1].x", "src:1: attempt to index field '?' (a nil value)")]
    [InlineData(LuaLanguageVersion.Lua52, "local t = {} return t[1].x", "src:1: attempt to index field '?' (a nil value)")]
    [InlineData(LuaLanguageVersion.Lua51, "return 2 ^ \"x\"", "src:1: attempt to perform arithmetic on a string value")]
    [InlineData(LuaLanguageVersion.Lua52, "return 2 ^ \"x\"", "src:1: attempt to perform arithmetic on a string value")]
    [InlineData(LuaLanguageVersion.Lua51, "for k in nil do end", "src:1: attempt to call a nil value")]
    [InlineData(LuaLanguageVersion.Lua52, "for k in nil do end", "src:1: attempt to call a nil value")]
    [InlineData(LuaLanguageVersion.Lua51, "local t = setmetatable({}, {}) getmetatable(t).__index = t return t.x", "src:1: loop in gettable")]
    [InlineData(LuaLanguageVersion.Lua52, "local t = setmetatable({}, {}) getmetatable(t).__index = t return t.x", "src:1: loop in gettable")]
    public void RuntimeErrorIsTheVersions(LuaLanguageVersion version, string chunk, string message)
    {
        using var lua = new LuaState(new LuaStateOptions { LanguageVersion = version });
        lua.Globals["f"] = lua.Load(chunk, "=src");
        Assert.Equal(message, lua.DoString("return select(2, pcall(f))")[0].ToString());
    }

    [Fact]
    public void Lua54KeepsItsMessages()
    {
        using var lua = new LuaState();
        lua.Globals["f"] = lua.Load("local t = nil; return t.x", "=src");
        Assert.Equal("src:1: attempt to index a nil value (local 't')", lua.DoString("return select(2, pcall(f))")[0].ToString());
    }
}
