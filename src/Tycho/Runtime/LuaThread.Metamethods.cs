using System.Runtime.CompilerServices;

namespace Tycho.Runtime;

// Metamethod lookup and the slow paths of table access, arithmetic, length, concatenation and comparison
// (lvm.c luaV_finishget/luaV_finishset/luaV_concat/luaV_objlen, ltm.c luaT_trybinTM/luaT_callorderTM).
public sealed partial class LuaThread
{
    /// <summary>A metamethod from a metatable, caching the absence of the fast events in <see cref="LuaTable.NoMetaFlags"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static LuaValue FastTm(LuaTable? mt, MetaEvent ev)
    {
        if (mt is null) return LuaValue.Nil;
        int e = (int)ev;
        if (e < 6)
        {
            int bit = 1 << e;
            if ((mt.NoMetaFlags & bit) != 0) return LuaValue.Nil;
            LuaValue v = mt.VmGetStr(MetaNames.Strings[e]);
            if (v.IsNil) mt.NoMetaFlags |= (byte)bit;
            return v;
        }
        return mt.VmGetStr(MetaNames.Strings[e]);
    }

    /// <summary>The metamethod for <paramref name="ev"/> of any value (luaT_gettmbyobj), or nil.</summary>
    internal LuaValue GetMetamethod(in LuaValue v, MetaEvent ev)
    {
        LuaTable? mt = v.O switch
        {
            LuaTable t => t.Metatable,
            LuaUserdata u => u.Metatable,
            _ => Global.GetMetatable(v),
        };
        return FastTm(mt, ev);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool NoIndexMeta(LuaTable t)
    {
        var mt = t.Metatable;
        return mt is null || (mt.NoMetaFlags & 1) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool NoNewIndexMeta(LuaTable t)
    {
        var mt = t.Metatable;
        return mt is null || (mt.NoMetaFlags & 2) != 0;
    }

    /// <summary>Calls metamethod <paramref name="tm"/> from the running Lua frame; its result finishes the
    /// frame's current instruction when it returns (<see cref="FinishOp"/>).</summary>
    private MetaStep CallMeta(int slot, in LuaValue tm, in LuaValue a, in LuaValue b, in LuaValue c, int nargs, int nres)
    {
        LuaValue t0 = tm, a0 = a, b0 = b, c0 = c;
        EnsureSlots(slot + 5 + ExtraStack);
        var s = Stack;
        s[slot] = t0; s[slot + 1] = a0; s[slot + 2] = b0;
        if (nargs > 2) s[slot + 3] = c0;
        Top = slot + 1 + nargs;
        var kind = PreCall(slot, nargs, nres, FrameFlags.FinishOp, true, out FrameFlags popped);
        if (kind == CallKind.Lua) return MetaStep.Called;
        if (kind == CallKind.Yield) return MetaStep.Yield;
        return CompleteReturn(popped) ? MetaStep.Yield : MetaStep.Called;
    }

    private int MetaSlot => Frames[FrameCount - 1].Top;

    // ------------------------------------------------------------------ index / newindex

    /// <summary>
    /// <c>t.name</c> for a string constant when every <c>__index</c> on the way is a table: the usual object layout
    /// (manual §2.4; instance, class, base class...). Walks the tables with the constant lookup, which matches keys
    /// by reference and caches the table's key instance in <paramref name="keySlot"/>, so an inherited method or
    /// a missing field costs no generic lookup per level. False when the chain reaches an <c>__index</c> that is
    /// not a table (a function, a userdata...) or is too long: <see cref="IndexSlow"/> then starts over from
    /// <paramref name="t"/>, which is safe because nothing here has an observable effect.
    /// </summary>
    internal static bool TryIndexChain(LuaTable t, ref LuaValue keySlot, out LuaValue value)
    {
        value = t.GetStrConstant(ref keySlot);
        for (int loop = 0; loop < MaxTagLoop && value.IsNil; loop++)
        {
            LuaValue tm = FastTm(t.Metatable, MetaEvent.Index);
            if (tm.O is not LuaTable next) return tm.IsNil;
            t = next;
            value = t.GetStrConstant(ref keySlot);
        }
        return !value.IsNil;
    }

    /// <summary>luaV_finishget: <c>t[key]</c> with <c>__index</c>, result to <c>Stack[dest]</c>.
    /// <paramref name="desc"/> names <paramref name="t"/> in error messages (see <see cref="VarInfo"/>).</summary>
    internal MetaStep IndexSlow(LuaValue t, LuaValue key, int dest, int desc)
    {
        for (int loop = 0; loop < MaxTagLoop; loop++)
        {
            LuaValue tm;
            if (t.O is LuaTable h)
            {
                LuaValue v = h.VmGet(key);
                if (!v.IsNil) { Stack[dest] = v; return MetaStep.Done; }
                tm = FastTm(h.Metatable, MetaEvent.Index);
                if (tm.IsNil) { Stack[dest] = LuaValue.Nil; return MetaStep.Done; }
            }
            else
            {
                tm = GetMetamethod(t, MetaEvent.Index);
                if (tm.IsNil) throw TypeError(t, "index", loop == 0 ? desc : -1);
            }
            // A bound type's method (obj:Method()): the __index function would return the same entry of its table,
            // so read it here; with hooks set the call stays, for the call and return events.
            if (tm.O is LuaHostFunction { IndexTable: { } methods } && key.O is LuaString ks && HookMask == HookMask.None)
            {
                LuaValue m = methods.VmGetStr(ks);
                if (!m.IsNil) { Stack[dest] = m; return MetaStep.Done; }
            }
            if (tm.O is LuaFunction) return CallMeta(MetaSlot, tm, t, key, default, 2, 1);
            t = tm;
        }
        throw RuntimeError(Global.Profile.OldStyleVariableInfo ? "loop in gettable" : "'__index' chain too long; possible loop");
    }

    /// <summary>luaV_finishset: <c>t[key] = val</c> with <c>__newindex</c>.</summary>
    internal MetaStep SetSlow(LuaValue t, LuaValue key, LuaValue val, int desc)
    {
        for (int loop = 0; loop < MaxTagLoop; loop++)
        {
            LuaValue tm;
            if (t.O is LuaTable h)
            {
                if (!h.VmGet(key).IsNil) { RawSetChecked(h, key, val); return MetaStep.Done; }
                tm = FastTm(h.Metatable, MetaEvent.NewIndex);
                if (tm.IsNil) { RawSetChecked(h, key, val); return MetaStep.Done; }
            }
            else
            {
                tm = GetMetamethod(t, MetaEvent.NewIndex);
                if (tm.IsNil) throw TypeError(t, "index", loop == 0 ? desc : -1);
            }
            if (tm.O is LuaFunction) return CallMeta(MetaSlot, tm, t, key, val, 3, 0);
            t = tm;
        }
        throw RuntimeError(Global.Profile.OldStyleVariableInfo ? "loop in settable" : "'__newindex' chain too long; possible loop");
    }

    /// <summary>Raw set raising lua's positioned "table index is nil/NaN" errors.</summary>
    internal void RawSetChecked(LuaTable h, in LuaValue key, in LuaValue val)
    {
        if (key.IsNil) throw RuntimeError("table index is nil");
        if (key.IsFloat && double.IsNaN(key.RawFloat)) throw RuntimeError("table index is NaN");
        h.VmSet(key, val);
    }

    // ------------------------------------------------------------------ arithmetic

    /// <summary>luaT_trybinTM for MMBIN*: calls the operands' metamethod or raises the arithmetic error.</summary>
    internal MetaStep ArithMeta(MetaEvent ev, LuaValue a, int descA, LuaValue b, int descB, int dest)
    {
        if (CoercedArith(ev, a, b, dest)) return MetaStep.Done;
        LuaValue tm = GetMetamethod(a, ev);
        if (tm.IsNil) tm = GetMetamethod(b, ev);
        if (tm.IsNil) throw ArithError(ev, a, descA, b, descB);
        return CallMeta(MetaSlot, tm, a, b, default, 2, 1);
    }

    /// <summary>Lua 5.1 and 5.2's modulo, <c>a - floor(a/b)*b</c> (5.1 manual §2.5.1): unlike fmod it gives nan
    /// for an infinite divisor or a zero one.</summary>
    private static double Mod51(double a, double b) => a - Math.Floor(a / b) * b;

    /// <summary>Lua 5.3 and older convert numeric strings in arithmetic in the core, before metamethods (5.3 manual
    /// §3.4.3; 5.1 and 5.2 read them as floats, with strtod): the result to <c>Stack[dest]</c> and true when an
    /// operand was such a string.</summary>
    private bool CoercedArith(MetaEvent ev, in LuaValue a, in LuaValue b, int dest)
    {
        if (!(a.O is LuaString || b.O is LuaString) || !Global.Profile.CoercesStringsInCore) return false;
        if (!Global.Profile.HasIntegers)
            return ToFloat51(a, out LuaValue na) && ToFloat51(b, out LuaValue nb) && ArithRaw(ev, na, nb, dest);
        if (LuaArith.TryArithCoerced(ev, a, b, out LuaValue r) != ArithStatus.Ok) return false;
        Stack[dest] = r;
        return true;
    }

    /// <summary>A number or numeric string as the float Lua 5.1 and 5.2 have for it.</summary>
    private static bool ToFloat51(in LuaValue v, out LuaValue n)
    {
        if (v.O is LuaString s)
        {
            bool ok = NumberParser.TryParseAsFloat(s.Span, out double d);
            n = LuaValue.FromFloat(d);
            return ok;
        }
        n = v.IsNumber ? LuaValue.FromFloat(v.NumberAsDouble) : LuaValue.Nil;
        return v.IsNumber;
    }

    /// <summary>Arithmetic that the loop does not inline: raw result to <c>Stack[dest]</c> and true, or false
    /// when the following MMBIN instruction must try metamethods. Integer division/modulo by zero raise here.</summary>
    internal bool ArithRaw(MetaEvent op, in LuaValue a, in LuaValue b, int dest)
    {
        if (op == MetaEvent.Mod && !Global.Profile.HasIntegers && a.IsNumber && b.IsNumber)
        {
            Stack[dest] = LuaValue.FromFloat(Mod51(a.NumberAsDouble, b.NumberAsDouble));
            return true;
        }
        switch (LuaArith.TryArith(op, a, b, out LuaValue r))
        {
            case ArithStatus.Ok: Stack[dest] = r; return true;
            case ArithStatus.IntegerDivideByZero: throw RuntimeError("attempt to divide by zero");
            case ArithStatus.IntegerModuloByZero: throw RuntimeError("attempt to perform 'n%0'");
            default: return false;
        }
    }

    // ------------------------------------------------------------------ length

    /// <summary>luaV_objlen slow path (tables with a metatable, other types).</summary>
    internal MetaStep LenSlow(LuaValue v, int dest, int desc)
    {
        LuaValue tm;
        if (v.O is LuaTable t)
        {
            // Lua 5.1 takes a table's length raw: __len is for userdata only (5.1 manual §2.8).
            tm = Global.Profile.HasTableLen ? FastTm(t.Metatable, MetaEvent.Len) : LuaValue.Nil;
            if (tm.IsNil) { Stack[dest] = LuaValue.FromInteger(t.VmLength); return MetaStep.Done; }
        }
        else if (v.O is LuaString s) { Stack[dest] = LuaValue.FromInteger(s.Length); return MetaStep.Done; }
        else
        {
            tm = GetMetamethod(v, MetaEvent.Len);
            if (tm.IsNil) throw TypeError(v, "get length of", desc);
        }
        return CallMeta(MetaSlot, tm, v, v, default, 2, 1);
    }

    // ------------------------------------------------------------------ concatenation

    /// <summary>luaV_concat: concatenates the <paramref name="total"/> values just below <see cref="Top"/>,
    /// leaving the result in the first one; uses <c>__concat</c> pairwise from the right.</summary>
    internal MetaStep ConcatRun(int total)
    {
        while (total > 1)
        {
            int top = Top;
            var s = Stack;
            LuaValue a = s[top - 2], b = s[top - 1];
            if (!(a.IsString || a.IsNumber) || !(b.IsString || b.IsNumber))
            {
                LuaValue tm = GetMetamethod(a, MetaEvent.Concat);
                if (tm.IsNil) tm = GetMetamethod(b, MetaEvent.Concat);
                if (tm.IsNil)
                {
                    int fb = Frames[FrameCount - 1].Base;
                    throw ConcatError(a, top - 2 - fb, b, top - 1 - fb);
                }
                return CallMeta(top, tm, a, b, default, 2, 1);
            }
            var profile = Global.Profile;
            int n = 2;
            while (n < total && (s[top - n - 1].IsString || s[top - n - 1].IsNumber)) n++;
            long len = 0;
            for (int j = top - n; j < top; j++)
            {
                len += s[j].O is LuaString ls ? ls.Length : LuaString.ToDisplay(s[j], profile).Length;
            }
            Global.Memory.Check(len);   // under a memory limit, fail before allocating
            if (len > int.MaxValue - 64) throw RuntimeError("string length overflow");
            Global.ChargeBytes(len); // '..' copies: doubling loops are charged for their bytes
            var buf = new byte[len];
            int pos = 0;
            for (int j = top - n; j < top; j++)
            {
                LuaString part = s[j].O as LuaString ?? LuaString.ToDisplay(s[j], profile);
                part.Span.CopyTo(buf.AsSpan(pos));
                pos += part.Length;
            }
            s[top - n] = LuaValue.FromString(LuaString.Wrap(buf));
            Top = top - n + 1;
            total -= n - 1;
        }
        return MetaStep.Done;
    }

    // ------------------------------------------------------------------ comparison

    /// <summary>Lua 5.1 and 5.2's get_equalTM: <c>__eq</c> only between values of one type whose metamethods are
    /// the same (5.1 manual §2.8 "eq" event).</summary>
    private MetaStep EqSlowSameMetamethod(in LuaValue a, in LuaValue b, LuaTable? m1, LuaValue tm)
    {
        if (tm.IsNil || (a.O is LuaTable) != (b.O is LuaTable)) return MetaStep.Done;
        LuaTable? m2 = b.O is LuaTable tb ? tb.Metatable : (b.O as LuaUserdata)?.Metatable;
        if (!ReferenceEquals(m1, m2) && !LuaValue.RawEquals(tm, FastTm(m2, MetaEvent.Eq))) return MetaStep.Done;
        return CallMeta(MetaSlot, tm, a, b, default, 2, 1);
    }

    /// <summary>__eq for two distinct tables or two distinct userdata (luaV_equalobj); raw result in <paramref name="result"/>.</summary>
    internal MetaStep EqSlow(LuaValue a, LuaValue b, out bool result)
    {
        result = false;
        LuaTable? m1 = a.O is LuaTable ta ? ta.Metatable : (a.O as LuaUserdata)?.Metatable;
        LuaValue tm = FastTm(m1, MetaEvent.Eq);
        if (Global.Profile.EqNeedsSameMetamethod) return EqSlowSameMetamethod(a, b, m1, tm);
        if (tm.IsNil)
        {
            LuaTable? m2 = b.O is LuaTable tb ? tb.Metatable : (b.O as LuaUserdata)?.Metatable;
            tm = FastTm(m2, MetaEvent.Eq);
        }
        if (tm.IsNil) return MetaStep.Done;
        return CallMeta(MetaSlot, tm, a, b, default, 2, 1);
    }

    /// <summary>Order comparison (<paramref name="ev"/> is Lt or Le) for values that are not both numbers in the
    /// fast path: strings byte-wise, numbers exactly, else <c>__lt</c>/<c>__le</c> (luaV_lessthan/luaV_lessequal).</summary>
    internal MetaStep CompareSlow(MetaEvent ev, LuaValue a, LuaValue b, out bool result)
    {
        if (a.IsNumber && b.IsNumber)
        {
            result = ev == MetaEvent.Lt ? Comparisons.LessThanNumbers(a, b) : Comparisons.LessEqualNumbers(a, b);
            return MetaStep.Done;
        }
        if (a.O is LuaString sa && b.O is LuaString sb)
        {
            int c = CompareCharged(sa, sb);
            result = ev == MetaEvent.Lt ? c < 0 : c <= 0;
            return MetaStep.Done;
        }
        result = false;
        if (Global.Profile.OrderNeedsSameMetamethod) return CompareSlowCompat(ev, a, b, out result);
        LuaValue tm = GetMetamethod(a, ev);
        if (tm.IsNil) tm = GetMetamethod(b, ev);
        if (tm.IsNil && ev == MetaEvent.Le && Global.Profile.LeFallsBackToLt) return LeViaLt(a, b);
        if (tm.IsNil) throw OrderError(a, b);
        return CallMeta(MetaSlot, tm, a, b, default, 2, 1);
    }

    /// <summary>Order metamethods of Lua 5.1: without <c>__le</c>, <c>a &lt;= b</c> is <c>not (b &lt; a)</c>
    /// (5.1 manual §2.8 "le" event); 5.1 also wants operands of one type sharing the metamethod. The fallback's
    /// call is nested, so a yield inside it fails (5.1 cannot yield across metamethods at all).</summary>
    private MetaStep CompareSlowCompat(MetaEvent ev, LuaValue a, LuaValue b, out bool result)
    {
        result = false;
        bool same = Global.Profile.Minor == 1;
        if (same && a.Type != b.Type) throw OrderError(a, b);
        LuaValue tm = OrderTm(a, b, ev, same);
        if (!tm.IsNil) return CallMeta(MetaSlot, tm, a, b, default, 2, 1);
        if (ev == MetaEvent.Le)
        {
            tm = OrderTm(b, a, MetaEvent.Lt, same);
            if (!tm.IsNil)
            {
                Top = MetaSlot;   // above the running frame's registers, as CallMeta calls
                result = !Call1(tm, b, a).IsTruthy;
                return MetaStep.Done;
            }
        }
        throw OrderError(a, b);
    }

    /// <summary>The order metamethod for <paramref name="a"/> and <paramref name="b"/>: the first operand's, else the
    /// second's; with <paramref name="same"/> (5.1's call_orderTM) only when both operands have that one.</summary>
    private LuaValue OrderTm(in LuaValue a, in LuaValue b, MetaEvent ev, bool same)
    {
        LuaValue tm1 = GetMetamethod(a, ev);
        if (!same) return tm1.IsNil ? GetMetamethod(b, ev) : tm1;
        if (tm1.IsNil) return tm1;
        return LuaValue.RawEquals(tm1, GetMetamethod(b, ev)) ? tm1 : LuaValue.Nil;
    }

    /// <summary>Lua 5.3 and older: <c>a &lt;= b</c> without <c>__le</c> is <c>not (b &lt; a)</c> by <c>__lt</c>
    /// (5.3 manual §2.4); the frame's flag makes the instruction negate the metamethod's result.</summary>
    private MetaStep LeViaLt(LuaValue a, LuaValue b)
    {
        LuaValue tm = LtForLe(a, b);
        Frames[FrameCount - 1].Flags |= FrameFlags.LeViaLt;
        return CallMeta(MetaSlot, tm, b, a, default, 2, 1);
    }

    /// <summary>The <c>__lt</c> that stands in for a missing <c>__le</c> of <c>a &lt;= b</c>: called as <c>b &lt; a</c>,
    /// so <paramref name="b"/>'s first (5.3 ltm.c luaT_callorderTM); none is an order error.</summary>
    private LuaValue LtForLe(in LuaValue a, in LuaValue b)
    {
        LuaValue tm = GetMetamethod(b, MetaEvent.Lt);
        if (tm.IsNil) tm = GetMetamethod(a, MetaEvent.Lt);
        if (tm.IsNil) throw OrderError(a, b);
        return tm;
    }

    // ------------------------------------------------------------------ host-level operations (nested calls)

    /// <summary>lua_gettable: <c>t[k]</c> with metamethods, for host code.</summary>
    internal LuaValue GetIndex(in LuaValue t, in LuaValue key)
    {
        LuaValue cur = t;
        for (int loop = 0; loop < MaxTagLoop; loop++)
        {
            LuaValue tm;
            if (cur.O is LuaTable h)
            {
                LuaValue v = h.VmGet(key);
                if (!v.IsNil) return v;
                tm = FastTm(h.Metatable, MetaEvent.Index);
                if (tm.IsNil) return LuaValue.Nil;
            }
            else
            {
                tm = GetMetamethod(cur, MetaEvent.Index);
                if (tm.IsNil) throw RuntimeError($"attempt to index a {ObjTypeName(cur)} value");
            }
            if (tm.O is LuaFunction) return Call1(tm, cur, key);
            cur = tm;
        }
        throw RuntimeError(Global.Profile.OldStyleVariableInfo ? "loop in gettable" : "'__index' chain too long; possible loop");
    }

    /// <summary>lua_settable: <c>t[k] = v</c> with metamethods, for host code.</summary>
    internal void SetIndex(in LuaValue t, in LuaValue key, in LuaValue val)
    {
        LuaValue cur = t;
        for (int loop = 0; loop < MaxTagLoop; loop++)
        {
            LuaValue tm;
            if (cur.O is LuaTable h)
            {
                if (!h.VmGet(key).IsNil) { RawSetChecked(h, key, val); return; }
                tm = FastTm(h.Metatable, MetaEvent.NewIndex);
                if (tm.IsNil) { RawSetChecked(h, key, val); return; }
            }
            else
            {
                tm = GetMetamethod(cur, MetaEvent.NewIndex);
                if (tm.IsNil) throw RuntimeError($"attempt to index a {ObjTypeName(cur)} value");
            }
            if (tm.O is LuaFunction)
            {
                CallValue(tm, cur, key, val, 3, 0);
                return;
            }
            cur = tm;
        }
        throw RuntimeError(Global.Profile.OldStyleVariableInfo ? "loop in settable" : "'__newindex' chain too long; possible loop");
    }

    /// <summary>Orders two strings (l_strcmp), charging the bytes compared: two 8 MB strings compare byte by byte.</summary>
    private int CompareCharged(LuaString a, LuaString b)
    {
        Global.ChargeBytes(Math.Min(a.Length, b.Length));
        return a.CompareTo(b);
    }

    /// <summary>lua_compare with LUA_OPEQ: equality with <c>__eq</c>, for host code.</summary>
    internal bool ValuesEqual(in LuaValue a, in LuaValue b)
    {
        if (LuaValue.RawEquals(a, b)) return true;
        bool tables = a.O is LuaTable && b.O is LuaTable, uds = a.O is LuaUserdata && b.O is LuaUserdata;
        if (!tables && !uds) return false;
        LuaTable? m1 = a.O is LuaTable ta ? ta.Metatable : (a.O as LuaUserdata)?.Metatable;
        LuaValue tm = FastTm(m1, MetaEvent.Eq);
        if (tm.IsNil)
        {
            LuaTable? m2 = b.O is LuaTable tb ? tb.Metatable : (b.O as LuaUserdata)?.Metatable;
            tm = FastTm(m2, MetaEvent.Eq);
        }
        return !tm.IsNil && Call1(tm, a, b).IsTruthy;
    }

    /// <summary>lua_compare with LUA_OPLT: <c>a &lt; b</c> with <c>__lt</c>, for host code (e.g. table.sort).</summary>
    internal bool LessThan(in LuaValue a, in LuaValue b) => Order(MetaEvent.Lt, a, b);

    /// <summary>lua_compare with LUA_OPLE: <c>a &lt;= b</c> with <c>__le</c>, for host code.</summary>
    internal bool LessEqual(in LuaValue a, in LuaValue b) => Order(MetaEvent.Le, a, b);

    private bool Order(MetaEvent ev, in LuaValue a, in LuaValue b)
    {
        if (a.IsNumber && b.IsNumber)
            return ev == MetaEvent.Lt ? Comparisons.LessThanNumbers(a, b) : Comparisons.LessEqualNumbers(a, b);
        if (a.O is LuaString sa && b.O is LuaString sb)
        {
            int c = CompareCharged(sa, sb);
            return ev == MetaEvent.Lt ? c < 0 : c <= 0;
        }
        LuaValue tm = GetMetamethod(a, ev);
        if (tm.IsNil) tm = GetMetamethod(b, ev);
        if (tm.IsNil && ev == MetaEvent.Le && Global.Profile.LeFallsBackToLt) return !Call1(LtForLe(a, b), b, a).IsTruthy;
        if (tm.IsNil) throw OrderError(a, b);
        return Call1(tm, a, b).IsTruthy;
    }

    /// <summary>lua_arith for host code: raw arithmetic or the operands' metamethod.</summary>
    internal LuaValue Arith(MetaEvent op, in LuaValue a, in LuaValue b)
    {
        switch (LuaArith.TryArith(op, a, b, out LuaValue r))
        {
            case ArithStatus.Ok: return r;
            case ArithStatus.IntegerDivideByZero: throw RuntimeError("attempt to divide by zero");
            case ArithStatus.IntegerModuloByZero: throw RuntimeError("attempt to perform 'n%0'");
        }
        if (Global.Profile.CoercesStringsInCore && (a.O is LuaString || b.O is LuaString)
            && LuaArith.TryArithCoerced(op, a, b, out r) == ArithStatus.Ok)
            return r;
        LuaValue tm = GetMetamethod(a, op);
        if (tm.IsNil) tm = GetMetamethod(b, op);
        if (tm.IsNil) throw ArithError(op, a, -1, b, -1);
        return Call1(tm, a, b);
    }

    /// <summary>luaL_len / lua_len: the length with <c>__len</c>, for host code.</summary>
    internal LuaValue Length(in LuaValue v)
    {
        if (v.O is LuaString s) return LuaValue.FromInteger(s.Length);
        LuaValue tm = GetMetamethod(v, MetaEvent.Len);
        if (tm.IsNil)
        {
            if (v.O is LuaTable t) return LuaValue.FromInteger(t.VmLength);
            throw RuntimeError($"attempt to get length of a {ObjTypeName(v)} value");
        }
        return Call1(tm, v, v);
    }
}
