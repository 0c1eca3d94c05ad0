namespace Tycho.Runtime;

// Debug levels of a finalizer that a safepoint runs (manual §2.5.3, §4.7 lua_getstack, §6.10 debug.getinfo).
//
// lua calls a finalizer on the stack of the thread whose allocation or step ran the collector, right above the frame
// it interrupted (lgc.c GCTM), so debug.getinfo(2) inside a __gc function describes that frame: 5.4 names the
// finalizer "metamethod '__gc'" (its caller is flagged CIST_FIN), 5.3 names the interrupted frame itself so. Tycho
// runs such finalizers on a thread of its own, because the interrupted frame keeps references into its thread's
// stack that a call on that stack could reallocate. That thread records the thread it interrupted, and debug levels
// past its own frames continue in the interrupted thread's: getinfo, getlocal, setlocal and traceback see lua's stack.
public sealed partial class LuaThread
{
    /// <summary>While this thread runs finalizers for a safepoint of another thread: that thread, whose frames
    /// continue this thread's for debug levels (null otherwise).</summary>
    internal LuaThread? Interrupted;

    /// <summary>While finalizers interrupt this thread's top frame after an allocation: the end of that frame's live
    /// registers (lvm.c checkGC sets L->top to it), where getlocal's temporaries end; -1 otherwise.</summary>
    internal int InterruptedTop = -1;

    /// <summary>This thread is about to run finalizers that interrupt <paramref name="interrupted"/>'s top frame,
    /// which is flagged as their caller (GCTM's CIST_FIN); that frame's registers are live up to
    /// <paramref name="liveTop"/> (-1: its thread's top). Undone by <see cref="EndInterrupting"/>.</summary>
    internal void BeginInterrupting(LuaThread interrupted, int liveTop)
    {
        Interrupted = interrupted;
        interrupted.InterruptedTop = liveTop;
        interrupted.Frames[interrupted.FrameCount - 1].Flags |= FrameFlags.Finalizer;
    }

    /// <summary>The finalizers begun by <see cref="BeginInterrupting"/> are done.</summary>
    internal void EndInterrupting()
    {
        if (Interrupted is not { } it) return;
        it.Frames[it.FrameCount - 1].Flags &= ~FrameFlags.Finalizer;
        it.InterruptedTop = -1;
        Interrupted = null;
    }

    /// <summary>lua_getstack: the thread and frame index of debug level <paramref name="level"/> (0 = the running
    /// function), counting on into <see cref="Interrupted"/>'s frames past this thread's own; false past the last.</summary>
    internal bool TryGetLevel(int level, out LuaThread thread, out int fi)
    {
        thread = this;
        fi = FrameOfLevel(level);
        if (fi >= 0) return true;
        if (level < 0 || Interrupted is null) return false;
        return Interrupted.TryGetLevel(level - (FrameCount - 1), out thread, out fi);
    }
}
