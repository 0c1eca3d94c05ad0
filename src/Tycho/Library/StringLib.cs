using System.Runtime.CompilerServices;
using Tycho.Runtime;
using Tycho.Runtime.Gc;

namespace Tycho.Library;

/// <summary>
/// The string library (manual §6.4), a port of lua5.4's lstrlib.c: byte, char, dump, find, format, gmatch, gsub,
/// len, lower, match, rep, reverse, sub, upper, pack, packsize, unpack. Also installs the string metatable
/// (<c>__index</c> = the library, plus the arithmetic metamethods that coerce numeric strings, §3.4.3).
/// Positions follow lua5.4: 1-based, negative counts from the end, out-of-range values are clipped.
/// </summary>
// Scratch buffers are stackalloc'd per call and only written regions are read: skip zeroing them.
[System.Runtime.CompilerServices.SkipLocalsInit]
internal static partial class StringLib
{
    /// <summary>lstrlib's MAXSIZE: results larger than INT_MAX bytes are "too large".</summary>
    internal const long MaxSize = int.MaxValue;

    /// <summary>string's functions, prepared once per process (see <see cref="LibraryTemplate"/>).</summary>
    internal static readonly LibraryTemplate Functions = new("string",
        ("byte", Byte), ("char", Char), ("dump", Dump), ("find", Find), ("format", StringFormat.Format),
        ("gmatch", GMatch), ("gsub", GSub), ("len", Len), ("lower", Lower), ("match", Match),
        ("rep", Rep), ("reverse", Reverse), ("sub", Sub), ("upper", Upper),
        ("pack", StringPack.Pack), ("packsize", StringPack.PackSize), ("unpack", StringPack.Unpack));

    /// <summary>The string metatable's arithmetic metamethods (coercing numeric strings, §3.4.3).</summary>
    private static readonly MetaEvent[] ArithEvents =
        { MetaEvent.Add, MetaEvent.Sub, MetaEvent.Mul, MetaEvent.Mod, MetaEvent.Pow, MetaEvent.Div, MetaEvent.IDiv, MetaEvent.Unm };
    private static readonly LuaHostFunction[] ArithFunctions = Array.ConvertAll(ArithEvents, op =>
        new LuaHostFunction(MetaNames.Strings[(int)op].ToString(), ctx => Arith(ctx, op)));

    private static readonly long SharedBytes = LibraryTemplate.SizeOf(
        [.. Array.ConvertAll(ArithEvents, op => MetaNames.Strings[(int)op]), .. ArithFunctions, MetaNames.Strings[(int)MetaEvent.Index]]);

    /// <summary>Registers <c>string</c> and sets the string metatable.</summary>
    public static void Open(GlobalState state)
    {
        var lib = LegacyLibraries.String(state.Profile).Open(state);
        MemoryAccount.ChargeCurrent(SharedBytes);   // see LibraryTemplate.SizeOf
        var mt = new LuaTable(0, ArithEvents.Length + 2);   // room for the sandbox's __metatable
        // Lua 5.3 and older convert numeric strings in the core instead (5.3 manual §3.4.3): only __index.
        if (!state.Profile.CoercesStringsInCore)
            for (int i = 0; i < ArithEvents.Length; i++) mt.VmSetStr(MetaNames.Strings[(int)ArithEvents[i]], ArithFunctions[i]);
        mt.VmSetStr(MetaNames.Strings[(int)MetaEvent.Index], lib);
        state.SetTypeMetatable(LuaType.String, mt);
    }

    // ------------------------------------------------------------ positions

    /// <summary>posrelatI: a start position made absolute and clipped to [1, inf).</summary>
    internal static long PosRelatI(long pos, long len)
    {
        if (pos > 0) return pos;
        if (pos == 0) return 1;
        if (pos < -len) return 1;
        return len + pos + 1;
    }

    /// <summary>getendpos: an end position (argument <paramref name="arg"/>, default <paramref name="def"/>) clipped to [0, len].</summary>
    internal static long GetEndPos(LuaCallContext ctx, int arg, long def, long len)
    {
        long pos = ctx.OptInteger(arg, def);
        if (pos > len) return len;
        if (pos >= 0) return pos;
        if (pos < -len) return 0;
        return len + pos + 1;
    }

