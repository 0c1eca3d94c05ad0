using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Tycho.Runtime;

// The slow path of the safepoint check: the dispatch loop and library charges only decrement Budget and call
// LimitSlow when it goes negative.
internal sealed partial class GlobalState
{
    /// <summary>
    /// Budget left in the current slice. Safepoints (backward jumps charge the loop body's length, calls and
    /// returns charge 1) and library functions (<see cref="Charge"/>) subtract from it; below zero,
    /// <see cref="LimitSlow"/> decides whether a limit fired, takes the requests of other threads and refills it.
    /// Never more than <see cref="LimitRun.Slice"/>, even without limits: only the running thread writes it (see
    /// <see cref="RequestPause"/>), so the slow path's turn is when the requests are seen.
    /// </summary>
    internal long Budget = LimitRun.Slice;

    /// <summary>The state's instruction limit for each top-level call (null: none); the host keeps it in step with
    /// its options.</summary>
    internal long? InstructionLimit;
    /// <summary>The state's wall-clock limit for each top-level call (null: none).</summary>
    internal TimeSpan? Timeout;

    private LimitRun? _run;
    /// <summary>The running call's limits when they have a deadline or a token (which can fire while a host function
    /// runs, without any safepoint), else null: see <see cref="PollBoundary"/>.</summary>
    private LimitRun? _boundaryRun;
    private readonly LimitRun _defaultRun = new();

    /// <summary>
    /// Charges <paramref name="units"/> of work to the running call's limits (one unit ≈ one VM instruction): host
    /// functions call it for the work they do (bytes copied, elements moved or compared, pattern-matching steps) so
    /// that no single call can outrun the instruction budget, the timeout or cancellation. Raises the limit's Lua
    /// error (<see cref="LuaLimitException"/>) when one fired. Costs a subtraction and a branch when nothing fires.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Charge(long units)
    {
        if ((Budget -= units) < 0) LimitSlow(null);
    }

    /// <summary>Charges for processing <paramref name="bytes"/> bytes (one unit per 32 bytes, at least one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void ChargeBytes(long bytes) => Charge((bytes >> 5) + 1);

    /// <summary>Checks the clock, token and budget now (for long host operations that charged up front and then
    /// work in chunks): raises the limit's error if one fired. Does nothing when the call has no limits.</summary>
    internal void PollLimits()
    {
        if (_run is { Active: true }) LimitSlow(null);
    }

