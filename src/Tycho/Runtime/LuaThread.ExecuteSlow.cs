using System.Runtime.CompilerServices;

namespace Tycho.Runtime;

// The cold halves of the dispatch loop's instructions (lvm.c): kept out of Run so that its stack frame stays
// small and its hot locals stay in registers. Each helper runs for the top frame, which is Run's current frame,
// and re-decodes what it needs from the instruction.
public sealed partial class LuaThread
{
    /// <summary>
    /// The slow path of instruction <paramref name="i"/> of the top frame, whose saved pc already points past it:
    /// metamethod fallbacks and errors of table access, arithmetic, length, concatenation and comparisons, and the
    /// rare opcodes. On <see cref="MetaStep.Done"/> the result is in place and the frame's saved pc is where
    /// execution continues (conditional jumps move it).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private MetaStep SlowOp(uint i)
    {
        int fi = FrameCount - 1;
        LuaClosure cl = Frames[fi].Closure!;
        int bas = Frames[fi].Base;
        int ra = bas + Instruction.A(i);
        LuaValue[] k = cl.Proto.Constants;
        LuaValue[] s = Stack;
        int b = Instruction.B(i), c = Instruction.C(i);
        OpCode op = Instruction.Op(i);
        bool cond;
        MetaStep step;
        switch (op)
        {
            case OpCode.GetTabUp:
                return IndexSlow(cl.UpValues[b].Ref, k[c], ra, -2 - b);
            case OpCode.GetTable:
                return IndexSlow(s[bas + b], s[bas + c], ra, b);
            case OpCode.GetI:
                return IndexSlow(s[bas + b], LuaValue.FromInteger(c), ra, b);
            case OpCode.GetField:
                if (s[bas + b].O is LuaTable ft && TryIndexChain(ft, ref cl.Constants[c], out LuaValue fv))
                {
                    s[ra] = fv;
                    return MetaStep.Done;
                }
                return IndexSlow(s[bas + b], k[c], ra, b);
            case OpCode.Self:
            {
                LuaValue tv = s[bas + b];
                s[ra + 1] = tv;
                if (Instruction.K(i) && tv.O is LuaTable st && TryIndexChain(st, ref cl.Constants[c], out LuaValue sv))
                {
                    s[ra] = sv;
                    return MetaStep.Done;
                }
                return IndexSlow(tv, Instruction.K(i) ? k[c] : s[bas + c], ra, b);
            }
            case OpCode.SetTabUp:
                return SetSlow(cl.UpValues[Instruction.A(i)].Ref, k[b], Instruction.K(i) ? k[c] : s[bas + c], -2 - Instruction.A(i));
            case OpCode.SetTable:
                return SetSlow(s[ra], s[bas + b], Instruction.K(i) ? k[c] : s[bas + c], Instruction.A(i));
            case OpCode.SetI:
                return SetSlow(s[ra], LuaValue.FromInteger(b), Instruction.K(i) ? k[c] : s[bas + c], Instruction.A(i));
            case OpCode.SetField:
                return SetSlow(s[ra], k[b], Instruction.K(i) ? k[c] : s[bas + c], Instruction.A(i));
            case OpCode.MmBin:
                return ArithMeta((MetaEvent)c, s[ra], Instruction.A(i), s[bas + b], b, MmBinDest(fi));
            case OpCode.MmBinI:
            {
                LuaValue imm = LuaValue.FromInteger(Instruction.SB(i));
                return Instruction.K(i)
                    ? ArithMeta((MetaEvent)c, imm, -1, s[ra], Instruction.A(i), MmBinDest(fi))
                    : ArithMeta((MetaEvent)c, s[ra], Instruction.A(i), imm, -1, MmBinDest(fi));
            }
            case OpCode.MmBinK:
            {
                LuaValue kv = k[b];
                return Instruction.K(i)
                    ? ArithMeta((MetaEvent)c, kv, -1, s[ra], Instruction.A(i), MmBinDest(fi))
                    : ArithMeta((MetaEvent)c, s[ra], Instruction.A(i), kv, -1, MmBinDest(fi));
            }
            case OpCode.Unm:
            {
                LuaValue v = s[bas + b];
                if (v.IsInteger) { s[ra] = LuaValue.FromInteger(unchecked(0 - v.RawInteger)); return MetaStep.Done; }
                if (v.IsFloat) { s[ra] = LuaValue.FromFloat(-v.RawFloat); return MetaStep.Done; }
                return ArithMeta(MetaEvent.Unm, v, b, v, b, ra);
            }
            case OpCode.BNot:
            {
                LuaValue v = s[bas + b];
                if (LuaArith.ToIntegerStrict(v, out long iv)) { s[ra] = LuaValue.FromInteger(~iv); return MetaStep.Done; }
                return ArithMeta(MetaEvent.BNot, v, b, v, b, ra);
            }
            case OpCode.Len:
                return LenSlow(s[bas + b], ra, b);
            case OpCode.Concat:
            {
                Top = ra + b;
                var st = ConcatRun(b);
                if (st == MetaStep.Done) CheckGc(Top);
                return st;
            }
            case OpCode.Close:
                Top = Frames[fi].Top;
                return CloseNext(ra, Top);
            case OpCode.Tbc:
                NewTbc(ra, fi);
                return MetaStep.Done;
            case OpCode.TForPrep:
                NewTbc(ra + 3, fi);
                Frames[fi].Pc += Instruction.Bx(i);
                return MetaStep.Done;
            case OpCode.VarargTable:
                VarargTableOp(ra);
                return MetaStep.Done;
            case OpCode.VarargFromTable:
                VarargFromTableOp(c - 1, ra, s[bas + b]);
                return MetaStep.Done;
            case OpCode.GetVararg:
                s[ra] = ExtraArgument(s[bas + c]);
                return MetaStep.Done;
            case OpCode.ErrNNil:
                if (!s[ra].IsNil) throw GlobalDefinedError(k, Instruction.Bx(i));
                return MetaStep.Done;
            case OpCode.Eq:
                step = EqSlow(s[ra], s[bas + b], out cond);
                break;
            case OpCode.Lt:
                step = CompareSlow(MetaEvent.Lt, s[ra], s[bas + b], out cond);
                break;
            case OpCode.Le:
                step = CompareSlow(MetaEvent.Le, s[ra], s[bas + b], out cond);
                break;
            case OpCode.LtI: case OpCode.LeI: case OpCode.GtI: case OpCode.GeI:
            {
                LuaValue v = s[ra];
                int im = Instruction.SB(i);
                LuaValue imv = c != 0 ? LuaValue.FromFloat(im) : LuaValue.FromInteger(im);
                step = op switch
                {
                    OpCode.LtI => CompareSlow(MetaEvent.Lt, v, imv, out cond),
                    OpCode.LeI => CompareSlow(MetaEvent.Le, v, imv, out cond),
                    OpCode.GtI => CompareSlow(MetaEvent.Lt, imv, v, out cond),
                    _ => CompareSlow(MetaEvent.Le, imv, v, out cond),
                };
                break;
            }
            default:
                throw RuntimeError("invalid instruction " + Instruction.ToText(i));
        }
        // A comparison: on Done, skip the OP_JMP that follows or leave the saved pc on it, so that Run executes
        // it like any jump, with the safepoint of a backward jump (the metamethod path finishes the same way in
        // FinishOp, as lvm.c's luaV_finishOp does). Taking the jump here instead would skip that safepoint: a
        // loop whose back edge is a comparison Run does not inline (`repeat until x > 0.5` with an integer x,
        // string comparisons) would then never charge the instruction budget nor check the timeout.
        if (step == MetaStep.Done && cond != Instruction.K(i)) Frames[fi].Pc++;
        return step;
    }

