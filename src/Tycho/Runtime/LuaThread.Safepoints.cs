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
}
