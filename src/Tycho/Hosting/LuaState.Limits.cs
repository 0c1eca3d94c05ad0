using Tycho.Runtime;

namespace Tycho.Hosting;

// The state's memory account and the running call's limits, as host code sees them (the accounting itself is
// the runtime's: GlobalState.Memory.cs, GlobalState.Limits.cs, LuaThread.Safepoints.cs).
public sealed partial class LuaState
{
    /// <summary>
    /// Estimated bytes used by this state's Lua objects: the live size measured by the last collection cycle plus
    /// everything allocated since (garbage included until the next cycle). <c>collectgarbage("count")</c> reports
    /// this value divided by 1024 (manual §6.1). Reading it may run an automatic collection cycle that is due.
    /// </summary>
    public long MemoryInUse => Core.MemoryInUse;

    /// <summary>
    /// Maximum bytes of Lua objects (0: unlimited); initially <see cref="LuaStateOptions.MemoryLimit"/>. An
    /// allocation that would pass it first runs a full collection, then, if the live objects still would not fit,
    /// raises Lua's memory error (<see cref="LuaMemoryException"/>, <c>"not enough memory"</c>) before allocating
    /// anything. Like the other limits it cannot be swallowed: <c>pcall</c> may catch it to clean up for a short
    /// grace, after which every safepoint raises it again, and the host receives it when the top-level call ends.
    /// </summary>
    public long MemoryLimit
    {
        get => Core.MemoryLimit;
        set => Core.MemoryLimit = value;
    }

    /// <summary>
    /// Checks, before allocating, that <paramref name="bytes"/> more bytes of Lua objects fit under
    /// <see cref="MemoryLimit"/>, collecting garbage first if needed. Throws <see cref="LuaMemoryException"/> when
    /// they do not. Charges nothing (the Lua object built afterwards charges itself). Host functions that build large
    /// results (strings, tables) call it with the size they are about to allocate, so that e.g.
    /// <c>string.rep("x", 1e10)</c> under a limit fails at once instead of allocating gigabytes.
    /// </summary>
    public void CheckAllocation(long bytes) => Core.CheckAllocation(bytes);

    /// <summary>
    /// Charges <paramref name="bytes"/> of memory held on behalf of Lua (for host objects whose size Lua cannot see)
    /// to the state's count; may run a collection cycle or throw <see cref="LuaMemoryException"/> over the limit.
    /// The charge lasts until the next cycle measures the live objects again.
    /// </summary>
    public void ChargeAllocation(long bytes) => Core.ChargeAllocation(bytes);

    /// <summary>
    /// Charges <paramref name="units"/> of work to the running call's limits (one unit ≈ one VM instruction): host
    /// functions call it for the work they do (bytes copied, elements moved or compared, pattern-matching steps) so
    /// that no single call can outrun the instruction budget, the timeout or cancellation. Raises the limit's Lua
    /// error (<see cref="LuaLimitException"/>) when one fired. Costs a subtraction and a branch when nothing fires.
    /// </summary>
    public void Charge(long units) => Core.Charge(units);

    /// <summary>Charges for processing <paramref name="bytes"/> bytes (one unit per 32 bytes, at least one).</summary>
    public void ChargeBytes(long bytes) => Core.ChargeBytes(bytes);

    /// <summary>Checks the clock, token and budget now (for long host operations that charged up front and then
    /// work in chunks): raises the limit's error if one fired. Does nothing when the call has no limits.</summary>
    public void PollLimits() => Core.PollLimits();
}
