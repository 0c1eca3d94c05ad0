using Tycho.Compiler;
using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>The debug library (manual §6.10): traceback, getinfo, locals, upvalues, metatables and hooks.</summary>
internal static partial class DebugLib
{
    /// <summary>Registers the <c>debug</c> table.</summary>
    public static void Open(GlobalState state)
    {
        if (state.Profile.Minor == 3) { Open53(state); return; }
        var t = state.RegisterLibrary("debug",
            ("traceback", Traceback), ("getinfo", GetInfo), ("getmetatable", GetMetatable),
            ("setmetatable", SetMetatable), ("sethook", SetHook), ("gethook", GetHook),
            ("getregistry", GetRegistry), ("getupvalue", GetUpvalue), ("setupvalue", SetUpvalue),
            ("getlocal", GetLocal), ("upvalueid", UpvalueId), ("getuservalue", GetUserValue),
            ("setuservalue", SetUserValue), ("setlocal", SetLocal), ("upvaluejoin", UpvalueJoin),
            ("setcstacklimit", ctx => ctx.Return(200L)), ("debug", DebugPrompt));
        // Lua 5.1 manual §5.9 has no user values, upvalue identities or C-stack limit; 5.2 no C-stack limit.
        if (state.Profile.Minor <= 2) t.SetStr(LuaString.FromAscii("setcstacklimit"), LuaValue.Nil);
        if (state.Profile.Minor == 1)
            foreach (string name in LegacyLibraries.DebugMissing51) t.SetStr(LuaString.FromAscii(name), LuaValue.Nil);
    }

    private static (LuaThread Thread, int Arg) ThreadArg(LuaCallContext ctx) =>
        ctx[1].O is LuaThread t ? (t, 1) : (ctx.Thread, 0);

    /// <summary>lua_getstack for <paramref name="level"/> of <paramref name="th"/>: the thread holding the frame (a
    /// finalizer's levels continue in the thread it interrupted) and the frame's index.</summary>
    private static bool TryGetLevel(LuaThread th, long level, out LuaThread holder, out int fi)
    {
        holder = th;
        fi = -1;
        return level >= 0 && level <= int.MaxValue && th.TryGetLevel((int)level, out holder, out fi);
    }

    /// <summary>debug.traceback([thread,] [message [, level]]).</summary>
    internal static int Traceback(LuaCallContext ctx)
    {
        var (th, a) = ThreadArg(ctx);
        LuaValue msg = ctx[a + 1];
        if (!msg.IsNil && !msg.IsString && !msg.IsNumber) return ctx.Return(msg);
        int level = (int)ctx.OptInteger(a + 2, ReferenceEquals(th, ctx.Thread) ? 1 : 0);
        string? m = msg.IsNil ? null : LuaString.ToDisplay(msg, ctx.Global.Profile).ToString();
        return ctx.Return(LuaThread.Traceback(th, m, level));
    }

