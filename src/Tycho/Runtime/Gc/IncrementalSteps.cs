namespace Tycho.Runtime.Gc;

/// <summary>
/// Lua 5.3's <c>collectgarbage("step", n)</c> (<see cref="LanguageProfile.StepsAccumulateWork"/>; 5.3 manual §6.1,
/// lapi.c LUA_GCSTEP, lgc.c luaC_step): the incremental collector does a slice of a cycle per step, and a step
/// returns true when its slice finishes a cycle, so a program sees how many steps of a given size a cycle takes.
/// Tycho's cycles are not incremental: the slices' work is added up here, and the whole cycle runs in the step whose
/// slice completes it. A cycle's work is the live size the last cycle measured (lgc.c counts a propagation step's
/// work in bytes traversed, the bulk of a cycle).
/// <para>The sizes follow lgc.c: <c>step(0)</c> is one basic step of <see cref="StepSize"/> work; <c>step(n)</c>
/// adds n kilobytes to the collector's debt and works it off (times the step multiplier over 200) if the debt is
/// positive, which after a cycle it is not until the pause's credit (the live size times pause% minus 100%) is
/// paid: lgc.c's setpause leaves the debt that far below zero.</para>
/// </summary>
internal sealed class IncrementalSteps
{
    /// <summary>lgc.h GCSTEPSIZE (100 string headers of 24 bytes): the work of a basic step, and the credit one leaves.</summary>
    private const long StepSize = 2400;
    /// <summary>lgc.c STEPMULADJ: the step multiplier at which one byte of debt is one unit of work.</summary>
    private const long StepMulAdjust = 200;
    /// <summary>lapi.c's floor of the step multiplier (setstepmul takes nothing lower).</summary>
    private const long MinStepMul = 40;

    private readonly GlobalState _state;
    /// <summary>Work done by steps toward the cycle in progress.</summary>
    private long _workDone;
    /// <summary>lgc.c's GCdebt is the bytes allocated since the last cycle (<see cref="MemoryAccount.Debt"/>) plus this.</summary>
    private long _debtOffset;
    /// <summary>The collector's cycle count when this last looked: a cycle run by anything else starts a new one here too.</summary>
    private long _cycleSeen = -1;

    public IncrementalSteps(GlobalState state) { _state = state; }

    /// <summary>One <c>collectgarbage("step", kilobytes)</c>; true when it finished a cycle.</summary>
    public bool Step(LuaThread running, long kilobytes)
    {
        CatchUp();
        kilobytes = unchecked((int)kilobytes);   // lbaselib.c passes lua_gc an int
        long work;
        if (kilobytes == 0) work = StepSize;   // lapi.c: debt set to -GCSTEPSIZE (the pause's credit is dropped), one basic step
        else
        {
            long added = kilobytes * 1024;
            long debt = SaturatingAdd(added, _state.Memory.Debt + _debtOffset);
            if (debt <= 0)
            {
                _debtOffset = SaturatingAdd(_debtOffset, added);   // paid toward the credit, no step taken
                return false;
            }
            long stepMul = Math.Max(_state.GcStepMul, MinStepMul);
            long units = debt / StepMulAdjust + 1;   // lgc.c getdebt: the debt in units of work
            work = SaturatingAdd(units <= long.MaxValue / stepMul ? units * stepMul : long.MaxValue, StepSize);
        }
        _debtOffset = -StepSize - _state.Memory.Debt;   // luaC_step stops once GCSTEPSIZE of credit is built up
        _workDone = SaturatingAdd(_workDone, work);
        if (_workDone < Math.Max(CycleWork, StepSize)) return false;
        _state.Collector.FullCycle(running);
        CatchUp();
        return true;
    }

    /// <summary>The work of a cycle: the live size the last cycle measured; before the first, everything counted.</summary>
    private long CycleWork => _state.Collector.CyclesCompleted > 0 ? _state.Memory.Live : _state.Memory.InUse;

    /// <summary>After a cycle (a step's, a full collection, an automatic one) the next starts from nothing, and
    /// steps owe the pause's credit first (lgc.c setpause: threshold = estimate / 100 * pause). Before the first
    /// cycle there is no credit: a new state's debt is the memory it allocated (lstate.c starts it at zero).</summary>
    private void CatchUp()
    {
        long cycles = _state.Collector.CyclesCompleted;
        if (cycles == _cycleSeen) return;
        _cycleSeen = cycles;
        _workDone = 0;
        long live = _state.Memory.Live, pause = Math.Clamp((long)_state.GcPause, 0, 1000);
        _debtOffset = cycles == 0 ? 0 : live - live / 100 * pause - _state.Memory.Debt;
    }

    private static long SaturatingAdd(long a, long b)
    {
        long s = unchecked(a + b);
        if (((a ^ s) & (b ^ s)) < 0) return a < 0 ? long.MinValue : long.MaxValue;
        return s;
    }
}
