using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// The table library (manual §6.6), a port of lua5.4's ltablib.c: insert, remove, move, concat, pack, unpack and
/// sort. Every element access goes through <see cref="LibOps"/> so <c>__index</c>, <c>__newindex</c> and
/// <c>__len</c> are honoured as lua_geti / lua_seti / luaL_len do; plain tables take the raw fast path.
/// </summary>
internal static class TableLib
{
    private const int TabR = 1, TabW = 2, TabL = 4;

    /// <summary>table's functions, prepared once per process (see <see cref="LibraryTemplate"/>).</summary>
    internal static readonly LibraryTemplate Functions = new("table",
        ("concat", Concat), ("insert", Insert), ("pack", Pack), ("unpack", Unpack), ("remove", Remove), ("move", Move),
        ("sort", Sort));

    /// <summary>Registers the <c>table</c> global.</summary>
    public static void Open(GlobalState state) => LegacyLibraries.Table(state.Profile).Open(state);

    /// <summary>ltablib's checktab: a table, or a value whose metatable has the needed metamethods.</summary>
    private static void CheckTab(in LuaCallContext ctx, int arg, int what)
    {
        LuaValue v = ctx[arg];
        if (v.IsTable) return;
        var mt = ctx.Global.GetMetatable(v);
        if (mt is not null
            && ((what & TabR) == 0 || !mt.GetStr(MetaNames.Strings[(int)MetaEvent.Index]).IsNil)
            && ((what & TabW) == 0 || !mt.GetStr(MetaNames.Strings[(int)MetaEvent.NewIndex]).IsNil)
            && ((what & TabL) == 0 || !mt.GetStr(MetaNames.Strings[(int)MetaEvent.Len]).IsNil))
            return;
        throw ctx.TypeError(arg, "table");
    }

    private static long AuxGetN(in LuaCallContext ctx, int arg, int what)
    {
        CheckTab(ctx, arg, what | TabL);
        return LibOps.LenI(ctx, ctx[arg]);
    }

    /// <summary>§6.6 table.insert([list,] [pos,] value). Errors: "wrong number of arguments to 'insert'",
    /// "bad argument #2 to 'insert' (position out of bounds)".</summary>
    private static int Insert(LuaCallContext ctx)
    {
        long e = AuxGetN(ctx, 1, TabR | TabW);
        e = unchecked(e + 1); // first empty element
        LuaValue t = ctx[1];
        var th = ctx.Thread;
        long pos;
        switch (ctx.ArgCount)
        {
            case 2:
                pos = e;
                break;
            case 3:
                pos = ctx.CheckInteger(2);
                if (unchecked((ulong)pos - 1UL) >= (ulong)e) throw ctx.ArgError(2, "position out of bounds");
                for (long i = e; i > pos; i--) { th.Global.Charge(1); LibOps.SetI(th, t, i, LibOps.GetI(th, t, i - 1)); }
                break;
            default:
                throw ctx.Error("wrong number of arguments to 'insert'");
        }
        LibOps.SetI(th, t, pos, ctx[ctx.ArgCount]);
        return 0;
    }

    /// <summary>§6.6 table.remove(list [, pos]): removes and returns <c>list[pos]</c> (default the last).</summary>
    private static int Remove(LuaCallContext ctx)
    {
        long size = AuxGetN(ctx, 1, TabR | TabW);
        long pos = ctx.OptInteger(2, size);
        if (pos != size && unchecked((ulong)pos - 1UL) > (ulong)size) throw ctx.ArgError(2, "position out of bounds");
        LuaValue t = ctx[1];
        var th = ctx.Thread;
        LuaValue result = LibOps.GetI(th, t, pos);
        for (; pos < size; pos++) { th.Global.Charge(1); LibOps.SetI(th, t, pos, LibOps.GetI(th, t, pos + 1)); }
        LibOps.SetI(th, t, pos, LuaValue.Nil);
        return ctx.Return(result);
    }

