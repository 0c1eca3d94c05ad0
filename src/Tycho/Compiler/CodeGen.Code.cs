using static Tycho.Runtime.Instruction;
using Tycho.Runtime;
using Tycho.Syntax;

namespace Tycho.Compiler;

// Port of lcode.c (Lua 5.4.4): instruction emission, register allocation, jump lists, constants, operators.
internal sealed partial class CodeGen
{
    /// <summary>Marks the end of a jump list.</summary>
    public const int NoJump = -1;
    private const int NoReg = MaxArgA;
    private const int MaxRegs = 255;
    private const int MaxIndexRK = MaxArgB;
    private const int MaxShortLen = 40;

    // ---------------------------------------------------------------- emission

    private int Code(uint i)
    {
        _meter.Work(1);
        _meter.Hold(CompileMeter.InstructionBytes);
        fs.Code.Add(i);
        fs.LineInfo.Add(_line);
        return fs.Pc - 1;
    }

    private int CodeABCk(OpCode o, int a, int b, int c, bool k) => Code(CreateABCk(o, a, b, c, k));
    private int CodeABC(OpCode o, int a, int b, int c) => Code(CreateABCk(o, a, b, c, false));
    private int CodeABx(OpCode o, int a, int bx) => Code(CreateABx(o, a, bx));
    private int CodeAsBx(OpCode o, int a, int sbx) => Code(CreateAsBx(o, a, sbx));
    private int CodesJ(OpCode o, int sj, bool k) => Code(CreateSJ(o, sj, k));
    private int CodeExtraArg(int a) => Code(CreateAx(OpCode.ExtraArg, a));

    private int CodeK(int reg, int k)
    {
        if (k <= MaxArgBx) return CodeABx(OpCode.LoadK, reg, k);
        int p = CodeABx(OpCode.LoadKX, reg, 0);
        CodeExtraArg(k);
        return p;
    }

    private void FixLine(int line) => fs.LineInfo[fs.Pc - 1] = line;

    private uint GetInstr(int pc) => fs.Code[pc];
    private void SetInstr(int pc, uint i) => fs.Code[pc] = i;

    private void RemoveLastInstruction()
    {
        fs.Code.RemoveAt(fs.Pc - 1);
        fs.LineInfo.RemoveAt(fs.LineInfo.Count - 1);
    }

    /// <summary>The previous instruction's index, or -1 when it may be a jump target (then it must not be changed).</summary>
    private int PreviousInstruction() => fs.Pc > fs.LastTarget ? fs.Pc - 1 : -1;

    private void Nil(int from, int n)
    {
        int l = from + n - 1;
        int prev = PreviousInstruction();
        if (prev >= 0 && Op(GetInstr(prev)) == OpCode.LoadNil)
        {
            uint pi = GetInstr(prev);
            int pfrom = A(pi), pl = pfrom + B(pi);
            if ((pfrom <= from && from <= pl + 1) || (from <= pfrom && pfrom <= l + 1))
            {
                if (pfrom < from) from = pfrom;
                if (pl > l) l = pl;
                pi = SetA(pi, from);
                pi = SetB(pi, l - from);
                SetInstr(prev, pi);
                return;
            }
        }
        CodeABC(OpCode.LoadNil, from, n - 1, 0);
    }

    // ---------------------------------------------------------------- jumps

    private int GetJump(int pc)
    {
        int offset = SJ(GetInstr(pc));
        return offset == NoJump ? NoJump : pc + 1 + offset;
    }

    private void FixJump(int pc, int dest)
    {
        int offset = dest - (pc + 1);
        if (!(-OffsetSJ <= offset && offset <= MaxArgSJ - OffsetSJ))
            throw SyntaxError("control structure too long", _line);
        SetInstr(pc, SetSJ(GetInstr(pc), offset));
    }

    /// <summary>
    /// Joins jump list <paramref name="l2"/> to <paramref name="l1"/>. lcode.c appends by walking <paramref name="l1"/>
    /// to its end, which is quadratic for a long <c>or</c>/<c>and</c> chain or <c>elseif</c> chain (each adds one
    /// jump to a growing list). A list's order never shows in the code (every element is patched on its own), so
    /// this walks both lists in step and links the tail of whichever ends first to the other: O(shorter list).
    /// </summary>
    private void Concat(ref int l1, int l2)
    {
        if (l2 == NoJump) return;
        if (l1 == NoJump) { l1 = l2; return; }
        int a = l1, b = l2;
        while (true)
        {
            int na = GetJump(a);
            if (na == NoJump) { FixJump(a, l2); return; }
            int nb = GetJump(b);
            if (nb == NoJump) { FixJump(b, l1); l1 = l2; return; }
            a = na;
            b = nb;
        }
    }

    private int Jump() => CodesJ(OpCode.Jmp, NoJump, false);

    private void Ret(int first, int nret)
    {
        var op = nret switch { 0 => OpCode.Return0, 1 => OpCode.Return1, _ => OpCode.Return };
        // Lua 5.5 lcode.c luaK_ret: a full register file can hold one value more than RETURN's B can count.
        if (_profile.HasFullRegisterFile && nret + 1 > MaxArgB) throw LimitError(MaxArgB, "returns");
        CodeABC(op, first, nret + 1, 0);
    }

    private int CondJump(OpCode op, int a, int b, int c, bool k)
    {
        CodeABCk(op, a, b, c, k);
        return Jump();
    }

