namespace Tycho.Library;

/// <summary>The debug library (manual §6.10): traceback, getinfo, metatables, upvalues; hooks are accepted but ignored.</summary>
internal static class DebugLib
{
    /// <summary>Registers the <c>debug</c> table.</summary>
    public static void Open(LuaState state)
    {
        state.RegisterLibrary("debug",
            ("traceback", Traceback), ("getinfo", GetInfo), ("getmetatable", GetMetatable),
            ("setmetatable", SetMetatable), ("sethook", SetHook), ("gethook", GetHook),
            ("getregistry", GetRegistry), ("getupvalue", GetUpvalue), ("setupvalue", SetUpvalue),
            ("getlocal", GetLocal), ("upvalueid", UpvalueId), ("getuservalue", GetUserValue),
            ("setuservalue", SetUserValue));
    }

    private static (LuaThread Thread, int Arg) ThreadArg(LuaCallContext ctx) =>
        ctx[1].O is LuaThread t ? (t, 1) : (ctx.Thread, 0);

    /// <summary>debug.traceback([thread,] [message [, level]]).</summary>
    private static int Traceback(LuaCallContext ctx)
    {
        var (th, a) = ThreadArg(ctx);
        LuaValue msg = ctx[a + 1];
        if (!msg.IsNil && !msg.IsString && !msg.IsNumber) return ctx.Return(msg);
        int level = (int)ctx.OptInteger(a + 2, ReferenceEquals(th, ctx.Thread) ? 1 : 0);
        string? m = msg.IsNil ? null : LuaString.ToDisplay(msg).ToString();
        return ctx.Return(LuaThread.Traceback(th, m, level));
    }