    /// <summary>debug.getinfo([thread,] f [, what]): source, short_src, currentline, linedefined, what, name...</summary>
    private static int GetInfo(LuaCallContext ctx)
    {
        var (th, a) = ThreadArg(ctx);
        LuaValue target = ctx[a + 1];
        string what = ctx.OptString(a + 2, null)?.ToString() ?? "flnSrtu";
        if (what.StartsWith('>')) throw ctx.ArgError(a + 2, "invalid option '>'");
        foreach (char oc in what)
            if ("SlutnrLf".IndexOf(oc) < 0) throw ctx.ArgError(a + 2, "invalid option");
        int fi = -1;
        LuaFunction? fn;
        if (target.O is LuaFunction f) fn = f;
        else
        {
            long level = ctx.CheckInteger(a + 1);   // level 0 is getinfo itself
            if (!TryGetLevel(th, level, out th, out fi)) return ctx.Return(LuaValue.Nil);
            fn = th.Frames[fi].Function;
        }
        var t = new LuaTable();
        var cl = fn as LuaClosure;
        foreach (char c in what)
        {
            switch (c)
            {
                case 'S':
                {
                    var (source, shortSrc, lineDefined, lastLine, kind) = LuaThread.FunctionSource(fn);
                    t["source"] = source;
                    t["short_src"] = shortSrc;
                    t["linedefined"] = lineDefined;
                    t["lastlinedefined"] = lastLine;
                    t["what"] = kind;
                    break;
                }
                case 'l':
                    t["currentline"] = fi >= 0 ? LuaThread.CurrentLine(th.Frames[fi]) : -1;
                    break;
                case 'u':
                {
                    var (nups, nparams, isVararg) = LuaThread.FunctionShape(fn);
                    t["nups"] = nups - (fn is null ? 0 : HiddenUpvalues(fn));
                    if (ctx.Global.Profile.Minor == 1) break;   // Lua 5.1 manual §3.8: 'u' is nups only
                    t["nparams"] = nparams;
                    t["isvararg"] = isVararg;
                    break;
                }
                case 'n':
                    if (fi >= 0)
                    {
                        var (kind, name) = th.GetFuncName(fi);
                        if (kind is not null) { t["name"] = name; t["namewhat"] = kind; }
                        else t["namewhat"] = "";
                    }
                    else t["namewhat"] = "";
                    break;
                case 't':
                    t["istailcall"] = fi >= 0 && (th.Frames[fi].Flags & FrameFlags.Tail) != 0;
                    if (ctx.Global.Profile.LimitsCallChains)   // Lua 5.5 manual §6.10: the __call objects passed first
                        t["extraargs"] = fi >= 0 ? (long)((int)(th.Frames[fi].Flags & FrameFlags.CallChain) >> (int)FrameFlags.CallChainShift) : 0L;
                    break;
                case 'f':
                    t["func"] = fn;
                    break;
                case 'r':
                {
                    // Set only while a call or return hook runs for the frame (ldebug.c's CIST_TRAN).
                    bool transfer = fi >= 0 && (th.Frames[fi].Flags & FrameFlags.Transfer) != 0;
                    t["ftransfer"] = transfer ? th.HookFTransfer : 0;
                    t["ntransfer"] = transfer ? th.HookNTransfer : 0;
                    break;
                }
                case 'L':
                    if (cl is not null)
                    {
                        var lines = new LuaTable();
                        foreach (int line in LuaThread.ActiveLines(cl.Proto)) lines.Set(line, true);
                        t["activelines"] = lines;
                    }
                    break;
                case '>':
                    break;
                default:
                    throw ctx.ArgError(a + 2, "invalid option");
            }
        }
        return ctx.Return(t);
    }

    private static int GetMetatable(LuaCallContext ctx)
    {
        ctx.CheckAny(1);
        return ctx.Return(ctx.Global.GetMetatable(ctx[1]));
    }

    private static int SetMetatable(LuaCallContext ctx)
    {
        LuaValue v = ctx[1];
        LuaValue m = ctx[2];
        if (!m.IsNil && m.O is not LuaTable) throw ctx.TypeError(2, "nil or table");
        var mt = m.O as LuaTable;
        switch (v.O)
        {
            case LuaTable t: t.Metatable = mt; break;
            case LuaUserdata u: u.Metatable = mt; break;
            default: ctx.Global.SetTypeMetatable(v.Type, mt); break;
        }
        return ctx.Return(v);
    }

    /// <summary>Registry key of the table of hook functions by thread (ldblib.c's HOOKKEY), weak in its keys.</summary>
    private const string HookKey = "_HOOKKEY";

    /// <summary>debug.sethook([thread,] hook, mask [, count]) or debug.sethook([thread]) to turn hooks off (db_sethook).</summary>
    private static int SetHook(LuaCallContext ctx)
    {
        var (th, a) = ThreadArg(ctx);
        LuaValue hook = LuaValue.Nil;
        HookMask mask = HookMask.None;
        int count = 0;
        if (!ctx.IsNoneOrNil(a + 1))
        {
            string smask = ctx.CheckString(a + 2).ToString();
            ctx.CheckFunction(a + 1);
            count = (int)ctx.OptInteger(a + 3, 0);
            if (smask.Contains('c')) mask |= HookMask.Call;
            if (smask.Contains('r')) mask |= HookMask.Return;
            if (smask.Contains('l')) mask |= HookMask.Line;
            if (count > 0) mask |= HookMask.Count;
            hook = ctx[a + 1];
        }
        HookTable(ctx.Global).Set(LuaValue.FromObject(th), hook);
        th.SetHook(hook, mask, count);
        return 0;
    }

    /// <summary>The registry's hook table, created on first use with itself as metatable and <c>__mode = "k"</c>.</summary>
    private static LuaTable HookTable(GlobalState state)
    {
        if (state.Registry[HookKey].O is LuaTable t) return t;
        t = new LuaTable();
        t["__mode"] = "k";
        t.Metatable = t;
        state.Registry[HookKey] = t;
        return t;
    }

