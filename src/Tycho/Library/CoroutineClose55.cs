using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>Lua 5.5's <c>coroutine.close([co])</c> (manual §6.2): the coroutine defaults to the running one, which
/// may close itself, and the main thread is refused by name.</summary>
internal static class CoroutineClose55
{
    /// <summary>The function, for the 5.5 library.</summary>
    public static readonly LuaHostFunction Function = new("close", Close);

    private static int Close(LuaCallContext ctx)
    {
        LuaThread co = ctx.ArgCount == 0 ? ctx.Thread : ctx[1].O as LuaThread ?? throw ctx.TypeError(1, "thread");
        if (!ReferenceEquals(co, ctx.Thread)) return CoroutineLib.Close(ctx);
        if (ReferenceEquals(co, ctx.Global.MainThread)) throw ctx.Error("cannot close main thread");
        // The running coroutine closes itself and this call does not return: the resume that ran it does.
        throw co.CloseItself();
    }
}