    // ------------------------------------------------------------ simple functions

    private static int Len(LuaCallContext ctx) => ctx.Return(ctx.CheckString(1).Length);

    private static int Sub(LuaCallContext ctx)
    {
        LuaString s = ctx.CheckString(1);
        long l = s.Length;
        long start = PosRelatI(ctx.CheckInteger(2), l);
        long end = GetEndPos(ctx, 3, -1, l);
        if (start > end) return ctx.Return(LuaString.Empty);
        if (start == 1 && end == l) return ctx.Return(s);
        ctx.Global.ChargeBytes(end - start);
        return ctx.Return(LuaString.FromBytes(s.Span.Slice((int)start - 1, (int)(end - start + 1))));
    }

    private static int Reverse(LuaCallContext ctx)
    {
        LuaString s = ctx.CheckString(1);
        ctx.Global.ChargeBytes(s.Length);
        var r = s.Span.ToArray();
        Array.Reverse(r);
        return ctx.Return(LuaString.Wrap(r));
    }

    private static int Lower(LuaCallContext ctx)
    {
        LuaString s = ctx.CheckString(1);
        ctx.Global.ChargeBytes(s.Length);
        var r = s.Span.ToArray();
        for (int i = 0; i < r.Length; i++) if ((uint)(r[i] - 'A') <= 25) r[i] |= 0x20;
        return ctx.Return(LuaString.Wrap(r));
    }

    private static int Upper(LuaCallContext ctx)
    {
        LuaString s = ctx.CheckString(1);
        ctx.Global.ChargeBytes(s.Length);
        var r = s.Span.ToArray();
        for (int i = 0; i < r.Length; i++) if ((uint)(r[i] - 'a') <= 25) r[i] &= 0xDF;
        return ctx.Return(LuaString.Wrap(r));
    }

    private static int Rep(LuaCallContext ctx)
    {
        LuaString s = ctx.CheckString(1);
        long n = ctx.CheckInteger(2);
        LuaString sep = ctx.OptString(3, LuaString.Empty)!;
        if (n <= 0) return ctx.Return(LuaString.Empty);
        long l = s.Length, lsep = sep.Length;
        ctx.Global.CheckAllocation(l + lsep > long.MaxValue / n ? long.MaxValue : n * (l + lsep));
        if (l + lsep > MaxSize / n) throw ctx.Error("resulting string too large");
        long total = n * l + (n - 1) * lsep;
        if (total > Array.MaxLength) throw ctx.Error("resulting string too large");
        if (total == 0) return ctx.Return(LuaString.Empty);
        var st = ctx.Global;
        st.ChargeBytes(total); // before allocating: a budget too small for the result stops here
        var r = GC.AllocateUninitializedArray<byte>((int)total);
        var span = r.AsSpan();
        // Write one period (s..sep), then double the filled prefix: the result is periodic with that period.
        ReadOnlySpan<byte> src = s.Span, sp = sep.Span;
        int period = (int)Math.Min(l + lsep, total);
        src.CopyTo(span);
        if (period > l) sp.Slice(0, period - (int)l).CopyTo(span.Slice((int)l));
        int filled = period;
        while (filled < total)
        {
            // Copies of at most 1 MiB, each followed by a poll of the clock and token limits.
            int chunk = (int)Math.Min(Math.Min(filled, total - filled), 1 << 20);
            span.Slice(0, chunk).CopyTo(span.Slice(filled));
            filled += chunk;
            st.PollLimits();
        }
        return ctx.Return(LuaString.Wrap(r));
    }

    private static int Byte(LuaCallContext ctx)
    {
        LuaString s = ctx.CheckString(1);
        long l = s.Length;
        long pi = ctx.OptInteger(2, 1);
        long pose = GetEndPos(ctx, 3, pi, l);
        long posi = PosRelatI(pi, l);
        if (posi > pose) return 0;
        if (pose - posi >= int.MaxValue) throw ctx.Error("string slice too long");
        int n = (int)(pose - posi) + 1;
        if (n > LuaLimits.MaxStack) throw ctx.Error("stack overflow (string slice too long)");
        ctx.Thread.EnsureStack(n);
        ctx.Global.Charge(n);
        var span = s.Span;
        for (int i = 0; i < n; i++) ctx.Push(LuaValue.FromInteger(span[(int)posi - 1 + i]));
        return n;
    }

