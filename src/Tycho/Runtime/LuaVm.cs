using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Tycho.Compiler;

namespace Tycho;

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
        if (!ReferenceEquals(m.O, ValueTag.Integer)) m.O = ValueTag.Integer;
        m.N = v;
    }

    /// <summary>Stores a float in a register (see <see cref="SetInt"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetFloat(ref LuaValue r, double v)
    {
        ref MutableValue m = ref Unsafe.As<LuaValue, MutableValue>(ref r);
        if (!ReferenceEquals(m.O, ValueTag.Float)) m.O = ValueTag.Float;
        m.N = BitConverter.DoubleToInt64Bits(v);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ToDouble(in LuaValue v, out double d)
    {
        if (v.IsFloat) { d = v.RawFloat; return true; }
        if (v.IsInteger) { d = v.RawInteger; return true; }
        d = 0; return false;
    }

    /// <summary>Runs Lua frames until the frame at <paramref name="entry"/> returns or the thread yields.</summary>
    // Fully optimized at its first call: ReadyToRun code for this method measured up to 1.5x slower, and tier-0
    // code with on-stack replacement no faster; the JIT costs about 30 ms of CPU once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal ExecStatus Run(int entry)
    {
    newframe:
        int fi = FrameCount - 1;
        // Safepoint (calls and returns): one decrement-and-branch; limits are checked in the slow path.
        if (--State.Budget < 0) Safepoint(fi, Frames[fi].Pc);
        LuaClosure cl = Frames[fi].Closure!;
        Prototype proto = cl.Proto;
        uint[] code = proto.Code;
        LuaValue[] k = proto.Constants;
        UpValue[] upvals = cl.UpValues;
        int bas = Frames[fi].Base;
        int pc = Frames[fi].Pc;
        LuaValue[] stack = Stack;
        // Unchecked access: registers are within the frame's MaxStackSize (PreCall ensured the slots), constant
        // and instruction indices come from the compiler. S must be reloaded whenever the stack may have grown.
        ref LuaValue S = ref MemoryMarshal.GetArrayDataReference(stack);
        ref uint C = ref MemoryMarshal.GetArrayDataReference(code);
        ref LuaValue KK = ref MemoryMarshal.GetArrayDataReference(k);
        MetaStep step;
        while (true)
        {
            uint i = Unsafe.Add(ref C, pc++);
            int ra = bas + Instruction.A(i);
            switch (Instruction.Op(i))
            {
                case OpCode.Move:
                    Unsafe.Add(ref S, ra) = Unsafe.Add(ref S, bas + Instruction.B(i));
                    continue;
                case OpCode.LoadI:
                    SetInt(ref Unsafe.Add(ref S, ra), Instruction.SBx(i));
                    continue;
                case OpCode.LoadF:
                    SetFloat(ref Unsafe.Add(ref S, ra), Instruction.SBx(i));
                    continue;
                case OpCode.LoadK:
                    Unsafe.Add(ref S, ra) = Unsafe.Add(ref KK, Instruction.Bx(i));
                    continue;
                case OpCode.LoadKX:
                    Unsafe.Add(ref S, ra) = Unsafe.Add(ref KK, Instruction.Ax(Unsafe.Add(ref C, pc++)));
                    continue;
                case OpCode.LoadFalse:
                    Unsafe.Add(ref S, ra) = LuaValue.False;
                    continue;
                case OpCode.LFalseSkip:
                    Unsafe.Add(ref S, ra) = LuaValue.False;
                    pc++;
                    continue;
                case OpCode.LoadTrue:
                    Unsafe.Add(ref S, ra) = LuaValue.True;
                    continue;
                case OpCode.LoadNil:
                {
                    int b = Instruction.B(i);
                    for (int j = 0; j <= b; j++) Unsafe.Add(ref S, ra + j) = default;
                    continue;
                }
                case OpCode.GetUpval:
                    Unsafe.Add(ref S, ra) = upvals[Instruction.B(i)].Ref;
                    continue;
                case OpCode.SetUpval:
                    upvals[Instruction.B(i)].Ref = Unsafe.Add(ref S, ra);
                    continue;
                case OpCode.GetTabUp:
                {
                    LuaValue up = upvals[Instruction.B(i)].Ref;
                    ref LuaValue key = ref Unsafe.Add(ref KK, Instruction.C(i));
                    if (up.O is LuaTable t)
                    {
                        LuaValue v = t.GetStrConstant(ref key);
                        if (!v.IsNil || NoIndexMeta(t)) { Unsafe.Add(ref S, ra) = v; continue; }
                    }
                    Frames[fi].Pc = pc;
                    step = IndexSlow(up, key, ra, -2 - Instruction.B(i));
                    break;
                }
                case OpCode.GetTable:
                {
                    LuaValue tv = Unsafe.Add(ref S, bas + Instruction.B(i));
                    LuaValue key = Unsafe.Add(ref S, bas + Instruction.C(i));
                    if (tv.O is LuaTable t)
                    {
                        LuaValue v = key.IsInteger ? t.GetInt(key.RawInteger) : key.O is LuaString ks ? t.GetStr(ks) : t.Get(key);
                        if (!v.IsNil || NoIndexMeta(t)) { Unsafe.Add(ref S, ra) = v; continue; }
                    }
                    Frames[fi].Pc = pc;
                    step = IndexSlow(tv, key, ra, Instruction.B(i));
                    break;
                }
                case OpCode.GetI:
                {
                    LuaValue tv = Unsafe.Add(ref S, bas + Instruction.B(i));
                    if (tv.O is LuaTable t)
                    {
                        LuaValue v = t.GetInt(Instruction.C(i));
                        if (!v.IsNil || NoIndexMeta(t)) { Unsafe.Add(ref S, ra) = v; continue; }
                    }
                    Frames[fi].Pc = pc;
                    step = IndexSlow(tv, LuaValue.FromInteger(Instruction.C(i)), ra, Instruction.B(i));
                    break;
                }
                case OpCode.GetField:
                {
                    LuaValue tv = Unsafe.Add(ref S, bas + Instruction.B(i));
                    ref LuaValue key = ref Unsafe.Add(ref KK, Instruction.C(i));
                    if (tv.O is LuaTable t)
                    {
                        LuaValue v = t.GetStrConstant(ref key);
                        if (!v.IsNil || NoIndexMeta(t)) { Unsafe.Add(ref S, ra) = v; continue; }
                    }
                    Frames[fi].Pc = pc;
                    step = IndexSlow(tv, key, ra, Instruction.B(i));
                    break;
                }
                case OpCode.SetTabUp:
                {
                    LuaValue up = upvals[Instruction.A(i)].Ref;
                    ref LuaValue key = ref Unsafe.Add(ref KK, Instruction.B(i));
                    int c = Instruction.C(i);
                    LuaValue val = Instruction.K(i) ? Unsafe.Add(ref KK, c) : Unsafe.Add(ref S, bas + c);
                    if (up.O is LuaTable t && NoNewIndexMeta(t)) { t.SetStrConstant(ref key, val); continue; }
                    Frames[fi].Pc = pc;
                    step = SetSlow(up, key, val, -2 - Instruction.A(i));
                    break;
                }
                case OpCode.SetTable:
                {
                    LuaValue tv = Unsafe.Add(ref S, ra);
                    LuaValue key = Unsafe.Add(ref S, bas + Instruction.B(i));
                    int c = Instruction.C(i);
                    LuaValue val = Instruction.K(i) ? Unsafe.Add(ref KK, c) : Unsafe.Add(ref S, bas + c);
                    if (tv.O is LuaTable t && NoNewIndexMeta(t))
                    {
                        if (key.IsInteger) { t.SetInt(key.RawInteger, val); continue; }
                        if (key.O is LuaString ks) { t.SetStr(ks, val); continue; }
                    }
                    Frames[fi].Pc = pc;
                    step = SetSlow(tv, key, val, Instruction.A(i));
                    break;
                }
                case OpCode.SetI:
                {
                    LuaValue tv = Unsafe.Add(ref S, ra);
                    int c = Instruction.C(i);
                    LuaValue val = Instruction.K(i) ? Unsafe.Add(ref KK, c) : Unsafe.Add(ref S, bas + c);
                    if (tv.O is LuaTable t && NoNewIndexMeta(t)) { t.SetInt(Instruction.B(i), val); continue; }
                    Frames[fi].Pc = pc;
                    step = SetSlow(tv, LuaValue.FromInteger(Instruction.B(i)), val, Instruction.A(i));
                    break;
                }
                case OpCode.SetField:
                {
                    LuaValue tv = Unsafe.Add(ref S, ra);
                    ref LuaValue key = ref Unsafe.Add(ref KK, Instruction.B(i));
                    int c = Instruction.C(i);
                    LuaValue val = Instruction.K(i) ? Unsafe.Add(ref KK, c) : Unsafe.Add(ref S, bas + c);
                    if (tv.O is LuaTable t && NoNewIndexMeta(t)) { t.SetStrConstant(ref key, val); continue; }
                    Frames[fi].Pc = pc;
                    step = SetSlow(tv, key, val, Instruction.A(i));
                    break;
                }
                case OpCode.NewTable:
                {
                    int b = Instruction.B(i), c = Instruction.C(i);
                    if (b > 0) b = 1 << (b - 1);
                    if (Instruction.K(i)) c += Instruction.Ax(Unsafe.Add(ref C, pc)) * (Instruction.MaxArgC + 1);
                    pc++;
                    Unsafe.Add(ref S, ra) = new LuaTable(c, b);
                    continue;
                }
                case OpCode.Self:
                {
                    LuaValue tv = Unsafe.Add(ref S, bas + Instruction.B(i));
                    int c = Instruction.C(i);
                    LuaValue key = Instruction.K(i) ? Unsafe.Add(ref KK, c) : Unsafe.Add(ref S, bas + c);
                    Unsafe.Add(ref S, ra + 1) = tv;
                    if (tv.O is LuaTable t && Instruction.K(i))
                    {
                        ref LuaValue kslot = ref Unsafe.Add(ref KK, c);
                        LuaValue v = t.GetStrConstant(ref kslot);
                        if (!v.IsNil || NoIndexMeta(t)) { Unsafe.Add(ref S, ra) = v; continue; }
                        // The usual object layout: methods in a class table that is the metatable's __index.
                        if (FastTm(t.Metatable, MetaEvent.Index).O is LuaTable cls)
                        {
                            v = cls.GetStrConstant(ref kslot);
                            if (!v.IsNil || NoIndexMeta(cls)) { Unsafe.Add(ref S, ra) = v; continue; }
                        }
                        key = kslot;
                    }
                    else if (tv.O is LuaTable t2 && key.O is LuaString ks)
                    {
                        LuaValue v = t2.GetStr(ks);
                        if (!v.IsNil || NoIndexMeta(t2)) { Unsafe.Add(ref S, ra) = v; continue; }
                    }
                    Frames[fi].Pc = pc;
                    step = IndexSlow(tv, key, ra, Instruction.B(i));
                    break;
                }
                case OpCode.AddI:
                {
                    LuaValue v = Unsafe.Add(ref S, bas + Instruction.B(i));
                    int imm = Instruction.SC(i);
                    if (v.IsInteger) { SetInt(ref Unsafe.Add(ref S, ra), unchecked(v.RawInteger + imm)); pc++; }
                    else if (v.IsFloat) { SetFloat(ref Unsafe.Add(ref S, ra), v.RawFloat + imm); pc++; }
                    continue;
                }
                case OpCode.AddK:
                {
                    ref LuaValue a = ref Unsafe.Add(ref S, bas + Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref KK, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref S, ra), unchecked(a.RawInteger + b.RawInteger)); pc++; }
                    else if (a.IsFloat && b.IsFloat) { SetFloat(ref Unsafe.Add(ref S, ra), a.RawFloat + b.RawFloat); pc++; }
                    else if (ToDouble(a, out double x) && ToDouble(b, out double y)) { SetFloat(ref Unsafe.Add(ref S, ra), x + y); pc++; }
                    continue;
                }
                case OpCode.Add:
                {
                    ref LuaValue a = ref Unsafe.Add(ref S, bas + Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref S, bas + Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref S, ra), unchecked(a.RawInteger + b.RawInteger)); pc++; }
                    else if (a.IsFloat && b.IsFloat) { SetFloat(ref Unsafe.Add(ref S, ra), a.RawFloat + b.RawFloat); pc++; }
                    else if (ToDouble(a, out double x) && ToDouble(b, out double y)) { SetFloat(ref Unsafe.Add(ref S, ra), x + y); pc++; }
                    continue;
                }
                case OpCode.SubK:
                {
                    ref LuaValue a = ref Unsafe.Add(ref S, bas + Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref KK, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref S, ra), unchecked(a.RawInteger - b.RawInteger)); pc++; }
                    else if (a.IsFloat && b.IsFloat) { SetFloat(ref Unsafe.Add(ref S, ra), a.RawFloat - b.RawFloat); pc++; }
                    else if (ToDouble(a, out double x) && ToDouble(b, out double y)) { SetFloat(ref Unsafe.Add(ref S, ra), x - y); pc++; }
                    continue;
                }
                case OpCode.Sub:
                {
                    ref LuaValue a = ref Unsafe.Add(ref S, bas + Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref S, bas + Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref S, ra), unchecked(a.RawInteger - b.RawInteger)); pc++; }
                    else if (a.IsFloat && b.IsFloat) { SetFloat(ref Unsafe.Add(ref S, ra), a.RawFloat - b.RawFloat); pc++; }
                    else if (ToDouble(a, out double x) && ToDouble(b, out double y)) { SetFloat(ref Unsafe.Add(ref S, ra), x - y); pc++; }
                    continue;
                }
                case OpCode.MulK:
                {
                    ref LuaValue a = ref Unsafe.Add(ref S, bas + Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref KK, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref S, ra), unchecked(a.RawInteger * b.RawInteger)); pc++; }
                    else if (a.IsFloat && b.IsFloat) { SetFloat(ref Unsafe.Add(ref S, ra), a.RawFloat * b.RawFloat); pc++; }
                    else if (ToDouble(a, out double x) && ToDouble(b, out double y)) { SetFloat(ref Unsafe.Add(ref S, ra), x * y); pc++; }
                    continue;
                }
                case OpCode.Mul:
                {
                    ref LuaValue a = ref Unsafe.Add(ref S, bas + Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref S, bas + Instruction.C(i));
                    if (a.IsInteger && b.IsInteger) { SetInt(ref Unsafe.Add(ref S, ra), unchecked(a.RawInteger * b.RawInteger)); pc++; }
                    else if (a.IsFloat && b.IsFloat) { SetFloat(ref Unsafe.Add(ref S, ra), a.RawFloat * b.RawFloat); pc++; }
                    else if (ToDouble(a, out double x) && ToDouble(b, out double y)) { SetFloat(ref Unsafe.Add(ref S, ra), x * y); pc++; }
                    continue;
                }
                case OpCode.DivK:
                {
                    ref LuaValue a = ref Unsafe.Add(ref S, bas + Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref KK, Instruction.C(i));
                    if (ToDouble(a, out double x) && ToDouble(b, out double y)) { SetFloat(ref Unsafe.Add(ref S, ra), x / y); pc++; }
                    continue;
                }
                case OpCode.Div:
                {
                    ref LuaValue a = ref Unsafe.Add(ref S, bas + Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref S, bas + Instruction.C(i));
                    if (ToDouble(a, out double x) && ToDouble(b, out double y)) { SetFloat(ref Unsafe.Add(ref S, ra), x / y); pc++; }
                    continue;
                }
                case OpCode.ModK:
                {
                    LuaValue a = Unsafe.Add(ref S, bas + Instruction.B(i));
                    LuaValue b = Unsafe.Add(ref KK, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger && b.RawInteger > 0)
                    {
                        long r = a.RawInteger % b.RawInteger;
                        if (r < 0) r += b.RawInteger;
                        SetInt(ref Unsafe.Add(ref S, ra), r);
                        pc++;
                    }
                    else if (a.IsNumber)
                    {
                        Frames[fi].Pc = pc;
                        if (ArithRaw(MetaEvent.Mod, a, b, ra)) pc++;
                    }
                    continue;
                }
                case OpCode.IDivK:
                {
                    LuaValue a = Unsafe.Add(ref S, bas + Instruction.B(i));
                    LuaValue b = Unsafe.Add(ref KK, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger && b.RawInteger > 0)
                    {
                        long x = a.RawInteger, y = b.RawInteger;
                        long q = x / y;
                        if (x % y < 0) q--;
                        SetInt(ref Unsafe.Add(ref S, ra), q);
                        pc++;
                    }
                    else if (a.IsNumber)
                    {
                        Frames[fi].Pc = pc;
                        if (ArithRaw(MetaEvent.IDiv, a, b, ra)) pc++;
                    }
                    continue;
                }
                case OpCode.BAnd:
                {
                    ref LuaValue a = ref Unsafe.Add(ref S, bas + Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref S, bas + Instruction.C(i));
                    if (a.IsInteger && b.IsInteger)
                    {
                        long x = a.RawInteger, y = b.RawInteger;
                        SetInt(ref Unsafe.Add(ref S, ra), x & y);
                        pc++;
                        continue;
                    }
                    goto case OpCode.Pow;
                }
                case OpCode.BAndK:
                {
                    ref LuaValue a = ref Unsafe.Add(ref S, bas + Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref KK, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger)
                    {
                        long x = a.RawInteger, y = b.RawInteger;
                        SetInt(ref Unsafe.Add(ref S, ra), x & y);
                        pc++;
                        continue;
                    }
                    goto case OpCode.PowK;
                }
                case OpCode.BOr:
                {
                    ref LuaValue a = ref Unsafe.Add(ref S, bas + Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref S, bas + Instruction.C(i));
                    if (a.IsInteger && b.IsInteger)
                    {
                        long x = a.RawInteger, y = b.RawInteger;
                        SetInt(ref Unsafe.Add(ref S, ra), x | y);
                        pc++;
                        continue;
                    }
                    goto case OpCode.Pow;
                }
                case OpCode.BOrK:
                {
                    ref LuaValue a = ref Unsafe.Add(ref S, bas + Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref KK, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger)
                    {
                        long x = a.RawInteger, y = b.RawInteger;
                        SetInt(ref Unsafe.Add(ref S, ra), x | y);
                        pc++;
                        continue;
                    }
                    goto case OpCode.PowK;
                }
                case OpCode.BXor:
                {
                    ref LuaValue a = ref Unsafe.Add(ref S, bas + Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref S, bas + Instruction.C(i));
                    if (a.IsInteger && b.IsInteger)
                    {
                        long x = a.RawInteger, y = b.RawInteger;
                        SetInt(ref Unsafe.Add(ref S, ra), x ^ y);
                        pc++;
                        continue;
                    }
                    goto case OpCode.Pow;
                }
                case OpCode.BXorK:
                {
                    ref LuaValue a = ref Unsafe.Add(ref S, bas + Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref KK, Instruction.C(i));
                    if (a.IsInteger && b.IsInteger)
                    {
                        long x = a.RawInteger, y = b.RawInteger;
                        SetInt(ref Unsafe.Add(ref S, ra), x ^ y);
                        pc++;
                        continue;
                    }
                    goto case OpCode.PowK;
                }
                case OpCode.Shl:
                {
                    ref LuaValue a = ref Unsafe.Add(ref S, bas + Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref S, bas + Instruction.C(i));
                    if (a.IsInteger && b.IsInteger)
                    {
                        long x = a.RawInteger, y = b.RawInteger;
                        SetInt(ref Unsafe.Add(ref S, ra), LuaArith.ShiftLeft(x, y));
                        pc++;
                        continue;
                    }
                    goto case OpCode.Pow;
                }
                case OpCode.Shr:
                {
                    ref LuaValue a = ref Unsafe.Add(ref S, bas + Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref S, bas + Instruction.C(i));
                    if (a.IsInteger && b.IsInteger)
                    {
                        long x = a.RawInteger, y = b.RawInteger;
                        SetInt(ref Unsafe.Add(ref S, ra), LuaArith.ShiftLeft(x, unchecked(0 - y)));
                        pc++;
                        continue;
                    }
                    goto case OpCode.Pow;
                }
                case OpCode.Mod:
                {
                    ref LuaValue a = ref Unsafe.Add(ref S, bas + Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref S, bas + Instruction.C(i));
                    if (a.IsInteger && b.IsInteger && (ulong)(b.RawInteger + 1) > 1)
                    {
                        // luaV_mod; y is neither 0 (error) nor -1 (overflow), handled by ArithRaw.
                        long x = a.RawInteger, y = b.RawInteger;
                        long m = x % y;
                        if (m != 0 && (m ^ y) < 0) m += y;
                        SetInt(ref Unsafe.Add(ref S, ra), m);
                        pc++;
                        continue;
                    }
                    goto case OpCode.Pow;
                }
                case OpCode.IDiv:
                {
                    ref LuaValue a = ref Unsafe.Add(ref S, bas + Instruction.B(i));
                    ref LuaValue b = ref Unsafe.Add(ref S, bas + Instruction.C(i));
                    if (a.IsInteger && b.IsInteger && (ulong)(b.RawInteger + 1) > 1)
                    {
                        long x = a.RawInteger, y = b.RawInteger;
                        long q = x / y;
                        if ((x ^ y) < 0 && q * y != x) q--;
                        SetInt(ref Unsafe.Add(ref S, ra), q);
                        pc++;
                        continue;
                    }
                    goto case OpCode.Pow;
                }
                case OpCode.PowK:
                {
                    LuaValue a = Unsafe.Add(ref S, bas + Instruction.B(i));
                    LuaValue b = Unsafe.Add(ref KK, Instruction.C(i));
                    if (a.IsNumber)
                    {
                        Frames[fi].Pc = pc;
                        if (ArithRaw(KOpEvent(Instruction.Op(i)), a, b, ra)) pc++;
                    }
                    continue;
                }
                case OpCode.Pow:
                {
                    LuaValue a = Unsafe.Add(ref S, bas + Instruction.B(i));
                    LuaValue b = Unsafe.Add(ref S, bas + Instruction.C(i));
                    if (a.IsNumber && b.IsNumber)
                    {
                        Frames[fi].Pc = pc;
                        if (ArithRaw((MetaEvent)(Instruction.Op(i) - OpCode.Add + (int)MetaEvent.Add), a, b, ra)) pc++;
                    }
                    continue;
                }
                case OpCode.ShrI:
                {
                    if (LuaArith.ToIntegerStrict(Unsafe.Add(ref S, bas + Instruction.B(i)), out long ib))
                    {
                        SetInt(ref Unsafe.Add(ref S, ra), LuaArith.ShiftLeft(ib, -Instruction.SC(i)));
                        pc++;
                    }
                    continue;
                }
                case OpCode.ShlI:
                {
                    if (LuaArith.ToIntegerStrict(Unsafe.Add(ref S, bas + Instruction.B(i)), out long ib))
                    {
                        SetInt(ref Unsafe.Add(ref S, ra), LuaArith.ShiftLeft(Instruction.SC(i), ib));
                        pc++;
                    }
                    continue;
                }
                case OpCode.MmBin:
                    Frames[fi].Pc = pc;
                    step = ArithMeta((MetaEvent)Instruction.C(i), Unsafe.Add(ref S, ra), Instruction.A(i), Unsafe.Add(ref S, bas + Instruction.B(i)), Instruction.B(i));
                    break;
                case OpCode.MmBinI:
                {
                    Frames[fi].Pc = pc;
                    LuaValue imm = LuaValue.FromInteger(Instruction.SB(i));
                    step = Instruction.K(i)
                        ? ArithMeta((MetaEvent)Instruction.C(i), imm, -1, Unsafe.Add(ref S, ra), Instruction.A(i))
                        : ArithMeta((MetaEvent)Instruction.C(i), Unsafe.Add(ref S, ra), Instruction.A(i), imm, -1);
                    break;
                }
                case OpCode.MmBinK:
                {
                    Frames[fi].Pc = pc;
                    LuaValue kv = Unsafe.Add(ref KK, Instruction.B(i));
                    step = Instruction.K(i)
                        ? ArithMeta((MetaEvent)Instruction.C(i), kv, -1, Unsafe.Add(ref S, ra), Instruction.A(i))
                        : ArithMeta((MetaEvent)Instruction.C(i), Unsafe.Add(ref S, ra), Instruction.A(i), kv, -1);
                    break;
                }
                case OpCode.Unm:
                {
                    LuaValue v = Unsafe.Add(ref S, bas + Instruction.B(i));
                    if (v.IsInteger) { SetInt(ref Unsafe.Add(ref S, ra), unchecked(0 - v.RawInteger)); continue; }
                    if (v.IsFloat) { SetFloat(ref Unsafe.Add(ref S, ra), -v.RawFloat); continue; }
                    Frames[fi].Pc = pc;
                    step = ArithMeta(MetaEvent.Unm, v, Instruction.B(i), v, Instruction.B(i));
                    break;
                }
                case OpCode.BNot:
                {
                    LuaValue v = Unsafe.Add(ref S, bas + Instruction.B(i));
                    if (LuaArith.ToIntegerStrict(v, out long iv)) { SetInt(ref Unsafe.Add(ref S, ra), ~iv); continue; }
                    Frames[fi].Pc = pc;
                    step = ArithMeta(MetaEvent.BNot, v, Instruction.B(i), v, Instruction.B(i));
                    break;
                }
                case OpCode.Not:
                    Unsafe.Add(ref S, ra) = Unsafe.Add(ref S, bas + Instruction.B(i)).IsFalsy ? LuaValue.True : LuaValue.False;
                    continue;
                case OpCode.Len:
                {
                    LuaValue v = Unsafe.Add(ref S, bas + Instruction.B(i));
                    if (v.O is LuaString s) { SetInt(ref Unsafe.Add(ref S, ra), s.Length); continue; }
                    if (v.O is LuaTable t && t.Metatable is null) { SetInt(ref Unsafe.Add(ref S, ra), t.Length); continue; }
                    Frames[fi].Pc = pc;
                    step = LenSlow(v, ra, Instruction.B(i));
                    break;
                }
                case OpCode.Concat:
                {
                    int n = Instruction.B(i);
                    Frames[fi].Pc = pc;
                    Top = ra + n;
                    step = ConcatRun(n);
                    break;
                }
                case OpCode.Close:
                    Frames[fi].Pc = pc;
                    Top = Frames[fi].Top;
                    CloseAll(ra);
                    stack = Stack; S = ref MemoryMarshal.GetArrayDataReference(stack);
                    continue;
                case OpCode.Tbc:
                    Frames[fi].Pc = pc;
                    NewTbc(ra, fi);
                    continue;
                case OpCode.Jmp:
                {
                    int sj = Instruction.SJ(i);
                    pc += sj;
                    // Safepoint (backward jump): charges the loop body's length.
                    if (sj < 0 && (State.Budget += sj) < 0) Safepoint(fi, pc);
                    continue;
                }
                case OpCode.Eq:
                {
                    LuaValue a = Unsafe.Add(ref S, ra), b = Unsafe.Add(ref S, bas + Instruction.B(i));
                    bool cond;
                    if (ReferenceEquals(a.O, b.O) && a.O is not ValueTag) cond = true;
                    else if ((a.O is LuaTable && b.O is LuaTable) || (a.O is LuaUserdata && b.O is LuaUserdata))
                    {
                        Frames[fi].Pc = pc;
                        step = EqSlow(a, b, out cond);
                        if (step != MetaStep.Done) break;
                    }
                    else cond = LuaValue.RawEquals(a, b);
                    if (cond != Instruction.K(i)) pc++;
                    else { int sj = Instruction.SJ(Unsafe.Add(ref C, pc)); pc += sj + 1; if (sj < 0 && (State.Budget += sj) < 0) Safepoint(fi, pc); }
                    continue;
                }
                case OpCode.Lt:
                case OpCode.Le:
                {
                    LuaValue a = Unsafe.Add(ref S, ra), b = Unsafe.Add(ref S, bas + Instruction.B(i));
                    bool lt = Instruction.Op(i) == OpCode.Lt;
                    bool cond;
                    if (a.IsInteger && b.IsInteger) cond = lt ? a.RawInteger < b.RawInteger : a.RawInteger <= b.RawInteger;
                    else if (a.IsNumber && b.IsNumber) cond = lt ? Comparisons.LessThanNumbers(a, b) : Comparisons.LessEqualNumbers(a, b);
                    else
                    {
                        Frames[fi].Pc = pc;
                        step = CompareSlow(lt ? MetaEvent.Lt : MetaEvent.Le, a, b, out cond);
                        if (step != MetaStep.Done) break;
                    }
                    if (cond != Instruction.K(i)) pc++;
                    else { int sj = Instruction.SJ(Unsafe.Add(ref C, pc)); pc += sj + 1; if (sj < 0 && (State.Budget += sj) < 0) Safepoint(fi, pc); }
                    continue;
                }
                case OpCode.EqK:
                {
                    bool cond = LuaValue.RawEquals(Unsafe.Add(ref S, ra), Unsafe.Add(ref KK, Instruction.B(i)));
                    if (cond != Instruction.K(i)) pc++;
                    else { int sj = Instruction.SJ(Unsafe.Add(ref C, pc)); pc += sj + 1; if (sj < 0 && (State.Budget += sj) < 0) Safepoint(fi, pc); }
                    continue;
                }
                case OpCode.EqI:
                {
                    LuaValue v = Unsafe.Add(ref S, ra);
                    int im = Instruction.SB(i);
                    bool cond = v.IsInteger ? v.RawInteger == im : v.IsFloat && v.RawFloat == im;
                    if (cond != Instruction.K(i)) pc++;
                    else { int sj = Instruction.SJ(Unsafe.Add(ref C, pc)); pc += sj + 1; if (sj < 0 && (State.Budget += sj) < 0) Safepoint(fi, pc); }
                    continue;
                }
                case OpCode.LtI: case OpCode.LeI: case OpCode.GtI: case OpCode.GeI:
                {
                    LuaValue v = Unsafe.Add(ref S, ra);
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
                    else
                    {
                        Frames[fi].Pc = pc;
                        LuaValue imv = Instruction.C(i) != 0 ? LuaValue.FromFloat(im) : LuaValue.FromInteger(im);
                        step = op switch
                        {
                            OpCode.LtI => CompareSlow(MetaEvent.Lt, v, imv, out cond),
                            OpCode.LeI => CompareSlow(MetaEvent.Le, v, imv, out cond),
                            OpCode.GtI => CompareSlow(MetaEvent.Lt, imv, v, out cond),
                            _ => CompareSlow(MetaEvent.Le, imv, v, out cond),
                        };
                        if (step != MetaStep.Done) break;
                    }
                    if (cond != Instruction.K(i)) pc++;
                    else { int sj = Instruction.SJ(Unsafe.Add(ref C, pc)); pc += sj + 1; if (sj < 0 && (State.Budget += sj) < 0) Safepoint(fi, pc); }
                    continue;
                }
                case OpCode.Test:
                    if (Unsafe.Add(ref S, ra).IsTruthy != Instruction.K(i)) pc++;
                    else { int sj = Instruction.SJ(Unsafe.Add(ref C, pc)); pc += sj + 1; if (sj < 0 && (State.Budget += sj) < 0) Safepoint(fi, pc); }
                    continue;
                case OpCode.TestSet:
                {
                    LuaValue v = Unsafe.Add(ref S, bas + Instruction.B(i));
                    if (v.IsFalsy == Instruction.K(i)) pc++;
                    else { Unsafe.Add(ref S, ra) = v; { int sj = Instruction.SJ(Unsafe.Add(ref C, pc)); pc += sj + 1; if (sj < 0 && (State.Budget += sj) < 0) Safepoint(fi, pc); } }
                    continue;
                }
                case OpCode.Call:
                {
                    int b = Instruction.B(i);
                    if (b != 0) Top = ra + b;
                    Frames[fi].Pc = pc;
                    if (Unsafe.Add(ref S, ra).O is LuaClosure ncl && TryPushLuaFrame(ncl, ra, Top - ra - 1, Instruction.C(i) - 1))
                        goto newframe;
                    var kind = PreCall(ra, Top - ra - 1, Instruction.C(i) - 1, FrameFlags.None, true, out FrameFlags popped);
                    if (kind == CallKind.Lua) goto newframe;
                    if (kind == CallKind.Yield) return ExecStatus.Yield;
                    if (FrameCount - 1 == fi && popped == FrameFlags.Host) { stack = Stack; S = ref MemoryMarshal.GetArrayDataReference(stack); continue; }
                    if (CompleteReturn(popped)) return ExecStatus.Yield;
                    goto newframe;
                }
                case OpCode.TailCall:
                {
                    int b = Instruction.B(i);
                    if (b != 0) Top = ra + b;
                    Frames[fi].Pc = pc;
                    if (Instruction.K(i)) CloseUpvalues(bas);
                    int nargs = Top - ra - 1;
                    while (Unsafe.Add(ref S, ra).O is not LuaFunction)
                    {
                        LuaValue tm = GetMetamethod(Unsafe.Add(ref S, ra), MetaEvent.Call);
                        if (tm.IsNil) throw CallError(ra);
                        EnsureSlots(ra + nargs + 2 + ExtraStack);
                        stack = Stack; S = ref MemoryMarshal.GetArrayDataReference(stack);
                        Array.Copy(stack, ra, stack, ra + 1, nargs + 1);
                        Unsafe.Add(ref S, ra) = tm;
                        nargs++;
                        Top = ra + 1 + nargs;
                    }
                    if (Unsafe.Add(ref S, ra).O is LuaClosure ncl)
                    {
                        TailCallLua(fi, ra, nargs, ncl);
                        goto newframe;
                    }
                    // A host function: call it normally; the RETURN that follows returns its results.
                    var kind = PreCall(ra, nargs, -1, FrameFlags.None, true, out FrameFlags popped);
                    if (kind == CallKind.Lua) goto newframe;
                    if (kind == CallKind.Yield) return ExecStatus.Yield;
                    if (CompleteReturn(popped)) return ExecStatus.Yield;
                    goto newframe;
                }
                case OpCode.Return:
                {
                    int n = Instruction.B(i) - 1;
                    if (n < 0) n = Top - ra;
                    Frames[fi].Pc = pc;
                    if (Instruction.K(i) || (TbcCount > 0 && TbcList[TbcCount - 1] >= bas))
                    {
                        Top = ra + n;
                        CloseAll(bas);
                    }
                    else if (OpenUpvalues is not null && OpenUpvalues.Index >= bas) CloseUpvalues(bas);
                    FrameFlags flags = Frames[fi].Flags;
                    PosCall(ra, n);
                    if (fi == entry) return ExecStatus.Ok;
                    if ((flags & FrameFlags.FinishOp) != 0 || (Frames[FrameCount - 1].Flags & (FrameFlags.PCall | FrameFlags.XPCall)) != 0)
                        if (CompleteReturn(flags)) return ExecStatus.Yield;
                    goto newframe;
                }
                case OpCode.Return0:
                case OpCode.Return1:
                {
                    int n = Instruction.Op(i) == OpCode.Return0 ? 0 : 1;
                    if (OpenUpvalues is not null && OpenUpvalues.Index >= bas) CloseUpvalues(bas);
                    if (fi != entry)
                    {
                        // Common case: a plain Lua-to-Lua return of at most one value to a caller wanting one
                        // or none; the caller's frame continues at once.
                        ref CallFrame f = ref Frames[fi];
                        int wanted = f.NResults;
                        if ((uint)wanted <= 1 && (f.Flags & FrameFlags.FinishOp) == 0 && (Frames[fi - 1].Flags & FrameFlags.Lua) != 0)
                        {
                            int res = f.Func;
                            if (wanted == 1) Unsafe.Add(ref S, res) = n > 0 ? Unsafe.Add(ref S, ra) : default;
                            Top = res + wanted;
                            f.Function = null; f.Closure = null;
                            FrameCount = fi;
                            goto newframe;
                        }
                    }
                    FrameFlags flags = Frames[fi].Flags;
                    PosCall(ra, n);
                    if (fi == entry) return ExecStatus.Ok;
                    if ((flags & FrameFlags.FinishOp) != 0 || (Frames[FrameCount - 1].Flags & (FrameFlags.PCall | FrameFlags.XPCall)) != 0)
                    {
                        Frames[fi].Pc = pc;
                        if (CompleteReturn(flags)) return ExecStatus.Yield;
                    }
                    goto newframe;
                }
                case OpCode.ForLoop:
                {
                    LuaValue stepv = Unsafe.Add(ref S, ra + 2);
                    if (stepv.IsInteger)
                    {
                        ulong count = (ulong)Unsafe.Add(ref S, ra + 1).RawInteger;
                        if (count > 0)
                        {
                            long idx = unchecked(Unsafe.Add(ref S, ra).RawInteger + stepv.RawInteger);
                            SetInt(ref Unsafe.Add(ref S, ra + 1), (long)(count - 1));
                            SetInt(ref Unsafe.Add(ref S, ra), idx);
                            SetInt(ref Unsafe.Add(ref S, ra + 3), idx);
                            pc -= Instruction.Bx(i);
                            if ((State.Budget -= Instruction.Bx(i)) < 0) Safepoint(fi, pc);
                        }
                    }
                    else
                    {
                        double st = stepv.RawFloat, lim = Unsafe.Add(ref S, ra + 1).RawFloat;
                        double idx = Unsafe.Add(ref S, ra).RawFloat + st;
                        if (st > 0 ? idx <= lim : lim <= idx)
                        {
                            SetFloat(ref Unsafe.Add(ref S, ra), idx);
                            SetFloat(ref Unsafe.Add(ref S, ra + 3), idx);
                            pc -= Instruction.Bx(i);
                            if ((State.Budget -= Instruction.Bx(i)) < 0) Safepoint(fi, pc);
                        }
                    }
                    continue;
                }
                case OpCode.ForPrep:
                    Frames[fi].Pc = pc;
                    if (ForPrep(ra)) pc += Instruction.Bx(i) + 1;
                    continue;
                case OpCode.TForPrep:
                    Frames[fi].Pc = pc;
                    NewTbc(ra + 3, fi);
                    pc += Instruction.Bx(i);
                    continue;
                case OpCode.TForCall:
                {
                    Unsafe.Add(ref S, ra + 4) = Unsafe.Add(ref S, ra);
                    Unsafe.Add(ref S, ra + 5) = Unsafe.Add(ref S, ra + 1);
                    Unsafe.Add(ref S, ra + 6) = Unsafe.Add(ref S, ra + 2);
                    Top = ra + 7;
                    Frames[fi].Pc = pc;
                    var kind = PreCall(ra + 4, 2, Instruction.C(i), FrameFlags.None, true, out FrameFlags popped);
                    if (kind == CallKind.Lua) goto newframe;
                    if (kind == CallKind.Yield) return ExecStatus.Yield;
                    if (FrameCount - 1 == fi && popped == FrameFlags.Host) { stack = Stack; S = ref MemoryMarshal.GetArrayDataReference(stack); continue; }
                    if (CompleteReturn(popped)) return ExecStatus.Yield;
                    goto newframe;
                }
                case OpCode.TForLoop:
                    if (!Unsafe.Add(ref S, ra + 4).IsNil)
                    {
                        Unsafe.Add(ref S, ra + 2) = Unsafe.Add(ref S, ra + 4);
                        pc -= Instruction.Bx(i);
                        if ((State.Budget -= Instruction.Bx(i)) < 0) Safepoint(fi, pc);
                    }
                    continue;
                case OpCode.SetList:
                {
                    int n = Instruction.B(i);
                    int last = Instruction.C(i);
                    var t = (LuaTable)Unsafe.Add(ref S, ra).O!;
                    if (n == 0) n = Top - ra - 1;
                    if (Instruction.K(i)) { last += Instruction.Ax(Unsafe.Add(ref C, pc)) * (Instruction.MaxArgC + 1); pc++; }
                    last += n;
                    if (last > t.ArrayCapacity) t.EnsureArray(last);
                    for (; n > 0; n--) t.SetInt(last--, Unsafe.Add(ref S, ra + n));
                    continue;
                }
                case OpCode.Closure:
                {
                    Prototype np = proto.Protos[Instruction.Bx(i)];
                    var descs = np.Upvalues;
                    var ups = descs.Length == 0 ? Array.Empty<UpValue>() : new UpValue[descs.Length];
                    for (int j = 0; j < descs.Length; j++)
                        ups[j] = descs[j].InStack ? FindUpvalue(bas + descs[j].Index) : upvals[descs[j].Index];
                    Unsafe.Add(ref S, ra) = new LuaClosure(np, ups);
                    continue;
                }
                case OpCode.Vararg:
                {
                    int n = Instruction.C(i) - 1;
                    int nextra = Frames[fi].NExtraArgs;
                    if (n < 0)
                    {
                        n = nextra;
                        Frames[fi].Pc = pc;
                        State.Charge(n); // '...' copies every extra argument: growing vararg chains pay for it
                        EnsureSlots(ra + n + ExtraStack);
                        stack = Stack; S = ref MemoryMarshal.GetArrayDataReference(stack);
                        Top = ra + n;
                    }
                    int j = 0;
                    for (; j < n && j < nextra; j++) Unsafe.Add(ref S, ra + j) = Unsafe.Add(ref S, bas - nextra + j);
                    for (; j < n; j++) Unsafe.Add(ref S, ra + j) = default;
                    continue;
                }
                case OpCode.VarargPrep:
                    continue;
                default:
                    Frames[fi].Pc = pc;
                    throw RuntimeError("invalid instruction " + Instruction.ToText(i));
            }
            // A slow path ran: either finished in place or started a metamethod call.
            if (step == MetaStep.Done) { stack = Stack; S = ref MemoryMarshal.GetArrayDataReference(stack); continue; }
            if (step == MetaStep.Yield) return ExecStatus.Yield;
            goto newframe;
        }
    }

    /// <summary>The fast half of <see cref="PreCall"/> for OP_CALL of a Lua closure with no varargs when the stack
    /// and frame array have room: pushes the frame and returns true; otherwise false (PreCall does the rest).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryPushLuaFrame(LuaClosure cl, int func, int nargs, int nresults)
    {
        Prototype p = cl.Proto;
        int np = p.NumParams;
        int n = FrameCount;
        var stack = Stack;
        if (p.IsVararg || n >= Frames.Length || func + 1 + nargs + np + p.MaxStackSize + ExtraStack > stack.Length) return false;
        int bas = func + 1;
        for (int j = nargs; j < np; j++) stack[bas + j] = default;
        ref CallFrame f = ref Frames[n];
        f.Function = cl; f.Closure = cl; f.Func = func; f.Base = bas; f.Top = bas + p.MaxStackSize;
        f.Pc = 0; f.NResults = nresults; f.NExtraArgs = 0; f.Flags = FrameFlags.Lua;
        FrameCount = n + 1;
        return true;
    }

    private static MetaEvent KOpEvent(OpCode op) => op switch
    {
        OpCode.ModK => MetaEvent.Mod,
        OpCode.PowK => MetaEvent.Pow,
        OpCode.IDivK => MetaEvent.IDiv,
        OpCode.BAndK => MetaEvent.BAnd,
        OpCode.BOrK => MetaEvent.BOr,
        _ => MetaEvent.BXor,
    };

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
        f.Function = ncl; f.Closure = ncl; f.Base = bas; f.Top = bas + p.MaxStackSize;
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
        }
        return false;
    }
}
