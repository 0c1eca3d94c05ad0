namespace Tycho.Runtime;

// Running the automatic cycle an allocation made due, and the finalizers queued by a cycle that an allocation started (lgc.c runs them in the GCScallfin steps of
// the collector, at the VM's allocation points). An allocation point here may be inside a table resize or a string
// being built, so the cycle only queues them; the trap makes the next safepoint of the dispatch loop take its slow
// path, where they run. It reuses the safepoint's one decrement-and-branch: the loop pays nothing more.
internal sealed partial class GlobalState
{
    /// <summary>True while <see cref="Budget"/> is parked at zero for the finalizer trap.</summary>
    private bool _finalizerTrap;
    /// <summary>The budget the trap took away, given back when it springs.</summary>
    private long _parkedBudget;

    /// <summary>Makes the next safepoint run the pending finalizers (its budget is kept aside meanwhile).</summary>
    internal void ArmFinalizerTrap()
    {
        if (_finalizerTrap) return;
        _finalizerTrap = true;
        _parkedBudget = Budget;
        Budget = 0;
    }

    /// <summary>Gives the parked budget back (with what was charged meanwhile).</summary>
    private void DisarmFinalizerTrap()
    {
        if (!_finalizerTrap) return;
        _finalizerTrap = false;
        Budget += _parkedBudget;   // both at most a slice: no overflow
        _parkedBudget = 0;
    }

    /// <summary>
    /// The safepoint slow path met the trap: runs the pending finalizers when called from the dispatch loop
    /// (<paramref name="thread"/> set; a library charge is no place to run Lua code, so the trap stays armed for the
    /// next safepoint). True when the budget is left non-negative, i.e. no limit check is due.
    /// </summary>
    private bool SpringFinalizerTrap(LuaThread? thread)
    {
        DisarmFinalizerTrap();
        if (thread is null)
        {
            if (Budget < 0) return false;
            ArmFinalizerTrap();
            return true;
        }
        if (Memory.CycleDue && GcRunning && !Collector.InCycle) Collector.CollectDeferringFinalizers(thread);
        Collector.RunPendingFinalizersAtSafepoint(thread);
        return Budget >= 0;
    }
}