    private static int Char(LuaCallContext ctx)
    {
        int n = ctx.ArgCount;
        ctx.Global.CheckAllocation(n);
        ctx.Global.Charge(n);   // one conversion per argument
        var r = n == 0 ? Array.Empty<byte>() : new byte[n];
        for (int i = 1; i <= n; i++)
        {
            long c = ctx.CheckInteger(i);
            if ((ulong)c > 255) throw ctx.ArgError(i, ctx.Global.Profile.Minor == 1 ? "invalid value" : "value out of range");
            r[i - 1] = (byte)c;
        }
        return ctx.Return(LuaString.Wrap(r));
    }

    /// <summary>str_dump: the binary chunk of a Lua function (<see cref="Compiler.FunctionDumper"/>); host functions
    /// cannot be dumped.</summary>
    private static int Dump(LuaCallContext ctx)
    {
        bool strip = ctx.ToBoolean(2);
        ctx.CheckType(1, LuaType.Function);
        byte[] chunk = Compiler.FunctionDumper.TryDump((LuaFunction)ctx[1].O!, strip) ?? throw ctx.Error("unable to dump given function");
        return ctx.Return(LuaString.Wrap(chunk));
    }

    // ------------------------------------------------------------ find / match

    private static int Find(LuaCallContext ctx) => FindAux(ctx, true);
    private static int Match(LuaCallContext ctx) => FindAux(ctx, false);

    /// <summary>5.1's string.find/match (Lua 5.1 manual §5.4): a start past the end is the end, where an empty
    /// pattern still matches.</summary>
    internal static readonly LuaHostFunction Find51 = new("find", ctx => FindAux(ctx, true, clipInit: true)),
        Match51 = new("match", ctx => FindAux(ctx, false, clipInit: true));

    /// <summary>str_find_aux: string.find (<paramref name="find"/>) and string.match.</summary>
    private static int FindAux(LuaCallContext ctx, bool find, bool clipInit = false)
    {
        LuaString str = ctx.CheckString(1);
        LuaString pat = ctx.CheckString(2);
        ReadOnlySpan<byte> s = str.Span, p = pat.Span;
        long ls = s.Length;
        long init = PosRelatI(ctx.OptInteger(3, 1), ls) - 1;
        if (init > ls)
        {
            if (!clipInit) return ctx.Return(LuaValue.Nil);
            init = ls;
        }
        if (find && (ctx.ToBoolean(4) || LuaPattern.NoSpecials(p)))
        {
            ctx.Global.ChargeBytes(ls - init);
            int idx = p.Length == 0 ? 0 : s.Slice((int)init).IndexOf(p);
            if (idx >= 0)
            {
                long start = init + idx;
                return ctx.Return(start + 1, start + p.Length);
            }
            return ctx.Return(LuaValue.Nil);
        }
        bool anchor = p.Length > 0 && p[0] == '^';
        if (anchor) p = p.Slice(1);
        var ms = new LuaPattern(ctx, s, p, stackalloc int[2 * LuaPattern.MaxCaptures]);
        int s1 = (int)init;
        do
        {
            ms.Reset();
            int e = ms.Match(s1, 0);
            if (e != -1)
            {
                if (find)
                {
                    ctx.Push(LuaValue.FromInteger(s1 + 1));
                    ctx.Push(LuaValue.FromInteger(e));
                    return ms.PushCaptures(-1, -1, false) + 2;
                }
                return ms.PushCaptures(s1, e, true);
            }
        } while (s1++ < s.Length && !anchor);
        return ctx.Return(LuaValue.Nil);
    }

    // ------------------------------------------------------------ gmatch

    /// <summary>State of one gmatch iterator (GMatchState).</summary>
    private sealed class GMatchState
    {
        public required LuaString Src;
        public required LuaString Pat;
        public int Pos;
        public int LastMatch = -1;
    }

