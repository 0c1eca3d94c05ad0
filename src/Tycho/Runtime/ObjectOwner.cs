using System.Runtime.CompilerServices;

namespace Tycho.Runtime;

/// <summary>
/// A state as the owner of its objects (<see cref="LuaObjectWithId.Owner"/>), as the runtime sees it: the state's
/// single-thread guard word and the admission of values into it. The embedding API implements it (the runtime
/// knows neither the public state type nor its exceptions); its public object API (LuaTable's methods) uses it.
/// </summary>
internal abstract class ObjectOwner
{
    /// <summary>Managed thread id of the thread inside the state's API or one of its objects' API (0 when none).</summary>
    internal int ThreadId;

    /// <summary>The state's name in messages.</summary>
    internal abstract string Name { get; }

    /// <summary>True when this .NET thread is inside the state (its objects' API then needs no claim).</summary>
    internal bool OnApiThread
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ThreadId == Environment.CurrentManagedThreadId;
    }

    /// <summary>Claims the state for one access to one of its objects from a thread outside it (a compare-and-swap);
    /// pair with <see cref="ReleaseForObject"/>. Throws the embedding API's concurrent-use error when another thread
    /// is inside the state.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void ClaimForObject() => ClaimForObject(Environment.CurrentManagedThreadId);

    /// <summary>As <see cref="ClaimForObject()"/> for the calling thread's id <paramref name="me"/> (already read).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void ClaimForObject(int me)
    {
        int owner = Interlocked.CompareExchange(ref ThreadId, me, 0);
        if (owner != 0) ThrowConcurrentUse(owner, me);
    }

    /// <summary>Ends the access claimed by <see cref="ClaimForObject()"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void ReleaseForObject() => Volatile.Write(ref ThreadId, 0);

    // Kept out of line so that the claim inlines into its callers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowConcurrentUse(int owner, int me) => throw ConcurrentUse(owner, me);

    /// <summary>The error for a second thread (<paramref name="me"/>) while <paramref name="owner"/> is inside.</summary>
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