    /// <summary>debug.gethook([thread]): the hook function, its mask ("crl" letters) and count; nil without a hook.</summary>
    private static int GetHook(LuaCallContext ctx)
    {
        var (th, _) = ThreadArg(ctx);
        if (th.HookFunction.IsNil) return ctx.Return(LuaValue.Nil);
        HookMask mask = th.ScriptHookMask;
        string smask = ((mask & HookMask.Call) != 0 ? "c" : "") + ((mask & HookMask.Return) != 0 ? "r" : "")
            + ((mask & HookMask.Line) != 0 ? "l" : "");
        return ctx.Return(th.HookFunction, smask, th.BaseHookCount);
    }

    /// <summary>1 for a Lua 5.1 function, whose first upvalue is its environment (FunctionEnvironments.cs), which
    /// 5.1's debug library does not show; else 0.</summary>
    private static int HiddenUpvalues(LuaFunction f) => f is LuaClosure { Proto.HasHiddenEnv: true } ? 1 : 0;

    private static int GetRegistry(LuaCallContext ctx) => ctx.Return(ctx.Global.Registry);

    private static int GetUpvalue(LuaCallContext ctx)
    {
        LuaFunction f = ctx.CheckFunction(1);
        long n = ctx.CheckInteger(2);
        if (n >= 1 && n < long.MaxValue) n += HiddenUpvalues(f);
        return LuaThread.TryGetUpvalue(f, n, out string name, out LuaValue value) ? ctx.Return(name, value) : 0;
    }

    private static int SetUpvalue(LuaCallContext ctx)
    {
        LuaFunction f = ctx.CheckFunction(1);
        long n = ctx.CheckInteger(2);
        ctx.CheckAny(3);
        if (n >= 1 && n < long.MaxValue) n += HiddenUpvalues(f);
        return LuaThread.SetUpvalue(f, n, ctx[3]) is string name ? ctx.Return(name) : 0;
    }

    /// <summary>debug.getlocal(level, n): name and value of a local of an active Lua function.</summary>
    private static int GetLocal(LuaCallContext ctx)
    {
        var (th, a) = ThreadArg(ctx);
        if (ctx[a + 1].O is LuaFunction pfn)
        {
            // parameters of a function value (lua_getlocal with ar == NULL); host functions have none
            long pn = ctx.CheckInteger(a + 2);
            string? pname = pfn is LuaClosure pf && pn >= 1 && pn <= int.MaxValue ? pf.Proto.GetLocalName((int)pn, 0) : null;
            if (pname is not null && pfn is LuaClosure pc && pn > pc.Proto.NumParams) pname = null;
            return ctx.Return(pname is null ? LuaValue.Nil : LuaValue.FromString(pname));
        }
        long level = ctx.CheckInteger(a + 1);
        long n = ctx.CheckInteger(a + 2);
        if (!TryGetLevel(th, level, out th, out int fi)) throw ctx.ArgError(a + 1, "level out of range");
        string? name = th.FindLocal(fi, n, out int pos);
        if (name is null) return ctx.Return(LuaValue.Nil);
        // Lua 5.5: an anonymous vararg table is never made; its register is not initialized here, and lua shows nil.
        if (name == "(vararg table)") return ctx.Return(name, LuaValue.Nil);
        return ctx.Return(name, th.Stack[pos]);
    }

    /// <summary>debug.setlocal([thread,] level, n, value): assigns a local of an active Lua function; returns its
    /// name or nil (db_setlocal).</summary>
    private static int SetLocal(LuaCallContext ctx)
    {
        var (th, a) = ThreadArg(ctx);
        long level = ctx.CheckInteger(a + 1);
        long n = ctx.CheckInteger(a + 2);
        if (!TryGetLevel(th, level, out th, out int fi)) throw ctx.ArgError(a + 1, "level out of range");
        ctx.CheckAny(a + 3);
        LuaValue v = ctx[a + 3];
        string? name = th.FindLocal(fi, n, out int pos);
        if (name is null) return ctx.Return(LuaValue.Nil);
        th.Stack[pos] = v;
        return ctx.Return(name);
    }

    /// <summary>checkupval: the upvalue index argument must name an upvalue of the function argument.</summary>
    private static int CheckUpvalueIndex(LuaCallContext ctx, int argf, int argn)
    {
        long n = ctx.CheckInteger(argn);
        LuaFunction f = ctx.CheckFunction(argf);
        int count = f is LuaClosure cl ? cl.UpValues.Length : f is LuaHostFunction h ? h.UpValues.Length : 0;
        if (n < 1 || n > count) throw ctx.ArgError(argn, "invalid upvalue index");
        return (int)n;
    }

