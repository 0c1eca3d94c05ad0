using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// The basic functions whose behaviour Lua 5.1 and 5.2 define otherwise than 5.4 (Lua 5.1 manual §5.1, Lua 5.2
/// manual §6.1): <c>load</c> of 5.1 takes only a reader, <c>pairs</c>/<c>ipairs</c> want a table and read it raw
/// (5.2 asks <c>__pairs</c>/<c>__ipairs</c> first), <c>print</c> calls the global <c>tostring</c>, <c>tonumber</c>'s
/// bases, <c>collectgarbage</c>'s options and results. <see cref="LegacyLibraries"/> puts them in those versions'
/// base library in place of 5.4's.
/// </summary>
internal static class LegacyBase
{
    private static readonly LuaString NextName = LuaString.FromAscii("next"), ToStringName = LuaString.FromAscii("tostring");

    /// <summary>5.1's load(func [, chunkname]): a reader function only (a string is <c>loadstring</c>'s).</summary>
    public static readonly LuaHostFunction Load51 = new("load", ctx =>
    {
        if (ctx[1].O is not LuaFunction) throw ctx.TypeError(1, "function");
        return BaseLib.LoadReaderOnly(ctx);
    });

    /// <summary>5.1's pairs(t): next, t, nil for a table; no <c>__pairs</c>.</summary>
    public static readonly LuaHostFunction Pairs51 = new("pairs", ctx =>
    {
        LuaTable t = ctx.CheckTable(1);
        return ctx.Return(NextFunction(ctx), t, LuaValue.Nil);
    });

    /// <summary>5.2's pairs(t): <c>__pairs</c>(t)'s three results, else next, t, nil for a table.</summary>
    public static readonly LuaHostFunction Pairs52 = CallingMetamethod("pairs", MetaNames.Pairs, ctx => NextFunction(ctx));

    /// <summary>5.1's ipairs(t): a table, read raw (lua_rawgeti).</summary>
    public static readonly LuaHostFunction IPairs51 = new("ipairs", ctx =>
    {
        LuaTable t = ctx.CheckTable(1);
        return ctx.Return(IPairsRaw, t, 0.0);
    });

    /// <summary>5.2's ipairs(t): <c>__ipairs</c>(t)'s three results, else a raw walk of a table.</summary>
    public static readonly LuaHostFunction IPairs52 = CallingMetamethod("ipairs", LuaString.FromAscii("__ipairs"), _ => IPairsRaw);

    private static readonly LuaHostFunction IPairsRaw = new("ipairs_aux", ctx =>
    {
        long i = ctx.CheckInteger(2) + 1;
        LuaValue v = ctx.CheckTable(1).VmGetInt(i);
        // 5.1's iterator ends with no value at all, 5.2's with nil.
        if (v.IsNil) return ctx.Global.Profile.Minor == 1 ? 0 : ctx.Return(LuaValue.Nil);
        return ctx.Return((double)i, v);
    });

    /// <summary>5.2's pairs/ipairs (lbaselib.c's pairsmeta): the metamethod called with the value and its three
    /// results returned; without one the value must be a table, iterated by <paramref name="iterator"/>.</summary>
    private static LuaHostFunction CallingMetamethod(string name, LuaString metamethod, Func<LuaCallContext, LuaValue> iterator)
    {
        LuaCallSetup setup = (LuaCallContext ctx, out int nresults) =>
        {
            nresults = 3;
            LuaValue t = ctx[1];
            LuaTable? mt = ctx.Global.GetMetatable(t);
            LuaValue mm = mt is null ? LuaValue.Nil : mt.GetStr(metamethod);
            if (mm.IsNil)
            {
                ctx.CheckTable(1);
                ctx.Return(iterator(ctx), t, name == "ipairs" ? 0.0 : LuaValue.Nil);
                return -1;
            }
            ctx.Push(mm);
            ctx.Push(t);
            return 1;
        };
        return new LuaHostFunction(name, ctx => LuaThread.CallContinuedNested(ctx, setup))
            { Kind = HostFunctionKind.CallK, Setup = setup };
    }

    private static LuaValue NextFunction(LuaCallContext ctx) =>
        ctx.Global.Globals.GetStr(NextName) is { IsNil: false } n ? n : BaseLib.Functions["next"];

    /// <summary>tostring of 5.1 and 5.2: what <c>__tostring</c> returns, whatever it is (5.3 on insist on a string).</summary>
    public static readonly LuaHostFunction ToStringFn = new("tostring", ctx =>
    {
        LuaValue v = ctx.CheckAny(1);
        LuaValue mm = ctx.Global.GetMetatable(v)?.GetStr(MetaNames.ToStringName) ?? LuaValue.Nil;
        return mm.IsNil ? ctx.Return(ctx.ToDisplayString(1)) : ctx.Return(ctx.Call1(mm, v, LuaValue.Nil));
    });

