namespace Tycho.Fuzz.Targets;

/// <summary>What one input did: ended normally, ended with a Lua error (<paramref name="LuaError"/> non-null), or
/// broke a promise (<paramref name="Failure"/> non-null).</summary>
public sealed record FuzzOutcome(TimeSpan Elapsed, string? LuaError, FuzzFailure? Failure)
{
    /// <summary>True when the input broke none of the target's promises.</summary>
    public bool Passed => Failure is null;
}
