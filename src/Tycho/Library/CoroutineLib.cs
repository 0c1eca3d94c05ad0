using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>The coroutine library (manual §6.2).</summary>
internal static class CoroutineLib
{
    /// <summary>coroutine's functions, prepared once per process (see <see cref="LibraryTemplate"/>).</summary>
    internal static readonly LibraryTemplate Functions = new("coroutine",
        new LuaHostFunction("create", Create), new LuaHostFunction("resume", Resume), new LuaHostFunction("status", Status),
        new LuaHostFunction("wrap", Wrap), new LuaHostFunction("isyieldable", IsYieldable),
        new LuaHostFunction("running", Running), new LuaHostFunction("close", Close),
        new LuaHostFunction("yield", YieldFallback) { Kind = HostFunctionKind.Yield });

    /// <summary>Registers the <c>coroutine</c> table.</summary>
    public static void Open(GlobalState state)
    {
        if (state.Profile.Minor <= 2) { LegacyLibraries.Coroutine(state.Profile).Open(state); return; }
        // coroutine.close is new in 5.4 (5.4 manual §8.2); 5.5 changed what it says of the main thread.
        var t = (state.Profile.HasCoroutineClose ? Functions : Functions.Without("close")).Open(state);
        if (state.Profile.Minor >= 5) t.SetStr(LuaString.From("close"), CoroutineClose55.Function);
    }

    private static LuaThread CheckCoroutine(LuaCallContext ctx, int i) =>
        ctx[i].O as LuaThread ?? throw (ctx.Global.Profile.Minor <= 2 ? ctx.ArgError(i, "coroutine expected") : ctx.TypeError(i, "thread"));

    /// <summary>coroutine.create(f).</summary>
    private static int Create(LuaCallContext ctx)
    {
        LuaFunction f = ctx.CheckFunction(1);
        return ctx.Return(LuaValue.FromObject(LuaThread.CreateCoroutine(ctx.Global, f)));
    }

    /// <summary>coroutine.resume(co, ...): true and the yielded/returned values, or false and the error.</summary>
    private static int Resume(LuaCallContext ctx)
    {
        LuaThread co = CheckCoroutine(ctx, 1);
        var args = ctx.ArgCount > 1 ? ctx.Args[1..].ToArray() : Array.Empty<LuaValue>();
        var th = ctx.Thread;
        th.Push(LuaValue.True);
        int n = co.Resume(th, args, ResumeKind.Resume);
        if (n < 0)
        {
            // [true, err] -> [false, err]
            th.Stack[th.Top - 2] = LuaValue.False;
            return 2;
        }
        return n + 1;
    }

    /// <summary>coroutine.yield called from host code (calls from Lua are handled by the VM).</summary>
    private static int YieldFallback(LuaCallContext ctx)
    {
        if (ctx.Thread.IsMainThread) throw new LuaRuntimeException("attempt to yield from outside a coroutine");
        throw new LuaRuntimeException("attempt to yield across a C-call boundary");
    }

    private static readonly LuaString[] StatusNames =
        { LuaString.From("suspended"), LuaString.From("running"), LuaString.From("normal"), LuaString.From("dead") };

    /// <summary>coroutine.status(co).</summary>
    private static int Status(LuaCallContext ctx)
    {
        LuaThread co = CheckCoroutine(ctx, 1);
        return ctx.Return(StatusNames[(int)co.StatusSeenFrom(ctx.Thread)]);
    }

    /// <summary>coroutine.wrap(f): a function that resumes the coroutine and propagates its errors.</summary>
    private static int Wrap(LuaCallContext ctx)
    {
        LuaFunction f = ctx.CheckFunction(1);
        var co = LuaThread.CreateCoroutine(ctx.Global, f);
        return ctx.Return(new LuaHostFunction("wrap", AuxWrap, LuaValue.FromObject(co)));
    }

    private static int AuxWrap(LuaCallContext ctx)
    {
        var co = (LuaThread)ctx.Function.UpValues[0].O!;
        var th = ctx.Thread;
        // The span over the caller's stack is safe: Resume reads the arguments before touching th's stack.
        int n = co.Resume(th, ctx.Args, ResumeKind.Wrap);
        if (n >= 0) return n;
        LuaValue err = th.Stack[th.Top - 1];
        th.Top--;
        if (co.HasError)
        {
            LuaValue? closeErr = co.CloseCoroutine(ctx.Thread);
            if (closeErr is LuaValue ce) err = ce;
        }
        if (err.O is LuaString s) err = LuaValue.FromString(LuaString.Concat(LuaString.From(th.Where(1)), s));
        // The host's Error hook reported this error where it was raised, inside the coroutine.
        throw th.ErrorAlreadyReported = new LuaRuntimeException(err);
    }

    /// <summary>coroutine.isyieldable([co]).</summary>
    private static int IsYieldable(LuaCallContext ctx)
    {
        LuaThread co = ctx.IsNoneOrNil(1) ? ctx.Thread : CheckCoroutine(ctx, 1);
        return ctx.Return(!co.IsMainThread && co.NonYieldable == 0);
    }

    /// <summary>coroutine.running(): the running coroutine and whether it is the main thread.</summary>
    private static int Running(LuaCallContext ctx) =>
        ctx.Return(LuaValue.FromObject(ctx.Thread), ctx.Thread.IsMainThread);

    /// <summary>coroutine.close(co): closes a suspended or dead coroutine's pending to-be-closed variables.</summary>
    internal static int Close(LuaCallContext ctx)
    {
        LuaThread co = CheckCoroutine(ctx, 1);
        if (co.CloseRefusal(ctx.Thread) is { } refused) throw ctx.Error(refused);
        LuaValue? err = co.CloseCoroutine(ctx.Thread);
        if (err is LuaValue e) return ctx.Return(false, e);
        return ctx.Return(true);
    }
}
