using System.Runtime.CompilerServices;

namespace Tycho.Runtime;

/// <summary>Assigns each object a unique, stable number used as its printed "address" (tostring, %p): short strings
/// through <see cref="ShortStringIds"/>, everything else through a weak table, so that objects never printed (almost
/// all of them) carry no id field.</summary>
internal static class ObjectIds
{
    private static readonly ConditionalWeakTable<object, object> Ids = new();
    private static long _next = 0x55550000a000;

    public static long Get(object o)
    {
        if (o is LuaString { Length: <= ShortStringIds.MaxShortLength } s) return ShortStringIds.Get(s);
        return (long)Ids.GetValue(o, _ => Interlocked.Add(ref _next, 0x40));
    }

    public static long NewId() => Interlocked.Add(ref _next, 0x40);
}

/// <summary>Objects the collector and the embedding API track: tables, functions, threads and userdata. (The name
/// is historical: they used to carry their printed id too. That id now lives in <see cref="ObjectIds"/>' weak table,
/// and its 8 bytes hold <see cref="Owner"/>, so the object is no larger than before states owned objects: an 8-byte
/// field here cost binary_trees 28% more peak RSS.)</summary>
public abstract class LuaObjectWithId : LuaObject
{
    /// <summary>Mark of the collector's last cycle that reached this object (see LuaCollector).</summary>
    internal uint GcEpoch;
    /// <summary>True while the object is in the collector's list of objects to finalize.</summary>
    internal bool FinalizerRegistered;
    /// <summary>The state the object belongs to: the one executing on this .NET thread when it was created (see
    /// MemoryAccount.Current), or the first state it entered through the embedding API when the host created it
    /// outside any state (null until then). The API rejects objects of other states (see ObjectOwner).
    /// Threads and host functions do not use it (a thread knows its state; host functions are state-free).</summary>
    internal ObjectOwner? Owner;
}
