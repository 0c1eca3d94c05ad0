using System.Text;
using Tycho.Syntax;
using Xunit;

namespace Tycho.Tests.Syntax;

/// <summary>Tree shapes (precedence and associativity as lparser.c's priority table), statements, node lines,
/// and nesting limits.</summary>
public class ParserTests
{
    private static Chunk Parse(string source) => Parser.Parse(ParserErrorTests.Bytes(source), "=input");

    private static string Expr(string source)
    {
        var ret = Assert.IsType<ReturnStat>(Assert.Single(Parse("return " + source).Main.Body.Stats));
        return AstPrinter.Print(Assert.Single(ret.Values));
    }

    private static string Block(string source) => AstPrinter.Print(Parse(source).Main.Body);

    [Theory]
    [InlineData("1 + 2 * 3", "(+ 1 (* 2 3))")]
    [InlineData("1 - 2 - 3", "(- (- 1 2) 3)")]
    [InlineData("2 ^ 3 ^ 2", "(^ 2 (^ 3 2))")]
    [InlineData("-2 ^ 2", "(neg (^ 2 2))")]
    [InlineData("2 ^ -3", "(^ 2 (neg 3))")]
    [InlineData("-x ^ -y ^ z", "(neg (^ x (neg (^ y z))))")]
    [InlineData("a .. b .. c", "(.. a (.. b c))")]
    [InlineData("1 + 2 .. 3", "(.. (+ 1 2) 3)")]
    [InlineData("a or b and c", "(or a (and b c))")]
    [InlineData("a and b or c and d", "(or (and a b) (and c d))")]
    [InlineData("a < b == c", "(== (< a b) c)")]
    [InlineData("1 | 2 ~ 3 & 4 << 5", "(| 1 (~ 2 (& 3 (<< 4 5))))")]
    [InlineData("1 << 2 & 3 ~ 4 | 5", "(| (~ (& (<< 1 2) 3) 4) 5)")]
    [InlineData("a .. b << c", "(<< (.. a b) c)")]
    [InlineData("x < y .. z", "(< x (.. y z))")]
    [InlineData("not a == b", "(== (not a) b)")]
    [InlineData("#t + 1", "(+ (# t) 1)")]
    [InlineData("a // b % c * d / e", "(/ (* (% (// a b) c) d) e)")]
    [InlineData("~a ~ b", "(~ (bnot a) b)")]
    [InlineData("a ~= b >= c <= d > e", "(> (<= (>= (~= a b) c) d) e)")]
    [InlineData("1 + - - 2", "(+ 1 (neg (neg 2)))")]
    [InlineData("a >> 1 - 2", "(>> a (- 1 2))")]
    [InlineData("(a + b) * c", "(* (paren (+ a b)) c)")]
    public void Precedence(string source, string expected) => Assert.Equal(expected, Expr(source));

    [Theory]
    [InlineData("a.b.c", "(index (index a \"b\") \"c\")")]
    [InlineData("a[1][x]", "(index (index a 1) x)")]
    [InlineData("f(1, 2)(3)", "(call (call f 1 2) 3)")]
    [InlineData("f'str'", "(call f \"str\")")]
    [InlineData("f{1}", "(call f (table 1))")]
    [InlineData("f[[long]]", "(call f \"long\")")]
    [InlineData("a.b:c(1):d'x'", "(method (method (index a \"b\") c 1) d \"x\")")]
    [InlineData("obj:m{}", "(method obj m (table))")]
    [InlineData("{1, x = 2, [3] = 4; 5,}", "(table 1 (\"x\" = 2) ([3] = 4) 5)")]
    [InlineData("{x}", "(table x)")]
    [InlineData("{f()}", "(table (call f))")]
    [InlineData("function(a, b, ...) return ... end", "(function (a b ...) {return ...})")]
    [InlineData("function(...) end", "(function (...) {})")]
    [InlineData("nil == false ~= true", "(~= (== nil false) true)")]
    [InlineData("(f())", "(paren (call f))")]
    [InlineData("...", "...")]
    public void Expressions(string source, string expected) => Assert.Equal(expected, Expr(source));

