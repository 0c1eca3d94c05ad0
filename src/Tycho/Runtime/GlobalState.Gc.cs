using System.Diagnostics;
using Tycho.Runtime.Gc;

namespace Tycho.Runtime;

// State kept for the base library (collectgarbage, warn).
internal sealed partial class GlobalState
{
    /// <summary>collectgarbage("isrunning").</summary>
    internal bool GcRunning = true;
    /// <summary>Mode reported by collectgarbage("incremental"/"generational") (lua.c starts in generational mode).</summary>
    internal CollectorMode GcMode = CollectorMode.Generational;

    /// <summary>lua_gc's modes (LUA_GCINC, LUA_GCGEN), in the order of the public <c>Tycho.Hosting.LuaGcMode</c>.</summary>
    internal enum CollectorMode : byte { Incremental, Generational }
    /// <summary>The collector's parameters as lua_gc reports them (lgc.h's defaults). Only the pause drives
    /// Tycho's collector (see <see cref="MemoryAccount.UpdateThreshold"/>); the others are kept for fidelity.</summary>
    internal int GcPause = 200, GcStepMul = 100, GcStepSize = 13, GcMinorMul = 20, GcMajorMul = 100;
    /// <summary>warn's on/off switch (off by default, as in the standalone lua).</summary>
    internal bool WarningsOn;

    private LuaCollector? _collector;
    /// <summary>Weak-table and finalizer semantics (§2.5).</summary>
    internal LuaCollector Collector => _collector ??= new LuaCollector(this);

    // ------------------------------------------------------------ lua_gc (shared by collectgarbage and LuaGc)

    /// <summary>lua_gc refuses every option inside a finalizer and while the state is closing (GCSTPGC, GCSTPCLS).</summary>
    internal bool GcRefused => Collector.Closing || Collector.InFinalizer;

    /// <summary>lua_gc LUA_GCCOLLECT: a full cycle whose finalizers run on <paramref name="running"/>.</summary>
    internal void GcCollect(LuaThread running) => Collector.FullCycle(running);

    /// <summary>lua_gc LUA_GCSTEP: every step completes a cycle here (whatever <paramref name="kilobytes"/> of debt it
    /// asks for), and lua_gc reports the end of a cycle only in incremental mode (a generational collector never
    /// returns to the pause state). In 5.3 steps are slices of a cycle (see <see cref="IncrementalSteps"/>).</summary>
    internal bool GcStep(LuaThread running, long kilobytes)
    {
        if (Profile.StepsAccumulateWork) return (_steps ??= new IncrementalSteps(this)).Step(running, kilobytes);
        Collector.FullCycle(running);
        // Before 5.4 the collector is only incremental (5.3 manual §2.5): every finished cycle is reported.
        return GcMode == CollectorMode.Incremental || !Profile.HasGenerationalCollector;
    }

    /// <summary>5.3's step pacing, made on first use.</summary>
    private IncrementalSteps? _steps;

    /// <summary>lua_gc LUA_GCSTOP / LUA_GCRESTART.</summary>
    internal void GcSetRunning(bool running)
    {
        GcRunning = running;
        Memory.UpdateThreshold();
    }

    /// <summary>lua_gc LUA_GCCOUNT and LUA_GCCOUNTB together: the memory in use in kilobytes.</summary>
    internal double GcCountKilobytes => MemoryInUse / 1024.0;

    /// <summary>lgc.h's setgcparam then getgcparam: a parameter is kept divided by 4 in a byte, so it reads back
    /// rounded down to a multiple of 4 and wraps past 1023 (collectgarbage("setpause", 2000) later reports 976).</summary>
    internal static int GcParam(long value) => unchecked((byte)((int)value / 4) * 4);

    /// <summary>Lua 5.5's collector parameters (<c>collectgarbage("param")</c>, see <c>GcParam55</c>), made on first use.</summary>
    internal int[]? Gc55Params;

    /// <summary>Lua 5.5's pause, kept as given (5.5 has no byte encoding of 5.4's <see cref="GcParam"/>).</summary>
    internal void GcSetPause55(int value)
    {
        GcPause = value;
        Memory.UpdateThreshold();
    }

    /// <summary>lua_gc LUA_GCSETPAUSE: returns the previous pause.</summary>
    internal int GcSetPause(long value)
    {
        int previous = GcPause;
        GcPause = GcParam(value);
        Memory.UpdateThreshold();
        return previous;
    }

    /// <summary>lua_gc LUA_GCSETSTEPMUL: returns the previous step multiplier.</summary>
    internal int GcSetStepMul(long value)
    {
        int previous = GcStepMul;
        GcStepMul = GcParam(value);
        return previous;
    }

    /// <summary>lua_gc LUA_GCINC: switches to incremental mode; a zero argument leaves its parameter unchanged.
    /// Returns the previous mode.</summary>
    internal CollectorMode GcSetIncremental(long pause, long stepMul, long stepSize)
    {
        var previous = GcMode;
        if (pause != 0) GcSetPause(pause);
        if (stepMul != 0) GcStepMul = GcParam(stepMul);
        if (stepSize != 0) GcStepSize = unchecked((byte)(int)stepSize);
        GcMode = CollectorMode.Incremental;
        return previous;
    }

    /// <summary>lua_gc LUA_GCGEN: switches to generational mode; a zero argument leaves its parameter unchanged.
    /// Returns the previous mode.</summary>
    internal CollectorMode GcSetGenerational(long minorMul, long majorMul)
    {
        var previous = GcMode;
        if (minorMul != 0) GcMinorMul = unchecked((byte)(int)minorMul);
        if (majorMul != 0) GcMajorMul = GcParam(majorMul);
        GcMode = CollectorMode.Generational;
        return previous;
    }

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