    /// <summary>debug.upvaluejoin(f1, n1, f2, n2): f1's n1-th upvalue becomes f2's n2-th (both Lua functions).</summary>
    private static int UpvalueJoin(LuaCallContext ctx)
    {
        int n1 = CheckUpvalueIndex(ctx, 1, 2);
        int n2 = CheckUpvalueIndex(ctx, 3, 4);
        if (ctx[1].O is not LuaClosure c1) throw ctx.ArgError(1, "Lua function expected");
        if (ctx[3].O is not LuaClosure c2) throw ctx.ArgError(3, "Lua function expected");
        c1.UpValues[n1 - 1] = c2.UpValues[n2 - 1];
        return 0;
    }

    /// <summary>debug.debug(): reads commands from standard input until "cont" or end of input, running each
    /// (prompt "lua_debug> " and errors go to standard error, as ldblib's db_debug).</summary>
    private static int DebugPrompt(LuaCallContext ctx)
    {
        var state = ctx.Global;
        var input = state.StandardInput;
        var err = state.StandardError;
        while (true)
        {
            err.Write("lua_debug> "u8);
            err.Flush();
            var line = new MemoryStream();
            int b;
            while ((b = input.ReadByte()) >= 0 && b != '\n') line.WriteByte((byte)b);
            if (b < 0 && line.Length == 0) return 0;
            byte[] bytes = line.ToArray();
            if (System.Text.Encoding.ASCII.GetString(bytes) == "cont") return 0;
            try
            {
                var f = GlobalState.CreateMainClosure(LuaCompiler.CompileSource(bytes, "=(debug command)", state), state.Globals);
                ctx.Call(f);
            }
            catch (LuaException e)
            {
                err.Write(System.Text.Encoding.UTF8.GetBytes(e.Message + "\n"));
                err.Flush();
            }
            if (b < 0) return 0;
        }
    }

    /// <summary>One identity object per upvalue, so upvalueid results compare equal exactly when shared (lua5.4
    /// returns the upvalue's address as a light userdata).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<UpValue, LuaUserdata> UpvalueIds = new();

    /// <summary>The same for the upvalues of host closures (lua_upvalueid gives the address of the C closure's slot).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LuaHostFunction, LuaUserdata[]> HostUpvalueIds = new();

    private static LuaUserdata[] NewHostUpvalueIds(LuaHostFunction h)
    {
        var ids = new LuaUserdata[h.UpValues.Length];
        for (int i = 0; i < ids.Length; i++) ids[i] = new LuaUserdata(null);
        return ids;
    }

    private static int UpvalueId(LuaCallContext ctx)
    {
        LuaFunction f = ctx.CheckFunction(1);
        long n = ctx.CheckInteger(2);
        if (f is LuaClosure cl && n >= 1 && n <= cl.UpValues.Length)
            return ctx.Return(LuaValue.FromObject(UpvalueIds.GetValue(cl.UpValues[n - 1], uv => new LuaUserdata(uv))));
        if (f is LuaHostFunction h && n >= 1 && n <= h.UpValues.Length)
            return ctx.Return(LuaValue.FromObject(HostUpvalueIds.GetValue(h, NewHostUpvalueIds)[n - 1]));
        return ctx.Return(LuaValue.Nil);
    }

    /// <summary>debug.getuservalue(u [, n]): files are created with no user values (liolib), other userdata have one.</summary>
    private static int GetUserValue(LuaCallContext ctx)
    {
        long n = ctx.OptInteger(2, 1);
        if (ctx[1].O is not LuaUserdata u) return ctx.Return(LuaValue.Nil);
        if (n != 1 || u.Value is LuaFile) return ctx.Return(LuaValue.Nil);
        return ctx.Return(u.UserValue, true);
    }

    /// <summary>debug.setuservalue(u, value [, n]): fail when u has no n-th user value (files have none), as
    /// db_setuservalue.</summary>
    private static int SetUserValue(LuaCallContext ctx)
    {
        long n = ctx.OptInteger(3, 1);
        if (ctx[1].O is not LuaUserdata u) throw ctx.TypeError(1, "userdata");
        // Upvalue ids stand for lua's light userdata, which have no user values (luaL_checktype LUA_TUSERDATA).
        if (u.Value is UpValue) throw ctx.ArgError(1, "userdata expected, got light userdata");
        ctx.CheckAny(2);
        if (n != 1 || u.Value is LuaFile) return ctx.Return(LuaValue.Nil);
        u.UserValue = ctx[2];
        return ctx.Return(ctx[1]);
    }
}
