using System.Runtime.CompilerServices;
using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// The C API operations the standard libraries need, with lua5.4's metamethod semantics: <c>lua_geti</c> /
/// <c>lua_seti</c> (honouring <c>__index</c> / <c>__newindex</c>, manual §2.4), <c>luaL_len</c> (<c>__len</c>)
/// and <c>lua_compare(..., LUA_OPLT)</c> (<c>__lt</c>). Plain tables without a metatable take a raw fast path.
/// Errors are raised without position, as lua5.4's runtime errors inside C functions are.
/// </summary>
internal static class LibOps
{
    private const int MaxTagLoop = 2000; // lvm.c MAXTAGLOOP

    /// <summary>lua_geti: <c>t[i]</c> with <c>__index</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue GetI(LuaThread th, in LuaValue t, long i)
    {
        if (t.O is LuaTable tab)
        {
            LuaValue v = tab.GetInt(i);
            if (!v.IsNil || tab.Metatable is null) return v;
        }
        return GetSlow(th, t, LuaValue.FromInteger(i));
    }

    /// <summary>lua_gettable / lua_getfield: <c>t[k]</c> with <c>__index</c>.</summary>
    public static LuaValue Get(LuaThread th, in LuaValue t, in LuaValue k)
    {
        if (t.O is LuaTable tab)
        {
            LuaValue v = tab.Get(k);
            if (!v.IsNil || tab.Metatable is null) return v;
        }
        return GetSlow(th, t, k);
    }

    private static LuaValue GetSlow(LuaThread th, LuaValue t, LuaValue k)
    {
        for (int loop = 0; loop < MaxTagLoop; loop++)
        {
            LuaValue tm;
            if (t.O is LuaTable tab)
            {
                LuaValue v = tab.Get(k);
                if (!v.IsNil) return v;
                tm = MetaNames.Get(tab.Metatable, MetaEvent.Index);
                if (tm.IsNil) return LuaValue.Nil;
            }
            else
            {
                tm = MetaNames.Get(th.Global.GetMetatable(t), MetaEvent.Index);
                if (tm.IsNil) throw new LuaRuntimeException($"attempt to index a {TypeNameOf(th, t)} value");
            }
            if (tm.IsFunction) return th.Call1(tm, t, k);
            t = tm;
        }
        throw new LuaRuntimeException("'__index' chain too long; possible loop");
    }

    /// <summary>lua_seti: <c>t[i] = v</c> with <c>__newindex</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetI(LuaThread th, in LuaValue t, long i, in LuaValue v)
    {
        if (t.O is LuaTable tab && tab.Metatable is null) { tab.SetInt(i, v); return; }
        SetSlow(th, t, LuaValue.FromInteger(i), v);
    }

    /// <summary>lua_settable / lua_setfield: <c>t[k] = v</c> with <c>__newindex</c>.</summary>
    public static void Set(LuaThread th, in LuaValue t, in LuaValue k, in LuaValue v)
    {
        if (t.O is LuaTable tab && tab.Metatable is null) { tab.Set(k, v); return; }
        SetSlow(th, t, k, v);
    }

    private static void SetSlow(LuaThread th, LuaValue t, LuaValue k, LuaValue v)
    {
        for (int loop = 0; loop < MaxTagLoop; loop++)
        {
            LuaValue tm;
            if (t.O is LuaTable tab)
            {
                if (!tab.Get(k).IsNil) { tab.Set(k, v); return; }
                tm = MetaNames.Get(tab.Metatable, MetaEvent.NewIndex);
                if (tm.IsNil) { tab.Set(k, v); return; }
            }
            else
            {
                tm = MetaNames.Get(th.Global.GetMetatable(t), MetaEvent.NewIndex);
                if (tm.IsNil) throw new LuaRuntimeException($"attempt to index a {TypeNameOf(th, t)} value");
            }
            if (tm.IsFunction) { th.Call(tm, [t, k, v]); return; }
            t = tm;
        }
        throw new LuaRuntimeException("'__newindex' chain too long; possible loop");
    }

