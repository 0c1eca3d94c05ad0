using Tycho.Runtime.Gc;

namespace Tycho.Runtime;

// Raw storage access for the collector's mark phase (no enumerator, no delegate per entry) and memory charges
// for table growth.
public sealed partial class LuaTable
{
    /// <summary>Number of slots of the hash part (0 when there is none).</summary>
    internal int NodeCapacity => _nodes?.Length ?? 0;

    /// <summary>Key of hash slot <paramref name="i"/> (nil for an empty slot).</summary>
    internal ref readonly LuaValue NodeKey(int i) => ref _nodes![i].Key;

    /// <summary>Value of hash slot <paramref name="i"/> (nil for an empty slot or a dead key).</summary>
    internal ref readonly LuaValue NodeValue(int i) => ref _nodes![i].Value;

    /// <summary>Charges the state executing on this thread (if any) for the table's storage changing from the
    /// current capacities to the given ones. Called on resize slow paths BEFORE anything is changed or allocated,
    /// so a cycle it starts sees a consistent table and a memory error leaves the table as it was.</summary>
    private void ChargeResize(int newArrayCapacity, int newNodeCapacity)
    {
        var account = MemoryAccount.Current;
        if (account is null) return;
        long delta = MemorySizes.Table(newArrayCapacity, newNodeCapacity) - ApproximateSize;
        if (delta > 0) account.Check(delta);
        account.Charge(delta);
    }
}
