using System.Globalization;
using Tycho.Syntax;
using Xunit;

namespace Tycho.Tests.Syntax;

/// <summary>Literal forms (§3.1); expected values were printed by lua5.4 for <c>return &lt;literal&gt;</c>.</summary>
public class LexerTests
{
    private static Expr ReturnedExpr(string literal)
    {
        var chunk = Parser.Parse(ParserErrorTests.Bytes("return " + literal), "=input");
        var ret = Assert.IsType<ReturnStat>(Assert.Single(chunk.Main.Body.Stats));
        return Assert.Single(ret.Values);
    }

    [Theory]
        [InlineData("0xff", "integer", "255")]
        [InlineData("0x7fffffffffffffff", "integer", "9223372036854775807")]
        [InlineData("0xffffffffffffffff", "integer", "-1")]
        [InlineData("0x10000000000000000", "integer", "0")]
        [InlineData("9223372036854775807", "integer", "9223372036854775807")]
        [InlineData("9223372036854775808", "float", "9.2233720368547758e+18")]
        [InlineData("1e2", "float", "100")]
        [InlineData(".5", "float", "0.5")]
        [InlineData("3.", "float", "3")]
        [InlineData("0x1p4", "float", "16")]
        [InlineData("0x.8", "float", "0.5")]
        [InlineData("0xA.8p1", "float", "21")]
        [InlineData("1E-2", "float", "0.01")]
        [InlineData("0x1P-2", "float", "0.25")]
        [InlineData("00012", "integer", "12")]
        [InlineData("1e400", "float", "inf")]
        [InlineData("0xep1", "float", "28")]
        [InlineData("18446744073709551616", "float", "1.8446744073709552e+19")]
        [InlineData("3e-400", "float", "0")]
    public void Numerals(string literal, string type, string value)
    {
        var e = ReturnedExpr(literal);
        if (type == "integer")
            Assert.Equal(long.Parse(value, CultureInfo.InvariantCulture), Assert.IsType<IntegerExpr>(e).Value);
        else
        {
            double expected = value == "inf" ? double.PositiveInfinity : double.Parse(value, CultureInfo.InvariantCulture);
            Assert.Equal(expected, Assert.IsType<FloatExpr>(e).Value);
        }
    }

    [Theory]
        [InlineData("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\'\"", new byte[] { 7, 8, 12, 10, 13, 9, 11, 92, 34, 39 })]
        [InlineData("\"\\x41\\xff\\xFf\"", new byte[] { 65, 255, 255 })]
        [InlineData("\"a\\0b\"", new byte[] { 97, 0, 98 })]
        [InlineData("\"\\65\\066\\0677\"", new byte[] { 65, 66, 67, 55 })]
        [InlineData("\"\\u{48}\\u{7FF}\\u{800}\\u{10FFFF}\\u{7FFFFFFF}\\u{0}\"", new byte[] { 72, 223, 191, 224, 160, 128, 244, 143, 191, 191, 253, 191, 191, 191, 191, 191, 0 })]
        [InlineData("'a\\z   \u000A  b'", new byte[] { 97, 98 })]
        [InlineData("'a\\\u000Ab'", new byte[] { 97, 10, 98 })]
        [InlineData("'a\\\u000D\u000Ab'", new byte[] { 97, 10, 98 })]
        [InlineData("'a\\\u000A\u000Db'", new byte[] { 97, 10, 98 })]
        [InlineData("[[\u000Aabc]]", new byte[] { 97, 98, 99 })]
        [InlineData("[==[a]]b]=]c]==]", new byte[] { 97, 93, 93, 98, 93, 61, 93, 99 })]
        [InlineData("[[a\u000D\u000Ab]]", new byte[] { 97, 10, 98 })]
        [InlineData("[[\u000D\u000Ax]]", new byte[] { 120 })]
        [InlineData("[[\u000A\u000Dx\u000D\u000Dy]]", new byte[] { 120, 10, 10, 121 })]
        [InlineData("[=[\u000A\u000A]=]", new byte[] { 10 })]
        [InlineData("''", new byte[] {  })]
        [InlineData("[[]]", new byte[] {  })]
        [InlineData("'\\z'", new byte[] {  })]
        [InlineData("'\\u{7F}\\u{80}'", new byte[] { 127, 194, 128 })]
    public void Strings(string literal, byte[] expected)
    {
        var e = Assert.IsType<StringExpr>(ReturnedExpr(literal));
        Assert.Equal(expected, e.Value.Span.ToArray());
    }

    [Fact]
    public void TokensOfOperatorsAndNames()
    {
        var lx = new Lexer(ParserErrorTests.Bytes("a // b .. ... == >= <= ~= << >> :: ~ : . = < > / -- comment\n --[==[ long\n comment ]==] and _x9 goto"), "input");
        var kinds = new List<int>();
        var names = new List<string>();
        for (lx.Next(); lx.Current.Kind != Tk.Eos; lx.Next())
        {
            kinds.Add(lx.Current.Kind);
            if (lx.Current.Kind == Tk.Name) names.Add(lx.Current.Name!);
        }
        Assert.Equal(new[] { Tk.Name, Tk.IDiv, Tk.Name, Tk.Concat, Tk.Dots, Tk.Eq, Tk.Ge, Tk.Le, Tk.Ne, Tk.Shl, Tk.Shr, Tk.DbColon,
            '~', ':', '.', '=', '<', '>', '/', Tk.And, Tk.Name, Tk.Goto }, kinds);
        Assert.Equal(new[] { "a", "b", "_x9" }, names);
        Assert.Equal(3, lx.Line);
    }

    [Fact]
    public void RepeatedNamesShareOneString()
    {
        var chunk = Parser.Parse(ParserErrorTests.Bytes("foo = foo + foo"), "=input");
        var a = Assert.IsType<AssignStat>(chunk.Main.Body.Stats[0]);
        var b = Assert.IsType<BinaryExpr>(a.Values[0]);
        Assert.Same(((NameExpr)a.Targets[0]).Name, ((NameExpr)b.Left).Name);
        Assert.Same(((NameExpr)b.Left).Name, ((NameExpr)b.Right).Name);
    }

    [Theory]
    [InlineData("x = 1\ny = 2", 2)]
    [InlineData("x = 1\r\ny = 2", 2)]
    [InlineData("x = 1\n\ry = 2", 2)]
    [InlineData("x = 1\r\ry = 2", 3)]
    [InlineData("x = 1\n\ny = 2", 3)]
    [InlineData("x = [[\na\r\nb\n\rc]] y = 2", 4)]
    [InlineData("x = 'a\\z\r\n\r\n b' y = 2", 3)]
    [InlineData("--[[\n\n]] y = 2", 3)]
    public void LineCounting(string source, int line)
    {
        var chunk = Parser.Parse(ParserErrorTests.Bytes(source), "=input");
        Assert.Equal(line, chunk.Main.Body.Stats[^1].Line);
    }

    [Fact]
    public void HashLineIsNotSkipped()
    {
        var ex = Assert.Throws<LuaSyntaxException>(() => Parser.Parse(ParserErrorTests.Bytes("#!/usr/bin/lua\nprint(1)"), "=input"));
        Assert.Equal("input:1: unexpected symbol near '#'", ex.Message);
    }
}