    [Theory]
    [InlineData("local a <const>, b <close>, c = 1, 2", "{local a<const> b<close> c = 1 2}")]
    [InlineData("local a", "{local a}")]
    [InlineData("a, b.c, d[1] = 1, 2", "{set a (index b \"c\") (index d 1) = 1 2}")]
    [InlineData("f() g:h()", "{(call f); (method g h)}")]
    [InlineData("do local x end", "{do {local x}}")]
    [InlineData("while x do break end", "{while x {break}}")]
    [InlineData("repeat local y until y", "{repeat {local y} until y}")]
    [InlineData("if a then x() elseif b then y() else z() end", "{if a {(call x)} b {(call y)} else {(call z)}}")]
    [InlineData("if a then break; x = 1 end", "{if a {break; set x = 1}}")]
    [InlineData("for i = 1, 10 do end", "{for i = 1, 10 {}}")]
    [InlineData("for i = 10, 1, -1 do end", "{for i = 10, 1, (neg 1) {}}")]
    [InlineData("for k, v in pairs(t) do end", "{for k,v in (call pairs t) {}}")]
    [InlineData("function a.b.c:m(x) return self end", "{function (index (index (index a \"b\") \"c\") \"m\") (function (self:x) {return self})}")]
    [InlineData("function f(...) end", "{function f (function (...) {})}")]
    [InlineData("local function f() return f end", "{local function f (function () {return f})}")]
    [InlineData("goto done ::done::", "{goto done; ::done::}")]
    [InlineData("::a:: ;; ::b:: x = 1", "{::a::; ::b::; set x = 1}")]
    [InlineData(";;; return;", "{return}")]
    [InlineData("return 1, 2;", "{return 1 2}")]
    [InlineData("f\n(g)", "{(call f g)}")]
    [InlineData("local goto_ = 1", "{local goto_ = 1}")]
    public void Statements(string source, string expected) => Assert.Equal(expected, Block(source));

    [Fact]
    public void MainIsVarargAndChunkNameKept()
    {
        var chunk = Parser.Parse("return ..."u8, "@x.lua");
        Assert.True(chunk.Main.IsVararg);
        Assert.Empty(chunk.Main.Params);
        Assert.Equal(0, chunk.Main.Line);
        Assert.Equal("@x.lua", chunk.ChunkName);
    }

    [Theory]
    [InlineData("x = = 1", "@foo.lua", "foo.lua:1: unexpected symbol near '='")]
    [InlineData("x = = 1", "x = = 1", "[string \"x = = 1\"]:1: unexpected symbol near '='")]
    [InlineData("x = 1\n y = = 2", "x = 1\n y = = 2", "[string \"x = 1...\"]:2: unexpected symbol near '='")]
    public void ChunkIdInMessages(string source, string chunkName, string expected)
    {
        var ex = Assert.Throws<LuaSyntaxException>(() => Parser.Parse(ParserErrorTests.Bytes(source), chunkName));
        Assert.Equal(expected, ex.Message);
    }

    // ---------------------------------------------------------------- lines

