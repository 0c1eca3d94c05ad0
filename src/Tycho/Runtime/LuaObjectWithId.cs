using System.Runtime.CompilerServices;

namespace Tycho.Runtime;

/// <summary>Assigns each object a unique, stable number used as its printed "address".</summary>
internal static class ObjectIds
{
    private static readonly ConditionalWeakTable<object, object> Ids = new();
    private static long _next = 0x55550000a000;

    public static long Get(object o)
    {
        if (o is LuaObjectWithId w) return w.Id;
        if (o is LuaString { Length: <= ShortStringIds.MaxShortLength } s) return ShortStringIds.Get(s);
        return (long)Ids.GetValue(o, _ => Interlocked.Add(ref _next, 0x40));
    }

    public static long NewId() => Interlocked.Add(ref _next, 0x40);
}

/// <summary>Objects that carry their own id (avoids the weak table for tables, functions, threads, userdata).</summary>
public abstract class LuaObjectWithId : LuaObject
{
    private long _id;
    /// <summary>Mark of the collector's last cycle that reached this object (see LuaCollector).</summary>
    internal uint GcEpoch;
    /// <summary>True while the object is in the collector's list of objects to finalize.</summary>
    internal bool FinalizerRegistered;
    /// <summary>The state the object belongs to: the one executing on this .NET thread when it was created (see
    /// MemoryAccount.Current), or the first state it entered through the embedding API when the host created it
    /// outside any state (null until then). The API rejects objects of other states (see ObjectOwner).
    /// Threads and host functions do not use it (a thread knows its state; host functions are state-free).</summary>
    internal ObjectOwner? Owner;
    internal long Id => _id != 0 ? _id : (_id = ObjectIds.NewId());
}
