using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Tycho.Runtime;

/// <summary>Which execution limit stopped a script (see <see cref="LuaLimitException"/>).</summary>
public enum LuaLimitKind
{
    /// <summary>The instruction budget (<see cref="Tycho.Hosting.LuaStateOptions.InstructionLimit"/>): <c>instruction limit exceeded</c>.</summary>
    Instructions,
    /// <summary>The wall-clock limit (<see cref="Tycho.Hosting.LuaStateOptions.Timeout"/>): <c>execution timeout</c>.</summary>
    Timeout,
    /// <summary>The host's cancellation token fired: <c>execution cancelled</c>.</summary>
    Cancelled,
    /// <summary>The memory limit (<see cref="Tycho.Hosting.LuaStateOptions.MemoryLimit"/>): lua's <c>not enough memory</c>.</summary>
    Memory,
}

/// <summary>
/// A script was stopped by an execution limit. Inside Lua it is an ordinary error whose value is the message
/// (<c>instruction limit exceeded</c>, <c>execution timeout</c>, <c>execution cancelled</c>, <c>not enough memory</c>),
/// so <c>pcall</c> can catch it to run cleanup (a grace of about 10k instructions in total), after which the
/// limit fires at every safepoint until the top-level call ends. The host always receives this exception when a limit fired during its call, even if the
/// script caught the error and returned. The state stays usable: the next call starts with fresh counters.
/// The memory limit raises the subclass <see cref="LuaMemoryException"/> (<see cref="LuaLimitKind.Memory"/>), which
/// follows lua5.4's rules instead: catchable and not sticky (freeing memory lets the script go on).
/// </summary>
public class LuaLimitException : LuaRuntimeException
{
    /// <summary>The limit that fired.</summary>
    public LuaLimitKind Kind { get; }

    /// <summary>Creates the exception; <paramref name="message"/> is the Lua error value.</summary>
    public LuaLimitException(LuaLimitKind kind, string message, Exception? inner = null)
        : base(LuaValue.FromString(message), inner) { Kind = kind; }

    /// <summary>For <see cref="LuaMemoryException"/>: a limit error with a preallocated error object.</summary>
    private protected LuaLimitException(LuaLimitKind kind, LuaValue value) : base(value) { Kind = kind; }

    /// <summary>The Lua error text of a limit.</summary>
    public static string MessageOf(LuaLimitKind kind) => kind switch
    {
        LuaLimitKind.Instructions => "instruction limit exceeded",
        LuaLimitKind.Timeout => "execution timeout",
        LuaLimitKind.Cancelled => "execution cancelled",
        _ => "not enough memory",
    };
}

/// <summary>
/// The counters of one top-level call (or one async run, across its resume steps): what is left of the
/// instruction budget, the deadline, the token, and which limit fired (sticky: once set, every safepoint raises it).
/// </summary>
internal sealed class LimitRun
{
    /// <summary>Units of budget that fit in one slice when a clock or token must be polled: about 10k
    /// instructions, i.e. tens of microseconds, so a deadline is noticed well within a millisecond.</summary>
    internal const long Slice = 10_000;

    public bool Active;
    public bool HasInstructions, HasDeadline, HasToken;
    /// <summary>Instructions left beyond the current slice (the state's budget holds the slice).</summary>
    public long InstructionsLeft;
    public long Deadline;
    public CancellationToken Token;
    public LuaLimitKind? Fired;
    /// <summary>The state's budget when the run was suspended (async runs between resume steps).</summary>
    public long SavedBudget;

    /// <summary>Starts counting: <paramref name="timeout"/> from now, <paramref name="instructions"/> in total.</summary>
    public void Init(long? instructions, TimeSpan? timeout, CancellationToken token)
    {
        HasInstructions = instructions is not null;
        HasDeadline = timeout is not null;
        HasToken = token.CanBeCanceled;
        Active = HasInstructions | HasDeadline | HasToken;
        Fired = null;
        Token = token;
        if (!Active) { SavedBudget = long.MaxValue; return; }
        Deadline = HasDeadline ? Stopwatch.GetTimestamp() + (long)(timeout!.Value.TotalSeconds * Stopwatch.Frequency) : 0;
        InstructionsLeft = HasInstructions ? Math.Max(0, instructions!.Value) : 0;
        SavedBudget = 0; // the first safepoint takes the slow path, which hands out the first slice
    }
}

// The slow path of the safepoint check: the dispatch loop and library charges only decrement Budget and call
// LimitSlow when it goes negative.
internal sealed partial class GlobalState
{
    /// <summary>
    /// Budget left in the current slice. Safepoints (backward jumps charge the loop body's length, calls and
    /// returns charge 1) and library functions (<see cref="Charge"/>) subtract from it; below zero,
    /// <see cref="LimitSlow"/> decides whether a limit fired and refills it.
    /// </summary>
    internal long Budget = long.MaxValue;

    /// <summary>The state's instruction limit for each top-level call (null: none); the host keeps it in step with
    /// its options.</summary>
    internal long? InstructionLimit;
    /// <summary>The state's wall-clock limit for each top-level call (null: none).</summary>
    internal TimeSpan? Timeout;

    private LimitRun? _run;
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

    /// <summary>The limit that fired in the running top-level call, if any.</summary>
    internal LuaLimitKind? FiredLimit => _run?.Fired;

    /// <summary>Starts the default run (the state's options) for a top-level API call.</summary>
    internal void BeginDefaultRun()
    {
        var run = _defaultRun;
        if (InstructionLimit is null && Timeout is null) { run.Active = false; run.Fired = null; run.SavedBudget = long.MaxValue; }
        else run.Init(InstructionLimit, Timeout, default);
        ActivateRun(run);
    }

    /// <summary>Makes <paramref name="run"/> the running call's limits.</summary>
    internal void ActivateRun(LimitRun run)
    {
        _run = run;
        Budget = run.Fired is null ? run.SavedBudget : 0;
    }

    /// <summary>Suspends the running call's limits (end of a top-level API call or of an async resume step).</summary>
    internal void DeactivateRun()
    {
        if (_run is { } run) run.SavedBudget = Budget;
        _run = null;
        Budget = long.MaxValue;
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
        var run = _run;
        if (run is null || !run.Active) { Budget = long.MaxValue; return; }
        if (run.Fired is { } fired) { Budget = 0; throw LimitError(fired, thread); }
        long left = run.InstructionsLeft + Budget; // Budget is negative: what the slice overdrew
        if (run.HasInstructions && left < 0) throw Fire(run, LuaLimitKind.Instructions, thread);
        if (run.HasToken && run.Token.IsCancellationRequested) throw Fire(run, LuaLimitKind.Cancelled, thread);
        if (run.HasDeadline && Stopwatch.GetTimestamp() >= run.Deadline) throw Fire(run, LuaLimitKind.Timeout, thread);
        long slice = run.HasDeadline || run.HasToken ? LimitRun.Slice : long.MaxValue / 4;
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

    /// <summary>OP_FORPREP of a loop that runs: an integer loop charges the iterations its OP_FORLOOP does not
    /// (it charges 256 iterations at a time, when the remaining count is a multiple of 256).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ChargeForPrep(int ra, int bodyLength)
    {
        if (!Stack[ra + 2].IsInteger) return;
        if ((Global.Budget -= (Stack[ra + 1].RawInteger & 0xFF) * bodyLength) < 0) Global.LimitSlow(this);
    }
}
