using Tycho.Runtime.Gc;

namespace Tycho.Runtime;

// Memory accounting and the memory limit of a state (see MemoryAccount).
internal sealed partial class GlobalState
{
    private MemoryAccount? _memory;

    /// <summary>The byte count of this state's Lua objects, its automatic cycles and its limit.</summary>
    internal MemoryAccount Memory => _memory ??= new MemoryAccount(this);

    /// <summary>Applies the memory limit (bytes, 0: none) and measures the fresh state (libraries, globals) so that
    /// <c>collectgarbage("count")</c> starts from the live size, as lua5.4's does.</summary>
    internal void InitMemory(long limit)
    {
        Memory.Limit = limit;
        Collector.CollectDeferringFinalizers(MainThread);
    }

    /// <summary>Charges the objects the constructor made before the state's account could count them (globals,
    /// registry, main thread): the start of a setup measured by its charges (see <see cref="InitMemoryFromCharges"/>).</summary>
    internal void ChargeCoreObjects() =>
        Memory.Charge(Globals.ApproximateSize + Registry.ApproximateSize + MemorySizes.Thread(MainThread.Stack.Length, MainThread.Frames.Length));

    /// <summary>
    /// <see cref="InitMemory"/> for a setup that ran under the state's own account from <see cref="ChargeCoreObjects"/>
    /// on: every object was charged as it was created, with the sizes the collector measures (the shared library
    /// functions and names included, see LibraryTemplate), so the charges are the live size and the full cycle
    /// that would measure it again is skipped (it was an eighth of the cost of a new state).
    /// </summary>
    internal void InitMemoryFromCharges(long limit)
    {
        Memory.Limit = limit;
        Memory.AfterCycle(Memory.InUse);
    }

    /// <summary>
    /// Estimated bytes used by this state's Lua objects: the live size measured by the last collection cycle plus
    /// everything allocated since (garbage included until the next cycle). <c>collectgarbage("count")</c> reports
    /// this value divided by 1024 (manual §6.1). Reading it may run an automatic collection cycle that is due.
    /// </summary>
    internal long MemoryInUse => Memory.Measure();

    /// <summary>
    /// Maximum bytes of Lua objects (0: unlimited); initially <see cref="Tycho.Hosting.LuaStateOptions.MemoryLimit"/>. An
    /// allocation that would pass it first runs a full collection, then, if the live objects still would not fit,
    /// raises Lua's memory error (<see cref="LuaMemoryException"/>, <c>"not enough memory"</c>) before allocating
    /// anything. Like the other limits it cannot be swallowed: <c>pcall</c> may catch it to clean up for a short
    /// grace, after which every safepoint raises it again, and the host receives it when the top-level call ends.
    /// </summary>
    internal long MemoryLimit
    {
        get => Memory.Limit;
        set => Memory.Limit = value;
    }

    /// <summary>
    /// Checks, before allocating, that <paramref name="bytes"/> more bytes of Lua objects fit under
    /// <see cref="MemoryLimit"/>, collecting garbage first if needed. Throws <see cref="LuaMemoryException"/> when
    /// they do not. Charges nothing (the Lua object built afterwards charges itself). Host functions that build large
    /// results (strings, tables) call it with the size they are about to allocate, so that e.g.
    /// <c>string.rep("x", 1e10)</c> under a limit fails at once instead of allocating gigabytes.
    /// </summary>
    internal void CheckAllocation(long bytes) => Memory.Check(bytes);

    /// <summary>
    /// Charges <paramref name="bytes"/> of memory held on behalf of Lua (for host objects whose size Lua cannot see)
    /// to the state's count; may run a collection cycle or throw <see cref="LuaMemoryException"/> over the limit.
    /// The charge lasts until the next cycle measures the live objects again.
    /// </summary>
    internal void ChargeAllocation(long bytes) => Memory.Charge(bytes);

    /// <summary>
    /// The memory limit fired (not a .NET out-of-memory, which stays lua's plain catchable error): from now until the
    /// top-level call ends the error is sticky like the other limits. A pcall may catch this first error and clean up
    /// for <see cref="CleanupGrace"/>, then every safepoint raises it again and the host receives it. A call started
    /// without other limits has an inactive run: activating it here costs nothing to calls whose limit never fires.
    /// </summary>
    internal void OnMemoryLimit()
    {
        if (RunForMemoryLimit() is not { } run || run.Fired is not null) return;
        run.Active = true;
        run.Fired = LuaLimitKind.Memory;
        if (_finalizerTrap) _parkedBudget = CleanupGrace;   // the trap gives this back when it springs
        else Budget = CleanupGrace;
    }
}