    /// <summary>
    /// Checks the token and the deadline where Lua and the host meet: before a call from the host starts and after
    /// a host function returns to Lua. A host function that sleeps or blocks for longer than the timeout consumes
    /// no budget, so without this the call could end normally past its deadline. Costs a field test when the call
    /// has neither; otherwise a token read and the coarse clock (<see cref="Environment.TickCount64"/>, a few ns),
    /// the precise clock only once the coarse one says the deadline is near. Raises the limit's Lua error, positioned
    /// at <paramref name="thread"/>'s running Lua line when there is one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void PollBoundary(LuaThread thread)
    {
        // CoarseDeadline is long.MaxValue without a deadline, and a default token is never cancelled.
        if (_boundaryRun is { } run && (run.Token.IsCancellationRequested || Environment.TickCount64 >= run.CoarseDeadline))
            PollBoundarySlow(run, thread);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PollBoundarySlow(LimitRun run, LuaThread thread)
    {
        if (run.Fired is not null) return;   // already raised: the safepoints keep raising it after the grace
        if (run.HasToken && run.Token.IsCancellationRequested) throw Fire(run, LuaLimitKind.Cancelled, thread);
        if (run.HasDeadline && Stopwatch.GetTimestamp() >= run.Deadline) throw Fire(run, LuaLimitKind.Timeout, thread);
    }

    /// <summary>The limit that fired in the running top-level call, if any.</summary>
    internal LuaLimitKind? FiredLimit => _run?.Fired;

    /// <summary>Clears the limit that fired, for work done at the end of a call on the host's behalf (an error
    /// object's <c>__tostring</c>, see <see cref="LuaRuntimeException.ResolveMessage"/>), whose running into a limit
    /// only means it failed. No Lua code of the call runs afterwards.</summary>
    internal void ForgetFiredLimit()
    {
        if (_run is { Fired: not null } run) { run.Fired = null; Budget = 0; }
    }

    /// <summary>True during a top-level call of a state without limits (no instruction limit, timeout or memory
    /// limit), which runs with no run at all (<see cref="_run"/> null): nothing can fire, so there is nothing to
    /// start, poll or save, and the run's bookkeeping stays off every host→Lua call. A memory limit set during
    /// such a call gets the default run when it fires (<see cref="RunForMemoryLimit"/>).</summary>
    private bool _runless;

    /// <summary>Starts the default run (the state's options) for a top-level API call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void BeginDefaultRun()
    {
        if (InstructionLimit is null && Timeout is null && (_memory is null || _memory.Limit == 0))
        {
            _runless = true;
            Budget = RequestPending ? 0 : LimitRun.Slice;   // a pending request is taken at the first safepoint
            if (_collector is { HasPendingFinalizers: true } || (_memory?.CycleDue ?? false)) ArmFinalizerTrap();
            return;
        }
        BeginLimitedRun();
    }

    private void BeginLimitedRun()
    {
        var run = _defaultRun;
        if (InstructionLimit is null && Timeout is null) { run.Active = false; run.Fired = null; run.SavedBudget = LimitRun.Slice; }
        else run.Init(InstructionLimit, Timeout, default);
        ActivateRun(run);
    }

    /// <summary>The running call's run for the memory limit to fire in: the default run, inactive, when the call
    /// began without one (<see cref="_runless"/>: the limit was set during the call); null outside calls.</summary>
    private LimitRun? RunForMemoryLimit()
    {
        if (_run is null && _runless)
        {
            _runless = false;
            var run = _defaultRun;
            run.Active = false; run.Fired = null; run.SavedBudget = LimitRun.Slice;
            _run = run;
        }
        return _run;
    }

    /// <summary>Makes <paramref name="run"/> the running call's limits.</summary>
    internal void ActivateRun(LimitRun run)
    {
        _runless = false;
        _run = run;
        _boundaryRun = run.Active && (run.HasDeadline || run.HasToken) ? run : null;
        Budget = run.Fired is null ? run.SavedBudget : 0;
        if (RequestPending) Budget = 0;   // taken at the first safepoint, however short the call
        if (_collector is { HasPendingFinalizers: true } || (_memory?.CycleDue ?? false)) ArmFinalizerTrap();
    }

    /// <summary>Suspends the running call's limits (end of a top-level API call or of an async resume step).</summary>
    internal void DeactivateRun()
    {
        DisarmFinalizerTrap();
        _runless = false;
        if (_run is { } run) run.SavedBudget = Budget;
        _run = null;
        _boundaryRun = null;
        Budget = LimitRun.Slice;
    }

    /// <summary>Limits for a call with per-call settings: each is the call's value, else the state's option.</summary>
    internal LimitRun CreateRun(LuaExecutionLimits? call, CancellationToken token = default)
    {
        var run = new LimitRun();
        if (call is not null && call.CancellationToken.CanBeCanceled)
            token = token.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(token, call.CancellationToken).Token : call.CancellationToken;
        run.Init(call?.InstructionLimit ?? InstructionLimit, call?.Timeout ?? Timeout, token);
        return run;
    }

    /// <summary>
    /// Budget ran out: raises the limit that fired (again, if one already did: limits are sticky within a call),
    /// otherwise hands out the next slice. <paramref name="thread"/> (when known) positions the error message.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void LimitSlow(LuaThread? thread)
    {
        if (_interruptRequested) TakeInterrupt(thread);
        if (_pauseRequested) TakePause(thread);
        if (_finalizerTrap && SpringFinalizerTrap(thread)) return;
        var run = _run;
        // A pause still pending (a host function charged, no Lua frame to pause) keeps the budget empty, so the
        // next safepoint of Lua code takes it.
        if (run is null || !run.Active) { Budget = _pauseRequested ? 0 : LimitRun.Slice; return; }
        if (run.Fired is { } fired) { Budget = 0; throw LimitError(fired, thread); }
        long left = run.InstructionsLeft + Budget; // Budget is negative: what the slice overdrew
        if (run.HasInstructions && left < 0) throw Fire(run, LuaLimitKind.Instructions, thread);
        if (run.HasToken && run.Token.IsCancellationRequested) throw Fire(run, LuaLimitKind.Cancelled, thread);
        if (run.HasDeadline && Stopwatch.GetTimestamp() >= run.Deadline) throw Fire(run, LuaLimitKind.Timeout, thread);
        long slice = _pauseRequested ? 0 : LimitRun.Slice;
        if (run.HasInstructions)
        {
            slice = Math.Min(slice, left);
            run.InstructionsLeft = left - slice;
        }
        Budget = slice;
    }

    /// <summary>Budget granted once after a limit fires, so a pcall that caught the error can run its cleanup;
    /// when it runs out, every safepoint raises the error again.</summary>
    internal const long CleanupGrace = 10_000;

    private LuaLimitException Fire(LimitRun run, LuaLimitKind kind, LuaThread? thread)
    {
        run.Fired = kind;
        Budget = CleanupGrace;
        return LimitError(kind, thread);
    }

    private static LuaLimitException LimitError(LuaLimitKind kind, LuaThread? thread)
    {
        if (kind == LuaLimitKind.Memory) return new LuaMemoryException();   // lua's memory error has no position
        string where = "";
        if (thread is not null && thread.FrameCount > 1 && thread.Frames[thread.FrameCount - 1] is { IsLua: true, Pc: > 0 })
            where = thread.PositionPrefix();
        return new LuaLimitException(kind, where + LuaLimitException.MessageOf(kind));
    }

    /// <summary>
    /// The exception a top-level call ends with when its error (or normal end) happened after a limit fired:
    /// a <see cref="LuaLimitException"/> naming the limit, whatever the script turned the error into. Null when
    /// no limit was involved.
    /// </summary>
    internal LuaLimitException? LimitOutcome(LuaRuntimeException? error)
    {
        if (_run?.Fired is { } kind)
        {
            if (error is LuaLimitException le && le.Kind == kind) return le;
            if (kind == LuaLimitKind.Memory) return new LuaMemoryException();
            return new LuaLimitException(kind, LuaLimitException.MessageOf(kind), error);
        }
        return error as LuaLimitException; // including LuaMemoryException (Kind Memory)
    }

    /// <summary>After a top-level call returned normally: throws if a limit fired during it (the script caught the error).</summary>
    internal void ThrowIfLimitFired(bool outermost)
    {
        if (_run?.Fired is not null && outermost) throw LimitOutcome(null)!;
    }
}