    private static int GMatch(LuaCallContext ctx)
    {
        LuaString s = ctx.CheckString(1);
        LuaString p = ctx.CheckString(2);
        long ls = s.Length;
        long init = PosRelatI(ctx.OptInteger(3, 1), ls) - 1;
        if (init > ls) init = ls + 1;
        var st = new GMatchState { Src = s, Pat = p, Pos = (int)init };
        // The iterator is a closure over (s, p, state) as in lstrlib.c, visible to debug.getupvalue/upvalueid.
        return ctx.Return(new LuaHostFunction("gmatch_aux", c => GMatchAux(c, st), s, p, LuaValue.FromObject(new LuaUserdata(st))));
    }

    private static int GMatchAux(LuaCallContext ctx, GMatchState st)
    {
        ReadOnlySpan<byte> src = st.Src.Span;
        var ms = new LuaPattern(ctx, src, st.Pat.Span, stackalloc int[2 * LuaPattern.MaxCaptures]);
        for (int s = st.Pos; s <= src.Length; s++)
        {
            ms.Reset();
            int e = ms.Match(s, 0);
            if (e != -1 && e != st.LastMatch)
            {
                st.Pos = st.LastMatch = e;
                return ms.PushCaptures(s, e, true);
            }
        }
        st.Pos = src.Length + 1;
        return 0;
    }

    // ------------------------------------------------------------ gsub

    private static int GSub(LuaCallContext ctx)
    {
        LuaString srcStr = ctx.CheckString(1);
        LuaString patStr = ctx.CheckString(2);
        ReadOnlySpan<byte> src = srcStr.Span, p = patStr.Span;
        LuaValue repl = ctx[3];
        LuaType tr = repl.Type;
        long maxS = ctx.OptInteger(4, (long)src.Length + 1);
        if (tr != LuaType.Number && tr != LuaType.String && tr != LuaType.Function && tr != LuaType.Table)
            throw ctx.Global.Profile.Minor <= 2 ? ctx.ArgError(3, "string/function/table expected") : ctx.TypeError(3, "string/function/table");
        LuaString? replStr = tr is LuaType.Number or LuaType.String ? ctx.CheckString(3) : null;
        bool anchor = p.Length > 0 && p[0] == '^';
        if (anchor) p = p.Slice(1);
        var ms = new LuaPattern(ctx, src, p, stackalloc int[2 * LuaPattern.MaxCaptures]);
        var b = new LuaByteBuffer(stackalloc byte[256]);
        try
        {
            int s = 0, lastMatch = -1;
            long n = 0;
            bool changed = false;
            LuaValue[]? args = null;
            while (n < maxS)
            {
                ms.Reset();
                int e = ms.Match(s, 0);
                if (e != -1 && e != lastMatch)
                {
                    n++;
                    int before = b.Length;
                    if (replStr is not null) { AddString(ref ms, ref b, replStr.Span, s, e, ctx); changed = true; }
                    else changed |= AddValue(ref ms, ref b, s, e, repl, ctx, ref args);
                    ctx.Global.ChargeBytes(b.Length - before);
                    s = lastMatch = e;
                }
                else if (s < src.Length) b.Append(src[s++]);
                else break;
                if (anchor) break;
            }
            if (!changed) return ctx.Return(srcStr, n);
            b.Append(src.Slice(s));
            return ctx.Return(b.ToLuaString(), n);
        }
        finally { b.Dispose(); }
    }

    /// <summary>add_s: appends a replacement string, expanding %0-%9 and %%.</summary>
    private static void AddString(ref LuaPattern ms, ref LuaByteBuffer b, ReadOnlySpan<byte> news, int s, int e, LuaCallContext ctx)
    {
        int i;
        while ((i = news.IndexOf((byte)'%')) >= 0)
        {
            b.Append(news.Slice(0, i));
            int c = i + 1 < news.Length ? news[i + 1] : 0;
            if (c == '%') b.Append((byte)'%');
            else if (c == '0') b.Append(ms.Src.Slice(s, e - s));
            else if ((uint)(c - '0') <= 9) ms.AppendCapture(ref b, c - '1', s, e);
            else if (ctx.Global.Profile.Minor == 1) b.Append((byte)c);   // 5.1: '%' quotes any other character
            else throw ctx.Error("invalid use of '%' in replacement string");
            news = news.Slice(Math.Min(i + 2, news.Length));
        }
        b.Append(news);
    }

