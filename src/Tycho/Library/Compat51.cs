using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// Functions of Lua 5.1's libraries that 5.4 no longer has (Lua 5.1 manual §5.1, §5.5, §5.6): <c>unpack</c>,
/// <c>loadstring</c>, <c>table.getn</c>/<c>setn</c>/<c>maxn</c>/<c>foreach</c>/<c>foreachi</c>, <c>gcinfo</c> and
/// <c>newproxy</c>. Debian's 5.2, built with LUA_COMPAT_ALL, keeps <c>unpack</c>, <c>loadstring</c> and
/// <c>table.maxn</c>. The libraries of those versions add them (see <see cref="LegacyLibraries"/>); 5.4 never does.
/// </summary>
internal static class Compat51
{
    /// <summary>unpack(list [, i [, j]]) of 5.1 and 5.2 (5.2's is also <c>table.unpack</c>): a table is required, its
    /// elements read raw (lua_rawgeti); the default end is the raw length in 5.1 and luaL_len (honouring
    /// <c>__len</c>) in 5.2.</summary>
    public static readonly LuaHostFunction Unpack = new("unpack", UnpackFn);

    /// <summary>loadstring(string [, chunkname]) of 5.1 (Lua 5.1 manual §5.1); 5.2's is <c>load</c> itself.</summary>
    public static readonly LuaHostFunction LoadString = new("loadstring", ctx => BaseLib.LoadString(ctx));

    /// <summary>table.getn(t) (Lua 5.1 manual §5.5): the raw length (Debian builds 5.1 without LUA_COMPAT_GETN).</summary>
    public static readonly LuaHostFunction GetN = new("getn", ctx => ctx.Return(ctx.CheckTable(1).Length));

    /// <summary>table.setn: without LUA_COMPAT_GETN it only says it is obsolete, as 5.1 does.</summary>
    public static readonly LuaHostFunction SetN = new("setn", ctx =>
    {
        ctx.CheckTable(1);
        throw ctx.Error("'setn' is obsolete");
    });

    /// <summary>table.maxn(t) (Lua 5.1 manual §5.5): the largest positive numeric key, 0 when none, by a raw walk.</summary>
    public static readonly LuaHostFunction MaxN = new("maxn", MaxNFn);

    /// <summary>table.foreach(t, f) (deprecated in 5.1 but present): f(k, v) for each pair until one returns non-nil.</summary>
    public static readonly LuaHostFunction ForEach = new("foreach", ForEachFn);

    /// <summary>table.foreachi(t, f): f(i, t[i]) for i = 1 to the raw length until one returns non-nil.</summary>
    public static readonly LuaHostFunction ForEachI = new("foreachi", ForEachIFn);

    /// <summary>gcinfo() (Lua 5.1 manual §5.1, deprecated): the memory in use in whole kilobytes.</summary>
    public static readonly LuaHostFunction GcInfo = new("gcinfo", ctx => ctx.Return((double)(long)ctx.Global.GcCountKilobytes));

    /// <summary>newproxy([b | proxy]) (undocumented in 5.1, present): a zero-size userdata, with a fresh metatable
    /// for true, or sharing a proxy's metatable.</summary>
    public static readonly LuaHostFunction NewProxy = new("newproxy", NewProxyFn);

    private static int UnpackFn(LuaCallContext ctx)
    {
        LuaTable t = ctx.CheckTable(1);
        long i = ctx.OptInteger(2, 1);
        long e = !ctx.IsNoneOrNil(3) ? ctx.CheckInteger(3)
            : ctx.Global.Profile.Minor == 1 ? t.Length : LibOps.LenI(ctx, ctx[1]);
        if (i > e) return 0;
        long n = unchecked(e - i + 1);
        if (n <= 0 || n >= LuaLimits.MaxStack) throw ctx.Error("too many results to unpack");
        ctx.Global.Charge(n);
        ctx.Thread.EnsureSlots(ctx.Thread.Top + (int)n + LuaThread.ExtraStack);
        for (long k = i; k <= e; k++) ctx.Push(FloatResults.ToFloat(t.VmGetInt(k)));
        return (int)n;
    }

    private static int MaxNFn(LuaCallContext ctx)
    {
        LuaTable t = ctx.CheckTable(1);
        double max = 0;
        LuaValue k = LuaValue.Nil;
        while (t.Next(k, out LuaValue key, out _))
        {
            k = key;
            ctx.Global.Charge(1);
            if (key.IsNumber && key.TryToNumber(out double d) && d > max) max = d;
        }
        return ctx.Return(max);
    }

    private static int ForEachFn(LuaCallContext ctx)
    {
        LuaTable t = ctx.CheckTable(1);
        LuaFunction f = ctx.CheckFunction(2);
        LuaValue k = LuaValue.Nil;
        while (t.Next(k, out LuaValue key, out LuaValue value))
        {
            k = key;
            LuaValue r = ctx.Call1(f, key, value);
            if (!r.IsNil) return ctx.Return(r);
        }
        return 0;
    }

    private static int ForEachIFn(LuaCallContext ctx)
    {
        LuaTable t = ctx.CheckTable(1);
        LuaFunction f = ctx.CheckFunction(2);
        long n = t.Length;
        for (long i = 1; i <= n; i++)
        {
            LuaValue r = ctx.Call1(f, (double)i, t.VmGetInt(i));
            if (!r.IsNil) return ctx.Return(r);
        }
        return 0;
    }

    private static int NewProxyFn(LuaCallContext ctx)
    {
        LuaValue a = ctx[1];
        LuaTable? mt = null;
        if (a.IsBoolean || a.IsNil)
        {
            if (a.IsTruthy) mt = new LuaTable();
        }
        else if (a.O is LuaUserdata u && u.Value is ProxyMark)
            mt = u.Metatable;
        else
            throw ctx.ArgError(1, "boolean or proxy expected");
        return ctx.Return(LuaValue.FromObject(new LuaUserdata(ProxyMark.Instance, mt)));
    }

    /// <summary>What tells a proxy from other userdata (5.1 keeps a weak table of the proxies' metatables).</summary>
    private sealed class ProxyMark
    {
        public static readonly ProxyMark Instance = new();
    }
}
