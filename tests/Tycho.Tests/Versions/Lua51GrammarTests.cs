using Xunit;

namespace Tycho.Tests.Versions;

/// <summary>
/// The grammar of Lua 5.1 and 5.2 and their syntax error messages: no goto or labels in 5.1, no integer division,
/// bitwise operators or local attributes before 5.3/5.4, each version's escapes and numerals, 5.1's quoted token
/// classes (<c>'&lt;eof&gt;'</c>) and statement rules. Expected texts were printed by Debian's lua5.1 / lua5.2
/// (loadstring/load with the chunk name "=src").
/// </summary>
public sealed class Lua51GrammarTests
{
    [Theory]
    [InlineData(LuaLanguageVersion.Lua51, "x = ", "src:1: unexpected symbol near '<eof>'")]
    [InlineData(LuaLanguageVersion.Lua52, "x = ", "src:1: unexpected symbol near <eof>")]
    [InlineData(LuaLanguageVersion.Lua51, "local function end", "src:1: '<name>' expected near 'end'")]
    [InlineData(LuaLanguageVersion.Lua52, "local function end", "src:1: <name> expected near 'end'")]
    [InlineData(LuaLanguageVersion.Lua51, "if x then", "src:1: 'end' expected near '<eof>'")]
    [InlineData(LuaLanguageVersion.Lua52, "if x then", "src:1: 'end' expected near <eof>")]
    [InlineData(LuaLanguageVersion.Lua51, "x = 3 // 2", "src:1: unexpected symbol near '/'")]
    [InlineData(LuaLanguageVersion.Lua52, "x = 3 // 2", "src:1: unexpected symbol near '/'")]
    [InlineData(LuaLanguageVersion.Lua51, "x = 3 & 2", "src:1: unexpected symbol near '&'")]
    [InlineData(LuaLanguageVersion.Lua52, "x = 3 & 2", "src:1: unexpected symbol near '&'")]
    [InlineData(LuaLanguageVersion.Lua51, "x = ~3", "src:1: unexpected symbol near '~'")]
    [InlineData(LuaLanguageVersion.Lua52, "x = ~3", "src:1: unexpected symbol near '~'")]
    [InlineData(LuaLanguageVersion.Lua51, "x = 1 << 2", "src:1: unexpected symbol near '<'")]
    [InlineData(LuaLanguageVersion.Lua52, "x = 1 << 2", "src:1: unexpected symbol near '<'")]
    [InlineData(LuaLanguageVersion.Lua51, "goto l", "src:1: '=' expected near 'l'")]
    [InlineData(LuaLanguageVersion.Lua52, "goto l", "src:1: no visible label 'l' for <goto> at line 1")]
    [InlineData(LuaLanguageVersion.Lua51, "::l::", "src:1: unexpected symbol near ':'")]
    [InlineData(LuaLanguageVersion.Lua51, "local x <const> = 1", "src:1: unexpected symbol near '<'")]
    [InlineData(LuaLanguageVersion.Lua52, "local x <const> = 1", "src:1: unexpected symbol near '<'")]
    [InlineData(LuaLanguageVersion.Lua51, "x = [==[ abc", "src:1: unfinished long string near '<eof>'")]
    [InlineData(LuaLanguageVersion.Lua52, "x = [==[ abc", "src:1: unfinished long string near <eof>")]
    [InlineData(LuaLanguageVersion.Lua52, "x = \"a\\qb\"", "src:1: invalid escape sequence near '\\q'")]
    [InlineData(LuaLanguageVersion.Lua52, "x = \"\\u{41}\"", "src:1: invalid escape sequence near '\\u'")]
    [InlineData(LuaLanguageVersion.Lua51, "x = \"ab\\300\"", "src:1: escape sequence too large near '\"ab'")]
    [InlineData(LuaLanguageVersion.Lua52, "x = \"ab\\300\"", "src:1: decimal escape too large near '\\300'")]
    [InlineData(LuaLanguageVersion.Lua52, "x = \"ab\\x4g\"", "src:1: hexadecimal digit expected near '\\x4g'")]
    [InlineData(LuaLanguageVersion.Lua51, "break", "src:1: no loop to break near '<eof>'")]
    [InlineData(LuaLanguageVersion.Lua52, "break", "src:1: <break> at line 1 not inside a loop")]
    [InlineData(LuaLanguageVersion.Lua51, "while true do break; x=1 end", "src:1: 'end' expected near 'x'")]
    [InlineData(LuaLanguageVersion.Lua51, ";;", "src:1: unexpected symbol near ';'")]
    [InlineData(LuaLanguageVersion.Lua51, "x = [[ [[ ]]", "src:1: nesting of [[...]] is deprecated near '['")]
    [InlineData(LuaLanguageVersion.Lua51, "x = 0x.8", "src:1: malformed number near '0x'")]
    [InlineData(LuaLanguageVersion.Lua51, "x = 3x", "src:1: malformed number near '3x'")]
    [InlineData(LuaLanguageVersion.Lua51, "local f = print f", "src:1: '=' expected near '<eof>'")]
    [InlineData(LuaLanguageVersion.Lua51, "return 1;;", "src:1: '<eof>' expected near ';'")]
    [InlineData(LuaLanguageVersion.Lua51, "f\n(g)", "src:2: ambiguous syntax (function call x new statement) near '('")]
    [InlineData(LuaLanguageVersion.Lua52, "do goto l; local x; ::l:: print(x) end", "src:1: <goto l> at line 1 jumps into the scope of local 'x'")]
    [InlineData(LuaLanguageVersion.Lua52, "::l:: ::l::", "src:1: label 'l' already defined on line 1")]
    [InlineData(LuaLanguageVersion.Lua51, "local 1 = 2", "src:1: '<name>' expected near '1'")]
    [InlineData(LuaLanguageVersion.Lua52, "local 1 = 2", "src:1: <name> expected near '1'")]
    public void SyntaxErrorIsTheVersions(LuaLanguageVersion version, string source, string message)
    {
        using var lua = new LuaState(new LuaStateOptions { LanguageVersion = version });
        var e = Assert.Throws<LuaSyntaxException>(() => lua.Load(source, "=src"));
        Assert.Equal(message, e.Message);
    }

    [Theory]
    [InlineData("goto l ::l::")]
    [InlineData("local a = 7 // 2 | 1")]
    [InlineData("local a <const> = 1")]
    public void Lua54StillSpeaksItsOwnGrammar(string source)
    {
        using var lua54 = new LuaState();
        lua54.Load(source, "=src");
        using var lua51 = new LuaState(new LuaStateOptions { LanguageVersion = LuaLanguageVersion.Lua51 });
        Assert.Throws<LuaSyntaxException>(() => lua51.Load(source, "=src"));
    }
}