    /// <summary>The register an MMBIN* of frame <paramref name="fi"/> completes: that of the arithmetic instruction
    /// before it (the saved pc points past the MMBIN*).</summary>
    private int MmBinDest(int fi) =>
        Frames[fi].Base + Instruction.A(Frames[fi].Closure!.Proto.Code[Frames[fi].Pc - 2]);

    /// <summary>Arithmetic the loop does not inline (mixed integer/float operands, float modulo and integer
    /// division, powers, bitwise operations on floats, division by zero errors): the raw result to R[A] and true,
    /// or false when the following MMBIN instruction must try metamethods.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ArithSlow(uint i, int pc)
    {
        int fi = FrameCount - 1;
        ref CallFrame f = ref Frames[fi];
        f.Pc = pc;
        int bas = f.Base;
        LuaValue[] s = Stack;
        OpCode op = Instruction.Op(i);
        LuaValue a = s[bas + Instruction.B(i)], b;
        MetaEvent ev;
        switch (op)
        {
            case OpCode.AddI:
                b = LuaValue.FromInteger(Instruction.SC(i));
                ev = MetaEvent.Add;
                break;
            case OpCode.ShrI:
                b = LuaValue.FromInteger(Instruction.SC(i));
                ev = MetaEvent.Shr;
                break;
            case OpCode.ShlI:
                b = a;
                a = LuaValue.FromInteger(Instruction.SC(i));
                ev = MetaEvent.Shl;
                break;
            case >= OpCode.AddK and <= OpCode.BXorK:
                b = f.Closure!.Proto.Constants[Instruction.C(i)];
                ev = (MetaEvent)(op - OpCode.AddK + (int)MetaEvent.Add);
                break;
            default:
                b = s[bas + Instruction.C(i)];
                ev = (MetaEvent)(op - OpCode.Add + (int)MetaEvent.Add);
                break;
        }
        if (!a.IsNumber || !b.IsNumber) return false;
        return ArithRaw(ev, a, b, bas + Instruction.A(i));
    }