    private int GetLabel()
    {
        fs.LastTarget = fs.Pc;
        return fs.Pc;
    }

    private static bool IsTestMode(OpCode op) => op is >= OpCode.Eq and <= OpCode.TestSet;

    private int GetJumpControl(int pc) => pc >= 1 && IsTestMode(Op(GetInstr(pc - 1))) ? pc - 1 : pc;

    private bool PatchTestReg(int node, int reg)
    {
        int ipc = GetJumpControl(node);
        uint i = GetInstr(ipc);
        if (Op(i) != OpCode.TestSet) return false;
        if (reg != NoReg && reg != B(i)) SetInstr(ipc, SetA(i, reg));
        else SetInstr(ipc, CreateABCk(OpCode.Test, B(i), 0, 0, K(i)));
        return true;
    }

    private void RemoveValues(int list)
    {
        for (; list != NoJump; list = GetJump(list)) PatchTestReg(list, NoReg);
    }

    private void PatchListAux(int list, int vtarget, int reg, int dtarget)
    {
        while (list != NoJump)
        {
            int next = GetJump(list);
            if (PatchTestReg(list, reg)) FixJump(list, vtarget);
            else FixJump(list, dtarget);
            list = next;
        }
    }

    private void PatchList(int list, int target) => PatchListAux(list, target, NoReg, target);

    private void PatchToHere(int list) => PatchList(list, GetLabel());

    // ---------------------------------------------------------------- registers

    private void CheckStack(int n)
    {
        int newstack = fs.FreeReg + n;
        if (newstack > fs.MaxStackSize)
        {
            if (_profile.HasFullRegisterFile)
            {
                if (newstack > MaxRegs) throw LimitError(MaxRegs, "registers");
            }
            else if (newstack >= MaxRegs) throw SyntaxErrorNear("function or expression needs too many registers");
            fs.MaxStackSize = newstack;
        }
    }

    private void ReserveRegs(int n)
    {
        CheckStack(n);
        fs.FreeReg += n;
    }

    private void FreeReg(int reg)
    {
        if (reg >= NVarStack()) fs.FreeReg--;
    }

    private void FreeRegs(int r1, int r2)
    {
        if (r1 > r2) { FreeReg(r1); FreeReg(r2); }
        else { FreeReg(r2); FreeReg(r1); }
    }

    private void FreeExp(ref ExpDesc e)
    {
        if (e.Kind == ExpKind.NonReloc) FreeReg(e.Info);
    }

    private void FreeExps(ref ExpDesc e1, ref ExpDesc e2)
    {
        int r1 = e1.Kind == ExpKind.NonReloc ? e1.Info : -1;
        int r2 = e2.Kind == ExpKind.NonReloc ? e2.Info : -1;
        FreeRegs(r1, r2);
    }

    // ---------------------------------------------------------------- constants

    private int AddK(LuaValue key, LuaValue v)
    {
        // One scanner table per chunk, as lua5.4's ls->h: it remembers the last index given to a key in any
        // function, so reuse needs the same function, index and exact type (1 and 1.0 share a key).
        if (_kcache.TryGetValue(key, out int k))
        {
            if (k < fs.K.Count && SameConstant(fs.K[k], v)) return k;
        }
        k = fs.K.Count;
        if (k > MaxArgAx) throw SyntaxErrorNear("too many constants");
        _kcache[key] = k;
        _meter.Hold(CompileMeter.ConstantBytes + (v.O is LuaString str ? str.Length : 0));
        fs.K.Add(v);
        return k;
    }

    private static bool SameConstant(LuaValue a, LuaValue b)
    {
        if (a.IsInteger != b.IsInteger || a.IsFloat != b.IsFloat) return false;
        return LuaValue.RawEquals(a, b);
    }

    private int StringK(LuaString s) { var v = LuaValue.FromString(s); return AddK(v, v); }
    private int IntK(long n) { var v = LuaValue.FromInteger(n); return AddK(v, v); }
    private int NumberK(double r)
    {
        var v = LuaValue.FromFloat(r);
        if (!LuaValue.FloatToInteger(r, out long ik)) return AddK(v, v);
        // An integral float must not share the integer's key: perturb it as lcode.c does (q = 2^-52).
        const double q = 1.0 / 4503599627370496.0;
        double k = ik == 0 ? q : r + r * q;
        return AddK(LuaValue.FromFloat(k), v);
    }
    private int BoolK(bool b) { var v = LuaValue.FromBoolean(b); return AddK(v, v); }

    private int NilK()
    {
        if (_nilKey >= 0 && _nilKey < fs.K.Count && fs.K[_nilKey].IsNil) return _nilKey;
        _nilKey = fs.K.Count;
        if (_nilKey > MaxArgAx) throw SyntaxErrorNear("too many constants");
        fs.K.Add(LuaValue.Nil);
        return _nilKey;
    }

    private static bool FitsC(long i) => (ulong)(i + OffsetSC) <= MaxArgC;
    private static bool FitsBx(long i) => -OffsetSBx <= i && i <= MaxArgBx - OffsetSBx;

    private void Int(int reg, long i)
    {
        if (FitsBx(i)) CodeAsBx(OpCode.LoadI, reg, (int)i);
        else CodeK(reg, IntK(i));
    }

