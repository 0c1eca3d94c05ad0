using Tycho.Runtime;

namespace Tycho.Library;

// The basic functions as Lua 5.3 has them (5.3 manual §6.1).
internal static partial class BaseLib
{
    private static readonly LuaString TostringName = LuaString.FromAscii("tostring");
    private static readonly LuaString IPairsMetaName = LuaString.FromAscii("__ipairs");

    /// <summary>The basic functions of Lua 5.3: no <c>warn</c> (5.4 manual §8.2 lists it new), a <c>print</c> that
    /// calls the global <c>tostring</c>, a <c>collectgarbage</c> without the 5.4 collector modes.</summary>
    internal static readonly LibraryTemplate Functions53 = Functions.Without("warn")
        .Replacing(Fn("print", Print53))
        .Replacing(Fn("collectgarbage", CollectGarbage53))
        .Replacing(Fn("ipairs", IPairs53));

    /// <summary>The basic functions of the dialect of <paramref name="profile"/>.</summary>
    internal static LibraryTemplate ForProfile(LanguageProfile profile) => profile.Minor == 3 ? Functions53 : Functions;

    /// <summary>print(...) of Lua 5.3 (5.3 manual §6.1): each argument goes through the global <c>tostring</c>,
    /// which a script may replace, and a result that is not a string is an error.</summary>
    private static int Print53(LuaCallContext ctx)
    {
        var output = ctx.Global.StandardOutput;
        LuaValue tostring = ctx.Thread.GetIndex(ctx.Global.Globals, TostringName);
        int n = ctx.ArgCount;
        for (int i = 1; i <= n; i++)
        {
            LuaValue s = ctx.Thread.CallValue(tostring, ctx[i], default, default, 1, 1);
            if (s.IsNumber) s = LuaValue.FromString(LuaString.ToDisplay(s));
            if (s.O is not LuaString str) throw ctx.Error("'tostring' must return a string to 'print'");
            if (i > 1) output.WriteByte((byte)'\t');
            output.Write(str.Span);
        }
        output.WriteByte((byte)'\n');
        try { output.Flush(); } catch (IOException) { }
        return 0;
    }

    /// <summary>collectgarbage of Lua 5.3 (5.3 manual §6.1): the options "generational" and "incremental" are
    /// 5.4's (5.4 manual §2.5) and invalid here.</summary>
    private static int CollectGarbage53(LuaCallContext ctx)
    {
        string? opt = ctx.OptString(1, null)?.ToString();
        if (opt is "generational" or "incremental") throw ctx.ArgError(1, $"invalid option '{opt}'");
        return CollectGarbage(ctx);
    }

    /// <summary>ipairs(t) of the 5.3 release build (LUA_COMPAT_IPAIRS, 5.3 manual §8.2 deprecates it): a
    /// <c>__ipairs</c> metamethod makes the generic-for triple instead.</summary>
    private static int IPairs53(LuaCallContext ctx)
    {
        ctx.CheckAny(1);
        LuaTable? mt = ctx.Global.GetMetatable(ctx[1]);
        LuaValue mm = mt is null ? LuaValue.Nil : mt.GetStr(IPairsMetaName);
        if (mm.IsNil) return ctx.Return(IPairsAux, ctx[1], 0);
        LuaValue[] r = ctx.Call(mm, ctx[1]);
        return ctx.Return(r.Length > 0 ? r[0] : LuaValue.Nil, r.Length > 1 ? r[1] : LuaValue.Nil, r.Length > 2 ? r[2] : LuaValue.Nil);
    }
}
