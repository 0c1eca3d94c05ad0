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
        ref MutableValue m = ref Unsafe.As<LuaValue, MutableValue>(ref r);
        // Payload first: the result is then dead before the (rare) write-barrier call that changes the type,
        // so the JIT need not spill it around that call.
        m.N = v;
        if (!ReferenceEquals(m.O, ValueTag.Integer)) m.O = ValueTag.Integer;
    }

    /// <summary>Stores a float in a register (see <see cref="SetInt"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetFloat(ref LuaValue r, double v)
    {
        ref MutableValue m = ref Unsafe.As<LuaValue, MutableValue>(ref r);
        m.N = BitConverter.DoubleToInt64Bits(v);   // payload first, as in SetInt
        if (!ReferenceEquals(m.O, ValueTag.Float)) m.O = ValueTag.Float;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ToDouble(in LuaValue v, out double d)
    {
        if (v.IsFloat) { d = v.RawFloat; return true; }
        if (v.IsInteger) { d = v.RawInteger; return true; }
        d = 0; return false;
    }

    // Only the hot paths live in Run: every rare case (metamethods, errors, coercions, uncommon opcodes) is a call
    // to a non-inlined helper in LuaVm.Slow.cs that re-decodes the instruction from the top frame. This keeps
    // Run's stack frame small (it is zeroed on every entry: each coroutine resume and host-to-Lua call) and
    // lets the JIT keep pc/base/the register and code pointers in machine registers.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal ExecStatus Run(int entry)
    {
        LuaClosure cl;
        int bas, pc;
    newframe:
        {
            // The running frame is always the top one (FrameCount - 1): not kept in a local, to leave registers free.
            ref CallFrame cf = ref Frames[FrameCount - 1];
            cl = Unsafe.As<LuaClosure>(cf.Function!); // a Lua frame
            bas = cf.Base;
            pc = cf.Pc;
        }
    enterframe:
        // Unchecked access: registers are within the frame's MaxStackSize (PreCall ensured the slots), constant
        // and instruction indices come from the compiler. R (the frame's first register) must be reloaded whenever the stack may have grown.
        ref LuaValue R = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Stack), bas);
        ref uint C = ref MemoryMarshal.GetArrayDataReference(cl.Code);
        ref LuaValue KK = ref MemoryMarshal.GetArrayDataReference(cl.Constants);
        MetaStep step;
        while (true)
        {
            uint i = Unsafe.Add(ref C, pc++);
            int ia = Instruction.A(i);
            switch (Instruction.Op(i))
            {
                case OpCode.Move:
                    LuaValue.Assign(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref R, Instruction.B(i)));
                    continue;
                case OpCode.LoadI:
                    SetInt(ref Unsafe.Add(ref R, ia), Instruction.SBx(i));
                    continue;
                case OpCode.LoadF:
                    SetFloat(ref Unsafe.Add(ref R, ia), Instruction.SBx(i));
                    continue;
                case OpCode.LoadK:
                    LuaValue.Assign(ref Unsafe.Add(ref R, ia), Unsafe.Add(ref KK, Instruction.Bx(i)));
                    continue;
                case OpCode.LoadKX:
                    Unsafe.Add(ref R, ia) = Unsafe.Add(ref KK, Instruction.Ax(Unsafe.Add(ref C, pc++)));
                    continue;
                case OpCode.LoadFalse:
                    Unsafe.Add(ref R, ia) = LuaValue.False;
                    continue;
                case OpCode.LFalseSkip:
                    Unsafe.Add(ref R, ia) = LuaValue.False;
                    pc++;
                    continue;
                case OpCode.LoadTrue:
                    Unsafe.Add(ref R, ia) = LuaValue.True;
                    continue;
                case OpCode.LoadNil:
                {
                    int b = Instruction.B(i);
                    for (int j = 0; j <= b; j++) Unsafe.Add(ref R, ia + j) = default;
                    continue;
                }
                case OpCode.GetUpval:
                    LuaValue.Assign(ref Unsafe.Add(ref R, ia), Upval(cl, Instruction.B(i)).Ref);
                    continue;
                case OpCode.SetUpval:
                    LuaValue.Assign(ref Upval(cl, Instruction.B(i)).Ref, Unsafe.Add(ref R, ia));
                    continue;
                case OpCode.GetTabUp:
                {
                    if (Upval(cl, Instruction.B(i)).Ref.O is LuaTable t)
                    {
                        LuaValue v = t.GetStrConstant(ref Unsafe.Add(ref KK, Instruction.C(i)));
                        if (!v.IsNil || NoIndexMeta(t)) { LuaValue.Assign(ref Unsafe.Add(ref R, ia), v); continue; }
                    }
                    goto slow;
                }
                case OpCode.GetTable:
                {
                    if (Unsafe.Add(ref R, Instruction.B(i)).O is LuaTable t)
                    {
                        ref LuaValue key = ref Unsafe.Add(ref R, Instruction.C(i));
                        LuaValue v;
                        if (key.IsInteger) v = t.GetInt(key.RawInteger);
                        else if (key.O is LuaString ks) v = t.GetStr(ks);
                        else goto slow;
                        if (!v.IsNil || NoIndexMeta(t)) { LuaValue.Assign(ref Unsafe.Add(ref R, ia), v); continue; }
                    }
                    goto slow;
                }
                case OpCode.GetI:
                {
                    if (Unsafe.Add(ref R, Instruction.B(i)).O is LuaTable t)
                    {
                        LuaValue v = t.GetInt(Instruction.C(i));
                        if (!v.IsNil || NoIndexMeta(t)) { LuaValue.Assign(ref Unsafe.Add(ref R, ia), v); continue; }
                    }
                    goto slow;
                }
                case OpCode.GetField:
                {
                    if (Unsafe.Add(ref R, Instruction.B(i)).O is LuaTable t)
                    {
                        LuaValue v = t.GetStrConstant(ref Unsafe.Add(ref KK, Instruction.C(i)));
                        if (!v.IsNil || NoIndexMeta(t)) { LuaValue.Assign(ref Unsafe.Add(ref R, ia), v); continue; }
                    }
                    goto slow;
                }
                case OpCode.SetTabUp:
                {
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
                    if (Unsafe.Add(ref R, ia).O is LuaTable t && NoNewIndexMeta(t))
                    {
                        ref LuaValue key = ref Unsafe.Add(ref R, Instruction.B(i));
                        int c = Instruction.C(i);
                        ref LuaValue val = ref Instruction.K(i) ? ref Unsafe.Add(ref KK, c) : ref Unsafe.Add(ref R, c);
                        if (key.IsInteger) { t.SetInt(key.RawInteger, val); continue; }
                        if (key.O is LuaString ks) { t.SetStr(ks, val); continue; }
                    }
                    goto slow;
                }
                case OpCode.SetI:
                {
                    if (Unsafe.Add(ref R, ia).O is LuaTable t && NoNewIndexMeta(t))
                    {
                        int c = Instruction.C(i);
                        t.SetInt(Instruction.B(i), Instruction.K(i) ? Unsafe.Add(ref KK, c) : Unsafe.Add(ref R, c));
                        continue;
                    }
                    goto slow;
                }
                case OpCode.SetField:
                {
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
                case OpCode.AddI:
                {
                    ref LuaValue v = ref Unsafe.Add(ref R, Instruction.B(i));
                    int imm = Instruction.SC(i);
                    if (v.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), unchecked(v.RawInteger + imm)); pc++; }
                    else if (v.IsFloat) { SetFloat(ref Unsafe.Add(ref R, ia), v.RawFloat + imm); pc++; }
                    continue;
                }
                case OpCode.AddK:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref KK, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), unchecked(a.RawInteger + b.RawInteger)); pc++; }
                    else if (a.IsFloat && b.IsFloat) { SetFloat(ref Unsafe.Add(ref R, ia), a.RawFloat + b.RawFloat); pc++; }
                    else if (ToDouble(a, out double x) && ToDouble(b, out double y)) { SetFloat(ref Unsafe.Add(ref R, ia), x + y); pc++; }
                    continue;
                }
                case OpCode.Add:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref R, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), unchecked(a.RawInteger + b.RawInteger)); pc++; }
                    else if (a.IsFloat && b.IsFloat) { SetFloat(ref Unsafe.Add(ref R, ia), a.RawFloat + b.RawFloat); pc++; }
                    else if (ToDouble(a, out double x) && ToDouble(b, out double y)) { SetFloat(ref Unsafe.Add(ref R, ia), x + y); pc++; }
                    continue;
                }
                case OpCode.SubK:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref KK, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), unchecked(a.RawInteger - b.RawInteger)); pc++; }
                    else if (a.IsFloat && b.IsFloat) { SetFloat(ref Unsafe.Add(ref R, ia), a.RawFloat - b.RawFloat); pc++; }
                    else if (ToDouble(a, out double x) && ToDouble(b, out double y)) { SetFloat(ref Unsafe.Add(ref R, ia), x - y); pc++; }
                    continue;
                }
                case OpCode.Sub:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref R, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), unchecked(a.RawInteger - b.RawInteger)); pc++; }
                    else if (a.IsFloat && b.IsFloat) { SetFloat(ref Unsafe.Add(ref R, ia), a.RawFloat - b.RawFloat); pc++; }
                    else if (ToDouble(a, out double x) && ToDouble(b, out double y)) { SetFloat(ref Unsafe.Add(ref R, ia), x - y); pc++; }
                    continue;
                }
                case OpCode.MulK:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref KK, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), unchecked(a.RawInteger * b.RawInteger)); pc++; }
                    else if (a.IsFloat && b.IsFloat) { SetFloat(ref Unsafe.Add(ref R, ia), a.RawFloat * b.RawFloat); pc++; }
                    else if (ToDouble(a, out double x) && ToDouble(b, out double y)) { SetFloat(ref Unsafe.Add(ref R, ia), x * y); pc++; }
                    continue;
                }
                case OpCode.Mul:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref R, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), unchecked(a.RawInteger * b.RawInteger)); pc++; }
                    else if (a.IsFloat && b.IsFloat) { SetFloat(ref Unsafe.Add(ref R, ia), a.RawFloat * b.RawFloat); pc++; }
                    else if (ToDouble(a, out double x) && ToDouble(b, out double y)) { SetFloat(ref Unsafe.Add(ref R, ia), x * y); pc++; }
                    continue;
                }
                case OpCode.DivK:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref KK, Instruction.C(i));
                    if (ToDouble(a, out double x) && ToDouble(b, out double y)) { SetFloat(ref Unsafe.Add(ref R, ia), x / y); pc++; }
                    continue;
                }
                case OpCode.Div:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref R, Instruction.C(i));
                    if (ToDouble(a, out double x) && ToDouble(b, out double y)) { SetFloat(ref Unsafe.Add(ref R, ia), x / y); pc++; }
                    continue;
                }
                case OpCode.ModK:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref KK, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger && b.RawInteger > 0)
                    {
                        long r = a.RawInteger % b.RawInteger;
                        if (r < 0) r += b.RawInteger;
                        SetInt(ref Unsafe.Add(ref R, ia), r);
                        pc++;
                    }
                    else if (ArithSlow(i, pc)) pc++;
                    continue;
                }
                case OpCode.IDivK:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref KK, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger && b.RawInteger > 0)
                    {
                        long x = a.RawInteger, y = b.RawInteger;
                        long q = x / y;
                        if (x % y < 0) q--;
                        SetInt(ref Unsafe.Add(ref R, ia), q);
                        pc++;
                    }
                    else if (ArithSlow(i, pc)) pc++;
                    continue;
                }
                case OpCode.BAnd:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref R, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), a.RawInteger & b.RawInteger); pc++; }
                    else if (ArithSlow(i, pc)) pc++;
                    continue;
                }
                case OpCode.BAndK:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref KK, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), a.RawInteger & b.RawInteger); pc++; }
                    else if (ArithSlow(i, pc)) pc++;
                    continue;
                }
                case OpCode.BOr:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref R, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), a.RawInteger | b.RawInteger); pc++; }
                    else if (ArithSlow(i, pc)) pc++;
                    continue;
                }
                case OpCode.BOrK:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref KK, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), a.RawInteger | b.RawInteger); pc++; }
                    else if (ArithSlow(i, pc)) pc++;
                    continue;
                }
                case OpCode.BXor:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref R, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), a.RawInteger ^ b.RawInteger); pc++; }
                    else if (ArithSlow(i, pc)) pc++;
                    continue;
                }
                case OpCode.BXorK:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref KK, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), a.RawInteger ^ b.RawInteger); pc++; }
                    else if (ArithSlow(i, pc)) pc++;
                    continue;
                }
                case OpCode.Shl:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref R, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), LuaArith.ShiftLeft(a.RawInteger, b.RawInteger)); pc++; }
                    else if (ArithSlow(i, pc)) pc++;
                    continue;
                }
                case OpCode.Shr:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref R, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), LuaArith.ShiftLeft(a.RawInteger, unchecked(0 - b.RawInteger))); pc++; }
                    else if (ArithSlow(i, pc)) pc++;
                    continue;
                }
                case OpCode.Mod:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref R, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger && (ulong)(b.RawInteger + 1) > 1)
                    {
                        // luaV_mod; y is neither 0 (error) nor -1 (overflow), handled by ArithSlow.
                        long x = a.RawInteger, y = b.RawInteger;
                        long m = x % y;
                        if (m != 0 && (m ^ y) < 0) m += y;
                        SetInt(ref Unsafe.Add(ref R, ia), m);
                        pc++;
                    }
                    else if (ArithSlow(i, pc)) pc++;
                    continue;
                }
                case OpCode.IDiv:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref R, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger && (ulong)(b.RawInteger + 1) > 1)
                    {
                        long x = a.RawInteger, y = b.RawInteger;
                        long q = x / y;
                        if ((x ^ y) < 0 && q * y != x) q--;
                        SetInt(ref Unsafe.Add(ref R, ia), q);
                        pc++;
                    }
                    else if (ArithSlow(i, pc)) pc++;
                    continue;
                }
                case OpCode.ShrI:
                {
                    ref LuaValue v = ref Unsafe.Add(ref R, Instruction.B(i));
                    if (v.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), LuaArith.ShiftLeft(v.RawInteger, -Instruction.SC(i))); pc++; }
                    else if (ArithSlow(i, pc)) pc++;
                    continue;
                }
                case OpCode.ShlI:
                {
                    ref LuaValue v = ref Unsafe.Add(ref R, Instruction.B(i));
                    if (v.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), LuaArith.ShiftLeft(Instruction.SC(i), v.RawInteger)); pc++; }
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
                    ref LuaValue v = ref Unsafe.Add(ref R, Instruction.B(i));
                    if (v.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), unchecked(0 - v.RawInteger)); continue; }
                    if (v.IsFloat) { SetFloat(ref Unsafe.Add(ref R, ia), -v.RawFloat); continue; }
                    goto slow;
                }
                case OpCode.BNot:
                {
                    ref LuaValue v = ref Unsafe.Add(ref R, Instruction.B(i));
                    if (v.IsInteger) { SetInt(ref Unsafe.Add(ref R, ia), ~v.RawInteger); continue; }
                    goto slow;
                }
                case OpCode.Not:
                    Unsafe.Add(ref R, ia) = Unsafe.Add(ref R, Instruction.B(i)).IsFalsy ? LuaValue.True : LuaValue.False;
                    continue;
                case OpCode.Len:
                {
                    object? o = Unsafe.Add(ref R, Instruction.B(i)).O;
                    if (o is LuaString s) { SetInt(ref Unsafe.Add(ref R, ia), s.Length); continue; }
                    if (o is LuaTable t && t.Metatable is null) { SetInt(ref Unsafe.Add(ref R, ia), t.Length); continue; }
                    goto slow;
                }
                case OpCode.Concat:
                case OpCode.Close:
                case OpCode.Tbc:
                case OpCode.TForPrep:
                    goto slow;
                case OpCode.Jmp:
                {
                    int sj = Instruction.SJ(i);
                    pc += sj;
                    // Safepoint (backward jump): charges the loop body's length (ExecutionLimits.cs).
                    if (sj < 0 && (Global.Budget += sj) < 0) Safepoint(pc);
                    continue;
                }
                case OpCode.Eq:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, ia);
                    ref LuaValue b = ref Unsafe.Add(ref R, Instruction.B(i));
                    bool cond;
                    if (ReferenceEquals(a.O, b.O) && a.O is not ValueTag) cond = true;
                    else if ((a.O is LuaTable && b.O is LuaTable) || (a.O is LuaUserdata && b.O is LuaUserdata)) goto slow;
                    else cond = LuaValue.RawEquals(a, b);
                    if (cond != Instruction.K(i)) pc++;
                    else { int sj = Instruction.SJ(Unsafe.Add(ref C, pc)); pc += sj + 1; if (sj < 0 && (Global.Budget += sj) < 0) Safepoint(pc); }
                    continue;
                }
                case OpCode.Lt:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, ia);
                    ref LuaValue b = ref Unsafe.Add(ref R, Instruction.B(i));
                    bool cond;
                    if (a.IsInteger && b.IsInteger) cond = a.RawInteger < b.RawInteger;
                    else if (a.IsFloat && b.IsFloat) cond = a.RawFloat < b.RawFloat;
                    else goto slow;
                    if (cond != Instruction.K(i)) pc++;
                    else { int sj = Instruction.SJ(Unsafe.Add(ref C, pc)); pc += sj + 1; if (sj < 0 && (Global.Budget += sj) < 0) Safepoint(pc); }
                    continue;
                }
                case OpCode.Le:
                {
                    ref LuaValue a = ref Unsafe.Add(ref R, ia);
                    ref LuaValue b = ref Unsafe.Add(ref R, Instruction.B(i));
                    bool cond;
                    if (a.IsInteger && b.IsInteger) cond = a.RawInteger <= b.RawInteger;
                    else if (a.IsFloat && b.IsFloat) cond = a.RawFloat <= b.RawFloat;
                    else goto slow;
                    if (cond != Instruction.K(i)) pc++;
                    else { int sj = Instruction.SJ(Unsafe.Add(ref C, pc)); pc += sj + 1; if (sj < 0 && (Global.Budget += sj) < 0) Safepoint(pc); }
                    continue;
                }
                case OpCode.EqK:
                {
                    bool cond = LuaValue.RawEquals(Unsafe.Add(ref R, ia), Unsafe.Add(ref KK, Instruction.B(i)));
                    if (cond != Instruction.K(i)) pc++;
                    else { int sj = Instruction.SJ(Unsafe.Add(ref C, pc)); pc += sj + 1; if (sj < 0 && (Global.Budget += sj) < 0) Safepoint(pc); }
                    continue;
                }
                case OpCode.EqI:
                {
                    ref LuaValue v = ref Unsafe.Add(ref R, ia);
                    int im = Instruction.SB(i);
                    bool cond = v.IsInteger ? v.RawInteger == im : v.IsFloat && v.RawFloat == im;
                    if (cond != Instruction.K(i)) pc++;
                    else { int sj = Instruction.SJ(Unsafe.Add(ref C, pc)); pc += sj + 1; if (sj < 0 && (Global.Budget += sj) < 0) Safepoint(pc); }
                    continue;
                }
                case OpCode.LtI: case OpCode.LeI: case OpCode.GtI: case OpCode.GeI:
                {
                    ref LuaValue v = ref Unsafe.Add(ref R, ia);
                    int im = Instruction.SB(i);
                    OpCode op = Instruction.Op(i);
                    bool cond;
                    if (v.IsInteger)
                    {
                        long x = v.RawInteger;
                        cond = op switch { OpCode.LtI => x < im, OpCode.LeI => x <= im, OpCode.GtI => x > im, _ => x >= im };
                    }
                    else if (v.IsFloat)
                    {
                        double x = v.RawFloat;
                        cond = op switch { OpCode.LtI => x < im, OpCode.LeI => x <= im, OpCode.GtI => x > im, _ => x >= im };
                    }
                    else goto slow;
                    if (cond != Instruction.K(i)) pc++;
                    else { int sj = Instruction.SJ(Unsafe.Add(ref C, pc)); pc += sj + 1; if (sj < 0 && (Global.Budget += sj) < 0) Safepoint(pc); }
                    continue;
                }
                case OpCode.Test:
                    if (Unsafe.Add(ref R, ia).IsTruthy != Instruction.K(i)) pc++;
                    else { int sj = Instruction.SJ(Unsafe.Add(ref C, pc)); pc += sj + 1; if (sj < 0 && (Global.Budget += sj) < 0) Safepoint(pc); }
                    continue;
                case OpCode.TestSet:
                {
                    ref LuaValue v = ref Unsafe.Add(ref R, Instruction.B(i));
                    if (v.IsFalsy == Instruction.K(i)) pc++;
                    else { LuaValue.Assign(ref Unsafe.Add(ref R, ia), v); { int sj = Instruction.SJ(Unsafe.Add(ref C, pc)); pc += sj + 1; if (sj < 0 && (Global.Budget += sj) < 0) Safepoint(pc); } }
                    continue;
                }
                case OpCode.Call:
                {
                    int b = Instruction.B(i);
                    if (b != 0) Top = bas + ia + b;
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
                        ref CallFrame f = ref Frames[fi];
                        ref CallFrame caller = ref Unsafe.Add(ref f, -1);   // fi > entry >= 0
                        int wanted = f.NResults;
                        if ((uint)wanted <= 1 && (f.Flags & FrameFlags.FinishOp) == 0 && (caller.Flags & FrameFlags.Lua) != 0)
                        {
                            int res = f.Func;
                            if (wanted == 1)
                            {
                                if (Instruction.Op(i) == OpCode.Return1) LuaValue.Assign(ref Unsafe.Add(ref R, res - bas), Unsafe.Add(ref R, ia));
                                else Unsafe.Add(ref R, res - bas) = default;
                            }
                            Top = res + wanted;
                            f.Function = null;
                            FrameCount = fi;
                            // The caller's frame is at hand: continue it without going through the frame array.
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
                    ref LuaValue r = ref Unsafe.Add(ref R, ia);
                    if (Unsafe.Add(ref r, 2).IsInteger)
                    {
                        // The counter (R[A+1]) and index (R[A]) are integers set by FORPREP: only payloads change.
                        ref MutableValue cnt = ref Unsafe.As<LuaValue, MutableValue>(ref Unsafe.Add(ref r, 1));
                        ulong count = (ulong)cnt.N;
                        if (count > 0)
                        {
                            long idx = unchecked(r.RawInteger + Unsafe.Add(ref r, 2).RawInteger);
                            cnt.N = (long)(count - 1);
                            Unsafe.As<LuaValue, MutableValue>(ref r).N = idx;
                            SetInt(ref Unsafe.Add(ref r, 3), idx);
                            pc -= Instruction.Bx(i);
                            // Safepoint every 256 iterations (FORPREP charged the remainder): no memory
                            // dependency between iterations of a tight integer loop.
                            if ((count & 0xFF) == 0 && (Global.Budget -= (long)Instruction.Bx(i) << 8) < 0) Safepoint(pc);
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
                            if ((Global.Budget -= Instruction.Bx(i)) < 0) Safepoint(pc);
                        }
                    }
                    continue;
                }
                case OpCode.ForPrep:
                    SavePc(pc);
                    if (ForPrep(bas + ia)) pc += Instruction.Bx(i) + 1;
                    else ChargeForPrep(ia + bas, Instruction.Bx(i) + 1);
                    continue;
                case OpCode.TForCall:
                    SavePc(pc);
                    step = TForCallOp(bas + ia, Instruction.C(i));
                    goto stepped;
                case OpCode.TForLoop:
                    if (!Unsafe.Add(ref R, ia + 4).IsNil)
                    {
                        LuaValue.Assign(ref Unsafe.Add(ref R, ia + 2), Unsafe.Add(ref R, ia + 4));
                        pc -= Instruction.Bx(i);
                        if ((Global.Budget -= Instruction.Bx(i)) < 0) Safepoint(pc);
                    }
                    continue;
                case OpCode.SetList:
                    pc += SetListOp(i, bas + ia, pc);
                    continue;
                case OpCode.Closure:
                    ClosureOp(i, bas + ia);
                    continue;
                case OpCode.Vararg:
                    SavePc(pc);
                    VarargOp(i, bas + ia);
                    R = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Stack), bas);
                    continue;
                case OpCode.VarargPrep:
                    continue;
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
    private static UpValue Upval(LuaClosure cl, int index) =>
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(cl.UpValues), index);

    /// <summary>Compiles the dispatch loop now (it is jitted, fully optimized, at its first call otherwise), so a
    /// host can do it on another thread while it sets up. Safe to call any number of times, from any thread.</summary>
    internal static void PrepareDispatchLoop() =>
        RuntimeHelpers.PrepareMethod(typeof(LuaThread).GetMethod(nameof(Run), BindingFlags.NonPublic | BindingFlags.Instance)!.MethodHandle);

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
        if (!ToForNumber(plimit, out double flimit)) throw ForError(plimit, "limit");
        if (!ToForNumber(pstep, out double fstep)) throw ForError(pstep, "step");
        if (!ToForNumber(init, out double finit)) throw ForError(init, "initial value");
        if (fstep == 0) throw RuntimeError("'for' step is zero");
        if (fstep > 0 ? flimit < finit : finit < flimit) return true;
        s[ra] = LuaValue.FromFloat(finit);
        s[ra + 1] = LuaValue.FromFloat(flimit);
        s[ra + 2] = LuaValue.FromFloat(fstep);
        s[ra + 3] = LuaValue.FromFloat(finit);
        return false;
    }

    /// <summary>luaG_forerror.</summary>
    private LuaRuntimeException ForError(in LuaValue v, string what) =>
        RuntimeError($"bad 'for' {what} (number expected, got {ObjTypeName(v)})");

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