    private void Float(int reg, double f)
    {
        // Lua 5.1 loads every numeral from its constant table, where 0 and -0 share a slot: the first one seen
        // in a function is what both print as.
        if (f == 0 && _profile.HasFunctionEnvironments) CodeK(reg, NumberK(f));
        else if (LuaValue.FloatToInteger(f, out long fi) && FitsBx(fi) && !(fi == 0 && double.IsNegative(f))) CodeAsBx(OpCode.LoadF, reg, (int)fi);
        else CodeK(reg, NumberK(f));
    }

    private static void Const2Exp(LuaValue v, ref ExpDesc e)
    {
        if (v.IsInteger) { e.Kind = ExpKind.KInt; e.IVal = v.RawInteger; }
        else if (v.IsFloat) { e.Kind = ExpKind.KFlt; e.NVal = v.RawFloat; }
        else if (v.IsBoolean) e.Kind = v.RawBoolean ? ExpKind.True : ExpKind.False;
        else if (v.IsNil) e.Kind = ExpKind.Nil;
        else { e.Kind = ExpKind.KStr; e.StrVal = v.AsString; }
    }

    private static bool ToNumeral(in ExpDesc e, out LuaValue v)
    {
        v = default;
        if (e.HasJumps) return false;
        switch (e.Kind)
        {
            case ExpKind.KInt: v = LuaValue.FromInteger(e.IVal); return true;
            case ExpKind.KFlt: v = LuaValue.FromFloat(e.NVal); return true;
            default: return false;
        }
    }

    private static bool IsNumeral(in ExpDesc e) => !e.HasJumps && e.Kind is ExpKind.KInt or ExpKind.KFlt;

    /// <summary>luaK_exp2const: the value of a constant expression, for compile-time constant locals.</summary>
    private bool Exp2Const(in ExpDesc e, out LuaValue v)
    {
        v = default;
        if (e.HasJumps) return false;
        switch (e.Kind)
        {
            case ExpKind.False: v = LuaValue.False; return true;
            case ExpKind.True: v = LuaValue.True; return true;
            case ExpKind.Nil: v = LuaValue.Nil; return true;
            case ExpKind.KStr: v = LuaValue.FromString(e.StrVal); return true;
            case ExpKind.Const: v = _actVar[e.Info].K; return true;
            default: return ToNumeral(e, out v);
        }
    }

    // ---------------------------------------------------------------- discharging

    private void SetReturns(ref ExpDesc e, int nresults)
    {
        uint i = GetInstr(e.Info);
        if (e.Kind == ExpKind.Call) SetInstr(e.Info, SetC(i, nresults + 1));
        else
        {
            i = SetC(i, nresults + 1);
            i = SetA(i, fs.FreeReg);
            SetInstr(e.Info, i);
            ReserveRegs(1);
        }
    }

    private void SetMultRet(ref ExpDesc e) => SetReturns(ref e, -1);

    private void Str2K(ref ExpDesc e)
    {
        e.Info = StringK(e.StrVal!);
        e.Kind = ExpKind.K;
    }

    private void SetOneRet(ref ExpDesc e)
    {
        if (e.Kind == ExpKind.Call)
        {
            e.Kind = ExpKind.NonReloc;
            e.Info = A(GetInstr(e.Info));
        }
        else if (e.Kind == ExpKind.Vararg)
        {
            SetInstr(e.Info, SetC(GetInstr(e.Info), 2));
            e.Kind = ExpKind.Reloc;
        }
    }

    private void DischargeVars(ref ExpDesc e)
    {
        switch (e.Kind)
        {
            case ExpKind.Const:
                Const2Exp(_actVar[e.Info].K, ref e);
                break;
            case ExpKind.Local:
                e.Info = e.RIdx;
                e.Kind = ExpKind.NonReloc;
                break;
            case ExpKind.Upval:
                e.Info = CodeABC(OpCode.GetUpval, 0, e.Info, 0);
                e.Kind = ExpKind.Reloc;
                break;
            case ExpKind.IndexUp:
                e.Info = CodeABC(OpCode.GetTabUp, 0, e.IndT, e.IndIdx);
                e.Kind = ExpKind.Reloc;
                break;
            case ExpKind.IndexI:
                FreeReg(e.IndT);
                e.Info = CodeABC(OpCode.GetI, 0, e.IndT, e.IndIdx);
                e.Kind = ExpKind.Reloc;
                break;
            case ExpKind.IndexStr:
                FreeReg(e.IndT);
                e.Info = CodeABC(OpCode.GetField, 0, e.IndT, e.IndIdx);
                e.Kind = ExpKind.Reloc;
                break;
            case ExpKind.Indexed:
                FreeRegs(e.IndT, e.IndIdx);
                e.Info = CodeABC(OpCode.GetTable, 0, e.IndT, e.IndIdx);
                e.Kind = ExpKind.Reloc;
                break;
            case ExpKind.Vararg:
            case ExpKind.Call:
                SetOneRet(ref e);
                break;
        }
    }

    private void Discharge2Reg(ref ExpDesc e, int reg)
    {
        DischargeVars(ref e);
        switch (e.Kind)
        {
            case ExpKind.Nil: Nil(reg, 1); break;
            case ExpKind.False: CodeABC(OpCode.LoadFalse, reg, 0, 0); break;
            case ExpKind.True: CodeABC(OpCode.LoadTrue, reg, 0, 0); break;
            case ExpKind.KStr: Str2K(ref e); CodeK(reg, e.Info); break;
            case ExpKind.K: CodeK(reg, e.Info); break;
            case ExpKind.KFlt: Float(reg, e.NVal); break;
            case ExpKind.KInt: Int(reg, e.IVal); break;
            case ExpKind.Reloc: SetInstr(e.Info, SetA(GetInstr(e.Info), reg)); break;
            case ExpKind.NonReloc:
                if (reg != e.Info) CodeABC(OpCode.Move, reg, e.Info, 0);
                break;
            default: return; // a jump: nothing to do yet
        }
        e.Info = reg;
        e.Kind = ExpKind.NonReloc;
    }

