using System.Diagnostics;
using Tycho.Runtime.Gc;

namespace Tycho.Runtime;

// State kept for the base library (collectgarbage, warn).
internal sealed partial class GlobalState
{
    /// <summary>collectgarbage("isrunning").</summary>
    internal bool GcRunning = true;
    /// <summary>Mode reported by collectgarbage("incremental"/"generational") (lua.c starts in generational mode).</summary>
    internal string GcMode = "generational";
    internal long GcPause = 200, GcStepMul = 100;
    /// <summary>warn's on/off switch (off by default, as in the standalone lua).</summary>
    internal bool WarningsOn;

    private LuaCollector? _collector;
    /// <summary>Weak-table and finalizer semantics (§2.5).</summary>
    internal LuaCollector Collector => _collector ??= new LuaCollector(this);

    /// <summary>Finalizers of dead objects wait for a point where Lua code may run (see <see cref="LuaCollector"/>).</summary>
    internal bool HasPendingFinalizers => _collector is { HasPendingFinalizers: true };

    /// <summary>lua_close's finalization: every pending finalizer runs (§2.5.3), newest first.</summary>
    internal void FinalizeAll() => _collector?.FinalizeAll(MainThread);

    /// <summary>
    /// For a collector cycle the program did not ask for: raises the timeout or cancellation if it is due, without
    /// touching the instruction budget (the count stays what the program executed, whenever cycles ran). Does
    /// nothing once a limit fired (the collector charges its work to the cleanup grace then).
    /// </summary>
    internal void PollLimitsWithoutCharge()
    {
        var run = _run;
        if (run is null || !run.Active || run.Fired is not null) return;
        if (!(run.HasToken && run.Token.IsCancellationRequested) && !(run.HasDeadline && Stopwatch.GetTimestamp() >= run.Deadline)) return;
        bool trap = _finalizerTrap;
        DisarmFinalizerTrap();   // LimitSlow would take the trap's path instead of checking the limits
        try { LimitSlow(null); }
        finally { if (trap) ArmFinalizerTrap(); }
    }

    /// <summary>Objects the host holds through handles: the collector treats them as reachable (never finalized
    /// or removed from a weak table while a handle exists).</summary>
    internal IEnumerable<LuaObjectWithId> GcRoots()
    {
        if (HostRoots is null) yield break;
        foreach (var o in HostRoots()) if (o is LuaObjectWithId w) yield return w;
    }

    /// <summary>Emits a warning (lua_warning) when warnings are on: "Lua warning: msg" on standard error.</summary>
    internal void EmitWarning(string message)
    {
        if (!WarningsOn) return;
        try
        {
            StandardOutput.Flush();
            var bytes = System.Text.Encoding.UTF8.GetBytes("Lua warning: " + message + "\n");
            StandardError.Write(bytes);
            StandardError.Flush();
        }
        catch (IOException) { }
    }
}
