using Xunit;
using Tycho.Tests.Infrastructure;

namespace Tycho.Tests.Strings;

/// <summary>gmatch and utf8.codes iterators, and the string metatable's arithmetic (expected values from lua5.4).</summary>
public class IteratorAndMetaTests
{
    private readonly LibHarness _h = new(LuaLibraries.String | LuaLibraries.Utf8);

    /// <summary>Drains an iterator function, joining each step's results with ',' and steps with ';'.</summary>
    private string Drain(LuaValue[] triple)
    {
        var f = (LuaHostFunction)triple[0].AsFunction!;
        var parts = new List<string>();
        LuaValue control = triple.Length > 2 ? triple[2] : LuaValue.Nil;
        for (int i = 0; i < 1000; i++)
        {
            var r = triple.Length > 1 ? _h.Call(f, triple[1], control) : _h.Call(f);
            if (r.Length == 0 || r[0].IsNil) break;
            control = r[0];
            parts.Add(string.Join(",", r.Select(LibHarness.Encode)));
        }
        return string.Join(";", parts);
    }

    private string GMatch(string s, string p, long? init = null) =>
        Drain(init is null
            ? _h.Call("string", "gmatch", LibHarness.Str(s), LibHarness.Str(p))
            : _h.Call("string", "gmatch", LibHarness.Str(s), LibHarness.Str(p), init.Value));

    [Fact]
    public void GMatchPairs() =>
        Assert.Equal("s:a,s:1;s:b,s:2", GMatch("a=1, b=2", "(%w+)=(%w+)"));

    [Fact]
    public void GMatchWithInit() => Assert.Equal("s:two", GMatch("one two", "%a+", 4));

    [Fact]
    public void GMatchEmptyMatchesAdvance() =>
        // for w in ("abc"):gmatch("x*") -> 4 empty matches in lua5.4
        Assert.Equal("s:;s:;s:;s:", GMatch("abc", "x*"));

    [Fact]
    public void GMatchNoEmptyMatchAfterMatch() =>
        // lua5.4: for k in ("hello world"):gmatch("%a*") -> "hello", "world" (no empty match right after a match)
        Assert.Equal("s:hello;s:world", GMatch("hello world", "%a*"));

    [Fact]
    public void GMatchAnchorIsLiteral() => Assert.Equal("s:^a", GMatch("x^a", "^a"));

    [Fact]
    public void GMatchPositionCaptures() => Assert.Equal("i:1;i:2;i:3;i:4", GMatch("abc", "()"));

    private string Codes(string s, bool lax = false) =>
        Drain(_h.Call("utf8", "codes", LibHarness.Str(s), lax));

    [Fact]
    public void CodesDecodes() => Assert.Equal("i:1,i:97;i:2,i:233;i:4,i:8364",
        Codes(System.Text.Encoding.Latin1.GetString(System.Text.Encoding.UTF8.GetBytes("aé€"))));

    [Fact]
    public void CodesRejectsLeadingContinuationByte()
    {
        // 5.4.8 checks the first byte when the loop starts (5.4.4 skipped stray continuation bytes).
        var e = Assert.Throws<LuaRuntimeException>(() => Codes("\u0080ab"));
        Assert.Equal("bad argument #1 to 'codes' (invalid UTF-8 code)", e.Value.ToString());
    }

    [Fact]
    public void CodesRaisesOnInvalid()
    {
        var e = Assert.Throws<LuaRuntimeException>(() => Codes("a\u00ffb"));
        Assert.Equal("invalid UTF-8 code", e.Value.ToString());
    }

    [Fact]
    public void CodesLaxAcceptsSurrogates() => Assert.Equal("i:1,i:55296", Codes("\u00ed\u00a0\u0080", lax: true));

    private string Arith(string ev, LuaValue a, LuaValue b)
    {
        var mt = _h.State.GetMetatable(LuaString.From("x"))!;
        var f = (LuaHostFunction)mt.GetStr(LuaString.From(ev)).AsFunction!;
        try { return string.Join("|", _h.Call(f, a, b).Select(LibHarness.Encode)); }
        catch (LuaRuntimeException e) { return "err:" + e.Value; }
    }

    [Fact]
    public void StringArithmeticCoerces()
    {
        Assert.Equal("i:11", Arith("__add", "10", 1));
        Assert.Equal("i:16", Arith("__mul", "0x10", 1));
        Assert.Equal("f:3", Arith("__mul", "1.5", 2));
        Assert.Equal("i:3", Arith("__idiv", "10", "3"));
        Assert.Equal("f:1024", Arith("__pow", "2", "10"));
        Assert.Equal("i:-5", Arith("__unm", "5", "5"));
        Assert.Equal("f:2.5", Arith("__div", " 5 ", "2"));
        Assert.Equal("i:1", Arith("__mod", "-5", "3"));
        Assert.Equal("i:7", Arith("__sub", "10", "3"));
    }

    [Fact]
    public void StringArithmeticErrors()
    {
        Assert.Equal("err:attempt to add a 'string' with a 'number'", Arith("__add", "a", 1));
        Assert.Equal("err:attempt to add a 'number' with a 'string'", Arith("__add", 1, "a"));
        Assert.Equal("err:attempt to add a 'string' with a 'table'", Arith("__add", "a", new LuaTable()));
        Assert.Equal("err:attempt to unm a 'string' with a 'string'", Arith("__unm", "a", "a"));
        Assert.Equal("err:attempt to add a 'string' with a 'boolean'", Arith("__add", "3", true));
        Assert.Equal("err:attempt to perform 'n%0'", Arith("__mod", "10", 0)); // lvm.c's format string says 'n%%0'
        Assert.Equal("err:attempt to divide by zero", Arith("__idiv", "10", 0));
    }

    [Fact]
    public void StringIndexIsTheLibrary()
    {
        var mt = _h.State.GetMetatable(LuaString.From("x"))!;
        Assert.Same(_h.State.Globals.GetStr(LuaString.From("string")).AsTable, mt.GetStr(LuaString.From("__index")).AsTable);
    }

    [Fact]
    public void FloatToStringUsesExactRounding()
    {
        Assert.Equal("1.2345678901234e+14", NumberFormatter.FloatToString(123456789012345.0));
        Assert.Equal("0.1", NumberFormatter.FloatToString(0.1));
        Assert.Equal("1e+15", NumberFormatter.FloatToString(1e15));
        Assert.Equal("0.33333333333333", NumberFormatter.FloatToString(1.0 / 3));
        Assert.Equal("-0.0", NumberFormatter.FloatToString(-0.0));
        Assert.Equal("100.0", NumberFormatter.FloatToString(100.0));
        Assert.Equal("2.5e-05", NumberFormatter.FloatToString(2.5e-5));
        Assert.Equal("9.2233720368548e+18", NumberFormatter.FloatToString(9223372036854775807.0));
    }

    [Fact]
    public void RepChecksSizeBeforeAllocating()
    {
        var e = Assert.Throws<LuaRuntimeException>(() => _h.Call("string", "rep", "x", (long)1 << 40, ","));
        Assert.Equal("resulting string too large", e.Value.ToString());
    }
}