    private void Discharge2AnyReg(ref ExpDesc e)
    {
        if (e.Kind != ExpKind.NonReloc)
        {
            ReserveRegs(1);
            Discharge2Reg(ref e, fs.FreeReg - 1);
        }
    }

    private int CodeLoadBool(int a, OpCode op)
    {
        GetLabel();
        return CodeABC(op, a, 0, 0);
    }

    private bool NeedValue(int list)
    {
        for (; list != NoJump; list = GetJump(list))
            if (Op(GetInstr(GetJumpControl(list))) != OpCode.TestSet) return true;
        return false;
    }

    private void Exp2Reg(ref ExpDesc e, int reg)
    {
        Discharge2Reg(ref e, reg);
        if (e.Kind == ExpKind.Jmp) Concat(ref e.T, e.Info);
        if (e.HasJumps)
        {
            int pf = NoJump, pt = NoJump;
            if (NeedValue(e.T) || NeedValue(e.F))
            {
                int fj = e.Kind == ExpKind.Jmp ? NoJump : Jump();
                pf = CodeLoadBool(reg, OpCode.LFalseSkip);
                pt = CodeLoadBool(reg, OpCode.LoadTrue);
                PatchToHere(fj);
            }
            int final = GetLabel();
            PatchListAux(e.F, final, reg, pf);
            PatchListAux(e.T, final, reg, pt);
        }
        e.F = e.T = NoJump;
        e.Info = reg;
        e.Kind = ExpKind.NonReloc;
    }

    private void Exp2NextReg(ref ExpDesc e)
    {
        DischargeVars(ref e);
        FreeExp(ref e);
        ReserveRegs(1);
        Exp2Reg(ref e, fs.FreeReg - 1);
    }

    private int Exp2AnyReg(ref ExpDesc e)
    {
        DischargeVars(ref e);
        if (e.Kind == ExpKind.NonReloc)
        {
            if (!e.HasJumps) return e.Info;
            if (e.Info >= NVarStack())
            {
                Exp2Reg(ref e, e.Info);
                return e.Info;
            }
        }
        Exp2NextReg(ref e);
        return e.Info;
    }

    private void Exp2AnyRegUp(ref ExpDesc e)
    {
        if (e.Kind != ExpKind.Upval || e.HasJumps) Exp2AnyReg(ref e);
    }

    private void Exp2Val(ref ExpDesc e)
    {
        // A pending comparison (VJMP) must be materialized now, as 5.4.8 does: left as a jump, code emitted for the
        // indexed table afterwards (an upvalue moved to a register) would sit inside the jump's skipped range.
        if (e.Kind == ExpKind.Jmp || e.HasJumps) Exp2AnyReg(ref e);
        else DischargeVars(ref e);
    }

    private bool Exp2K(ref ExpDesc e)
    {
        if (!e.HasJumps)
        {
            int info;
            switch (e.Kind)
            {
                case ExpKind.True: info = BoolK(true); break;
                case ExpKind.False: info = BoolK(false); break;
                case ExpKind.Nil: info = NilK(); break;
                case ExpKind.KInt: info = IntK(e.IVal); break;
                case ExpKind.KFlt: info = NumberK(e.NVal); break;
                case ExpKind.KStr: info = StringK(e.StrVal!); break;
                case ExpKind.K: info = e.Info; break;
                default: return false;
            }
            if (info <= MaxIndexRK)
            {
                e.Kind = ExpKind.K;
                e.Info = info;
                return true;
            }
        }
        return false;
    }

    private bool Exp2RK(ref ExpDesc e)
    {
        if (Exp2K(ref e)) return true;
        Exp2AnyReg(ref e);
        return false;
    }

    private void CodeABRK(OpCode o, int a, int b, ref ExpDesc ec)
    {
        bool k = Exp2RK(ref ec);
        CodeABCk(o, a, b, ec.Info, k);
    }

    private void StoreVar(ref ExpDesc v, ref ExpDesc ex)
    {
        switch (v.Kind)
        {
            case ExpKind.Local:
                FreeExp(ref ex);
                Exp2Reg(ref ex, v.RIdx);
                return;
            case ExpKind.Upval:
            {
                int e = Exp2AnyReg(ref ex);
                CodeABC(OpCode.SetUpval, e, v.Info, 0);
                break;
            }
            case ExpKind.IndexUp: CodeABRK(OpCode.SetTabUp, v.IndT, v.IndIdx, ref ex); break;
            case ExpKind.IndexI: CodeABRK(OpCode.SetI, v.IndT, v.IndIdx, ref ex); break;
            case ExpKind.IndexStr: CodeABRK(OpCode.SetField, v.IndT, v.IndIdx, ref ex); break;
            case ExpKind.Indexed: CodeABRK(OpCode.SetTable, v.IndT, v.IndIdx, ref ex); break;
            default: throw new InvalidOperationException("invalid var kind to store");
        }
        FreeExp(ref ex);
    }