    /// <summary>lua_len: <c>#v</c> with <c>__len</c> (the result may be any value).</summary>
    public static LuaValue Len(LuaThread th, in LuaValue v)
    {
        if (v.O is LuaTable tab)
        {
            if (tab.Metatable is null) return LuaValue.FromInteger(tab.Length);
            LuaValue tm = MetaNames.Get(tab.Metatable, MetaEvent.Len);
            if (tm.IsNil) return LuaValue.FromInteger(tab.Length);
            return th.Call1(tm, v, v);
        }
        if (v.O is LuaString s) return LuaValue.FromInteger(s.Length);
        LuaValue mm = MetaNames.Get(th.Global.GetMetatable(v), MetaEvent.Len);
        if (mm.IsNil) throw new LuaRuntimeException($"attempt to get length of a {TypeNameOf(th, v)} value");
        return th.Call1(mm, v, v);
    }

    /// <summary>luaL_len: the length as an integer, or "object length is not an integer".</summary>
    public static long LenI(in LuaCallContext ctx, in LuaValue v)
    {
        if (v.O is LuaTable tab && tab.Metatable is null) return tab.Length;
        LuaValue r = Len(ctx.Thread, v);
        if (r.IsInteger) return r.RawInteger;
        if (r.IsFloat && LuaValue.FloatToInteger(r.RawFloat, out long i)) return i;
        if (r.IsString && r.TryToInteger(out i)) return i;
        throw ctx.Error("object length is not an integer");
    }

    /// <summary>
    /// lua_compare(a, b, LUA_OPLT) (manual §3.4.4): numbers by mathematical value, strings bytewise (the C locale's
    /// strcoll), otherwise the <c>__lt</c> metamethod, else "attempt to compare ...".
    /// TODO(vm): defer to the VM's comparison helper once merged, so both share one implementation.
    /// </summary>
    public static bool LessThan(LuaThread th, in LuaValue a, in LuaValue b)
    {
        if (a.IsInteger && b.IsInteger) return a.RawInteger < b.RawInteger;
        if (a.IsNumber && b.IsNumber) return NumLessThan(a, b);
        if (a.O is LuaString sa && b.O is LuaString sb) return sa.CompareTo(sb) < 0;
        LuaValue tm = MetaNames.Get(th.Global.GetMetatable(a), MetaEvent.Lt);
        if (tm.IsNil) tm = MetaNames.Get(th.Global.GetMetatable(b), MetaEvent.Lt);
        if (tm.IsNil) throw OrderError(th, a, b);
        return th.Call1(tm, a, b).IsTruthy;
    }

    /// <summary>luaG_ordererror's message.</summary>
    public static LuaRuntimeException OrderError(LuaThread th, in LuaValue a, in LuaValue b)
    {
        string t1 = TypeNameOf(th, a), t2 = TypeNameOf(th, b);
        return new LuaRuntimeException(t1 == t2 ? $"attempt to compare two {t1} values" : $"attempt to compare {t1} with {t2}");
    }

    /// <summary>luaT_objtypename: <c>__name</c> when it is a string, else the basic type name.</summary>
    public static string TypeNameOf(LuaThread th, in LuaValue v)
    {
        if (v.O is LuaTable or LuaUserdata)
        {
            var mt = th.Global.GetMetatable(v);
            if (mt is not null && mt.GetStr(MetaNames.Name).AsString is LuaString n) return n.ToString();
        }
        return v.TypeName;
    }

    /// <summary>Exact mixed integer/float "less than" (lvm.c LTnum): no rounding of large integers.</summary>
    private static bool NumLessThan(in LuaValue a, in LuaValue b)
    {
        if (a.IsFloat && b.IsFloat) return a.RawFloat < b.RawFloat;
        if (a.IsInteger)
        {
            // i < f  <=>  i < ceil(f)
            double f = b.RawFloat;
            if (double.IsNaN(f)) return false;
            if (f >= 9223372036854775808.0) return true;
            if (f <= -9223372036854775808.0) return false;
            return a.RawInteger < (long)Math.Ceiling(f);
        }
        else
        {
            // f < i  <=>  floor(f) < i
            double f = a.RawFloat;
            if (double.IsNaN(f)) return false;
            if (f >= 9223372036854775808.0) return false;
            if (f < -9223372036854775808.0) return true;
            return (long)Math.Floor(f) < b.RawInteger;
        }
    }

    /// <summary>lua_isstring: strings and numbers.</summary>
    public static bool IsStringLike(in LuaValue v) => v.IsString || v.IsNumber;

    /// <summary>lua_tolstring for a string or number (numbers converted as <c>tostring</c> does).</summary>
    public static LuaString ToLuaString(in LuaValue v) => v.O as LuaString ?? LuaString.ToDisplay(v);
}
