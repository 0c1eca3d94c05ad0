namespace Tycho.Runtime;

// Names of variables and functions for error messages, recovered from the bytecode as ldebug.c does.
public sealed partial class LuaThread
{
    /// <summary>Current line of a Lua frame (the instruction before its saved pc), or -1.</summary>
    internal static int CurrentLine(in CallFrame f)
    {
        if (!f.IsLua) return -1;
        var p = f.Closure!.Proto;
        int pc = Math.Max(0, f.Pc - 1);
        return pc < p.LineInfo.Length ? p.LineInfo[pc] : -1;
    }

    // ------------------------------------------------------------------ getinfo's fields (shared by debug.getinfo
    // and the host's LuaStackFrame/LuaDebugInfo)

    /// <summary>getinfo's 'S' fields (ldebug.c funcinfo): a host function is "=[C]", "[C]", -1, -1, "C".</summary>
    internal static (string Source, string ShortSource, int LineDefined, int LastLineDefined, string What) FunctionSource(LuaFunction? fn)
    {
        if (fn is not LuaClosure cl) return ("=[C]", "[C]", -1, -1, "C");
        var p = cl.Proto;
        return (p.Source, ChunkId.Format(p.Source), p.LineDefined, p.LastLineDefined, p.LineDefined == 0 ? "main" : "Lua");
    }

    /// <summary>getinfo's 'u' fields: upvalues, parameters, vararg (host functions are vararg).</summary>
    internal static (int NumUpvalues, int NumParams, bool IsVararg) FunctionShape(LuaFunction? fn) => fn switch
    {
        LuaClosure cl => (cl.Proto.Upvalues.Length, cl.Proto.NumParams, cl.Proto.IsVararg),
        LuaHostFunction h => (h.UpValues.Length, 0, true),
        _ => (0, 0, true),
    };

    /// <summary>getinfo's 'L' (ldebug.c collectvalidlines): the sorted distinct lines with code of
    /// <paramref name="p"/>. A vararg function's OP_VARARGPREP is not an active line.</summary>
    internal static int[] ActiveLines(Prototype p)
    {
        var lines = new SortedSet<int>();
        AddActiveLines(p, lines, nested: false);
        return [.. lines];
    }

    /// <summary>Adds the active lines of <paramref name="p"/> (and, when <paramref name="nested"/>, of the functions
    /// defined in it, recursively) to <paramref name="lines"/>.</summary>
    internal static void AddActiveLines(Prototype p, SortedSet<int> lines, bool nested)
    {
        var lineInfo = p.LineInfo;
        for (int pc = p.IsVararg ? 1 : 0; pc < lineInfo.Length; pc++) lines.Add(lineInfo[pc]);
        if (!nested) return;
        foreach (var child in p.Protos) AddActiveLines(child, lines, nested: true);
    }

    /// <summary>lua_getupvalue: name and value of upvalue <paramref name="n"/> (1-based) of <paramref name="fn"/>;
    /// "(no name)" for stripped code, "" for host functions. False when there is no such upvalue.</summary>
    internal static bool TryGetUpvalue(LuaFunction fn, long n, out string name, out LuaValue value)
    {
        if (fn is LuaClosure cl && n >= 1 && n <= cl.UpValues.Length)
        {
            var uv = cl.UpValues[n - 1];
            name = cl.Proto.Upvalues[n - 1].Name ?? "(no name)";
            value = uv is null ? LuaValue.Nil : uv.Ref;
            return true;
        }
        if (fn is LuaHostFunction h && n >= 1 && n <= h.UpValues.Length)
        {
            name = "";
            value = h.UpValues[n - 1];
            return true;
        }
        name = "";
        value = LuaValue.Nil;
        return false;
    }

    /// <summary>lua_setupvalue for a Lua function: assigns upvalue <paramref name="n"/> (1-based) and returns its
    /// name, or null when there is no such upvalue.</summary>
    internal static string? SetUpvalue(LuaFunction fn, long n, in LuaValue value)
    {
        if (fn is LuaClosure cl && n >= 1 && n <= cl.UpValues.Length && cl.UpValues[n - 1] is UpValue uv)
        {
            uv.Ref = value;
            return cl.Proto.Upvalues[n - 1].Name ?? "(no name)";
        }
        return null;
    }

