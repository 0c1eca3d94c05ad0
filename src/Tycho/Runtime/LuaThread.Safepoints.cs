using System.Runtime.CompilerServices;

namespace Tycho.Runtime;

// The safepoint of the dispatch loop.
public sealed partial class LuaThread
{
    /// <summary>Budget exhausted at a safepoint of the running frame: records the pc (so the error is positioned
    /// and a pcall can unwind) and runs the slow path.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Safepoint(int pc)
    {
        Frames[FrameCount - 1].Pc = pc;
        Global.LimitSlow(this);
    }

    /// <summary>The safepoint of a backward jump, whose <paramref name="pc"/> is the jump's target (the next
    /// instruction to run) rather than past the instruction that polled: a pause there reports the target's line.
    /// True when the hooks changed meanwhile (a pause handler asked for line events): the frame must re-enter to run
    /// the code the new mask needs.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool JumpSafepoint(int pc)
    {
        AtJumpSafepoint = true;
        try { Safepoint(pc); }
        finally { AtJumpSafepoint = false; }
        return (HookTrap & HookPending) != 0;
    }

    /// <summary>True while <see cref="JumpSafepoint"/> runs.</summary>
    internal bool AtJumpSafepoint;

    /// <summary>Strings at least this long are charged when OP_EQ compares them (shorter ones cost about an instruction).</summary>
    private const int LongStringCompare = 4096;

    /// <summary>OP_EQ compared a string of <paramref name="bytes"/> bytes: one unit per 32 bytes, as library
    /// functions charge, so a loop comparing two 8 MB strings stops at its limit like any loop.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ChargeCompare(int pc, int bytes)
    {
        if ((Global.Budget -= bytes >> 5) < 0) Safepoint(pc);
    }

    /// <summary>One step of a <c>__call</c> chain (a callable whose <c>__call</c> is not a function): like lua's
    /// tryfuncTM, each step shifts the arguments up one slot, so a chain that loops on itself grows the stack until
    /// "stack overflow" in quadratic time. Charging the shift makes such a loop a safepoint that limits can stop.</summary>
    private void ChargeCallChain(int nargs)
    {
        if ((Global.Budget -= nargs + 1) < 0) Global.LimitSlow(this);
    }

    /// <summary>Lua 5.5 (manual §8.1): one more <c>__call</c> step in <paramref name="flags"/>' counter; a chain
    /// holds at most 15 objects (ldo.c tryfuncTM).</summary>
    private FrameFlags CountCallChain(FrameFlags flags)
    {
        int n = ((int)(flags & FrameFlags.CallChain) >> (int)FrameFlags.CallChainShift) + 1;
        if (n > 15) throw RuntimeError("'__call' chain too long");
        return (flags & ~FrameFlags.CallChain) | (FrameFlags)(n << (int)FrameFlags.CallChainShift);
    }
}
