using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// Lua 5.5's <c>collectgarbage</c> (Lua 5.5 manual §6.1, §8.2): the collector's parameters are read and set with the
/// option <c>"param"</c>; <c>"setpause"</c> and <c>"setstepmul"</c> are gone, and <c>"incremental"</c> and
/// <c>"generational"</c> only switch modes. <c>"step"</c> reports the end of a cycle in either mode.
/// </summary>
internal static class GcParam55
{
    private static readonly string[] Options =
        { "stop", "restart", "collect", "count", "step", "isrunning", "generational", "incremental", "param" };

    /// <summary>The parameter names of <c>collectgarbage("param", name [, value])</c>, in lua.h's order.</summary>
    private static readonly string[] ParamNames = { "minormul", "majorminor", "minormajor", "pause", "stepmul", "stepsize" };

    /// <summary>lgc.h's defaults (LUAI_GENMINORMUL ... LUAI_GCSTEPSIZE), as the 5.5 oracle reports them.</summary>
    internal static readonly int[] Defaults = { 20, 50, 68, 250, 200, 9600 };

    private const int Pause = 3;

    /// <summary>The function, for the 5.5 library template.</summary>
    public static readonly LuaHostFunction Function = new("collectgarbage", CollectGarbage);

    private static int CollectGarbage(LuaCallContext ctx)
    {
        string opt = ctx.OptString(1, null)?.ToString() ?? "collect";
        if (Array.IndexOf(Options, opt) < 0) throw ctx.ArgError(1, $"invalid option '{opt}'");
        var st = ctx.Global;
        if (st.GcRefused) return ctx.Return(false);
        switch (opt)
        {
            case "collect": st.GcCollect(ctx.Thread); return ctx.Return(0);
            case "count": return ctx.Return(st.GcCountKilobytes);
            case "step": return ctx.Return(st.GcStep(ctx.Thread, ctx.OptInteger(2, 0)));
            case "isrunning": return ctx.Return(st.GcRunning);
            case "stop": st.GcSetRunning(false); return ctx.Return(0);
            case "restart": st.GcSetRunning(true); return ctx.Return(0);
            case "incremental": return ctx.Return(ModeName(st.GcSetIncremental(0, 0, 0)));
            case "generational": return ctx.Return(ModeName(st.GcSetGenerational(0, 0)));
            default: return Param(ctx, st);
        }
    }

    private static string ModeName(GlobalState.CollectorMode m) =>
        m == GlobalState.CollectorMode.Incremental ? "incremental" : "generational";

    /// <summary>collectgarbage("param", name [, value]): the previous value; a value below 0 (the default) only reads.</summary>
    private static int Param(LuaCallContext ctx, GlobalState st)
    {
        string? name = ctx.OptString(2, null)?.ToString();
        int p = name is null ? -1 : Array.IndexOf(ParamNames, name);
        if (p < 0)
        {
            if (name is null) ctx.CheckString(2);
            throw ctx.ArgError(2, $"invalid option '{name}'");
        }
        long value = ctx.OptInteger(3, -1);
        int[] values = st.Gc55Params ??= (int[])Defaults.Clone();
        int previous = values[p];
        if (value >= 0)
        {
            values[p] = (int)Math.Min(value, int.MaxValue);
            if (p == Pause) st.GcSetPause55(values[p]);
        }
        return ctx.Return(previous);
    }
}