    /// <summary>OP_NEWTABLE, then lvm.c's checkGC.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void NewTableOp(uint i, int ra, int pc)
    {
        int b = Instruction.B(i), c = Instruction.C(i);
        if (b > 0) b = 1 << (b - 1);
        if (Instruction.K(i)) c += Instruction.Ax(Frames[FrameCount - 1].Closure!.Proto.Code[pc]) * (Instruction.MaxArgC + 1);
        Stack[ra] = new LuaTable(c, b, Memory);   // charges the state without the thread-static lookup
        CheckGcSavingPc(ra + 1, pc);
    }

    /// <summary>OP_CALL when <see cref="TryPushLuaFrame"/> could not push a Lua frame: host functions, __call,
    /// stack growth. Done when a host function completed and the caller's frame continues.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private MetaStep CallSlow(int ra, int nresults)
    {
        if (Stack[ra].O is LuaHostFunction { Kind: HostFunctionKind.Normal } hf)
        {
            // The common case (library functions): the caller's frame continues when it returns.
            CallHost(hf, ra, Top - ra - 1, nresults, FrameFlags.None);
            return HookTrap == 0 ? MetaStep.Done : MetaStep.Called;   // re-enter: hooks may have changed
        }
        int fi = FrameCount - 1;
        var kind = PreCall(ra, Top - ra - 1, nresults, FrameFlags.None, true, out FrameFlags popped);
        if (kind == CallKind.Lua) return MetaStep.Called;
        if (kind == CallKind.Yield) return MetaStep.Yield;
        if (FrameCount - 1 == fi && popped == FrameFlags.Host) return HookTrap == 0 ? MetaStep.Done : MetaStep.Called;
        return CompleteReturn(popped) ? MetaStep.Yield : MetaStep.Called;
    }