    /// <summary>"chunk:line: " of the running Lua function (luaG_runerror's prefix), or "" when a host function runs.</summary>
    internal string PositionPrefix()
    {
        ref CallFrame f = ref Frames[FrameCount - 1];
        if (!f.IsLua) return "";
        int line = CurrentLine(f);
        // Lua 5.5's luaG_addinfo: a stripped function has no source at all, so neither part is known.
        if (line < 0 && Global.Profile.HasUnknownStrippedPosition) return "?:?: ";
        return ChunkId.Format(f.Closure!.Proto.Source, Global.Profile) + ":" + line + ": ";
    }

    /// <summary>A runtime error positioned at the running Lua function (luaG_runerror).</summary>
    internal LuaRuntimeException RuntimeError(string message) => new(LuaValue.FromString(PositionPrefix() + message));

    /// <summary>luaT_objtypename: the type name, or the metatable's <c>__name</c> for tables and userdata.</summary>
    internal static string ObjTypeName(in LuaValue v)
    {
        LuaTable? mt = v.O switch { LuaTable t => t.Metatable, LuaUserdata u => u.Metatable, _ => null };
        if (mt is not null && mt.GetStr(MetaNames.Name).O is LuaString s) return s.ToString();
        return v.TypeName;
    }

    // ------------------------------------------------------------------ symbolic execution (ldebug.c)

    private static bool SetsA(OpCode op) => op switch
    {
        OpCode.SetUpval or OpCode.SetTabUp or OpCode.SetTable or OpCode.SetI or OpCode.SetField
            or OpCode.MmBin or OpCode.MmBinI or OpCode.MmBinK or OpCode.Close or OpCode.Tbc or OpCode.Jmp
            or OpCode.Eq or OpCode.Lt or OpCode.Le or OpCode.EqK or OpCode.EqI or OpCode.LtI or OpCode.LeI
            or OpCode.GtI or OpCode.GeI or OpCode.Test or OpCode.Return or OpCode.Return0 or OpCode.Return1
            or OpCode.TForPrep or OpCode.TForCall or OpCode.SetList or OpCode.ExtraArg => false,
        _ => true,
    };

    private static int FindSetReg(Prototype p, int lastpc, int reg)
    {
        int setreg = -1, jmptarget = 0;
        var code = p.Code;
        if (lastpc < code.Length && Instruction.Op(code[lastpc]) is OpCode.MmBin or OpCode.MmBinI or OpCode.MmBinK) lastpc--;
        for (int pc = 0; pc < lastpc; pc++)
        {
            uint i = code[pc];
            OpCode op = Instruction.Op(i);
            int a = Instruction.A(i);
            bool change;
            switch (op)
            {
                case OpCode.LoadNil: change = a <= reg && reg <= a + Instruction.B(i); break;
                case OpCode.TForCall: change = reg >= a + 2; break;
                case OpCode.Call: case OpCode.TailCall: change = reg >= a; break;
                case OpCode.Jmp:
                {
                    int dest = pc + 1 + Instruction.SJ(i);
                    if (dest <= lastpc && dest > jmptarget) jmptarget = dest;
                    change = false;
                    break;
                }
                default: change = SetsA(op) && reg == a; break;
            }
            if (change) setreg = pc < jmptarget ? -1 : pc;
        }
        return setreg;
    }

    // Names are C strings in lua (getstr): an embedded "\0" ends them.
    private static string CName(LuaString s)
    {
        string t = s.ToString();
        int z = t.IndexOf('\0');
        return z < 0 ? t : t.Substring(0, z);
    }

    private static string UpvalName(Prototype p, int uv) => uv < p.Upvalues.Length ? p.Upvalues[uv].Name ?? "?" : "?";

    private static string? KName(Prototype p, int k, out string name)
    {
        if (k < p.Constants.Length && p.Constants[k].O is LuaString s) { name = CName(s); return "constant"; }
        name = "?";
        return null;
    }

    private static string RName(Prototype p, int pc, int c)
    {
        string? what = BasicGetObjName(p, ref pc, c, out string? name);
        return what == "constant" ? name! : "?";
    }

    // isEnv: only a local or upvalue named _ENV makes an indexed access a global (5.4.8; 5.4.6/7 also trusted
    // a field or a string constant called "_ENV").
    private static string IsEnv(Prototype p, int pc, uint i, bool isup)
    {
        int t = Instruction.B(i);
        string? name;
        if (isup) name = UpvalName(p, t);
        else
        {
            string? what = BasicGetObjName(p, ref pc, t, out name);
            if (what is not ("local" or "upvalue")) name = null;
        }
        return name is "_ENV" or Prototype.HiddenEnvName ? "global" : "field";
    }