    [Fact]
    public void NodeLines()
    {
        var chunk = Parse("local t = {}\nt.x\n.y\n(\n1\n)\nz\n=\n1 +\n2\nfunction t.f(a)\nreturn a\nend\nlocal g = function\n(b) end\n");
        var stats = chunk.Main.Body.Stats;
        var call = Assert.IsType<CallExpr>(Assert.IsType<CallStat>(stats[1]).Call);
        Assert.Equal(4, call.Line); // the '(' (5.4.8's funcargs; earlier 5.4 releases used the prefix's line)
        var idx = Assert.IsType<IndexExpr>(call.Function);
        Assert.Equal(3, idx.Line); // the '.'
        var assign = Assert.IsType<AssignStat>(stats[2]);
        Assert.Equal(8, assign.Line); // the '='
        var bin = Assert.IsType<BinaryExpr>(assign.Values[0]);
        Assert.Equal(9, bin.Line); // the operator
        var fs = Assert.IsType<FunctionStat>(stats[3]);
        Assert.Equal(11, fs.Line);
        Assert.Equal(11, fs.Function.Line);
        Assert.Equal(13, fs.Function.EndLine);
        Assert.Equal(13, fs.Function.Body.EndLine);
        var g = Assert.IsType<FunctionExpr>(Assert.IsType<LocalStat>(stats[4]).Values[0]);
        Assert.Equal(14, g.Line);
        Assert.Equal(15, g.Body.Line); // lparser's linedefined: the line after 'function'
        Assert.Equal(16, chunk.Main.Body.EndLine); // <eof>
    }

    [Fact]
    public void BlockEndLines()
    {
        var chunk = Parse("while x do\n\nend\nrepeat\nuntil y\nif a then\nelse\n\nend");
        Assert.Equal(3, ((WhileStat)chunk.Main.Body.Stats[0]).Body.EndLine);
        Assert.Equal(5, ((RepeatStat)chunk.Main.Body.Stats[1]).Body.EndLine);
        var ifs = (IfStat)chunk.Main.Body.Stats[2];
        Assert.Equal(7, ifs.Clauses[0].Body.EndLine);
        Assert.Equal(9, ifs.Else!.EndLine);
    }

    // ---------------------------------------------------------------- nesting

    private static string Rep(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    [Theory]
    [InlineData("(", "1", ")", "x = ")]
    [InlineData("{", "", "}", "x = ")]
    [InlineData("{a=", "1", "}", "x = ")]
    [InlineData("do ", "", " end", "")]
    [InlineData("function f() ", "", " end", "")]
    [InlineData("if x then ", "", " end", "")]
    [InlineData("a..", "a", "", "x = ")]
    [InlineData("a^", "a", "", "x = ")]
    [InlineData("- ", "a", "", "x = ")]
    [InlineData("a,", "a = 1", "", "")]
    [InlineData("::a:: ", "", "", "")]
    [InlineData("f(", "", ")", "")]
    [InlineData("t[", "1", "] = 1", "")]
    public void DeepNestingIsAnError(string open, string middle, string close, string prefix)
    {
        string src = prefix + Rep(open, 100000) + middle + Rep(close, 100000);
        var ex = Assert.Throws<LuaSyntaxException>(() => Parse(src));
        Assert.Equal("C stack overflow", ex.Message);
    }

    [Theory]
    // lua5.4 file.lua: 196 nested parentheses parse, 197 overflow; 198 nested 'do' parse, 199 overflow.
    [InlineData("(", "1", ")", "x = ", 196, true)]
    [InlineData("(", "1", ")", "x = ", 197, false)]
    [InlineData("do ", "", " end", "", 198, true)]
    [InlineData("do ", "", " end", "", 199, false)]
    public void NestingLimitMatchesLua(string open, string middle, string close, string prefix, int n, bool ok)
    {
        string src = prefix + Rep(open, n) + middle + Rep(close, n);
        if (ok) Parse(src);
        else Assert.Equal("C stack overflow", Assert.Throws<LuaSyntaxException>(() => Parse(src)).Message);
    }

    [Fact]
    public void LongLeftAssociativeChainsParse()
    {
        var chunk = Parse("x = " + Rep("1+", 100000) + "1");
        var e = ((AssignStat)chunk.Main.Body.Stats[0]).Values[0];
        int depth = 0;
        while (e is BinaryExpr b) { depth++; e = b.Left; }
        Assert.Equal(100000, depth);
        Parse("x = " + Rep("a.b", 1) + Rep(".c", 100000) + Rep(":m()", 100000));
        Parse(Rep("x = 1\n", 100000));
    }
}