    private void Self(ref ExpDesc e, ref ExpDesc key)
    {
        Exp2AnyReg(ref e);
        int ereg = e.Info;
        FreeExp(ref e);
        e.Info = fs.FreeReg;
        e.Kind = ExpKind.NonReloc;
        ReserveRegs(2);
        if (_profile.HasSelfOnlyForShortKeys && !(key.StrVal is { Length: <= MaxShortLen } && Exp2K(ref key)))
        {
            // Lua 5.5 lcode.c luaK_self: a method name SELF cannot take as a constant goes through MOVE and
            // GETTABLE, so an error names it a field.
            Exp2AnyReg(ref key);
            CodeABC(OpCode.Move, e.Info + 1, ereg, 0);
            CodeABC(OpCode.GetTable, e.Info, ereg, key.Info);
        }
        else CodeABRK(OpCode.Self, e.Info, ereg, ref key);
        FreeExp(ref key);
    }

    // ---------------------------------------------------------------- conditions

    private void NegateCondition(ref ExpDesc e)
    {
        int pc = GetJumpControl(e.Info);
        uint i = GetInstr(pc);
        SetInstr(pc, SetK(i, !K(i)));
    }

    private int JumpOnCond(ref ExpDesc e, bool cond)
    {
        if (e.Kind == ExpKind.Reloc)
        {
            uint ie = GetInstr(e.Info);
            if (Op(ie) == OpCode.Not)
            {
                RemoveLastInstruction();
                return CondJump(OpCode.Test, B(ie), 0, 0, !cond);
            }
        }
        Discharge2AnyReg(ref e);
        FreeExp(ref e);
        return CondJump(OpCode.TestSet, NoReg, e.Info, 0, cond);
    }

    private void GoIfTrue(ref ExpDesc e)
    {
        int pc;
        DischargeVars(ref e);
        switch (e.Kind)
        {
            case ExpKind.Jmp: NegateCondition(ref e); pc = e.Info; break;
            case ExpKind.K: case ExpKind.KFlt: case ExpKind.KInt: case ExpKind.KStr: case ExpKind.True: pc = NoJump; break;
            default: pc = JumpOnCond(ref e, false); break;
        }
        Concat(ref e.F, pc);
        PatchToHere(e.T);
        e.T = NoJump;
    }

    private void GoIfFalse(ref ExpDesc e)
    {
        int pc;
        DischargeVars(ref e);
        switch (e.Kind)
        {
            case ExpKind.Jmp: pc = e.Info; break;
            case ExpKind.Nil: case ExpKind.False: pc = NoJump; break;
            default: pc = JumpOnCond(ref e, true); break;
        }
        Concat(ref e.T, pc);
        PatchToHere(e.F);
        e.F = NoJump;
    }

    private void CodeNot(ref ExpDesc e)
    {
        switch (e.Kind)
        {
            case ExpKind.Nil: case ExpKind.False: e.Kind = ExpKind.True; break;
            case ExpKind.K: case ExpKind.KFlt: case ExpKind.KInt: case ExpKind.KStr: case ExpKind.True: e.Kind = ExpKind.False; break;
            case ExpKind.Jmp: NegateCondition(ref e); break;
            case ExpKind.Reloc:
            case ExpKind.NonReloc:
                Discharge2AnyReg(ref e);
                FreeExp(ref e);
                e.Info = CodeABC(OpCode.Not, 0, e.Info, 0);
                e.Kind = ExpKind.Reloc;
                break;
            default: throw new InvalidOperationException("cannot negate");
        }
        (e.F, e.T) = (e.T, e.F);
        RemoveValues(e.F);
        RemoveValues(e.T);
    }

    // ---------------------------------------------------------------- indexing

    private bool IsKstr(in ExpDesc e) =>
        e.Kind == ExpKind.K && !e.HasJumps && e.Info <= MaxArgB && fs.K[e.Info].AsString is { Length: <= MaxShortLen };

    private static bool IsKint(in ExpDesc e) => e.Kind == ExpKind.KInt && !e.HasJumps;
    private static bool IsCint(in ExpDesc e) => IsKint(e) && (ulong)e.IVal <= MaxArgC;
    private static bool IsSCint(in ExpDesc e) => IsKint(e) && FitsC(e.IVal);

    /// <summary>isSCnumber; like lcode.c it sets <paramref name="isFloat"/> for any integral float, even one that
    /// does not fit, and never clears it (the flag ends up in the C operand of the comparison).</summary>
    private static bool IsSCnumber(in ExpDesc e, out int pi, ref bool isFloat)
    {
        long i;
        pi = 0;
        if (e.Kind == ExpKind.KInt) i = e.IVal;
        else if (e.Kind == ExpKind.KFlt && LuaValue.FloatToInteger(e.NVal, out i)) isFloat = true;
        else return false;
        if (!e.HasJumps && FitsC(i))
        {
            pi = (int)i + OffsetSC;
            return true;
        }
        return false;
    }

