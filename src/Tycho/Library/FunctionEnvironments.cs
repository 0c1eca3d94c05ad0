using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// Lua 5.1's function environments (5.1 manual §2.9, §5.1 <c>getfenv</c>/<c>setfenv</c>). In the 5.1 dialect the
/// compiler gives every Lua function the hidden upvalue <see cref="Prototype.HiddenEnvName"/> as its first upvalue
/// and reads globals through it; a closure made by CLOSURE shares its creator's cell, so it starts with its
/// creator's current environment. <c>setfenv</c> gives one closure a fresh cell, which changes that function alone
/// (and the closures it makes afterwards), as 5.1's per-function environment does. Host functions have the globals
/// as their environment and cannot change it; level 0 is the thread, whose environment is the globals.
/// </summary>
internal static class FunctionEnvironments
{
    /// <summary>The functions, prepared once per process (see <see cref="LibraryTemplate"/>).</summary>
    private static readonly LibraryTemplate Functions = new("_G", ("getfenv", GetFEnv), ("setfenv", SetFEnv));

    /// <summary>Adds <c>getfenv</c> and <c>setfenv</c> to the globals <paramref name="g"/> of a 5.1 state.</summary>
    public static void AddTo(LuaTable g) => Functions.AddTo(g);

    /// <summary>getfenv([f]): the environment of function <c>f</c> or of the function at stack level <c>f</c>
    /// (default 1, the caller).</summary>
    private static int GetFEnv(LuaCallContext ctx)
    {
        LuaFunction? fn = FunctionArg(ctx, "getfenv", out bool thread);
        if (thread || fn is not LuaClosure cl || !HasEnv(cl)) return ctx.Return(ctx.Global.Globals);
        return ctx.Return(cl.UpValues[0].Ref);
    }

    /// <summary>setfenv(f, table): replaces the environment of function <c>f</c> (or of the function at level
    /// <c>f</c>) and returns that function; host functions' environments cannot change.</summary>
    private static int SetFEnv(LuaCallContext ctx)
    {
        ctx.CheckType(2, LuaType.Table);
        LuaFunction? fn = FunctionArg(ctx, "setfenv", out bool thread);
        LuaValue env = ctx[2];
        // Level 0, the running thread: its environment is the globals every host function sees, which a state
        // shares between threads here; nothing the scripts of this thread read changes, as in 5.1.
        if (thread) return ctx.Return();
        if (fn is not LuaClosure cl || !TrySet(cl, env))
            throw ctx.Error("'setfenv' cannot change environment of given object");
        return ctx.Return(LuaValue.FromObject(cl));
    }

    /// <summary>Gives <paramref name="cl"/> its own environment cell holding <paramref name="env"/> (setfenv, and
    /// <c>module</c>'s <c>setfenv(2, m)</c>); false for a closure without one (not compiled for Lua 5.1).</summary>
    internal static bool TrySet(LuaClosure cl, in LuaValue env)
    {
        if (!HasEnv(cl)) return false;
        cl.UpValues[0] = new UpValue(env);
        return true;
    }

    /// <summary>A closure compiled in the 5.1 dialect has its environment as upvalue 0.</summary>
    private static bool HasEnv(LuaClosure cl) => cl.UpValues.Length > 0 && cl.Proto.HasHiddenEnv;

    /// <summary>luaB's getfunc: argument 1 as a function, or as a level (1 when absent) whose frame's function it
    /// takes; <paramref name="thread"/> for level 0.</summary>
    private static LuaFunction? FunctionArg(LuaCallContext ctx, string name, out bool thread)
    {
        thread = false;
        LuaValue a = ctx[1];
        if (a.O is LuaFunction f) return f;
        long level = a.IsNil && name == "getfenv" ? 1 : ctx.CheckInteger(1);
        if (level < 0) throw ctx.ArgError(1, "level must be non-negative");
        if (level == 0) { thread = true; return null; }
        // Lua 5.1 counts a level for the caller a tail call replaced, and that level has no function.
        var th = ctx.Thread;
        int fi = th.FrameCount - 1;   // level 0: the running host function
        for (long l = 0; l < level;)
        {
            if ((th.Frames[fi].Flags & FrameFlags.Tail) != 0 && ++l == level)
                throw ctx.Error($"no function environment for tail call at level {level}");
            fi--;
            l++;
            if (fi < 1) throw ctx.ArgError(1, "invalid level");
        }
        return th.Frames[fi].Function;
    }
}
