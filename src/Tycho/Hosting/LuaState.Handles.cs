using System.Collections.Concurrent;
using Tycho.Runtime;

namespace Tycho.Hosting;

// The objects host handles keep alive. The state holds the objects in slots, never the handles: a handle the host
// drops is finalized, its finalizer only queues its slot (finalizers run on their own thread, at any time), and the
// state frees queued slots at its next API entry or collection, after which the object may be collected.
public sealed partial class LuaState
{
    private LuaObject?[] _handleSlots = new LuaObject?[8];
    /// <summary>Free slot numbers below <see cref="_handleSlotsUsed"/>.</summary>
    private readonly Stack<int> _freeHandleSlots = new();
    private int _handleSlotsUsed;
    /// <summary>Live handles: created minus released (disposed or finalized), kept exact at once for <see cref="HandleCount"/>.</summary>
    private int _liveHandles;
    /// <summary>Slots released by Dispose or a finalizer, waiting for the state's thread.</summary>
    private readonly ConcurrentQueue<int> _releasedHandles = new();
    /// <summary>Length of <see cref="_releasedHandles"/>: a plain int the API entry can test for nothing to do.</summary>
    private int _releasedHandleCount;

    /// <summary>Number of live handles held by the host (created and neither disposed nor collected).</summary>
    public int HandleCount => Volatile.Read(ref _liveHandles);

    /// <summary>Stores <paramref name="obj"/> in a slot for a new handle; runs inside an API call.</summary>
    internal int AllocateHandleSlot(LuaObject obj)
    {
        int slot;
        if (!_freeHandleSlots.TryPop(out slot))
        {
            slot = _handleSlotsUsed++;
            if (slot == _handleSlots.Length) Array.Resize(ref _handleSlots, slot * 2);
        }
        _handleSlots[slot] = obj;
        Interlocked.Increment(ref _liveHandles);
        return slot;
    }

    /// <summary>Queues a handle's slot for release; safe from any thread, finalizers included.</summary>
    internal void ReleaseHandleSlot(int slot)
    {
        Interlocked.Decrement(ref _liveHandles);
        _releasedHandles.Enqueue(slot);
        Interlocked.Increment(ref _releasedHandleCount);
    }

    /// <summary>Frees the queued slots (on the state's thread, inside the guard).</summary>
    private void DrainReleasedHandles()
    {
        while (_releasedHandles.TryDequeue(out int slot))
        {
            Interlocked.Decrement(ref _releasedHandleCount);
            _handleSlots[slot] = null;
            _freeHandleSlots.Push(slot);
        }
    }

    /// <summary>The objects of the live handles (roots of the memory walk).</summary>
    internal List<LuaObject> HandleObjects()
    {
        DrainReleasedHandles();
        var r = new List<LuaObject>();
        for (int i = 0; i < _handleSlotsUsed; i++) if (_handleSlots[i] is { } o) r.Add(o);
        return r;
    }

    /// <summary>Drops every slot when the state is disposed (its handles then report themselves disposed).</summary>
    private void ReleaseAllHandleSlots()
    {
        Array.Clear(_handleSlots);
        _freeHandleSlots.Clear();
        _handleSlotsUsed = 0;
        Volatile.Write(ref _liveHandles, 0);
    }
}