    /// <summary>basicgetobjname: a local, an upvalue or a constant held in register <paramref name="reg"/>;
    /// <paramref name="pc"/> becomes the instruction that set it (or -1).</summary>
    private static string? BasicGetObjName(Prototype p, ref int pc, int reg, out string? name)
    {
        name = p.GetLocalName(reg + 1, pc);
        if (name is not null) return "local";
        pc = FindSetReg(p, pc, reg);
        if (pc == -1) return null;
        uint i = p.Code[pc];
        switch (Instruction.Op(i))
        {
            case OpCode.Move:
            {
                int b = Instruction.B(i);
                if (b < Instruction.A(i)) return BasicGetObjName(p, ref pc, b, out name);
                break;
            }
            case OpCode.GetUpval: name = UpvalName(p, Instruction.B(i)); return "upvalue";
            case OpCode.LoadK: { string? k = KName(p, Instruction.Bx(i), out string n); name = n; return k; }
            case OpCode.LoadKX: { string? k = KName(p, Instruction.Ax(p.Code[pc + 1]), out string n); name = n; return k; }
        }
        return null;
    }

    /// <summary>getobjname: what register <paramref name="reg"/> holds at <paramref name="lastpc"/> ("local",
    /// "global", "field", "upvalue", "constant", "method") and its name; null when unknown.</summary>
    internal static string? GetObjName(Prototype p, int lastpc, int reg, out string? name)
    {
        string? kind = BasicGetObjName(p, ref lastpc, reg, out name);
        if (kind is not null || lastpc == -1) return kind;
        uint i = p.Code[lastpc];
        switch (Instruction.Op(i))
        {
            case OpCode.GetTabUp: { KName(p, Instruction.C(i), out string n); name = n; return IsEnv(p, lastpc, i, true); }
            case OpCode.GetTable: name = RName(p, lastpc, Instruction.C(i)); return IsEnv(p, lastpc, i, false);
            case OpCode.GetI: name = "integer index"; return "field";
            case OpCode.GetField: { KName(p, Instruction.C(i), out string n); name = n; return IsEnv(p, lastpc, i, false); }
            case OpCode.Self:
            {
                int c = Instruction.C(i);
                if (Instruction.K(i)) { KName(p, c, out string n); name = n; }
                else name = RName(p, lastpc, c);
                return "method";
            }
        }
        name = null;
        return null;
    }

    /// <summary>funcnamefromcode: how the instruction at <paramref name="pc"/> called a function.</summary>
    internal static string? FuncNameFromCode(Prototype p, int pc, out string? name)
    {
        name = null;
        if ((uint)pc >= (uint)p.Code.Length) return null;
        uint i = p.Code[pc];
        MetaEvent tm;
        switch (Instruction.Op(i))
        {
            case OpCode.Call: case OpCode.TailCall: return GetObjName(p, pc, Instruction.A(i), out name);
            case OpCode.TForCall: name = "for iterator"; return "for iterator";
            case OpCode.Self: case OpCode.GetTabUp: case OpCode.GetTable: case OpCode.GetI: case OpCode.GetField:
                tm = MetaEvent.Index; break;
            case OpCode.SetTabUp: case OpCode.SetTable: case OpCode.SetI: case OpCode.SetField:
                tm = MetaEvent.NewIndex; break;
            case OpCode.MmBin: case OpCode.MmBinI: case OpCode.MmBinK: tm = (MetaEvent)Instruction.C(i); break;
            case OpCode.Unm: tm = MetaEvent.Unm; break;
            case OpCode.BNot: tm = MetaEvent.BNot; break;
            case OpCode.Len: tm = MetaEvent.Len; break;
            case OpCode.Concat: tm = MetaEvent.Concat; break;
            case OpCode.Eq: tm = MetaEvent.Eq; break;
            case OpCode.Lt: case OpCode.LtI: case OpCode.GtI: tm = MetaEvent.Lt; break;
            case OpCode.Le: case OpCode.LeI: case OpCode.GeI: tm = MetaEvent.Le; break;
            case OpCode.Close: case OpCode.Return: tm = MetaEvent.Close; break;
            default: return null;
        }
        name = MetaNames.ShortName(tm);
        return "metamethod";
    }