    /// <summary>debug.getinfo([thread,] f [, what]): source, short_src, currentline, linedefined, what, name...</summary>
    private static int GetInfo(LuaCallContext ctx)
    {
        var (th, a) = ThreadArg(ctx);
        LuaValue target = ctx[a + 1];
        string what = ctx.OptString(a + 2, null)?.ToString() ?? "flnSrtu";
        int fi = -1;
        LuaFunction? fn;
        if (target.O is LuaFunction f) fn = f;
        else
        {
            if (!target.IsNumber) throw ctx.ArgError(a + 1, "function or level expected");
            long level = ctx.CheckInteger(a + 1);
            if (ReferenceEquals(th, ctx.Thread)) level += 0; // level 0 is getinfo itself
            fi = level < 0 || level > int.MaxValue ? -1 : th.FrameOfLevel((int)level);
            if (fi < 0) return ctx.Return(LuaValue.Nil);
            fn = th.Frames[fi].Function;
        }
        var t = new LuaTable();
        var cl = fn as LuaClosure;
        foreach (char c in what)
        {
            switch (c)
            {
                case 'S':
                    if (cl is not null)
                    {
                        var p = cl.Proto;
                        t["source"] = p.Source;
                        t["short_src"] = ChunkId.Format(p.Source);
                        t["linedefined"] = p.LineDefined;
                        t["lastlinedefined"] = p.LastLineDefined;
                        t["what"] = p.LineDefined == 0 ? "main" : "Lua";
                    }
                    else
                    {
                        t["source"] = "=[C]"; t["short_src"] = "[C]";
                        t["linedefined"] = -1; t["lastlinedefined"] = -1; t["what"] = "C";
                    }
                    break;
                case 'l':
                    t["currentline"] = fi >= 0 ? LuaThread.CurrentLine(th.Frames[fi]) : -1;
                    break;
                case 'u':
                    t["nups"] = cl is not null ? cl.Proto.Upvalues.Length : (fn as LuaHostFunction)?.UpValues.Length ?? 0;
                    t["nparams"] = cl?.Proto.NumParams ?? 0;
                    t["isvararg"] = cl?.Proto.IsVararg ?? true;
                    break;
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
                    break;
                case 'f':
                    t["func"] = fn;
                    break;
                case 'r':
                    t["ftransfer"] = 0; t["ntransfer"] = 0;
                    break;
                case 'L':
                    if (cl is not null)
                    {
                        var lines = new LuaTable();
                        foreach (int line in cl.Proto.LineInfo) lines.Set(line, true);
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
        return ctx.Return(ctx.State.GetMetatable(ctx[1]));
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
            default: ctx.State.SetTypeMetatable(v.Type, mt); break;
        }
        return ctx.Return(v);
    }

    private static int SetHook(LuaCallContext ctx) => 0;

    private static int GetHook(LuaCallContext ctx) => ctx.Return(LuaValue.Nil);

    private static int GetRegistry(LuaCallContext ctx) => ctx.Return(ctx.State.Registry);

    private static int GetUpvalue(LuaCallContext ctx)
    {
        LuaFunction f = ctx.CheckFunction(1);
        long n = ctx.CheckInteger(2);
        if (f is LuaClosure cl && n >= 1 && n <= cl.UpValues.Length)
        {
            var uv = cl.UpValues[n - 1];
            string name = cl.Proto.Upvalues[n - 1].Name ?? "?";
            return ctx.Return(name, uv is null ? LuaValue.Nil : uv.Ref);
        }
        if (f is LuaHostFunction h && n >= 1 && n <= h.UpValues.Length) return ctx.Return("", h.UpValues[n - 1]);
        return 0;
    }

    private static int SetUpvalue(LuaCallContext ctx)
    {
        LuaFunction f = ctx.CheckFunction(1);
        long n = ctx.CheckInteger(2);
        ctx.CheckAny(3);
        if (f is LuaClosure cl && n >= 1 && n <= cl.UpValues.Length && cl.UpValues[n - 1] is UpValue uv)
        {
            uv.Ref = ctx[3];
            return ctx.Return(cl.Proto.Upvalues[n - 1].Name ?? "?");
        }
        return 0;
    }

    /// <summary>debug.getlocal(level, n): name and value of a local of an active Lua function.</summary>
    private static int GetLocal(LuaCallContext ctx)
    {
        var (th, a) = ThreadArg(ctx);
        if (ctx[a + 1].O is LuaClosure pf)
        {
            string? pname = pf.Proto.GetLocalName((int)ctx.CheckInteger(a + 2), 0);
            return ctx.Return(pname is null ? LuaValue.Nil : LuaValue.FromString(pname));
        }
        long level = ctx.CheckInteger(a + 1);
        long n = ctx.CheckInteger(a + 2);
        int fi = level < 0 || level > int.MaxValue ? -1 : th.FrameOfLevel((int)level);
        if (fi < 0) throw ctx.ArgError(a + 1, "level out of range");
        ref CallFrame f = ref th.Frames[fi];
        if (!f.IsLua) return ctx.Return(LuaValue.Nil);
        if (n < 0)
        {
            if (-n > f.NExtraArgs) return ctx.Return(LuaValue.Nil);
            return ctx.Return("(vararg)", th.Stack[f.Base - f.NExtraArgs + (int)(-n) - 1]);
        }
        string? name = f.Closure!.Proto.GetLocalName((int)n, Math.Max(0, f.Pc - 1));
        if (name is null) return ctx.Return(LuaValue.Nil);
        return ctx.Return(name, th.Stack[f.Base + (int)n - 1]);
    }

    private static int UpvalueId(LuaCallContext ctx)
    {
        LuaFunction f = ctx.CheckFunction(1);
        long n = ctx.CheckInteger(2);
        if (f is LuaClosure cl && n >= 1 && n <= cl.UpValues.Length)
            return ctx.Return(LuaValue.FromObject(new LuaUserdata(cl.UpValues[n - 1])));
        return ctx.Return(LuaValue.Nil);
    }

    private static int GetUserValue(LuaCallContext ctx) =>
        ctx[1].O is LuaUserdata u ? ctx.Return(u.UserValue, true) : ctx.Return(LuaValue.Nil, false);

    private static int SetUserValue(LuaCallContext ctx)
    {
        if (ctx[1].O is not LuaUserdata u) throw ctx.TypeError(1, "userdata");
        u.UserValue = ctx[2];
        return ctx.Return(ctx[1]);
    }
}
