using System.Runtime.CompilerServices;
using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// The C API operations the standard libraries need (<c>lua_geti</c>, <c>lua_seti</c>, <c>luaL_len</c>,
/// <c>lua_compare</c>), as inlined fast paths for plain tables in front of the runtime's one implementation of
/// each operation with metamethods (<see cref="LuaThread"/>'s <c>GetIndex</c>, <c>SetIndex</c>, <c>Length</c>,
/// <c>LessThan</c>; manual §2.4, §3.4.4). Called from a host function, those raise their errors without position,
/// as lua5.4's runtime errors inside C functions are.
/// </summary>
internal static class LibOps
{
    /// <summary>lua_geti: <c>t[i]</c> with <c>__index</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue GetI(LuaThread th, in LuaValue t, long i)
    {
        if (t.O is LuaTable tab)
        {
            LuaValue v = tab.VmGetInt(i);   // the library runs inside the state: no guard (LuaTable.Api.cs)
            if (!v.IsNil || tab.Metatable is null) return v;
        }
        return th.GetIndex(t, LuaValue.FromInteger(i));
    }

    /// <summary>lua_gettable / lua_getfield: <c>t[k]</c> with <c>__index</c>.</summary>
    public static LuaValue Get(LuaThread th, in LuaValue t, in LuaValue k)
    {
        if (t.O is LuaTable tab)
        {
            LuaValue v = tab.VmGet(k);
            if (!v.IsNil || tab.Metatable is null) return v;
        }
        return th.GetIndex(t, k);
    }

    /// <summary>lua_seti: <c>t[i] = v</c> with <c>__newindex</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetI(LuaThread th, in LuaValue t, long i, in LuaValue v)
    {
        if (t.O is LuaTable tab && tab.Metatable is null) { tab.VmSetInt(i, v); return; }   // as the VM's own stores
        th.SetIndex(t, LuaValue.FromInteger(i), v);
    }

    /// <summary>lua_settable / lua_setfield: <c>t[k] = v</c> with <c>__newindex</c>.</summary>
    public static void Set(LuaThread th, in LuaValue t, in LuaValue k, in LuaValue v) => th.SetIndex(t, k, v);

    /// <summary>luaL_len: the length as an integer, or "object length is not an integer".</summary>
    public static long LenI(in LuaCallContext ctx, in LuaValue v)
    {
        if (v.O is LuaTable tab && tab.Metatable is null) return tab.Length;
        LuaValue r = ctx.Thread.Length(v);
        if (r.IsInteger) return r.RawInteger;
        if (r.IsFloat && LuaValue.FloatToInteger(r.RawFloat, out long i)) return i;
        if (r.IsString && r.TryToInteger(out i)) return i;
        throw ctx.Error("object length is not an integer");
    }

    /// <summary>lua_compare(a, b, LUA_OPLT) (manual §3.4.4), with an inlined integer fast path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessThan(LuaThread th, in LuaValue a, in LuaValue b) =>
        a.IsInteger && b.IsInteger ? a.RawInteger < b.RawInteger : th.LessThan(a, b);

    /// <summary>lua_isstring: strings and numbers.</summary>
    public static bool IsStringLike(in LuaValue v) => v.IsString || v.IsNumber;

    /// <summary>lua_tolstring for a string or number (numbers converted as <c>tostring</c> does).</summary>
    public static LuaString ToLuaString(in LuaValue v) => v.O as LuaString ?? LuaString.ToDisplay(v);
}