    private void Indexed(ref ExpDesc t, ref ExpDesc k)
    {
        t.ReadOnlyName = null; // by default not read-only (lcode.c luaK_indexed)
        if (k.Kind == ExpKind.KStr) Str2K(ref k);
        // Without integers (5.1, 5.2) every numeral is a float: an integral one indexes as the integer it equals
        // (table keys are normalized), so t[1] keeps the GETI/SETI fast path.
        if (!_profile.HasIntegers && k.Kind == ExpKind.KFlt && !k.HasJumps && LuaValue.FloatToInteger(k.NVal, out long ik)
            && (ulong)ik <= MaxArgC)
        {
            k.Kind = ExpKind.KInt;
            k.IVal = ik;
        }
        if (t.Kind == ExpKind.Upval && !IsKstr(k)) Exp2AnyReg(ref t);
        if (t.Kind == ExpKind.Upval)
        {
            t.IndT = t.Info;
            t.IndIdx = k.Info;
            t.Kind = ExpKind.IndexUp;
        }
        else
        {
            t.IndT = t.Kind == ExpKind.Local ? t.RIdx : t.Info;
            if (IsKstr(k)) { t.IndIdx = k.Info; t.Kind = ExpKind.IndexStr; }
            else if (IsCint(k)) { t.IndIdx = (int)k.IVal; t.Kind = ExpKind.IndexI; }
            else { t.IndIdx = Exp2AnyReg(ref k); t.Kind = ExpKind.Indexed; }
        }
    }

    // ---------------------------------------------------------------- operators

    private static bool ValidOp(MetaEvent op, LuaValue v1, LuaValue v2)
    {
        switch (op)
        {
            case MetaEvent.BAnd: case MetaEvent.BOr: case MetaEvent.BXor:
            case MetaEvent.Shl: case MetaEvent.Shr: case MetaEvent.BNot:
                return LuaArith.ToIntegerStrict(v1, out _) && LuaArith.ToIntegerStrict(v2, out _);
            case MetaEvent.Div: case MetaEvent.IDiv: case MetaEvent.Mod:
                return v2.NumberAsDouble != 0;
            default: return true;
        }
    }

    private bool ConstFolding(MetaEvent op, ref ExpDesc e1, in ExpDesc e2)
    {
        bool profile51 = _profile.HasFunctionEnvironments;
        if (!ToNumeral(e1, out var v1) || !ToNumeral(e2, out var v2) || !ValidOp(op, v1, v2)) return false;
        if (LuaArith.TryArith(op, v1, v2, out var res) != ArithStatus.Ok) return false;
        if (res.IsInteger)
        {
            e1.Kind = ExpKind.KInt;
            e1.IVal = res.RawInteger;
        }
        else
        {
            double n = res.RawFloat;
            // Lua 5.1 folds a zero result too, and its constant table keeps -0 and 0 as one key (lcode.c addk).
            if (double.IsNaN(n) || (n == 0 && !profile51)) return false;
            e1.Kind = ExpKind.KFlt;
            e1.NVal = n;
        }
        return true;
    }

    private void CodeUnExpVal(OpCode op, ref ExpDesc e, int line)
    {
        int r = Exp2AnyReg(ref e);
        FreeExp(ref e);
        e.Info = CodeABC(op, 0, r, 0);
        e.Kind = ExpKind.Reloc;
        FixLine(line);
    }

    private void Prefix(UnaryOp op, ref ExpDesc e, int line)
    {
        var ef = new ExpDesc(ExpKind.KInt, 0);
        DischargeVars(ref e);
        switch (op)
        {
            case UnaryOp.Neg:
                if (ConstFolding(MetaEvent.Unm, ref e, ef)) break;
                CodeUnExpVal(OpCode.Unm, ref e, line);
                break;
            case UnaryOp.BNot:
                if (ConstFolding(MetaEvent.BNot, ref e, ef)) break;
                CodeUnExpVal(OpCode.BNot, ref e, line);
                break;
            case UnaryOp.Len:
                CodeUnExpVal(OpCode.Len, ref e, line);
                break;
            case UnaryOp.Not:
                CodeNot(ref e);
                break;
        }
    }

    private void Infix(BinOpr op, ref ExpDesc v)
    {
        DischargeVars(ref v);
        switch (op)
        {
            case BinOpr.And: GoIfTrue(ref v); break;
            case BinOpr.Or: GoIfFalse(ref v); break;
            case BinOpr.Concat: Exp2NextReg(ref v); break;
            case BinOpr.Eq: case BinOpr.Ne:
                if (!IsNumeral(v)) Exp2RK(ref v);
                break;
            case BinOpr.Lt: case BinOpr.Le: case BinOpr.Gt: case BinOpr.Ge:
                bool dummy = false;
                if (!IsSCnumber(v, out _, ref dummy)) Exp2AnyReg(ref v);
                break;
            default:
                if (!IsNumeral(v)) Exp2AnyReg(ref v);
                break;
        }
    }

    private void FinishBinExpVal(ref ExpDesc e1, ref ExpDesc e2, OpCode op, int v2, bool flip, int line, OpCode mmop, MetaEvent ev)
    {
        int v1 = Exp2AnyReg(ref e1);
        int pc = CodeABCk(op, 0, v1, v2, false);
        FreeExps(ref e1, ref e2);
        e1.Info = pc;
        e1.Kind = ExpKind.Reloc;
        FixLine(line);
        CodeABCk(mmop, v1, v2, (int)ev, flip);
        FixLine(line);
    }

    private void CodeBinExpVal(BinOpr opr, ref ExpDesc e1, ref ExpDesc e2, int line)
    {
        var op = (OpCode)((int)OpCode.Add + (int)opr);
        int v2 = Exp2AnyReg(ref e2);
        FinishBinExpVal(ref e1, ref e2, op, v2, false, line, OpCode.MmBin, (MetaEvent)((int)MetaEvent.Add + (int)opr));
    }