    /// <summary>add_value for table and function replacements; returns whether the text changed.</summary>
    private static bool AddValue(ref LuaPattern ms, ref LuaByteBuffer b, int s, int e, LuaValue repl, LuaCallContext ctx, ref LuaValue[]? args)
    {
        LuaValue v;
        if (repl.IsFunction)
        {
            int n = ms.CaptureCount(true);
            args ??= new LuaValue[LuaPattern.MaxCaptures];
            for (int i = 0; i < n; i++) args[i] = ms.GetCapture(i, s, e);
            var res = ctx.Call(repl, new ReadOnlySpan<LuaValue>(args, 0, n));
            v = res.Length > 0 ? res[0] : LuaValue.Nil;
        }
        else
        {
            v = Index(ctx, repl, ms.GetCapture(0, s, e));
        }
        if (v.IsFalsy)
        {
            b.Append(ms.Src.Slice(s, e - s));
            return false;
        }
        if (v.O is LuaString str) b.Append(str.Span);
        else if (v.IsNumber) b.Append(LuaString.ToDisplay(v, ctx.Global.Profile).Span);
        else throw ctx.Error($"invalid replacement value (a {v.TypeName})");
        return true;
    }

    /// <summary>lua_gettable: <c>t[k]</c> honouring <c>__index</c> (tables and functions), as gsub's table lookup does.</summary>
    internal static LuaValue Index(LuaCallContext ctx, LuaValue t, LuaValue key)
    {
        for (int loop = 0; loop < 2000; loop++)
        {
            LuaTable? mt;
            if (t.O is LuaTable tab)
            {
                var v = tab.VmGet(key);
                if (!v.IsNil) return v;
                mt = tab.Metatable;
                if (mt is null) return LuaValue.Nil;
                var h0 = MetaNames.Get(mt, MetaEvent.Index);
                if (h0.IsNil) return LuaValue.Nil;
                if (h0.IsFunction) return ctx.Call1(h0, t, key);
                t = h0;
                continue;
            }
            mt = ctx.Global.GetMetatable(t);
            var h = MetaNames.Get(mt, MetaEvent.Index);
            if (h.IsNil) throw ctx.Error($"attempt to index a {t.TypeName} value");
            if (h.IsFunction) return ctx.Call1(h, t, key);
            t = h;
        }
        throw ctx.Error("'__index' chain too long; possible loop");
    }

    // ------------------------------------------------------------ string arithmetic metamethods

    /// <summary>tonum: numbers, and strings that convert to numbers (§3.4.3).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ToNum(in LuaValue v, out LuaValue n)
    {
        if (v.IsNumber) { n = v; return true; }
        if (v.O is LuaString) return v.TryToNumberValue(out n);
        n = LuaValue.Nil;
        return false;
    }

    /// <summary>lstrlib's arith: converts both operands and computes, or tries the second operand's metamethod (trymt).</summary>
    private static int Arith(LuaCallContext ctx, MetaEvent op)
    {
        LuaValue a0 = ctx[1], b0 = op == MetaEvent.Unm && ctx.ArgCount < 2 ? ctx[1] : ctx[2];
        // Reading a numeral is charged like tonumber's: a 16 MB string of spaces is read byte by byte.
        ctx.Global.Charge(((a0.O as LuaString)?.Length ?? 0) + ((b0.O as LuaString)?.Length ?? 0) >> 2);
        if (ToNum(a0, out LuaValue a) && ToNum(b0, out LuaValue b))
        {
            // Both are numbers: the runtime's arithmetic, whose division-by-zero errors are lvm.c's.
            return ctx.Return(ctx.Thread.Arith(op, a, b));
        }
        // trymt
        string name = MetaNames.ShortName(op);
        LuaValue mm = b0.O is LuaString ? LuaValue.Nil : MetaNames.Get(ctx.Global.GetMetatable(b0), op);
        if (mm.IsNil)
            throw ctx.Error($"attempt to {name} a '{a0.TypeName}' with a '{b0.TypeName}'");
        return ctx.Return(ctx.Call1(mm, a0, b0));
    }
}