    /// <summary>§6.6 table.move(a1, f, e, t [, a2]): returns a2 (default a1).</summary>
    private static int Move(LuaCallContext ctx)
    {
        long f = ctx.CheckInteger(2);
        long e = ctx.CheckInteger(3);
        long t = ctx.CheckInteger(4);
        int tt = !ctx.IsNoneOrNil(5) ? 5 : 1;
        CheckTab(ctx, 1, TabR);
        CheckTab(ctx, tt, TabW);
        LuaValue src = ctx[1], dst = ctx[tt];
        if (e >= f)
        {
            if (!(f > 0 || e < long.MaxValue + f)) throw ctx.ArgError(3, "too many elements to move");
            long n = e - f + 1;
            if (!(t <= long.MaxValue - n + 1)) throw ctx.ArgError(4, "destination wrap around");
            var th = ctx.Thread;
            ctx.Global.Charge(n); // before the loop: a huge range stops at once under an instruction limit
            // TODO(vm): lua_compare EQ would also consult __eq for two distinct tables.
            if (t > e || t <= f || (tt != 1 && !LuaValue.RawEquals(src, dst)))
            {
                for (long i = 0; i < n; i++) { LibOps.SetI(th, dst, t + i, LibOps.GetI(th, src, f + i)); if ((i & 0xFFFF) == 0xFFFF) ctx.Global.PollLimits(); }
            }
            else
            {
                for (long i = n - 1; i >= 0; i--) { LibOps.SetI(th, dst, t + i, LibOps.GetI(th, src, f + i)); if ((i & 0xFFFF) == 0) ctx.Global.PollLimits(); }
            }
        }
        return ctx.Return(dst);
    }

    /// <summary>§6.6 table.concat(list [, sep [, i [, j]]]). Error: "invalid value (at index i) in table for 'concat'"
    /// in lua5.4.4's wording <c>invalid value (T) at index i in table for 'concat'</c>.</summary>
    private static int Concat(LuaCallContext ctx)
    {
        long last = AuxGetN(ctx, 1, TabR);
        LuaString sep = ctx.OptString(2, LuaString.Empty)!;
        long i = ctx.OptInteger(3, 1);
        last = ctx.OptInteger(4, last);
        LuaValue t = ctx[1];
        var th = ctx.Thread;
        var buf = new ByteAccumulator(16);
        for (; i < last; i++)
        {
            AddField(ctx, th, t, i, ref buf);
            buf.Append(sep.Span);
        }
        if (i == last) AddField(ctx, th, t, i, ref buf);
        return ctx.Return(buf.ToLuaString());
    }

    private static void AddField(in LuaCallContext ctx, LuaThread th, in LuaValue t, long i, ref ByteAccumulator buf)
    {
        LuaValue v = LibOps.GetI(th, t, i);
        th.Global.Charge(1);
        if (v.O is LuaString s) { th.Global.ChargeBytes(s.Length); buf.Append(s.Span); return; }
        if (v.IsNumber) { buf.Append(LuaString.ToDisplay(v, th.Global.Profile).Span); return; }
        throw ctx.Error($"invalid value ({LuaThread.ObjTypeName(v)}) at index {i} in table for 'concat'");
    }

    /// <summary>§6.6 table.pack(...): a new table with the arguments at 1..n and the field <c>n</c>.</summary>
    private static int Pack(LuaCallContext ctx)
    {
        int n = ctx.ArgCount;
        ctx.Global.Charge(n);
        var t = new LuaTable(n, 1);
        var args = ctx.Args;
        for (int i = 0; i < n; i++) t.VmSetInt(i + 1, args[i]);
        t.SetStr(NField, LuaValue.FromInteger(n));
        return ctx.Return(t);
    }

    private static readonly LuaString NField = LuaString.FromAscii("n");

    /// <summary>§6.6 table.unpack(list [, i [, j]]). Error: "too many results to unpack".</summary>
    private static int Unpack(LuaCallContext ctx)
    {
        long i = ctx.OptInteger(2, 1);
        long e = ctx.IsNoneOrNil(3) ? LibOps.LenI(ctx, ctx[1]) : ctx.CheckInteger(3);
        if (i > e) return 0;
        ulong n = unchecked((ulong)e - (ulong)i);
        var th = ctx.Thread;
        if (n >= int.MaxValue || (long)n + 1 > LuaLimits.MaxStack - th.Top - 5)
            throw ctx.Error("too many results to unpack");
        int count = (int)n + 1;
        ctx.Global.Charge(count);   // before pushing up to a million values
        th.EnsureStack(count);
        LuaValue t = ctx[1];
        if (t.O is LuaTable tab && tab.Metatable is null)
        {
            for (; i < e; i++) th.Push(tab.VmGetInt(i));
            th.Push(tab.VmGetInt(e));
        }
        else
        {
            for (; i < e; i++) th.Push(LibOps.GetI(th, t, i));
            th.Push(LibOps.GetI(th, t, e));
        }
        return count;
    }

