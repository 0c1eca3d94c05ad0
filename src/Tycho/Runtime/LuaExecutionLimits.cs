namespace Tycho.Runtime;

/// <summary>
/// Limits for one top-level call (<see cref="Tycho.Hosting.LuaState.DoString(string, LuaExecutionLimits, string?)"/>,
/// <see cref="Tycho.Hosting.LuaState.Call(in LuaValue, LuaExecutionLimits, ReadOnlySpan{LuaValue})"/>): each value that is set
/// replaces the state's option (<see cref="Tycho.Hosting.LuaStateOptions.InstructionLimit"/>, <see cref="Tycho.Hosting.LuaStateOptions.Timeout"/>)
/// for that call. When a limit fires, the script gets a Lua error it can catch only to clean up (the limit keeps
/// firing) and the host gets a <see cref="LuaLimitException"/>. A call made from inside running Lua code (a host
/// function calling back into the API) runs under the outer call's limits; its own are ignored.
/// </summary>
public sealed class LuaExecutionLimits
{
    /// <summary>Maximum VM instructions for the call (counted at safepoints; library functions charge for their
    /// work): <c>instruction limit exceeded</c>.</summary>
    public long? InstructionLimit { get; init; }

    /// <summary>Maximum wall-clock time of the call: <c>execution timeout</c>. Polled at safepoints (about every 10k
    /// instructions) and whenever a host function returns to Lua, so a host function that blocks past the deadline
    /// ends the call as soon as it returns.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Cancels the call (polled before it starts, at safepoints about every 10k instructions, and whenever a
    /// host function returns to Lua): <c>execution cancelled</c>. A token already cancelled runs none of the call.</summary>
    public CancellationToken CancellationToken { get; init; }
}