    /// <summary>OP_TFORCALL: calls the generic-for iterator. Same outcomes as <see cref="CallSlow"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private MetaStep TForCallOp(int ra, int nresults)
    {
        var s = Stack;
        s[ra + 4] = s[ra];
        s[ra + 5] = s[ra + 1];
        s[ra + 6] = s[ra + 2];
        Top = ra + 7;
        return CallSlow(ra + 4, nresults);
    }

    /// <summary>OP_TAILCALL; true when a yield was requested. Otherwise the loop continues with the top frame.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TailCallOp(uint i, int ra)
    {
        int fi = FrameCount - 1;
        int b = Instruction.B(i);
        if (b != 0) Top = ra + b;
        if (Instruction.K(i)) CloseUpvalues(Frames[fi].Base);
        int nargs = Top - ra - 1;
        var chain = FrameFlags.None;
        while (Stack[ra].O is not LuaFunction)
        {
            LuaValue tm = GetMetamethod(Stack[ra], MetaEvent.Call);
            if (tm.IsNil) throw CallError(ra);
            ChargeCallChain(nargs);
            EnsureSlots(ra + nargs + 2 + ExtraStack);
            var stack = Stack;
            Array.Copy(stack, ra, stack, ra + 1, nargs + 1);
            stack[ra] = tm;
            nargs++;
            Top = ra + 1 + nargs;
            if (Global.Profile.LimitsCallChains) chain = CountCallChain(chain);
        }
        if (Stack[ra].O is LuaClosure ncl)
        {
            TailCallLua(fi, ra, nargs, ncl);
            return false;
        }
        // A host function: call it normally; the RETURN that follows returns its results.
        var kind = PreCall(ra, nargs, -1, FrameFlags.None, true, out FrameFlags popped);
        if (kind == CallKind.Lua) return false;
        if (kind == CallKind.Yield) return true;
        return CompleteReturn(popped);
    }

    /// <summary>OP_RETURN: 0 to continue with the new top frame, 1 when the entry frame returned, 2 on a yield.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int ReturnOp(uint i, int ra, int entry)
    {
        int fi = FrameCount - 1;
        int bas = Frames[fi].Base;
        int n = Instruction.B(i) - 1;
        if (n < 0) n = Top - ra;
        if (Instruction.K(i) || (TbcCount > 0 && TbcList[TbcCount - 1] >= bas))
        {
            Top = ra + n;
            if (TbcCount > 0 && TbcList[TbcCount - 1] >= bas)
            {
                // A __close runs above the returned values; the RETURN is executed again when it returns.
                Frames[fi].CloseNRes = n;
                MetaStep step = CloseNext(bas, Math.Max(ra + n, Frames[fi].Top));
                if (step == MetaStep.Called) return 0;
                if (step == MetaStep.Yield) return 2;
            }
            else CloseUpvalues(bas);
        }
        else if (OpenUpvalues is not null && OpenUpvalues.Index >= bas) CloseUpvalues(bas);
        return Return01Op(ra, n, entry);
    }

    /// <summary>OP_RETURN0/OP_RETURN1 outside the inline fast path (upvalues already closed); results as
    /// <see cref="ReturnOp"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Return01Op(int ra, int n, int entry)
    {
        int fi = FrameCount - 1;
        FrameFlags flags = Frames[fi].Flags;
        PosCall(ra, n);
        if (fi == entry) return 1;
        if ((flags & FrameFlags.FinishOp) != 0 || (Frames[FrameCount - 1].Flags & FrameFlags.Pending) != 0)
        {
            if (CompleteReturn(flags)) return 2;
            if (FrameCount - 1 < entry) return 1;   // the entry was a pseudo frame (a coroutine's body is pcall)
        }
        return 0;
    }