    // ------------------------------------------------------------ sort (ltablib.c auxsort, exactly)

    private const long RanLimit = 100;

    /// <summary>§6.6 table.sort(list [, comp]). Same pivots and comparisons as lua5.4, so comparator side effects
    /// and "invalid order function for sorting" happen where lua5.4's do.</summary>
    private static int Sort(LuaCallContext ctx)
    {
        long n = AuxGetN(ctx, 1, TabR | TabW);
        if (n > 1)
        {
            if (n >= int.MaxValue) throw ctx.ArgError(1, "array too big");
            if (!ctx.IsNoneOrNil(2)) ctx.CheckType(2, LuaType.Function);
            var s = new Sorter(ctx);
            s.AuxSort(1, n, 0);
        }
        return 0;
    }

    private readonly struct Sorter
    {
        private readonly LuaCallContext _ctx;
        private readonly LuaThread _th;
        private readonly LuaValue _t;
        private readonly LuaValue _cmp;

        public Sorter(LuaCallContext ctx)
        {
            _ctx = ctx; _th = ctx.Thread; _t = ctx[1]; _cmp = ctx[2];
        }

        private LuaValue Get(long i) => LibOps.GetI(_th, _t, i);
        private void Set(long i, in LuaValue v) => LibOps.SetI(_th, _t, i, v);

        /// <summary>sort_comp: a &lt; b.</summary>
        private bool Less(in LuaValue a, in LuaValue b)
        {
            _th.Global.Charge(1);
            if (_cmp.IsNil) return LibOps.LessThan(_th, a, b);
            return _th.Call1(_cmp, a, b).IsTruthy;
        }

        private long Partition(long lo, long up, in LuaValue pivot)
        {
            long i = lo, j = up - 1;
            for (;;)
            {
                LuaValue ai, aj;
                while (Less(ai = Get(++i), pivot))
                {
                    if (i == up - 1) throw _ctx.Error("invalid order function for sorting");
                }
                while (Less(pivot, aj = Get(--j)))
                {
                    if (j < i) throw _ctx.Error("invalid order function for sorting");
                }
                if (j < i)
                {
                    // swap pivot (a[up - 1]) with a[i]
                    Set(up - 1, ai);
                    Set(i, pivot);
                    return i;
                }
                Set(i, aj);
                Set(j, ai);
            }
        }

        private static long ChoosePivot(long lo, long up, uint rnd)
        {
            long r4 = (up - lo) / 4;
            return rnd % (r4 * 2) + (lo + r4);
        }

        public void AuxSort(long lo, long up, uint rnd)
        {
            while (lo < up)
            {
                LuaValue alo = Get(lo), aup = Get(up);
                if (Less(aup, alo)) { Set(lo, aup); Set(up, alo); }
                if (up - lo == 1) break;
                long p = (up - lo < RanLimit || rnd == 0) ? (lo + up) / 2 : ChoosePivot(lo, up, rnd);
                LuaValue ap = Get(p);
                alo = Get(lo);
                if (Less(ap, alo)) { Set(p, alo); Set(lo, ap); }
                else
                {
                    aup = Get(up);
                    if (Less(aup, ap)) { Set(p, aup); Set(up, ap); }
                }
                if (up - lo == 2) break;
                LuaValue pivot = Get(p);
                LuaValue aup1 = Get(up - 1);
                Set(p, aup1);
                Set(up - 1, pivot);
                p = Partition(lo, up, pivot);
                long n;
                if (p - lo < up - p)
                {
                    AuxSort(lo, p - 1, rnd);
                    n = p - lo;
                    lo = p + 1;
                }
                else
                {
                    AuxSort(p + 1, up, rnd);
                    n = up - p;
                    up = p - 1;
                }
                if ((up - lo) / 128 > n) rnd = RandomizePivot();
            }
        }

        /// <summary>l_randomizePivot: mixes clock and time, as ltablib does.</summary>
        private static uint RandomizePivot()
        {
            ulong c = (ulong)Environment.TickCount64;
            ulong t = (ulong)DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            return unchecked((uint)c + (uint)(c >> 32) + (uint)t + (uint)(t >> 32));
        }
    }
}