    /// <summary>assert(v [, message]) of 5.1 (Lua 5.1 manual §5.1): v required, the message a string (a number is
    /// converted), raised without position.</summary>
    public static readonly LuaHostFunction Assert51 = new("assert", ctx => Assert(ctx, 1));

    /// <summary>assert of 5.2: as 5.1's, but v may be absent ("assertion failed!").</summary>
    public static readonly LuaHostFunction Assert52 = new("assert", ctx => Assert(ctx, 2));

    private static int Assert(LuaCallContext ctx, int minor)
    {
        if (ctx.ToBoolean(1))
        {
            for (int i = 1; i <= ctx.ArgCount; i++) ctx.Push(ctx[i]);
            return ctx.ArgCount;
        }
        if (minor == 1) ctx.CheckAny(1);
        // luaL_error: the position of a Lua caller, none when called from C (pcall(assert, false)).
        throw ctx.Error(ctx.OptString(2, AssertionFailed)!.ToString());
    }

    private static readonly LuaString AssertionFailed = LuaString.FromAscii("assertion failed!");

    /// <summary>print(...) of 5.1 and 5.2 (and 5.3): each argument converted by the global <c>tostring</c>, whatever
    /// it is now; its result must be a string or a number.</summary>
    public static readonly LuaHostFunction Print = new("print", PrintFn);

    private static int PrintFn(LuaCallContext ctx)
    {
        var output = ctx.Global.StandardOutput;
        LuaValue tostring = ctx.Thread.GetIndex(ctx.Global.Globals, ToStringName);
        int n = ctx.ArgCount;
        for (int i = 1; i <= n; i++)
        {
            LuaValue s = ctx.Call1(tostring, ctx[i], LuaValue.Nil);
            if (!LibOps.IsStringLike(s)) throw ctx.Error("'tostring' must return a string to 'print'");
            if (i > 1) output.WriteByte((byte)'\t');
            var text = (s.IsNumber ? LuaString.ToDisplay(s, ctx.Global.Profile) : LibOps.ToLuaString(s)).Span;
            // 5.1 writes with fputs, which ends at a '\0'; 5.2 writes the whole string.
            if (ctx.Global.Profile.Minor == 1 && text.IndexOf((byte)0) is int nul and >= 0) text = text[..nul];
            output.Write(text);
        }
        output.WriteByte((byte)'\n');
        try { output.Flush(); } catch (IOException) { }
        return 0;
    }

    /// <summary>5.1's tonumber(e [, base]): base 10 is no base at all; other bases read as C's strtoul does (a
    /// sign wraps around, base 16 allows "0x").</summary>
    public static readonly LuaHostFunction ToNumber51 = new("tonumber", ctx => ToNumberBased(ctx, 1));

    /// <summary>5.2's tonumber(e [, base]): with a base, an optional '-' and digits, accumulated as a float.</summary>
    public static readonly LuaHostFunction ToNumber52 = new("tonumber", ctx => ToNumberBased(ctx, 2));

    private static int ToNumberBased(LuaCallContext ctx, int minor)
    {
        long bas = ctx.OptInteger(2, 10);
        if (bas == 10 && (minor == 1 || ctx.IsNoneOrNil(2)))
        {
            // No base: the conversion of §2.2.1 (5.1 also takes base 10 so).
            if (minor == 1 && ctx.ArgCount > 1) ctx = new LuaCallContext(ctx.Thread, ctx.Base, 1, ctx.Function);
            int results = BaseLib.Functions["tonumber"].Delegate(ctx);
            // 5.1 reads numerals with C's strtod, which also knows "inf", "infinity" and "nan".
            ref LuaValue result = ref ctx.Thread.Stack[ctx.Thread.Top - 1];
            if (minor == 1 && ctx[1].O is LuaString str && result.IsNil && StrtodSpecial(str.Span) is double special)
                result = special;
            // A numeral read as an integer is read again as the float it is here: "-0" is -0.
            if (result.IsInteger && ctx[1].O is LuaString numeral && NumberParser.TryParseAsFloat(numeral.Span, out double asFloat))
                result = asFloat;
            return FloatResults.Convert(ctx.Thread, results);
        }
        LuaString s = ctx.CheckString(1);
        if (bas < 2 || bas > 36) throw ctx.ArgError(2, "base out of range");
        ctx.Global.Charge((s.Length >> 2) + 1);
        double? n = minor == 1 ? StrToUL(s.Span, (int)bas) : StrToInt(s.Span, (int)bas);
        return n is double d ? ctx.Return(d) : ctx.Return(LuaValue.Nil);
    }