    /// <summary>OP_SETLIST; returns 1 when it consumed an EXTRAARG instruction, else 0.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int SetListOp(uint i, int ra, int pc)
    {
        int n = Instruction.B(i);
        int last = Instruction.C(i);
        var s = Stack;
        // Compiled code always has the constructor's table there; a binary chunk may not (proving it statically
        // would take a data-flow analysis), so this cold path checks.
        if (s[ra].O is not LuaTable t) throw RuntimeError("invalid instruction " + Instruction.ToText(i) + " (table expected)");
        if (n == 0) n = Top - ra - 1;
        int extra = 0;
        if (Instruction.K(i))
        {
            last += Instruction.Ax(Frames[FrameCount - 1].Closure!.Proto.Code[pc]) * (Instruction.MaxArgC + 1);
            extra = 1;
        }
        last += n;
        if (last > t.ArrayCapacity) t.EnsureArray(last);
        for (; n > 0; n--) t.VmSetInt(last--, s[ra + n]);
        return extra;
    }

    /// <summary>OP_CLOSURE.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ClosureOp(uint i, int ra, int pc)
    {
        ref CallFrame f = ref Frames[FrameCount - 1];
        LuaClosure cl = f.Closure!;
        int bas = f.Base;
        Prototype np = cl.Proto.Protos[Instruction.Bx(i)];
        if (np.CachedClosure is { } cached && ReuseCached(cached, cl, bas))
        {
            Stack[ra] = cached;
            return;
        }
        var descs = np.Upvalues;
        var ups = descs.Length == 0 ? Array.Empty<UpValue>() : new UpValue[descs.Length];
        var upvals = cl.UpValues;
        for (int j = 0; j < descs.Length; j++)
            ups[j] = descs[j].InStack ? FindUpvalue(bas + descs[j].Index) : upvals[descs[j].Index];
        var ncl = new LuaClosure(np, ups, Memory);   // charges the state without the thread-static lookup
        Stack[ra] = ncl;
        if (Global.Profile.CachesClosures) np.CachedClosure = ncl;
        CheckGcSavingPc(ra + 1, pc);
    }

    /// <summary>Lua 5.1's <c>arg</c> table of a vararg function (LUA_COMPAT_VARARG): the extra arguments at
    /// <paramref name="first"/> and their count in <c>n</c>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private LuaTable VarargArgTable(int first, int count)
    {
        var t = new LuaTable(count, 1, Memory);
        for (int j = 0; j < count; j++) t.VmSet(LuaValue.FromInteger(j + 1), Stack[first + j]);
        t.VmSetStr(LuaString.FromAscii("n"), LuaValue.FromFloat(count));
        return t;
    }

    /// <summary>Lua 5.2/5.3's closure cache (lvm.c getcached): the last closure of a prototype is made again
    /// when each of its upvalues is the variable the new one would capture. Only 5.2/5.3 states fill the cache.</summary>
    private bool ReuseCached(LuaClosure cached, LuaClosure cl, int bas)
    {
        var descs = cached.Proto.Upvalues;
        var ups = cached.UpValues;
        for (int j = 0; j < descs.Length; j++)
        {
            UpValue uv = ups[j];
            bool same = descs[j].InStack
                ? ReferenceEquals(uv.Stack, Stack) && uv.Index == bas + descs[j].Index
                : ReferenceEquals(uv, cl.UpValues[descs[j].Index]);
            if (!same) return false;
        }
        return true;
    }

    /// <summary>OP_VARARG (the frame's pc is saved: the stack may grow).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void VarargOp(uint i, int ra)
    {
        ref CallFrame f = ref Frames[FrameCount - 1];
        int n = Instruction.C(i) - 1;
        int nextra = f.NExtraArgs;
        int bas = f.Base;
        if (Instruction.B(i) != 0) { Stack[ra] = VarargArgTable(bas - nextra, nextra); return; }
        if (n < 0)
        {
            n = nextra;
            Global.Charge(n); // '...' copies every extra argument: growing vararg chains pay for it
            EnsureSlots(ra + n + ExtraStack);
            Top = ra + n;
        }
        var s = Stack;
        int j = 0;
        for (; j < n && j < nextra; j++) LuaValue.Assign(ref s[ra + j], s[bas - nextra + j]);
        for (; j < n; j++) s[ra + j] = default;
    }
}