    private void CodeBinI(OpCode op, ref ExpDesc e1, ref ExpDesc e2, bool flip, int line, MetaEvent ev)
    {
        int v2 = (int)e2.IVal + OffsetSC;
        FinishBinExpVal(ref e1, ref e2, op, v2, flip, line, OpCode.MmBinI, ev);
    }

    private void CodeBinK(BinOpr opr, ref ExpDesc e1, ref ExpDesc e2, bool flip, int line)
    {
        var ev = (MetaEvent)((int)MetaEvent.Add + (int)opr);
        int v2 = e2.Info;
        var op = (OpCode)((int)OpCode.AddK + (int)opr);
        FinishBinExpVal(ref e1, ref e2, op, v2, flip, line, OpCode.MmBinK, ev);
    }

    private bool FinishBinExpNeg(ref ExpDesc e1, ref ExpDesc e2, OpCode op, int line, MetaEvent ev)
    {
        if (!IsKint(e2)) return false;
        long i2 = e2.IVal;
        if (!(FitsC(i2) && FitsC(-i2))) return false;
        int v2 = (int)i2;
        FinishBinExpVal(ref e1, ref e2, op, -v2 + OffsetSC, false, line, OpCode.MmBinI, ev);
        SetInstr(fs.Pc - 1, SetB(GetInstr(fs.Pc - 1), v2 + OffsetSC));
        return true;
    }

    private void CodeBinNoK(BinOpr opr, ref ExpDesc e1, ref ExpDesc e2, bool flip, int line)
    {
        if (flip) (e1, e2) = (e2, e1);
        CodeBinExpVal(opr, ref e1, ref e2, line);
    }

    private void CodeArith(BinOpr opr, ref ExpDesc e1, ref ExpDesc e2, bool flip, int line)
    {
        if (IsNumeral(e2) && Exp2K(ref e2)) CodeBinK(opr, ref e1, ref e2, flip, line);
        else CodeBinNoK(opr, ref e1, ref e2, flip, line);
    }

    private void CodeCommutative(BinOpr op, ref ExpDesc e1, ref ExpDesc e2, int line)
    {
        bool flip = false;
        if (IsNumeral(e1)) { (e1, e2) = (e2, e1); flip = true; }
        if (op == BinOpr.Add && IsSCint(e2)) CodeBinI(OpCode.AddI, ref e1, ref e2, flip, line, MetaEvent.Add);
        else CodeArith(op, ref e1, ref e2, flip, line);
    }

    private void CodeBitwise(BinOpr opr, ref ExpDesc e1, ref ExpDesc e2, int line)
    {
        bool flip = false;
        if (e1.Kind == ExpKind.KInt) { (e1, e2) = (e2, e1); flip = true; }
        if (e2.Kind == ExpKind.KInt && Exp2K(ref e2)) CodeBinK(opr, ref e1, ref e2, flip, line);
        else CodeBinNoK(opr, ref e1, ref e2, flip, line);
    }

    private void CodeConcat(ref ExpDesc e1, ref ExpDesc e2, int line)
    {
        int ie2 = PreviousInstruction();
        if (ie2 >= 0 && Op(GetInstr(ie2)) == OpCode.Concat)
        {
            uint i = GetInstr(ie2);
            int n = B(i);
            FreeExp(ref e2);
            i = SetA(i, e1.Info);
            i = SetB(i, n + 1);
            SetInstr(ie2, i);
        }
        else
        {
            CodeABC(OpCode.Concat, e1.Info, 2, 0);
            FreeExp(ref e2);
            FixLine(line);
        }
    }

    private void CodeOrder(BinOpr opr, ref ExpDesc e1, ref ExpDesc e2)
    {
        int r1, r2;
        OpCode op;
        bool isFloat = false;
        if (IsSCnumber(e2, out int im, ref isFloat))
        {
            r1 = Exp2AnyReg(ref e1);
            r2 = im;
            op = opr == BinOpr.Lt ? OpCode.LtI : OpCode.LeI;
        }
        else if (IsSCnumber(e1, out im, ref isFloat))
        {
            r1 = Exp2AnyReg(ref e2);
            r2 = im;
            op = opr == BinOpr.Lt ? OpCode.GtI : OpCode.GeI;
        }
        else
        {
            r1 = Exp2AnyReg(ref e1);
            r2 = Exp2AnyReg(ref e2);
            op = opr == BinOpr.Lt ? OpCode.Lt : OpCode.Le;
        }
        FreeExps(ref e1, ref e2);
        e1.Info = CondJump(op, r1, r2, isFloat ? 1 : 0, true);
        e1.Kind = ExpKind.Jmp;
    }

    private void CodeEq(BinOpr opr, ref ExpDesc e1, ref ExpDesc e2)
    {
        int r1, r2;
        OpCode op;
        if (e1.Kind != ExpKind.NonReloc) (e1, e2) = (e2, e1);
        r1 = Exp2AnyReg(ref e1);
        bool isFloat = false;
        if (IsSCnumber(e2, out int im, ref isFloat)) { op = OpCode.EqI; r2 = im; }
        else if (Exp2RK(ref e2)) { op = OpCode.EqK; r2 = e2.Info; }
        else { op = OpCode.Eq; r2 = Exp2AnyReg(ref e2); }
        FreeExps(ref e1, ref e2);
        e1.Info = CondJump(op, r1, r2, isFloat ? 1 : 0, opr == BinOpr.Eq);
        e1.Kind = ExpKind.Jmp;
    }