    /// <summary>strtod's words: an optional sign, then "inf", "infinity" or "nan" (any case), between spaces.</summary>
    private static double? StrtodSpecial(ReadOnlySpan<byte> s)
    {
        string t = System.Text.Encoding.Latin1.GetString(s).Trim(' ', '\t', '\n', '\v', '\f', '\r').ToLowerInvariant();
        bool neg = t.StartsWith('-');
        if (neg || t.StartsWith('+')) t = t[1..];
        double? r = t is "inf" or "infinity" ? double.PositiveInfinity : t == "nan" ? BitConverter.Int64BitsToDouble(0x7FF8000000000000) : null;
        return neg ? -r : r;
    }

    /// <summary>strtoul as 5.1 uses it: the whole string (but spaces) must be read, at least one digit.</summary>
    private static double? StrToUL(ReadOnlySpan<byte> s, int bas)
    {
        int p = SkipSpaces(s, 0);
        bool neg = false;
        if (p < s.Length && (s[p] == '-' || s[p] == '+')) { neg = s[p] == '-'; p++; }
        if (bas == 16 && p + 1 < s.Length && s[p] == '0' && (s[p + 1] | 0x20) == 'x' && p + 2 < s.Length && Digit(s[p + 2]) < 16) p += 2;
        int start = p;
        ulong n = 0;
        bool overflow = false;
        for (; p < s.Length && Digit(s[p]) < bas; p++)
        {
            ulong next = unchecked(n * (ulong)bas + (ulong)Digit(s[p]));
            if (n > (ulong.MaxValue - (ulong)Digit(s[p])) / (ulong)bas) overflow = true;
            n = next;
        }
        if (p == start || SkipSpaces(s, p) != s.Length) return null;
        if (overflow) return ulong.MaxValue;
        return neg ? unchecked(0UL - n) : n;
    }

    /// <summary>5.2's l_str2int: spaces, an optional '-', digits of the base, spaces.</summary>
    private static double? StrToInt(ReadOnlySpan<byte> s, int bas)
    {
        int p = SkipSpaces(s, 0);
        bool neg = false;
        if (p < s.Length && s[p] == '-') { neg = true; p++; }
        if (p >= s.Length || Digit(s[p]) >= bas) return null;
        double n = 0;
        for (; p < s.Length && Digit(s[p]) < bas; p++) n = n * bas + Digit(s[p]);
        if (SkipSpaces(s, p) != s.Length) return null;
        return neg ? -n : n;
    }

    private static int SkipSpaces(ReadOnlySpan<byte> s, int p)
    {
        while (p < s.Length && (s[p] == ' ' || (s[p] >= '\t' && s[p] <= '\r'))) p++;
        return p;
    }

    private static int Digit(byte c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;

    private static readonly string[] Options51 = { "stop", "restart", "collect", "count", "step", "setpause", "setstepmul" };
    private static readonly string[] Options52 =
        { "stop", "restart", "collect", "count", "step", "setpause", "setstepmul", "setmajorinc", "isrunning", "generational", "incremental" };

    /// <summary>collectgarbage of 5.1 (Lua 5.1 manual §5.1): stop, restart, collect, count, step, setpause and
    /// setstepmul only.</summary>
    public static readonly LuaHostFunction CollectGarbage51 = new("collectgarbage", ctx => CollectGarbage(ctx, Options51));

    /// <summary>collectgarbage of 5.2 (Lua 5.2 manual §6.1): also setmajorinc, isrunning, generational and
    /// incremental (which answer 0); "count" gives the kilobytes and the bytes beyond whole kilobytes.</summary>
    public static readonly LuaHostFunction CollectGarbage52 = new("collectgarbage", ctx => CollectGarbage(ctx, Options52));

    private static int CollectGarbage(LuaCallContext ctx, string[] options)
    {
        string opt = ctx.OptString(1, null)?.ToString() ?? "collect";
        if (Array.IndexOf(options, opt) < 0) throw ctx.ArgError(1, $"invalid option '{opt}'");
        var st = ctx.Global;
        if (st.GcRefused) return ctx.Return(LuaValue.Nil);
        switch (opt)
        {
            case "count":
                if (options == Options51) return ctx.Return(st.GcCountKilobytes);
                long bytes = st.MemoryInUse;
                return ctx.Return(st.GcCountKilobytes, (double)(bytes % 1024));
            case "setmajorinc": return ctx.Return(200.0);
            case "generational": case "incremental": return ctx.Return(0.0);
            case "isrunning": return ctx.Return(st.GcRunning);
            default:
                return FloatResults.Convert(ctx.Thread, BaseLib.Functions["collectgarbage"].Delegate(ctx));
        }
    }
}
