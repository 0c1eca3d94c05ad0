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

    /// <summary>One step of a <c>__call</c> chain (a callable whose <c>__call</c> is not a function): like lua's
    /// tryfuncTM, each step shifts the arguments up one slot, so a chain that loops on itself grows the stack until
    /// "stack overflow" in quadratic time. Charging the shift makes such a loop a safepoint that limits can stop.</summary>
    private void ChargeCallChain(int nargs)
    {
        if ((Global.Budget -= nargs + 1) < 0) Global.LimitSlow(this);
    }
}