    /// <summary>getfuncname: how the function of frame <paramref name="fi"/> was called, from its caller's code.</summary>
    internal (string? Kind, string? Name) GetFuncName(int fi)
    {
        if (fi < 1 || fi >= FrameCount) return (null, null);
        ref CallFrame f = ref Frames[fi];
        if ((f.Flags & FrameFlags.Tail) != 0) return (null, null);
        ref CallFrame c = ref Frames[fi - 1];
        if ((c.Flags & FrameFlags.Hooked) != 0) return ("hook", "?");   // called by a hook of the frame below
        if (!Global.Profile.HasLua54DebugNames)
        {
            // 5.3 lgc.c's GCTM flags the interrupted frame itself (CIST_FIN): that frame is "__gc", not the finalizer
            if ((f.Flags & FrameFlags.Finalizer) != 0) return ("metamethod", "__gc");
        }
        else if ((c.Flags & FrameFlags.Finalizer) != 0) return ("metamethod", "__gc");
        if (!c.IsLua) return (null, null);
        string? kind = FuncNameFromCode(c.Closure!.Proto, c.Pc - 1, out string? name);
        if (kind == "metamethod" && !Global.Profile.HasLua54DebugNames) name = "__" + name;   // 5.3 ldebug.c: the event's full name
        return (kind, name);
    }

    /// <summary>luaG_findlocal: name and stack slot of local <paramref name="n"/> of frame <paramref name="fi"/>: a
    /// named local, an extra argument (n &lt; 0, "(vararg)"), or any other live slot of the frame ("(temporary)",
    /// "(C temporary)"); null when there is none.</summary>
    internal string? FindLocal(int fi, long n, out int pos)
    {
        ref CallFrame f = ref Frames[fi];
        int bas = f.Base;
        pos = 0;
        string? name = null;
        if (f.IsLua)
        {
            if (n < 0)
            {
                if (-n > f.NExtraArgs) return null;
                pos = bas - f.NExtraArgs + (int)(-n) - 1;   // the extra arguments sit just below the base
                return Global.Profile.HasLua54DebugNames ? "(vararg)" : "(*vararg)";
            }
            if (n <= int.MaxValue) name = f.Closure!.Proto.GetLocalName((int)n, Math.Max(0, f.Pc - 1));
        }
        if (name is null)
        {
            int limit = fi < FrameCount - 1 ? Frames[fi + 1].Func : InterruptedTop >= 0 ? InterruptedTop : Top;
            if (n <= 0 || limit - bas < n) return null;
            name = f.IsLua ? "(temporary)" : "(C temporary)";
            if (!Global.Profile.HasLua54DebugNames) name = "(*temporary)";   // 5.3's, for C frames too
        }
        pos = bas + (int)n - 1;
        return name;
    }

    private static string FormatVarInfo(string? kind, string? name) => kind is null ? "" : $" ({kind} '{name}')";

    /// <summary>varinfo for register <paramref name="reg"/> (relative to the base) of the running Lua frame.</summary>
    internal string VarInfoRegister(int reg)
    {
        ref CallFrame f = ref Frames[FrameCount - 1];
        if (!f.IsLua || reg < 0) return "";
        string? kind = GetObjName(f.Closure!.Proto, f.Pc - 1, reg, out string? name);
        return FormatVarInfo(kind, name);
    }

    /// <summary>varinfo for upvalue <paramref name="idx"/> of the running Lua function.</summary>
    internal string VarInfoUpvalue(int idx)
    {
        ref CallFrame f = ref Frames[FrameCount - 1];
        if (!f.IsLua) return "";
        return FormatVarInfo("upvalue", UpvalName(f.Closure!.Proto, idx));
    }

    /// <summary>Describes an operand for error messages: a register (>= 0), an upvalue (encoded as -2 - index) or nothing (-1).</summary>
    internal string VarInfo(int desc) => desc >= 0 ? VarInfoRegister(desc) : desc <= -2 ? VarInfoUpvalue(-2 - desc) : "";

    /// <summary>luaG_typeerror: "attempt to OP a TYPE value (kind 'name')".</summary>
    internal LuaRuntimeException TypeError(in LuaValue v, string op, int desc) => TypeErrorText(v, op, VarInfo(desc));

