using System.Runtime.CompilerServices;

namespace Tycho.Runtime;

// The public raw-access surface of a table, guarded for its owning state (LuaObjectWithId.Owner, ObjectOwner):
// - a table is used by one thread at a time: off the thread inside the owner's API, an access claims the owner
//   for its duration (one compare-and-swap) and throws LuaConcurrentUseException when another thread is inside;
// - a written value (or key) owned by another state is rejected, an unowned one is adopted and charged.
// Unowned tables (built by the host outside any state) are not guarded. The VM uses the Vm* methods, which skip
// all of this: code running in the state is on the owning thread by construction.
public sealed partial class LuaTable
{
    /// <summary>True when an access from this .NET thread must claim the owning state first.</summary>
    private bool NeedsClaim
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Owner is { } owner && owner.AccessNeedsClaim;
    }

    /// <summary>Raw read of any key (manual §6.1 <c>rawget</c>); nil when absent. Throws
    /// <c>Tycho.Hosting.LuaConcurrentUseException</c> when another thread is using the owning state.</summary>
    public LuaValue Get(in LuaValue key)
    {
        if (Owner is { } owner && owner.AccessNeedsClaim)
            return GetGuarded(owner, key);
        return VmGet(key);
    }

    /// <summary>Raw read of an integer key (see <see cref="Get"/>).</summary>
    public LuaValue GetInt(long key)
    {
        if (Owner is { } owner && owner.AccessNeedsClaim)
            return GetGuarded(owner, LuaValue.FromInteger(key));
        return VmGetInt(key);
    }

    /// <summary>Raw read of a string key (see <see cref="Get"/>).</summary>
    public LuaValue GetStr(LuaString key)
    {
        // The claimed path is written out here rather than called: the host's most common access (globals and
        // fields by name, from a thread outside the state) then costs no call of its own.
        if (Owner is not { } owner || !owner.AccessNeedsClaim) return VmGetStr(key);
        owner.ClaimForObject();
        try { return VmGetStr(key); }
        finally { owner.ReleaseForObject(); }
    }

    /// <summary>Raw read or write of a key given as a .NET string (UTF-8); see <see cref="Get"/> and <see cref="Set"/>.
    /// Allocates nothing for a name of up to 85 characters, except when a write adds the key.</summary>
    public LuaValue this[string key]
    {
        get => GetByName(key);
        set => SetByName(key, value);
    }

    /// <summary>Raw read or write of any key; see <see cref="Get"/> and <see cref="Set"/>.</summary>
    public LuaValue this[LuaValue key]
    {
        get => Get(key);
        set => Set(key, value);
    }

    /// <summary>
    /// Raw write (manual §6.1 <c>rawset</c>). Writing nil removes the entry. Throws <see cref="LuaRuntimeException"/>
    /// for a nil or NaN key ("index is nil" / "index is NaN"); <see cref="InvalidOperationException"/> when the key or
    /// value is a table, function, userdata or coroutine of another state than the table's; <see cref="LuaMemoryException"/>
    /// when a host-built table or long string entering the state does not fit under its memory limit;
    /// <c>Tycho.Hosting.LuaConcurrentUseException</c> when another thread is using the owning state.
    /// </summary>
    public void Set(in LuaValue key, in LuaValue value)
    {
        if (Owner is { } owner)
        {
            if (owner.AccessNeedsClaim) { SetGuarded(owner, key, value); return; }
            owner.Admit(key);
            owner.Admit(value);
        }
        VmSet(key, value);
    }

    /// <summary>Raw write of an integer key (see <see cref="Set"/>).</summary>
    public void SetInt(long key, in LuaValue value)
    {
        if (Owner is { } owner)
        {
            if (owner.AccessNeedsClaim) { SetGuarded(owner, LuaValue.FromInteger(key), value); return; }
            owner.Admit(value);
        }
        VmSetInt(key, value);
    }

    /// <summary>Raw write of a string key (see <see cref="Set"/>).</summary>
    public void SetStr(LuaString key, in LuaValue value)
    {
        if (Owner is not { } owner) { VmSetStr(key, value); return; }
        if (!owner.AccessNeedsClaim)
        {
            owner.Admit(value);
            VmSetStr(key, value);
            return;
        }
        owner.ClaimForObject();   // written out as in GetStr
        try
        {
            owner.Admit(value);
            VmSetStr(key, value);
        }
        finally { owner.ReleaseForObject(); }
    }

    /// <summary>
    /// A border of the table (manual §3.4.7, <c>rawlen</c>): an n with t[n] non-nil and t[n+1] nil (0 if t[1] is
    /// nil), found as lua5.4's luaH_getn does.
    /// </summary>
    public long Length => NeedsClaim ? LengthGuarded() : VmLength;

    /// <summary>
    /// Traversal step (manual §6.1 <c>next</c>): given a key (nil to start), produces the following key and value.
    /// Returns false at the end. Throws "invalid key to 'next'" if <paramref name="key"/> is not in the table.
    /// Assigning nil to existing fields during a traversal is allowed.
    /// </summary>
    public bool Next(in LuaValue key, out LuaValue nextKey, out LuaValue nextValue)
    {
        if (!NeedsClaim) return VmNext(key, out nextKey, out nextValue);
        var owner = Owner!;
        owner.ClaimForObject();
        try { return VmNext(key, out nextKey, out nextValue); }
        finally { owner.ReleaseForObject(); }
    }

    /// <summary>Number of non-nil entries (O(n); for hosts and diagnostics).</summary>
    public int Count
    {
        get
        {
            if (!NeedsClaim) return CountEntries();
            var owner = Owner!;
            owner.ClaimForObject();
            try { return CountEntries(); }
            finally { owner.ReleaseForObject(); }
        }
    }

    private int CountEntries()
    {
        int c = 0;
        foreach (var v in _array) if (!v.IsNil) c++;
        if (_nodes is not null) foreach (var n in _nodes) if (!n.Value.IsNil) c++;
        return c;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private LuaValue GetGuarded(ObjectOwner owner, LuaValue key)
    {
        owner.ClaimForObject();
        try { return VmGet(key); }
        finally { owner.ReleaseForObject(); }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SetGuarded(ObjectOwner owner, LuaValue key, LuaValue value)
    {
        owner.ClaimForObject();
        try
        {
            owner.Admit(key);
            owner.Admit(value);
            VmSet(key, value);
        }
        finally { owner.ReleaseForObject(); }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private long LengthGuarded()
    {
        var owner = Owner!;
        owner.ClaimForObject();
        try { return VmLength; }
        finally { owner.ReleaseForObject(); }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SetMetatableGuarded(LuaTable? value)
    {
        var owner = Owner!;
        owner.ClaimForObject();
        try
        {
            owner.Admit(value);
            _metatable = value;
        }
        finally { owner.ReleaseForObject(); }
    }
}
