using System.Runtime.CompilerServices;

namespace Tycho.Runtime;

/// <summary>
/// A state as the owner of its objects (<see cref="LuaObjectWithId.Owner"/>), as the runtime sees it: the state's
/// single-thread guard word and the admission of values into it. The embedding API implements it (the runtime
/// knows neither the public state type nor its exceptions); its public object API (LuaTable's methods) uses it.
/// </summary>
internal abstract class ObjectOwner
{
    /// <summary>Managed thread id of the thread inside the state's API, <see cref="ObjectClaim"/> while a thread
    /// outside it accesses one of its objects, 0 when none.</summary>
    internal int ThreadId;

    /// <summary>The guard word during one object access from outside the state: a mark, not the thread's id, so
    /// that claiming an idle state needs no thread-local lookup (reading <see cref="Environment.CurrentManagedThreadId"/>
    /// costs 3-4 ns under the JIT, as much as the rest of a table read).</summary>
    internal const int ObjectClaim = -1;

    /// <summary>The state's name in messages.</summary>
    internal abstract string Name { get; }

    /// <summary>True when an access from this .NET thread to one of the state's objects must claim the state
    /// first: no thread is inside the state (known without reading the thread's id) or another thread is. False
    /// only on the thread inside the state's API (a host function, a nested call), which needs no claim.</summary>
    internal bool AccessNeedsClaim
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int t = ThreadId;
            return t == 0 || t != Environment.CurrentManagedThreadId;
        }
    }

    /// <summary>Claims the state for one access to one of its objects from a thread outside it (a compare-and-swap);
    /// pair with <see cref="ReleaseForObject"/>. Throws the embedding API's concurrent-use error when another thread
    /// is inside the state or accessing one of its objects.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void ClaimForObject()
    {
        int owner = Interlocked.CompareExchange(ref ThreadId, ObjectClaim, 0);
        if (owner != 0) ThrowConcurrentUse(owner, Environment.CurrentManagedThreadId);
    }

    /// <summary>Ends the access claimed by <see cref="ClaimForObject()"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void ReleaseForObject() => Volatile.Write(ref ThreadId, 0);

    // Kept out of line so that the claim inlines into its callers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowConcurrentUse(int owner, int me) => throw ConcurrentUse(owner, me);

    /// <summary>The error for a second thread (<paramref name="me"/>) while <paramref name="owner"/> is inside
    /// (<see cref="ObjectClaim"/>: some thread is accessing one of the state's objects).</summary>
    internal abstract Exception ConcurrentUse(int owner, int me);

    /// <summary>Admits <paramref name="value"/> into the state: rejects an object of another state, adopts an
    /// unowned one, charges a long string. Runs inside the state's guard.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Admit(in LuaValue value)
    {
        object? o = value.O;
        if (o is null || o is ValueTag) return;   // numbers, booleans, nil: the common case, no type walk
        if (o is LuaObjectWithId w && ReferenceEquals(w.Owner, this)) return;
        AdmitSlow(o);
    }

    /// <summary>Admits an object (see <see cref="Admit(in LuaValue)"/>); null is fine.</summary>
    internal void Admit(LuaObject? obj)
    {
        if (obj is null || (obj is LuaObjectWithId w && ReferenceEquals(w.Owner, this))) return;
        AdmitSlow(obj);
    }

    /// <summary>Everything but the state's own objects and plain values.</summary>
    protected abstract void AdmitSlow(object o);
}
