using System.Runtime.CompilerServices;

namespace Tycho.Runtime;

public sealed partial class LuaThread
{
    /// <summary>During a cycle started by <see cref="CheckGc"/>: the end of this thread's live registers (lvm.c's
    /// checkGC sets L->top to it); -1 otherwise, when the running frame's whole extent is marked.</summary>
    internal int GcLiveTop = -1;

    /// <summary>Values the thread holds outside its stack slots (a dead coroutine's error object).</summary>
    internal void MarkExtraRoots(Action<LuaValue> mark)
    {
        mark(ErrorValue);
    }

    /// <summary>
    /// lvm.c checkGC, after the instructions that create objects (OP_NEWTABLE, OP_CLOSURE, OP_CONCAT): runs the
    /// automatic cycle the allocation debt made due. Registers from <paramref name="liveTop"/> up are dead there
    /// (the code generator puts those results above every active local), so they are neither marked nor kept: a
    /// stale temporary does not keep an object from its finalizer, as in lua.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void CheckGc(int liveTop)
    {
        if (Memory.CycleDue) Global.Collector.CollectAt(this, liveTop);
    }

    /// <summary><see cref="CheckGc"/> after an instruction the dispatch loop ran without saving its frame's
    /// <paramref name="pc"/>: a cycle saves it first (lvm.c checkGC's Protect), so the finalizers it runs see the
    /// interrupted frame at its current line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void CheckGcSavingPc(int liveTop, int pc)
    {
        if (!Memory.CycleDue) return;
        Frames[FrameCount - 1].Pc = pc;
        Global.Collector.CollectAt(this, liveTop);
    }
}
