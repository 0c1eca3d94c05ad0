using Tycho.Runtime;

namespace Tycho.Library;

// The debug library as Lua 5.3 has it (5.3 manual §6.10).
internal static partial class DebugLib
{
    /// <summary>Registers 5.3's <c>debug</c>: no <c>setcstacklimit</c> (new in 5.4), and an <c>upvalueid</c>
    /// that rejects an invalid index.</summary>
    private static void Open53(GlobalState state) =>
        state.RegisterLibrary("debug",
            ("traceback", Traceback), ("getinfo", GetInfo), ("getmetatable", GetMetatable),
            ("setmetatable", SetMetatable), ("sethook", SetHook), ("gethook", GetHook),
            ("getregistry", GetRegistry), ("getupvalue", GetUpvalue53), ("setupvalue", SetUpvalue53),
            ("getlocal", GetLocal), ("upvalueid", UpvalueId53), ("getuservalue", GetUserValue),
            ("setuservalue", SetUserValue), ("setlocal", SetLocal), ("upvaluejoin", UpvalueJoin),
            ("debug", DebugPrompt));

    /// <summary>debug.upvalueid(f, n) of 5.3 (ldblib's checkupval): an index the function does not have is an
    /// argument error, where 5.4 returns fail.</summary>
    private static int UpvalueId53(LuaCallContext ctx)
    {
        long n = ctx.CheckInteger(2);
        LuaFunction f = ctx.CheckFunction(1);
        int count = f is LuaClosure cl ? cl.UpValues.Length : f is LuaHostFunction h ? h.UpValues.Length : 0;
        if (n < 1 || n > count) throw ctx.ArgError(2, "invalid upvalue index");
        return UpvalueId(ctx);
    }

    /// <summary>5.3's name of an upvalue of a function without debug information (5.3 lapi.c's aux_upvalue).</summary>
    private static string Name53(string name) => name == "(no name)" ? "(*no name)" : name;

    private static int GetUpvalue53(LuaCallContext ctx)
    {
        LuaFunction f = ctx.CheckFunction(1);
        long n = ctx.CheckInteger(2);
        return LuaThread.TryGetUpvalue(f, n, out string name, out LuaValue value) ? ctx.Return(Name53(name), value) : 0;
    }

    private static int SetUpvalue53(LuaCallContext ctx)
    {
        LuaFunction f = ctx.CheckFunction(1);
        long n = ctx.CheckInteger(2);
        ctx.CheckAny(3);
        return LuaThread.SetUpvalue(f, n, ctx[3]) is string name ? ctx.Return(Name53(name)) : 0;
    }
}
