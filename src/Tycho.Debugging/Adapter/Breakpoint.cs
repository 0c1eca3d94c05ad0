namespace Tycho.Debugging;

/// <summary>A verified source breakpoint: where it stops and under which conditions. The hit count is only touched
/// by the Lua thread.</summary>
internal sealed class Breakpoint(int id, int line, string? condition, HitCondition? hitCondition, string? logMessage)
{
    public int Id { get; } = id;
    /// <summary>The line it stops at: the requested line, or the next one with code.</summary>
    public int Line { get; } = line;
    public string? Condition { get; } = condition;
    public HitCondition? HitCondition { get; } = hitCondition;
    /// <summary>A log point's message (<c>{expression}</c> parts interpolated); null for a breakpoint that stops.</summary>
    public string? LogMessage { get; } = logMessage;
    public long Hits { get; set; }
}
