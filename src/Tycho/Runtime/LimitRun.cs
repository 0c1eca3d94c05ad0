using System.Diagnostics;

namespace Tycho.Runtime;

/// <summary>
/// The counters of one top-level call (or one async run, across its resume steps): what is left of the
/// instruction budget, the deadline, the token, and which limit fired (sticky: once set, every safepoint raises it).
/// </summary>
internal sealed class LimitRun
{
    /// <summary>Units of budget in one slice, the most the state's budget ever holds: about 10k instructions, i.e.
    /// tens of microseconds, so a deadline, a cancellation, an interrupt or a pause is noticed well within a
    /// millisecond. The slow path that refills it costs a few nanoseconds per slice.</summary>
    internal const long Slice = 10_000;

    public bool Active;
    public bool HasInstructions, HasDeadline, HasToken;
    /// <summary>Instructions left beyond the current slice (the state's budget holds the slice).</summary>
    public long InstructionsLeft;
    public long Deadline;
    /// <summary>The deadline on the coarse clock (<see cref="Environment.TickCount64"/>, milliseconds), rounded
    /// down (long.MaxValue without a deadline): a cheap first test where limits are polled often (after every host
    /// function).</summary>
    public long CoarseDeadline;
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
        if (!Active) { SavedBudget = Slice; return; }
        Deadline = HasDeadline ? Stopwatch.GetTimestamp() + (long)(timeout!.Value.TotalSeconds * Stopwatch.Frequency) : 0;
        // The coarse clock ticks every few ms and may lag: one tick early is fine, the precise clock confirms.
        CoarseDeadline = HasDeadline ? Environment.TickCount64 + (long)Math.Min(timeout!.Value.TotalMilliseconds, long.MaxValue / 4) - 20 : long.MaxValue;
        InstructionsLeft = HasInstructions ? Math.Max(0, instructions!.Value) : 0;
        SavedBudget = 0; // the first safepoint takes the slow path, which hands out the first slice
    }
}
