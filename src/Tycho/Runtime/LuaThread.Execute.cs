using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Tycho.Runtime;

// The dispatch loop (lvm.c luaV_execute): one loop runs every Lua frame of the thread; calls push frames and
// returns pop them without recursing on the .NET stack.
public sealed partial class LuaThread
{
    /// <summary>Stores an integer in a register, skipping the reference store (and its GC write barrier) when
    /// the register already holds an integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetInt(ref LuaValue r, long v)
    {
        // Payload first: the result is then dead before the (rare) write-barrier call that changes the type,
        // so the JIT need not spill it around that call. (No local for the MutableValue view: SetInt is inlined
        // some thirty times into Run, and each inlinee local is a JIT local counted against the inlining limit.)
        Unsafe.As<LuaValue, MutableValue>(ref r).N = v;
        if (!ReferenceEquals(Unsafe.As<LuaValue, MutableValue>(ref r).O, ValueTag.Integer)) Unsafe.As<LuaValue, MutableValue>(ref r).O = ValueTag.Integer;
        // MutableValue must have LuaValue's layout: the value reads back through LuaValue.
        Debug.Assert(r.IsInteger && r.RawInteger == v, "MutableValue and LuaValue layouts differ");
    }

    /// <summary>Stores a float in a register (see <see cref="SetInt"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetFloat(ref LuaValue r, double v)
    {
        Unsafe.As<LuaValue, MutableValue>(ref r).N = BitConverter.DoubleToInt64Bits(v);   // payload first, as in SetInt
        if (!ReferenceEquals(Unsafe.As<LuaValue, MutableValue>(ref r).O, ValueTag.Float)) Unsafe.As<LuaValue, MutableValue>(ref r).O = ValueTag.Float;
        Debug.Assert(r.IsFloat && BitConverter.DoubleToInt64Bits(r.RawFloat) == BitConverter.DoubleToInt64Bits(v), "MutableValue and LuaValue layouts differ");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ToDouble(in LuaValue v, out double d)
    {
        if (v.IsFloat) { d = v.RawFloat; return true; }
        if (v.IsInteger) { d = v.RawInteger; return true; }
        d = 0; return false;
    }

    // The instruction families of Run, each written once as lvm.c writes them once as macros (op_arith,
    // op_arithK, op_arithf, op_bitwise, op_order, docondjump...). They are generic over a struct operator
    // (ArithOps.cs): the JIT compiles one specialized copy per operator and inlines it into its case.
    //
    // Their shape is dictated by a JIT limit. Every argument of an inlined call that is not a plain local of the
    // caller, every local of an inlined method and every inlinee with several returns takes a JIT local, and once
    // Run has 512 of them (MAX_LV_NUM_COUNT_FOR_INLINING) the JIT stops inlining: the cases after that point
    // (CALL, RETURN, FORLOOP...) would then call SetInt, SavePc, Instruction.Bx out of line. A first version
    // returning bool ("done, skip the MMBIN") did exactly that. So, like lvm.c's macros, these advance pc
    // themselves (ref pc is the address of Run's local: after inlining it is that local again, in a register)
    // and return nothing, and they declare as few locals as they can. Check Run's disassembly after changing
    // them (bench/RESULTS.md, "Instruction families written once").

    /// <summary>lvm.c op_arith (ADD, SUB, MUL and their K forms): two integers give an integer (wrapping around),
    /// two floats or an integer and a float give a float. On success pc skips the MMBIN* that follows; otherwise
    /// that MMBIN* runs and tries metamethods (string coercion included).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Arith<TOp>(ref LuaValue ra, in LuaValue v1, in LuaValue v2, ref int pc) where TOp : struct, IArithOp
    {
        // Operands are read before ra is written: ra may be one of them.
        if (v1.IsInteger && v2.IsInteger) { SetInt(ref ra, TOp.Int(v1.RawInteger, v2.RawInteger)); pc++; }
        else if (v1.IsFloat && v2.IsFloat) { SetFloat(ref ra, TOp.Float(v1.RawFloat, v2.RawFloat)); pc++; }
        else ArithF<TOp>(ref ra, v1, v2, ref pc);
    }

    /// <summary>lvm.c op_arithf (DIV, DIVK; and the mixed case of <see cref="Arith"/>): both operands converted to
    /// float.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ArithF<TOp>(ref LuaValue ra, in LuaValue v1, in LuaValue v2, ref int pc) where TOp : struct, IFloatOp
    {
        if (ToDouble(v1, out double x) && ToDouble(v2, out double y)) { SetFloat(ref ra, TOp.Float(x, y)); pc++; }
    }

    /// <summary>lvm.c op_arithI (ADDI): <see cref="Arith"/> with an immediate integer second operand.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ArithI<TOp>(ref LuaValue ra, in LuaValue v1, int imm, ref int pc) where TOp : struct, IArithOp
    {
        if (v1.IsInteger) { SetInt(ref ra, TOp.Int(v1.RawInteger, imm)); pc++; }
        else if (v1.IsFloat) { SetFloat(ref ra, TOp.Float(v1.RawFloat, imm)); pc++; }
    }

    /// <summary>lvm.c op_bitwise (BAND, BOR, BXOR, SHL, SHR and the K forms) and the integer halves of MOD and IDIV
    /// (and their K forms): two integers (with a divisor the operator accepts) give an integer. Anything else goes
    /// to <see cref="ArithSlow"/> (floats with integral values, float modulo and floor division, division by zero
    /// errors); when that fails too, the MMBIN* that follows tries metamethods.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void IntArith<TOp>(ref LuaValue ra, in LuaValue v1, in LuaValue v2, uint i, ref int pc) where TOp : struct, IIntOp
    {
        if (v1.IsInteger && v2.IsInteger && TOp.Inline(v2.RawInteger)) { SetInt(ref ra, TOp.Int(v1.RawInteger, v2.RawInteger)); pc++; }
        else if (ArithSlow(i, pc)) pc++;
    }

    /// <summary>lvm.c op_order's fast half (LT, LE): two integers or two floats. False for anything else (mixed
    /// numbers, strings, metamethods), which the slow path handles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Order<TOp>(in LuaValue a, in LuaValue b, out bool cond) where TOp : struct, IOrderOp
    {
        if (a.IsInteger && b.IsInteger) { cond = TOp.Int(a.RawInteger, b.RawInteger); return true; }
        if (a.IsFloat && b.IsFloat) { cond = TOp.Float(a.RawFloat, b.RawFloat); return true; }
        cond = false;
        return false;
    }

    /// <summary>lvm.c op_orderI's fast half (LTI, LEI, GTI, GEI): a number against the immediate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool OrderI<TOp>(in LuaValue a, int im, out bool cond) where TOp : struct, IOrderOp
    {
        if (a.IsInteger) { cond = TOp.Int(a.RawInteger, im); return true; }
        if (a.IsFloat) { cond = TOp.Float(a.RawFloat, im); return true; }
        cond = false;
        return false;
    }

    /// <summary>lvm.c docondjump: the test of instruction <paramref name="i"/> gave <paramref name="cond"/>; when it
    /// differs from k the OP_JMP that follows is skipped, else it is taken.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CondJump(bool cond, uint i, LuaClosure cl, ref uint code, ref int pc)
    {
        if (cond != Instruction.K(i)) pc++;
        else NextJump(cl, ref code, ref pc);
    }

    /// <summary>lvm.c donextjump: executes the OP_JMP at pc, the one following a test.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void NextJump(LuaClosure cl, ref uint code, ref int pc)
    {
        Debug.Assert((uint)pc < (uint)cl.Code.Length && Instruction.Op(cl.Code[pc]) == OpCode.Jmp, "a test is followed by its OP_JMP");
        Jump(Instruction.SJ(Unsafe.Add(ref code, pc++)), ref pc);
    }

    /// <summary>lvm.c dojump: pc += <paramref name="sj"/> (pc is already past the OP_JMP). A backward jump is a
    /// safepoint: it charges the loop body's length (LuaThread.Safepoints.cs). The target is checked at the next fetch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Jump(int sj, ref int pc)
    {
        pc += sj;
        if (sj < 0 && (Global.Budget += sj) < 0) JumpSafepoint(pc);   // (repeat-until: the frame sees a new mask at its next call)
    }

    // Only the hot paths live in Run: every rare case (metamethods, errors, coercions, uncommon opcodes) is a call
    // to a non-inlined helper in LuaThread.ExecuteSlow.cs that re-decodes the instruction from the top frame. This keeps
    // Run's stack frame small (it is zeroed on every entry: each coroutine resume and host-to-Lua call) and
    // lets the JIT keep pc/base/the register and code pointers in machine registers.
    //
    // Every access through R, KK and C is unchecked. The Assert* calls before them state the bound each one
    // relies on (see "Debug-build checks" below): they and their arguments are compiled only in Debug builds.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal ExecStatus Run(int entry)
    {
        LuaClosure cl;
        int bas, pc;
    newframe:
        {
            // The running frame is always the top one (FrameCount - 1): not kept in a local, to leave registers free.
            ref CallFrame cf = ref Frames[FrameCount - 1];
            Debug.Assert(cf.Function is LuaClosure, "Run continues only Lua frames");
            cl = Unsafe.As<LuaClosure>(cf.Function!); // a Lua frame
            bas = cf.Base;
            pc = cf.Pc;
        }
    enterframe:
        // A hooked thread runs the frame from a hook copy of its code (LuaThread.Hooks.cs); entering the frame may
        // run the call hook, so R is computed after.
        uint[] code = cl.Code;
        if (HookTrap != 0) code = HookEnter(cl, pc);
        // Unchecked access: registers are within the frame's MaxStackSize (PreCall ensured the slots), constant
        // and instruction indices come from the compiler or were proven by the BytecodeVerifier. R (the frame's
        // first register) must be reloaded whenever the stack may have grown.
        ref LuaValue R = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Stack), bas);
        ref uint C = ref MemoryMarshal.GetArrayDataReference(code);
        ref LuaValue KK = ref MemoryMarshal.GetArrayDataReference(cl.Constants);
        MetaStep step;
        while (true)
        {
            AssertRunState(cl, bas, pc, ref R, ref C, ref KK);
            uint i = Unsafe.Add(ref C, pc++);
        dispatch:
            int ia = Instruction.A(i);
            switch (Instruction.Op(i))
            {
                case OpCode.Move:
                    AssertReg(cl, ia, Instruction.B(i));
                    LuaValue.Assign(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)));
                    continue;
                case OpCode.LoadI:
                    AssertReg(cl, ia);
                    SetInt(ref Unsafe.Add(ref R, ia), Instruction.SBx(i));
                    continue;
                case OpCode.LoadF:
                    AssertReg(cl, ia);
                    SetFloat(ref Unsafe.Add(ref R, ia), Instruction.SBx(i));
                    continue;
                case OpCode.LoadK:
                    AssertReg(cl, ia); AssertK(cl, Instruction.Bx(i));
                    LuaValue.Assign(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref KK, Instruction.Bx(i)));
                    continue;
                case OpCode.LoadKX:
                    AssertReg(cl, ia); AssertExtraArgK(cl, pc);
                    Unsafe.Add(ref R, ia) = Unsafe.Add(ref KK, Instruction.Ax(Unsafe.Add(ref C, pc++)));
                    continue;
                case OpCode.LoadFalse:
                    AssertReg(cl, ia);
                    Unsafe.Add(ref R, ia) = LuaValue.False;
                    continue;
                case OpCode.LFalseSkip:
                    AssertReg(cl, ia);
                    Unsafe.Add(ref R, ia) = LuaValue.False;
                    pc++;
                    continue;
                case OpCode.LoadTrue:
                    AssertReg(cl, ia);
                    Unsafe.Add(ref R, ia) = LuaValue.True;
                    continue;
                case OpCode.LoadNil:
                {
                    int b = Instruction.B(i);
                    AssertReg(cl, ia + b);
                    for (int j = 0; j <= b; j++) Unsafe.Add(ref R, ia + j) = default;
                    continue;
                }
                case OpCode.GetUpval:
                    AssertReg(cl, ia);
                    LuaValue.Assign(ref Unsafe.Add(ref R, ia), Upval(cl, Instruction.B(i)).Ref);
                    continue;
                case OpCode.SetUpval:
                    AssertReg(cl, ia);
                    LuaValue.Assign(ref Upval(cl, Instruction.B(i)).Ref, Unsafe.Add(ref R, ia));
                    continue;
                case OpCode.GetTabUp:
                {
                    AssertReg(cl, ia); AssertK(cl, Instruction.C(i));
                    if (Upval(cl, Instruction.B(i)).Ref.O is LuaTable t)
                    {
                        LuaValue v = t.GetStrConstant(ref Unsafe.Add(ref KK, Instruction.C(i)));
                        if (!v.IsNil || NoIndexMeta(t)) { LuaValue.Assign(ref Unsafe.Add(ref R, ia), v); continue; }
                    }
                    goto slow;
                }
                case OpCode.GetTable:
                {
                    AssertReg(cl, ia, Instruction.B(i), Instruction.C(i));
                    if (Unsafe.Add(ref R, Instruction.B(i)).O is LuaTable t)
                    {
                        ref LuaValue key = ref Unsafe.Add(ref R, Instruction.C(i));
                        LuaValue v;
                        if (key.IsInteger) v = t.VmGetInt(key.RawInteger);
                        else if (key.O is LuaString ks) v = t.VmGetStr(ks);
                        else goto slow;
                        if (!v.IsNil || NoIndexMeta(t)) { LuaValue.Assign(ref Unsafe.Add(ref R, ia), v); continue; }
                    }
                    goto slow;
                }
                case OpCode.GetI:
                {
                    AssertReg(cl, ia, Instruction.B(i));
                    if (Unsafe.Add(ref R, Instruction.B(i)).O is LuaTable t)
                    {
                        LuaValue v = t.VmGetInt(Instruction.C(i));
                        if (!v.IsNil || NoIndexMeta(t)) { LuaValue.Assign(ref Unsafe.Add(ref R, ia), v); continue; }
                    }
                    goto slow;
                }
                case OpCode.GetField:
                {
                    AssertReg(cl, ia, Instruction.B(i)); AssertK(cl, Instruction.C(i));
                    if (Unsafe.Add(ref R, Instruction.B(i)).O is LuaTable t)
                    {
                        LuaValue v = t.GetStrConstant(ref Unsafe.Add(ref KK, Instruction.C(i)));
                        if (!v.IsNil || NoIndexMeta(t)) { LuaValue.Assign(ref Unsafe.Add(ref R, ia), v); continue; }
                    }
                    goto slow;
                }
                case OpCode.SetTabUp:
                {
                    AssertK(cl, Instruction.B(i)); AssertRK(cl, i, Instruction.C(i));
                    if (Upval(cl, Instruction.A(i)).Ref.O is LuaTable t && NoNewIndexMeta(t))
                    {
                        int c = Instruction.C(i);
                        t.SetStrConstant(ref Unsafe.Add(ref KK, Instruction.B(i)), Instruction.K(i) ? Unsafe.Add(ref KK, c) : Unsafe.Add(ref R, c));
                        continue;
                    }
                    goto slow;
                }
                case OpCode.SetTable:
                {
                    AssertReg(cl, ia, Instruction.B(i)); AssertRK(cl, i, Instruction.C(i));
                    if (Unsafe.Add(ref R, ia).O is LuaTable t && NoNewIndexMeta(t))
                    {
                        ref LuaValue key = ref Unsafe.Add(ref R, Instruction.B(i));
                        int c = Instruction.C(i);
                        ref LuaValue val = ref Instruction.K(i) ? ref Unsafe.Add(ref KK, c) : ref Unsafe.Add(ref R, c);
                        if (key.IsInteger) { t.VmSetInt(key.RawInteger, val); continue; }
                        if (key.O is LuaString ks) { t.VmSetStr(ks, val); continue; }
                    }
                    goto slow;
                }
                case OpCode.SetI:
                {
                    AssertReg(cl, ia); AssertRK(cl, i, Instruction.C(i));
                    if (Unsafe.Add(ref R, ia).O is LuaTable t && NoNewIndexMeta(t))
                    {
                        int c = Instruction.C(i);
                        t.VmSetInt(Instruction.B(i), Instruction.K(i) ? Unsafe.Add(ref KK, c) : Unsafe.Add(ref R, c));
                        continue;
                    }
                    goto slow;
                }
                case OpCode.SetField:
                {
                    AssertReg(cl, ia); AssertK(cl, Instruction.B(i)); AssertRK(cl, i, Instruction.C(i));
                    if (Unsafe.Add(ref R, ia).O is LuaTable t && NoNewIndexMeta(t))
                    {
                        int c = Instruction.C(i);
                        t.SetStrConstant(ref Unsafe.Add(ref KK, Instruction.B(i)), Instruction.K(i) ? Unsafe.Add(ref KK, c) : Unsafe.Add(ref R, c));
                        continue;
                    }
                    goto slow;
                }
                case OpCode.NewTable:
                    NewTableOp(i, bas + ia, pc);
                    pc++;
                    continue;
                case OpCode.Self:
                {
                    AssertReg(cl, ia + 1, Instruction.B(i)); AssertRK(cl, i, Instruction.C(i));
                    ref LuaValue tv = ref Unsafe.Add(ref R, Instruction.B(i));
                    Unsafe.Add(ref R, ia + 1) = tv;
                    if (tv.O is LuaString && Instruction.K(i))
                    {
                        // s:method(...): the string library through the string metatable's __index table.
                        if (FastTm(Global.TypeMetatables[(int)LuaType.String], MetaEvent.Index).O is LuaTable strlib)
                        {
                            LuaValue v = strlib.GetStrConstant(ref Unsafe.Add(ref KK, Instruction.C(i)));
                            if (!v.IsNil || NoIndexMeta(strlib)) { LuaValue.Assign(ref Unsafe.Add(ref R, ia), v); continue; }
                        }
                        goto slow;
                    }
                    if (tv.O is LuaTable t && Instruction.K(i))
                    {
                        ref LuaValue kslot = ref Unsafe.Add(ref KK, Instruction.C(i));
                        LuaValue v = t.GetStrConstant(ref kslot);
                        if (!v.IsNil || NoIndexMeta(t)) { LuaValue.Assign(ref Unsafe.Add(ref R, ia), v); continue; }
                        // The usual object layout: methods in a class table that is the metatable's __index.
                        if (FastTm(t.Metatable, MetaEvent.Index).O is LuaTable cls)
                        {
                            v = cls.GetStrConstant(ref kslot);
                            if (!v.IsNil || NoIndexMeta(cls)) { LuaValue.Assign(ref Unsafe.Add(ref R, ia), v); continue; }
                        }
                    }
                    goto slow;
                }
                // Arithmetic (lvm.c op_arith, op_arithK, op_arithf, op_bitwise): on success pc++ skips the MMBIN*
                // that follows (the verifier checks the pairing); otherwise that MMBIN* runs and tries metamethods.
                case OpCode.AddI:
                    AssertReg(cl, ia, Instruction.B(i));
                    ArithI<AddOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Instruction.SC(i), ref pc);
                    continue;
                case OpCode.AddK:
                    AssertReg(cl, ia, Instruction.B(i)); AssertK(cl, Instruction.C(i));
                    Arith<AddOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref KK, Instruction.C(i)), ref pc);
                    continue;
                case OpCode.Add:
                    AssertReg(cl, ia, Instruction.B(i), Instruction.C(i));
                    Arith<AddOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref R, Instruction.C(i)), ref pc);
                    continue;
                case OpCode.SubK:
                    AssertReg(cl, ia, Instruction.B(i)); AssertK(cl, Instruction.C(i));
                    Arith<SubOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref KK, Instruction.C(i)), ref pc);
                    continue;
                case OpCode.Sub:
                    AssertReg(cl, ia, Instruction.B(i), Instruction.C(i));
                    Arith<SubOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref R, Instruction.C(i)), ref pc);
                    continue;
                case OpCode.MulK:
                    AssertReg(cl, ia, Instruction.B(i)); AssertK(cl, Instruction.C(i));
                    Arith<MulOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref KK, Instruction.C(i)), ref pc);
                    continue;
                case OpCode.Mul:
                    AssertReg(cl, ia, Instruction.B(i), Instruction.C(i));
                    Arith<MulOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref R, Instruction.C(i)), ref pc);
                    continue;
                case OpCode.DivK:
                    AssertReg(cl, ia, Instruction.B(i)); AssertK(cl, Instruction.C(i));
                    ArithF<DivOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref KK, Instruction.C(i)), ref pc);
                    continue;
                case OpCode.Div:
                    AssertReg(cl, ia, Instruction.B(i), Instruction.C(i));
                    ArithF<DivOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref R, Instruction.C(i)), ref pc);
                    continue;
                case OpCode.ModK:
                    AssertReg(cl, ia, Instruction.B(i)); AssertK(cl, Instruction.C(i));
                    IntArith<ModKOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref KK, Instruction.C(i)), i, ref pc);
                    continue;
                case OpCode.Mod:
                    AssertReg(cl, ia, Instruction.B(i), Instruction.C(i));
                    IntArith<ModOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref R, Instruction.C(i)), i, ref pc);
                    continue;
                case OpCode.IDivK:
                    AssertReg(cl, ia, Instruction.B(i)); AssertK(cl, Instruction.C(i));
                    IntArith<IDivKOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref KK, Instruction.C(i)), i, ref pc);
                    continue;
                case OpCode.IDiv:
                    AssertReg(cl, ia, Instruction.B(i), Instruction.C(i));
                    IntArith<IDivOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref R, Instruction.C(i)), i, ref pc);
                    continue;
                case OpCode.BAndK:
                    AssertReg(cl, ia, Instruction.B(i)); AssertK(cl, Instruction.C(i));
                    IntArith<BAndOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref KK, Instruction.C(i)), i, ref pc);
                    continue;
                case OpCode.BAnd:
                    AssertReg(cl, ia, Instruction.B(i), Instruction.C(i));
                    IntArith<BAndOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref R, Instruction.C(i)), i, ref pc);
                    continue;
                case OpCode.BOrK:
                    AssertReg(cl, ia, Instruction.B(i)); AssertK(cl, Instruction.C(i));
                    IntArith<BOrOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref KK, Instruction.C(i)), i, ref pc);
                    continue;
                case OpCode.BOr:
                    AssertReg(cl, ia, Instruction.B(i), Instruction.C(i));
                    IntArith<BOrOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref R, Instruction.C(i)), i, ref pc);
                    continue;
                case OpCode.BXorK:
                    AssertReg(cl, ia, Instruction.B(i)); AssertK(cl, Instruction.C(i));
                    IntArith<BXorOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref KK, Instruction.C(i)), i, ref pc);
                    continue;
                case OpCode.BXor:
                    AssertReg(cl, ia, Instruction.B(i), Instruction.C(i));
                    IntArith<BXorOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref R, Instruction.C(i)), i, ref pc);
                    continue;
                case OpCode.Shl:
                    AssertReg(cl, ia, Instruction.B(i), Instruction.C(i));
                    IntArith<ShlOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref R, Instruction.C(i)), i, ref pc);
                    continue;
                case OpCode.Shr:
                    AssertReg(cl, ia, Instruction.B(i), Instruction.C(i));
                    IntArith<ShrOp>(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), Unsafe.Add(ref R, Instruction.C(i)), i, ref pc);
                    continue;
                // SHRI and SHLI are written out as in lvm.c (SHLI's immediate is the left operand).
                case OpCode.ShrI:
                {
                    AssertReg(cl, ia, Instruction.B(i));
                    ref LuaValue v = ref Unsafe.Add(ref R, Instruction.B(i));
                    if (v.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), ShrOp.Int(v.RawInteger, Instruction.SC(i))); pc++; }
                    else if (ArithSlow(i, pc)) pc++;
                    continue;
                }
                case OpCode.ShlI:
                {
                    AssertReg(cl, ia, Instruction.B(i));
                    ref LuaValue v = ref Unsafe.Add(ref R, Instruction.B(i));
                    if (v.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), ShlOp.Int(Instruction.SC(i), v.RawInteger)); pc++; }
                    else if (ArithSlow(i, pc)) pc++;
                    continue;
                }
                case OpCode.PowK:
                case OpCode.Pow:
                    if (ArithSlow(i, pc)) pc++;
                    continue;
                case OpCode.MmBin:
                case OpCode.MmBinI:
                case OpCode.MmBinK:
                    goto slow;
                case OpCode.Unm:
                {
                    AssertReg(cl, ia, Instruction.B(i));
                    ref LuaValue v = ref Unsafe.Add(ref R, Instruction.B(i));
                    if (v.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), unchecked(0 - v.RawInteger)); continue; }
                    if (v.IsFloat) { SetFloat(ref Unsafe.Add(ref R, ia), -v.RawFloat); continue; }
                    goto slow;
                }
                case OpCode.BNot:
                {
                    AssertReg(cl, ia, Instruction.B(i));
                    ref LuaValue v = ref Unsafe.Add(ref R, Instruction.B(i));
                    if (v.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), ~v.RawInteger); continue; }
                    goto slow;
                }
                case OpCode.Not:
                    AssertReg(cl, ia, Instruction.B(i));
                    Unsafe.Add(ref R, ia) = Unsafe.Add(ref R, Instruction.B(i)).IsFalsy ? LuaValue.True : LuaValue.False;
                    continue;
                case OpCode.Len:
                {
                    AssertReg(cl, ia, Instruction.B(i));
                    object? o = Unsafe.Add(ref R, Instruction.B(i)).O;
                    if (o is LuaString s) { SetInt(ref Unsafe.Add(ref R, ia), s.Length); continue; }
                    if (o is LuaTable t && t.Metatable is null) { SetInt(ref Unsafe.Add(ref R, ia), t.VmLength); continue; }
                    goto slow;
                }
                case OpCode.Concat:
                case OpCode.Close:
                case OpCode.Tbc:
                case OpCode.TForPrep:
                    goto slow;
                case OpCode.Jmp:
                {
                    // Jump, inlined so that a host hook changed at the safepoint (a debugger's pause, then "step")
                    // reaches this frame: it re-enters with the code the new mask needs.
                    int sj = Instruction.SJ(i);
                    pc += sj;
                    if (sj < 0 && (Global.Budget += sj) < 0 && JumpSafepoint(pc)) goto newframe;
                    continue;
                }
                // Tests (lvm.c op_order, op_orderI, OP_EQ*, OP_TEST*): the jump tail is CondJump (docondjump).
                case OpCode.Eq:
                {
                    AssertReg(cl, ia, Instruction.B(i));
                    ref LuaValue a = ref Unsafe.Add(ref R, ia);
                    ref LuaValue b = ref Unsafe.Add(ref R, Instruction.B(i));
                    bool cond;
                    if (ReferenceEquals(a.O, b.O) && a.O is not ValueTag) cond = true;
                    else if ((a.O is LuaTable && b.O is LuaTable) || (a.O is LuaUserdata && b.O is LuaUserdata)) goto slow;
                    else
                    {
                        cond = LuaValue.RawEquals(a, b);
                        // Two distinct long strings compare byte by byte: charged like the library's work.
                        if (a.O is LuaString { Length: >= LongStringCompare } ls) ChargeCompare(pc, ls.Length);
                    }
                    CondJump(cond, i, cl, ref C, ref pc);
                    continue;
                }
                case OpCode.Lt:
                {
                    AssertReg(cl, ia, Instruction.B(i));
                    if (!Order<LtOp>(Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), out bool cond)) goto slow;
                    CondJump(cond, i, cl, ref C, ref pc);
                    continue;
                }
                case OpCode.Le:
                {
                    AssertReg(cl, ia, Instruction.B(i));
                    if (!Order<LeOp>(Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)), out bool cond)) goto slow;
                    CondJump(cond, i, cl, ref C, ref pc);
                    continue;
                }
                case OpCode.EqK:
                {
                    AssertReg(cl, ia); AssertK(cl, Instruction.B(i));
                    bool cond = LuaValue.RawEquals(Unsafe.Add(ref R, ia), Unsafe.Add(ref KK, Instruction.B(i)));
                    CondJump(cond, i, cl, ref C, ref pc);
                    continue;
                }
                case OpCode.EqI:
                {
                    AssertReg(cl, ia);
                    ref LuaValue v = ref Unsafe.Add(ref R, ia);
                    int im = Instruction.SB(i);
                    bool cond = v.IsInteger ? v.RawInteger == im : v.IsFloat && v.RawFloat == im;
                    CondJump(cond, i, cl, ref C, ref pc);
                    continue;
                }
                case OpCode.LtI:
                {
                    AssertReg(cl, ia);
                    if (!OrderI<LtOp>(Unsafe.Add(ref R, ia), Instruction.SB(i), out bool cond)) goto slow;
                    CondJump(cond, i, cl, ref C, ref pc);
                    continue;
                }
                case OpCode.LeI:
                {
                    AssertReg(cl, ia);
                    if (!OrderI<LeOp>(Unsafe.Add(ref R, ia), Instruction.SB(i), out bool cond)) goto slow;
                    CondJump(cond, i, cl, ref C, ref pc);
                    continue;
                }
                case OpCode.GtI:
                {
                    AssertReg(cl, ia);
                    if (!OrderI<GtOp>(Unsafe.Add(ref R, ia), Instruction.SB(i), out bool cond)) goto slow;
                    CondJump(cond, i, cl, ref C, ref pc);
                    continue;
                }
                case OpCode.GeI:
                {
                    AssertReg(cl, ia);
                    if (!OrderI<GeOp>(Unsafe.Add(ref R, ia), Instruction.SB(i), out bool cond)) goto slow;
                    CondJump(cond, i, cl, ref C, ref pc);
                    continue;
                }
                case OpCode.Test:
                    AssertReg(cl, ia);
                    CondJump(Unsafe.Add(ref R, ia).IsTruthy, i, cl, ref C, ref pc);
                    continue;
                case OpCode.TestSet:
                {
                    AssertReg(cl, ia, Instruction.B(i));
                    ref LuaValue v = ref Unsafe.Add(ref R, Instruction.B(i));
                    if (v.IsFalsy == Instruction.K(i)) pc++;
                    else { LuaValue.Assign(ref Unsafe.Add(ref R, ia), v); NextJump(cl, ref C, ref pc); }
                    continue;
                }
                case OpCode.Call:
                {
                    AssertReg(cl, ia);
                    int b = Instruction.B(i);
                    if (b != 0) Top = bas + ia + b;
                    AssertCallArgs(bas + ia);
                    SavePc(pc);
                    if (--Global.Budget < 0) Safepoint(pc); // safepoint (call)
                    if (Unsafe.Add(ref R, ia).O is LuaClosure ncl)
                    {
                        int nb = TryPushLuaFrame(ncl, bas + ia, Top - (bas + ia) - 1, Instruction.C(i) - 1);
                        if (nb >= 0)
                        {
                            // The new frame's state is known here: enter it without reading it back.
                            cl = ncl; bas = nb; pc = 0;
                            goto enterframe;
                        }
                    }
                    step = CallSlow(bas + ia, Instruction.C(i) - 1);
                    goto stepped;
                }
                case OpCode.TailCall:
                    SavePc(pc);
                    if (--Global.Budget < 0) Safepoint(pc); // safepoint (call)
                    if (TailCallOp(i, bas + ia)) return ExecStatus.Yield;
                    goto newframe;
                case OpCode.Return:
                {
                    SavePc(pc);
                    int r = ReturnOp(i, bas + ia, entry);
                    if (r == 0) goto newframe;
                    return r == 1 ? ExecStatus.Ok : ExecStatus.Yield;
                }
                case OpCode.Return0:
                case OpCode.Return1:
                {
                    if (OpenUpvalues is not null && OpenUpvalues.Index >= bas) CloseUpvaluesCold(bas);
                    int fi = FrameCount - 1;
                    if (fi != entry)
                    {
                        // Common case: a plain Lua-to-Lua return of at most one value to a caller wanting one
                        // or none; the caller's frame continues at once.
                        Debug.Assert(fi > entry && entry >= 0, "frames above the entry frame are this loop's");
                        ref CallFrame f = ref Frames[fi];
                        ref CallFrame caller = ref Unsafe.Add(ref f, -1);   // fi > entry >= 0
                        int wanted = f.NResults;
                        if ((uint)wanted <= 1 && (f.Flags & FrameFlags.FinishOp) == 0 && (caller.Flags & FrameFlags.Lua) != 0)
                        {
                            int res = f.Func;
                            // R[res - bas]: the called function's slot, below this frame's registers.
                            Debug.Assert((uint)res < (uint)bas, "the function slot is below the frame's base");
                            if (wanted == 1)
                            {
                                if (Instruction.Op(i) == OpCode.Return1)
                                {
                                    AssertReg(cl, ia);
                                    LuaValue.Assign(ref Unsafe.Add(ref R, res - bas), Unsafe.Add(ref R, ia));
                                }
                                else Unsafe.Add(ref R, res - bas) = default;
                            }
                            Top = res + wanted;
                            f.Function = null;
                            FrameCount = fi;
                            // The caller's frame is at hand: continue it without going through the frame array.
                            Debug.Assert(caller.Function is LuaClosure, "a frame flagged Lua runs a closure");
                            cl = Unsafe.As<LuaClosure>(caller.Function!);
                            bas = caller.Base;
                            pc = caller.Pc;
                            goto enterframe;
                        }
                    }
                    SavePc(pc);
                    int r = Return01Op(bas + ia, Instruction.Op(i) == OpCode.Return0 ? 0 : 1, entry);
                    if (r == 0) goto newframe;
                    return r == 1 ? ExecStatus.Ok : ExecStatus.Yield;
                }
                case OpCode.ForLoop:
                {
                    AssertReg(cl, ia + 3);
                    ref LuaValue r = ref Unsafe.Add(ref R, ia);
                    if (Unsafe.Add(ref r, 2).IsInteger)
                    {
                        // The counter (R[A+1]) and index (R[A]) are integers set by FORPREP: only payloads change.
                        // (Compiled code never writes these registers in the loop body. The verifier does not
                        // prove that for binary chunks; a chunk that does gets wrong numbers, memory stays safe:
                        // only the payload word of a value is written.)
                        ref MutableValue cnt = ref Unsafe.As<LuaValue, MutableValue>(ref Unsafe.Add(ref r, 1));
                        ulong count = (ulong)cnt.N;
                        if (count > 0)
                        {
                            long idx = unchecked(r.RawInteger + Unsafe.Add(ref r, 2).RawInteger);
                            cnt.N = (long)(count - 1);
                            Unsafe.As<LuaValue, MutableValue>(ref r).N = idx;
                            SetInt(ref Unsafe.Add(ref r, 3), idx);
                            pc -= Instruction.Bx(i);
                            // Every iteration is charged, whatever the counter holds: a binary chunk whose body
                            // rewrites the counter must still reach the safepoint (charging only when the
                            // counter is a multiple of 256 let such a loop run forever).
                            if ((Global.Budget -= Instruction.Bx(i)) < 0 && JumpSafepoint(pc)) goto newframe;
                        }
                    }
                    else
                    {
                        double st = Unsafe.Add(ref r, 2).RawFloat, lim = Unsafe.Add(ref r, 1).RawFloat;
                        double idx = r.RawFloat + st;
                        if (st > 0 ? idx <= lim : lim <= idx)
                        {
                            Unsafe.As<LuaValue, MutableValue>(ref r).N = BitConverter.DoubleToInt64Bits(idx);
                            SetFloat(ref Unsafe.Add(ref r, 3), idx);
                            pc -= Instruction.Bx(i);
                            if ((Global.Budget -= Instruction.Bx(i)) < 0 && JumpSafepoint(pc)) goto newframe;
                        }
                    }
                    continue;
                }
                case OpCode.ForPrep:
                    SavePc(pc);
                    if (ForPrep(bas + ia)) pc += Instruction.Bx(i) + 1;
                    continue;
                case OpCode.TForCall:
                    SavePc(pc);
                    step = TForCallOp(bas + ia, Instruction.C(i));
                    goto stepped;
                case OpCode.TForLoop:
                    AssertReg(cl, ia + 4);
                    if (!Unsafe.Add(ref R, ia + 4).IsNil)
                    {
                        LuaValue.Assign(ref Unsafe.Add(ref R, ia + 2), Unsafe.Add(ref R, ia + 4));
                        pc -= Instruction.Bx(i);
                        if ((Global.Budget -= Instruction.Bx(i)) < 0 && JumpSafepoint(pc)) goto newframe;
                    }
                    continue;
                case OpCode.SetList:
                    pc += SetListOp(i, bas + ia, pc);
                    continue;
                case OpCode.Closure:
                    ClosureOp(i, bas + ia, pc);
                    continue;
                case OpCode.Vararg:
                    SavePc(pc);
                    VarargOp(i, bas + ia);
                    R = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Stack), bas);
                    continue;
                case OpCode.VarargPrep:
                    continue;
                case OpCode.Trap:
                    // Only in hook copies of the code: the hooks run, then the real instruction.
                    SavePc(pc);
                    i = HookStep(pc - 1);
                    R = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Stack), bas);
                    goto dispatch;
                default:
                    goto slow;
            }
        slow:
            // A rare case: SlowOp re-decodes the instruction, finishes it in place (possibly moving the saved pc
            // for a conditional jump) or starts a metamethod call.
            SavePc(pc);
            step = SlowOp(i);
        stepped:
            if (step == MetaStep.Done)
            {
                R = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Stack), bas);
                pc = Frames[FrameCount - 1].Pc;
                continue;
            }
            if (step == MetaStep.Yield) return ExecStatus.Yield;
            goto newframe;
        }
    }

    /// <summary>Upvalue <paramref name="index"/> of <paramref name="cl"/>, unchecked: the compiler (or the bytecode
    /// verifier, for binary chunks) guarantees the index is below the prototype's upvalue count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static UpValue Upval(LuaClosure cl, int index)
    {
        Debug.Assert((uint)index < (uint)cl.UpValues.Length, $"upvalue {index} of a closure with {cl.UpValues.Length}");
        UpValue uv = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(cl.UpValues), index);
        // UpValue.Ref is unchecked too: an open upvalue is a live slot of its thread's stack.
        Debug.Assert(uv is not null && (uv.Stack is null || (uint)uv.Index < (uint)uv.Stack.Length), "upvalue missing or outside its stack");
        return uv;
    }

    // ---------------- Debug-build checks ----------------
    // Run reads registers, constants, instructions and upvalues without bounds checks. For code from the compiler
    // the bounds hold by construction, for binary chunks the BytecodeVerifier proves them (operand ranges, jump
    // targets, the instruction pairs Run relies on), and PreCall/TryPushLuaFrame make a frame's registers fit in
    // the stack. These methods restate those facts where Run relies on them. They are [Conditional("DEBUG")]:
    // the C# compiler drops the calls, arguments included, from Release builds; the Debug test build runs them.

    /// <summary>At each instruction fetch: the loop's cached frame state (closure, base, R, code and constant
    /// pointers) is the top frame's, its registers fit in the stack, and pc is inside the code.</summary>
    [Conditional("DEBUG")]
    private void AssertRunState(LuaClosure cl, int bas, int pc, ref LuaValue R, ref uint C, ref LuaValue KK)
    {
        ref CallFrame f = ref Frames[FrameCount - 1];
        Debug.Assert(ReferenceEquals(f.Function, cl) && f.Base == bas, "Run's closure and base are the top frame's");
        Debug.Assert(bas >= 0 && bas + cl.Proto.MaxStackSize <= Stack.Length,
            $"frame registers {bas}..{bas + cl.Proto.MaxStackSize} outside the stack ({Stack.Length})");
        Debug.Assert(Unsafe.AreSame(ref R, ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Stack), bas)),
            "R points into an old stack array: it must be reloaded after anything that can grow the stack");
        Debug.Assert(IsCodeOf(cl, ref C)
            && Unsafe.AreSame(ref KK, ref MemoryMarshal.GetArrayDataReference(cl.Constants)), "code or constants of another closure");
        Debug.Assert((uint)pc < (uint)cl.Code.Length, $"pc {pc} outside the code ({cl.Code.Length} instructions)");
    }

    /// <summary>Register <paramref name="r"/> of the running frame exists (below the prototype's maxstacksize).</summary>
    [Conditional("DEBUG")]
    private static void AssertReg(LuaClosure cl, int r, [CallerArgumentExpression(nameof(r))] string? expr = null) =>
        Debug.Assert((uint)r < (uint)cl.Proto.MaxStackSize, $"register {expr} = {r} outside the frame (maxstacksize {cl.Proto.MaxStackSize})");

    [Conditional("DEBUG")]
    private static void AssertReg(LuaClosure cl, int r1, int r2,
        [CallerArgumentExpression(nameof(r1))] string? expr1 = null, [CallerArgumentExpression(nameof(r2))] string? expr2 = null)
    {
        AssertReg(cl, r1, expr1);
        AssertReg(cl, r2, expr2);
    }

    [Conditional("DEBUG")]
    private static void AssertReg(LuaClosure cl, int r1, int r2, int r3, [CallerArgumentExpression(nameof(r1))] string? expr1 = null,
        [CallerArgumentExpression(nameof(r2))] string? expr2 = null, [CallerArgumentExpression(nameof(r3))] string? expr3 = null)
    {
        AssertReg(cl, r1, expr1);
        AssertReg(cl, r2, expr2);
        AssertReg(cl, r3, expr3);
    }

    /// <summary>OP_CALL: the arguments (func + 1 up to top, which an open-result producer may have set) are a
    /// non-negative count inside the stack; the verifier ensures a producer's results start above the function.</summary>
    [Conditional("DEBUG")]
    private void AssertCallArgs(int func) =>
        Debug.Assert(Top > func && Top <= Stack.Length, $"call of slot {func} with top {Top} (stack {Stack.Length})");

    /// <summary>Constant <paramref name="k"/> of the running function exists.</summary>
    [Conditional("DEBUG")]
    private static void AssertK(LuaClosure cl, int k, [CallerArgumentExpression(nameof(k))] string? expr = null) =>
        Debug.Assert((uint)k < (uint)cl.Constants.Length, $"constant {expr} = {k} outside the constants ({cl.Constants.Length})");

    /// <summary>Operand <paramref name="c"/> of <paramref name="i"/> names a constant (k set) or a register.</summary>
    [Conditional("DEBUG")]
    private static void AssertRK(LuaClosure cl, uint i, int c, [CallerArgumentExpression(nameof(c))] string? expr = null)
    {
        if (Instruction.K(i)) AssertK(cl, c, expr);
        else AssertReg(cl, c, expr);
    }

    /// <summary>OP_LOADKX: the instruction at <paramref name="pc"/> is its EXTRAARG and names a constant.</summary>
    [Conditional("DEBUG")]
    private static void AssertExtraArgK(LuaClosure cl, int pc)
    {
        Debug.Assert((uint)pc < (uint)cl.Code.Length && Instruction.Op(cl.Code[pc]) == OpCode.ExtraArg, "LOADKX without its EXTRAARG");
        AssertK(cl, Instruction.Ax(cl.Code[pc]), "EXTRAARG's Ax");
    }

    /// <summary>Compiles the dispatch loop now (it is jitted, fully optimized, at its first call otherwise), so a
    /// host can do it on another thread while it sets up. Safe to call any number of times, from any thread.</summary>
    internal static void PrepareDispatchLoop()
    {
        // Run is compiled once, fully optimized, and never recompiled (AggressiveOptimization: no tiering). The
        // static readonly fields it reads (the type tags, LuaValue.True/False, the metamethod names) are constants
        // in its code only if their classes are initialized when it is compiled; otherwise each read goes through
        // a class-init helper call for the life of the process. On the CLI's background thread that was a race
        // with the state's start: Run's code varied from run to run (21-26 KB, 0-54 helper calls).
        RuntimeHelpers.RunClassConstructor(typeof(ValueTag).TypeHandle);
        RuntimeHelpers.RunClassConstructor(typeof(LuaValue).TypeHandle);
        RuntimeHelpers.RunClassConstructor(typeof(MetaNames).TypeHandle);
        RuntimeHelpers.PrepareMethod(typeof(LuaThread).GetMethod(nameof(Run), BindingFlags.NonPublic | BindingFlags.Instance)!.MethodHandle);
    }

    /// <summary>Saves the running (top) frame's pc before anything that can raise an error or call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SavePc(int pc) => Frames[FrameCount - 1].Pc = pc;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CloseUpvaluesCold(int level) => CloseUpvalues(level);

    /// <summary>The fast half of <see cref="PreCall"/> for OP_CALL of a Lua closure when the stack and frame array
    /// have room: pushes the frame and returns its base; otherwise -1 (PreCall does the rest).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int TryPushLuaFrame(LuaClosure cl, int func, int nargs, int nresults)
    {
        Prototype p = cl.Proto;
        int np = p.NumParams;
        int n = FrameCount;
        var stack = Stack;
        var frames = Frames;
        if ((uint)n >= (uint)frames.Length || func + 1 + nargs + np + p.MaxStackSize + ExtraStack > stack.Length) return -1;
        if (p.IsVararg) return PushVarargFrame(cl, func, nargs, nresults);
        int bas = func + 1;
        for (int j = nargs; j < np; j++) stack[bas + j] = default;
        Debug.Assert((uint)n < (uint)frames.Length && bas + p.MaxStackSize <= stack.Length);
        ref CallFrame f = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(frames), n);   // n < frames.Length
        f.Function = cl; f.Func = func; f.Base = bas; f.Top = bas + p.MaxStackSize;
        f.Pc = 0; f.NResults = nresults; f.NExtraArgs = 0; f.Flags = FrameFlags.Lua;
        FrameCount = n + 1;
        return bas;
    }

    /// <summary><see cref="TryPushLuaFrame"/> for a vararg function (room already checked): the fixed parameters
    /// move above the extra arguments, as luaT_adjustvarargs does. Returns the frame's base.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int PushVarargFrame(LuaClosure cl, int func, int nargs, int nresults)
    {
        Prototype p = cl.Proto;
        int np = p.NumParams;
        var stack = Stack;
        int bas = func + 1, nextra = 0;
        if (nargs < np)
        {
            for (int j = nargs; j < np; j++) stack[bas + j] = default;
        }
        else if (nargs > np)
        {
            nextra = nargs - np;
            int nb = bas + nargs;
            for (int j = 0; j < np; j++) { stack[nb + j] = stack[bas + j]; stack[bas + j] = default; }
            bas = nb;
        }
        int n = FrameCount;
        ref CallFrame f = ref Frames[n];
        f.Function = cl; f.Func = func; f.Base = bas; f.Top = bas + p.MaxStackSize;
        f.Pc = 0; f.NResults = nresults; f.NExtraArgs = nextra; f.Flags = FrameFlags.Lua;
        FrameCount = n + 1;
        return bas;
    }

    /// <summary>OP_TAILCALL to a Lua closure: moves the function and arguments down to the frame's slot and
    /// reuses the frame, so tail recursion runs in constant space.</summary>
    private void TailCallLua(int fi, int ra, int nargs, LuaClosure ncl)
    {
        ref CallFrame f = ref Frames[fi];
        int func = f.Func;
        Array.Copy(Stack, ra, Stack, func, nargs + 1);
        Prototype p = ncl.Proto;
        int np = p.NumParams;
        EnsureSlots(func + 1 + nargs + np + p.MaxStackSize + ExtraStack);
        var stack = Stack;
        int bas = func + 1, nextra = 0;
        if (nargs < np)
        {
            for (int j = nargs; j < np; j++) stack[bas + j] = default;
        }
        else if (p.IsVararg && nargs > np)
        {
            nextra = nargs - np;
            int nb = func + 1 + nargs;
            for (int j = 0; j < np; j++) { stack[nb + j] = stack[bas + j]; stack[bas + j] = default; }
            bas = nb;
        }
        f = ref Frames[fi];
        f.Function = ncl; f.Base = bas; f.Top = bas + p.MaxStackSize;
        f.Pc = 0; f.NExtraArgs = nextra; f.Flags |= FrameFlags.Tail;
    }

    /// <summary>OP_FORPREP (lvm.c forprep): checks and prepares a numeric for loop; true when the loop must be skipped.
    /// Integer loops precompute the iteration count so they never overflow.</summary>
    private bool ForPrep(int ra)
    {
        var s = Stack;
        LuaValue init = s[ra], plimit = s[ra + 1], pstep = s[ra + 2];
        if (init.IsInteger && pstep.IsInteger)
        {
            long iv = init.RawInteger, st = pstep.RawInteger;
            if (st == 0) throw RuntimeError("'for' step is zero");
            s[ra + 3] = init;
            if (ForLimit(plimit, iv, st, out long limit)) return true;
            ulong count;
            if (st > 0)
            {
                count = unchecked((ulong)limit - (ulong)iv);
                if (st != 1) count /= (ulong)st;
            }
            else
            {
                count = unchecked((ulong)iv - (ulong)limit);
                count /= unchecked((ulong)(-(st + 1)) + 1UL);
            }
            s[ra + 1] = LuaValue.FromInteger(unchecked((long)count));
            return false;
        }
        // Lua 5.1 and 5.2 check the initial value first.
        if (Global.Profile.OldStyleVariableInfo && !ToForNumber(init, out _)) throw ForError(init, "initial value");
        if (!ToForNumber(plimit, out double flimit)) throw ForError(plimit, "limit");
        if (!ToForNumber(pstep, out double fstep)) throw ForError(pstep, "step");
        if (!ToForNumber(init, out double finit)) throw ForError(init, "initial value");
        if (fstep == 0 && Global.Profile.ForZeroStepIsError) throw RuntimeError("'for' step is zero");
        if (fstep > 0 ? flimit < finit : finit < flimit) return true;
        s[ra] = LuaValue.FromFloat(finit);
        s[ra + 1] = LuaValue.FromFloat(flimit);
        s[ra + 2] = LuaValue.FromFloat(fstep);
        s[ra + 3] = LuaValue.FromFloat(finit);
        return false;
    }

    /// <summary>luaG_forerror.</summary>
    private LuaRuntimeException ForError(in LuaValue v, string what) => Global.Profile.HasLua54RuntimeMessages
        ? RuntimeError($"bad 'for' {what} (number expected, got {ObjTypeName(v)})")
        : RuntimeError($"'for' {what} must be a number");

    private static bool ToForNumber(in LuaValue v, out double d)
    {
        if (v.IsString) return v.TryToNumber(out d);
        return ToDouble(v, out d);
    }

    /// <summary>lvm.c forlimit: the integer limit of an integer loop; true when the loop must not run.</summary>
    private bool ForLimit(in LuaValue lim, long init, long step, out long limit)
    {
        LuaValue l = lim;
        if (l.IsString && !l.TryToNumberValue(out l)) throw ForError(lim, "limit");
        if (l.IsInteger) limit = l.RawInteger;
        else if (l.IsFloat)
        {
            double f = l.RawFloat;
            double r = step < 0 ? Math.Ceiling(f) : Math.Floor(f);
            if (!LuaValue.FloatToInteger(r, out limit))
            {
                // Out of integer range (or NaN): the loop runs to the extreme or not at all.
                if (double.IsNaN(f)) { limit = 0; return true; }
                if (f > 0) { if (step < 0) return true; limit = long.MaxValue; }
                else { if (step > 0) return true; limit = long.MinValue; }
            }
        }
        else throw ForError(lim, "limit");
        return step > 0 ? init > limit : init < limit;
    }

    /// <summary>luaV_finishOp: completes the instruction of Lua frame <paramref name="fi"/> that was interrupted
    /// by a metamethod call whose result is at <c>Stack[Top-1]</c>. Returns true if a yield was requested.</summary>
    private bool FinishOp(int fi)
    {
        ref CallFrame f = ref Frames[fi];
        var code = f.Closure!.Proto.Code;
        uint inst = code[f.Pc - 1];
        int bas = f.Base;
        switch (Instruction.Op(inst))
        {
            case OpCode.MmBin: case OpCode.MmBinI: case OpCode.MmBinK:
                Stack[bas + Instruction.A(code[f.Pc - 2])] = Stack[--Top];
                break;
            case OpCode.Unm: case OpCode.BNot: case OpCode.Len:
            case OpCode.GetTabUp: case OpCode.GetTable: case OpCode.GetI: case OpCode.GetField: case OpCode.Self:
                Stack[bas + Instruction.A(inst)] = Stack[--Top];
                break;
            case OpCode.Lt: case OpCode.Le: case OpCode.LtI: case OpCode.LeI: case OpCode.GtI: case OpCode.GeI: case OpCode.Eq:
            {
                bool res = Stack[Top - 1].IsTruthy;
                Top--;
                if ((f.Flags & FrameFlags.LeViaLt) != 0) { res = !res; f.Flags &= ~FrameFlags.LeViaLt; }
                if (res != Instruction.K(inst)) f.Pc++;
                break;
            }
            case OpCode.Concat:
            {
                int top = Top - 1;
                int first = bas + Instruction.A(inst);
                Stack[top - 2] = Stack[top];
                Top = top - 1;
                int total = Top - first;
                if (total > 1)
                {
                    var st = ConcatRun(total);
                    return st == MetaStep.Yield;
                }
                break;
            }
            case OpCode.Close:
                // A __close returned: run the instruction again to close the remaining variables.
                f.Pc--;
                break;
            case OpCode.Return:
                // Likewise, restoring the top of the values being returned (for B=0 returns).
                Top = bas + Instruction.A(inst) + f.CloseNRes;
                f.Pc--;
                break;
        }
        return false;
    }
}