    /// <summary>The text of luaG_typeerror with the variable information <paramref name="info"/>
    /// (<c>" (kind 'name')"</c> or empty).</summary>
    private LuaRuntimeException TypeErrorText(in LuaValue v, string op, string info)
    {
        if (info.Length > 0 && Global.Profile.OldStyleVariableInfo) return OldTypeError(v, op, info);
        return RuntimeError($"attempt to {op} a {ObjTypeName(v)} value{info}");
    }

    /// <summary>Lua 5.1 and 5.2 name the variable before the type: <c>attempt to index local 't' (a nil value)</c>.
    /// Neither knows for-iterator or metamethod callers; 5.1 has no "constant" kind and 5.2 names a constant only
    /// when calling it (its operands of arithmetic are not in registers), and both call a non-string key's field
    /// <c>'?'</c>.</summary>
    private LuaRuntimeException OldTypeError(in LuaValue v, string op, string info)
    {
        string inner = info.Substring(2, info.Length - 3);   // kind 'name'
        if (inner.StartsWith("for iterator ", StringComparison.Ordinal) || inner.StartsWith("metamethod ", StringComparison.Ordinal)
            || (inner.StartsWith("constant ", StringComparison.Ordinal) && (Global.Profile.Minor == 1 || op != "call")))
            return RuntimeError($"attempt to {op} a {v.TypeName} value");
        if (inner == "field 'integer index'") inner = "field '?'";
        return RuntimeError($"attempt to {op} {inner} (a {v.TypeName} value)");
    }

    /// <summary>luaG_callerror for the value at <paramref name="func"/>.</summary>
    internal LuaRuntimeException CallError(int func)
    {
        ref CallFrame f = ref Frames[FrameCount - 1];
        LuaValue v = Stack[func];
        string extra = "";
        if (f.IsLua && !Global.Profile.HasLua54RuntimeMessages) extra = VarInfoRegister(func - f.Base);   // 5.3's typeerror
        else if (f.IsLua)
        {
            string? kind = FuncNameFromCode(f.Closure!.Proto, f.Pc - 1, out string? name);
            extra = kind is not null ? FormatVarInfo(kind, name) : VarInfoRegister(func - f.Base);
        }
        return TypeErrorText(v, "call", extra);
    }

    /// <summary>luaG_opinterror / luaG_tointerror for an arithmetic or bitwise operation without metamethod.</summary>
    internal LuaRuntimeException ArithError(MetaEvent ev, in LuaValue a, int descA, in LuaValue b, int descB)
    {
        bool bitwise = LuaArith.IsBitwise(ev);
        // Lua 5.3 and older judge operands after converting numeric strings (5.3 ldebug.c: tonumber, tointeger).
        bool coerce = Global.Profile.CoercesStringsInCore;
        LuaValue na = a, nb = b;
        bool aNum = coerce ? LuaArith.ToNumberCoerced(a, out na) : a.IsNumber;
        bool bNum = coerce ? LuaArith.ToNumberCoerced(b, out nb) : b.IsNumber;
        if (bitwise && aNum && bNum)
        {
            int d = LuaArith.ToIntegerStrict(na, out _) ? descB : descA;
            return RuntimeError($"number{VarInfo(d)} has no integer representation");
        }
        string op = bitwise ? "perform bitwise operation on" : "perform arithmetic on";
        LuaValue bad = aNum ? b : a;
        int desc = aNum ? descB : descA;
        // Lua 5.3's operands may be constants themselves (RK), which varinfo does not name.
        string info = VarInfo(desc);
        if (coerce && !Global.Profile.OldStyleVariableInfo && info.StartsWith(" (constant ", StringComparison.Ordinal)) info = "";
        return TypeErrorText(bad, op, info);
    }

    /// <summary>luaG_concaterror.</summary>
    internal LuaRuntimeException ConcatError(in LuaValue a, int descA, in LuaValue b, int descB)
    {
        if (a.IsString || a.IsNumber) return TypeError(b, "concatenate", descB);
        return TypeError(a, "concatenate", descA);
    }

    /// <summary>luaG_ordererror.</summary>
    internal LuaRuntimeException OrderError(in LuaValue a, in LuaValue b)
    {
        string t1 = ObjTypeName(a), t2 = ObjTypeName(b);
        return RuntimeError(t1 == t2 ? $"attempt to compare two {t1} values" : $"attempt to compare {t1} with {t2}");
    }
}