    private void Posfix(BinOpr opr, ref ExpDesc e1, ref ExpDesc e2, int line)
    {
        DischargeVars(ref e2);
        if (opr <= BinOpr.Shr && ConstFolding((MetaEvent)((int)MetaEvent.Add + (int)opr), ref e1, e2)) return;
        switch (opr)
        {
            case BinOpr.And:
                DischargeVars(ref e2);
                Concat(ref e2.F, e1.F);
                e1 = e2;
                break;
            case BinOpr.Or:
                DischargeVars(ref e2);
                Concat(ref e2.T, e1.T);
                e1 = e2;
                break;
            case BinOpr.Concat:
                Exp2NextReg(ref e2);
                CodeConcat(ref e1, ref e2, line);
                break;
            case BinOpr.Add: case BinOpr.Mul:
                CodeCommutative(opr, ref e1, ref e2, line);
                break;
            case BinOpr.Sub:
                if (FinishBinExpNeg(ref e1, ref e2, OpCode.AddI, line, MetaEvent.Sub)) break;
                CodeArith(opr, ref e1, ref e2, false, line);
                break;
            case BinOpr.Div: case BinOpr.IDiv: case BinOpr.Mod: case BinOpr.Pow:
                CodeArith(opr, ref e1, ref e2, false, line);
                break;
            case BinOpr.BAnd: case BinOpr.BOr: case BinOpr.BXor:
                CodeBitwise(opr, ref e1, ref e2, line);
                break;
            case BinOpr.Shl:
                if (IsSCint(e1))
                {
                    (e1, e2) = (e2, e1);
                    CodeBinI(OpCode.ShlI, ref e1, ref e2, true, line, MetaEvent.Shl);
                }
                else if (FinishBinExpNeg(ref e1, ref e2, OpCode.ShrI, line, MetaEvent.Shl)) { }
                else CodeBinExpVal(opr, ref e1, ref e2, line);
                break;
            case BinOpr.Shr:
                if (IsSCint(e2)) CodeBinI(OpCode.ShrI, ref e1, ref e2, false, line, MetaEvent.Shr);
                else CodeBinExpVal(opr, ref e1, ref e2, line);
                break;
            case BinOpr.Eq: case BinOpr.Ne:
                CodeEq(opr, ref e1, ref e2);
                break;
            case BinOpr.Gt: case BinOpr.Ge:
                (e1, e2) = (e2, e1);
                CodeOrder(opr == BinOpr.Gt ? BinOpr.Lt : BinOpr.Le, ref e1, ref e2);
                break;
            case BinOpr.Lt: case BinOpr.Le:
                CodeOrder(opr, ref e1, ref e2);
                break;
        }
    }

    // ---------------------------------------------------------------- tables

    private void SetTableSize(int pc, int ra, int asize, int hsize)
    {
        int rb = hsize != 0 ? CeilLog2((uint)hsize) + 1 : 0;
        int extra = asize / (MaxArgC + 1);
        int rc = asize % (MaxArgC + 1);
        SetInstr(pc, CreateABCk(OpCode.NewTable, ra, rb, rc, extra > 0));
        SetInstr(pc + 1, CreateAx(OpCode.ExtraArg, extra));
    }

    private static int CeilLog2(uint x)
    {
        int l = 0;
        x--;
        while (x >= 256) { l += 8; x >>= 8; }
        while (x > 0) { l++; x >>= 1; }
        return l;
    }

    private void SetList(int @base, int nelems, int tostore)
    {
        if (tostore == -1) tostore = 0;
        if (nelems <= MaxArgC) CodeABC(OpCode.SetList, @base, tostore, nelems);
        else
        {
            int extra = nelems / (MaxArgC + 1);
            nelems %= MaxArgC + 1;
            CodeABCk(OpCode.SetList, @base, tostore, nelems, true);
            CodeExtraArg(extra);
        }
        fs.FreeReg = @base + 1;
    }

    // ---------------------------------------------------------------- final pass

    private static int FinalTarget(List<uint> code, int i)
    {
        for (int count = 0; count < 100; count++)
        {
            uint pc = code[i];
            if (Op(pc) != OpCode.Jmp) break;
            i += SJ(pc) + 1;
        }
        return i;
    }

    private void Finish()
    {
        var code = fs.Code;
        for (int i = 0; i < code.Count; i++)
        {
            uint pc = code[i];
            switch (Op(pc))
            {
                case OpCode.Return0:
                case OpCode.Return1:
                    if (!(fs.NeedClose || fs.IsVararg)) break;
                    pc = SetOp(pc, OpCode.Return);
                    goto case OpCode.Return;
                case OpCode.Return:
                case OpCode.TailCall:
                    if (fs.NeedClose) pc = SetK(pc, true);
                    if (fs.IsVararg) pc = SetC(pc, fs.NumParams + 1);
                    code[i] = pc;
                    break;
                case OpCode.Jmp:
                    FixJump(i, FinalTarget(code, i));
                    break;
            }
        }
    }
}

/// <summary>Binary operators in lcode.h's BinOpr order (arithmetic first, matching OP_ADD.. and TM_ADD..).</summary>
internal enum BinOpr
{
    Add, Sub, Mul, Mod, Pow, Div, IDiv,
    BAnd, BOr, BXor, Shl, Shr,
    Concat,
    Eq, Lt, Le, Ne, Gt, Ge,
    And, Or,
}
