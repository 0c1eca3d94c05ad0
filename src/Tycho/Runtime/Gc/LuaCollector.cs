namespace Tycho.Runtime.Gc;

/// <summary>
/// Lua's observable garbage-collection semantics on top of the .NET collector (manual §2.5): weak tables
/// (§2.5.4, with ephemeron keys) and finalizers (§2.5.3). Freeing memory is left to .NET; what Lua programs can
/// observe — which weak entries disappear, which <c>__gc</c> metamethods run, in which order, and resurrection — is
/// decided here by a mark phase over the Lua object graph, following lgc.c's atomic phase step by step.
/// A cycle runs on <c>collectgarbage("collect")</c>/<c>("step")</c>, automatically when many finalizable
/// objects have accumulated or when the allocation debt passes the pause (see <see cref="MemoryAccount"/>; not
/// while the collector is stopped), before an allocation would pass the memory limit, and for all pending
/// finalizers at <see cref="Tycho.Hosting.LuaState.Dispose"/>. The mark phase also measures the live size with the same
/// <see cref="MemorySizes"/> the allocations are charged with.
/// <para>A cycle started by an allocation runs in the middle of arbitrary code (a table resize, a string being
/// built), where running Lua code is not safe: it marks and clears weak tables, and queues the finalizers of dead
/// objects (lua's 'tobefnz'), which run at the next safe point — <c>collectgarbage</c>, <c>setmetatable</c> with
/// a <c>__gc</c>, the OP_NEWTABLE that follows (lvm.c's checkGC runs finalizers there), or closing the state.</para>
/// </summary>
internal sealed class LuaCollector
{
    private readonly GlobalState _state;
    /// <summary>Objects marked for finalization (lua5.4's 'finobj' list), oldest first.</summary>
    private readonly List<LuaObjectWithId> _finalizable = new();
    /// <summary>Mark epoch: an object is marked in this cycle when its GcEpoch equals this value.</summary>
    private uint _epoch;
    private readonly Stack<LuaObjectWithId> _gray = new();
    private readonly List<LuaTable> _weakValues = new(), _ephemerons = new(), _allWeak = new();
    /// <summary>Dead objects found by deferred cycles whose finalizers have not run yet (lua's 'tobefnz'); roots.</summary>
    private readonly List<LuaObjectWithId> _pending = new();
    /// <summary>Prototypes counted in the current cycle (they carry no mark of their own).</summary>
    private readonly HashSet<Prototype> _protos = new(ReferenceEqualityComparer.Instance);
    private int _finalizableAfterLastCycle;
    private bool _inCycle;
    /// <summary>Weak tables may exist: the last cycle found some, or a metatable with <c>__mode</c> was set since.</summary>
    private bool _weakTablesSeen;

    /// <summary>
    /// Whether an automatic cycle could have an effect a program can see besides the count: objects with finalizers
    /// or weak tables exist. When not, <see cref="MemoryAccount"/> postpones automatic cycles (the mark phase is the
    /// accounting's main cost) and runs a due one when the count is read.
    /// </summary>
    public bool HasObservableWork => _finalizable.Count > 0 || _pending.Count > 0 || _weakTablesSeen;

    /// <summary>Finalizers queued by deferred cycles wait to run.</summary>
    public bool HasPendingFinalizers => _pending.Count > 0;

    /// <summary>True during a mark phase (allocation charges must not start another cycle).</summary>
    public bool InCycle => _inCycle;

    /// <summary>Finalizable objects that trigger an automatic cycle when they double since the last one.</summary>
    private const int AutoCycleThreshold = 4096;

    public LuaCollector(GlobalState state) { _state = state; }

    /// <summary>Bytes of live Lua objects found by the last cycle's mark phase (an estimate: tables count their capacity).</summary>
    public long LiveBytesAtLastCycle { get; private set; }

    /// <summary>
    /// Marks <paramref name="obj"/> for finalization if <paramref name="mt"/> has a <c>__gc</c> field (§2.5.3: only
    /// when the field is present at the time the metatable is set). Called by <c>setmetatable</c> and by hosts
    /// that give userdata a metatable.
    /// </summary>
    public void CheckFinalizer(LuaObjectWithId obj, LuaTable? mt, LuaThread running)
    {
        if (mt is null) return;
        if (!_weakTablesSeen && obj is LuaTable && !LuaThread.FastTm(mt, MetaEvent.Mode).IsNil)
        {
            _weakTablesSeen = true;   // back to the normal cadence of automatic cycles
            _state.Memory.UpdateThreshold();
        }
        // FastTm: setmetatable with the same class metatable again and again finds its absence cached.
        if (LuaThread.FastTm(mt, MetaEvent.Gc).IsNil || obj.FinalizerRegistered) return;
        obj.FinalizerRegistered = true;
        _finalizable.Add(obj);
        if (_finalizable.Count == 1) _state.Memory.UpdateThreshold();
        RunPendingFinalizers(running);
        if (_state.GcRunning && !_inCycle && _finalizable.Count > Math.Max(AutoCycleThreshold, 2 * _finalizableAfterLastCycle))
            FullCycle(running);
    }

    /// <summary>Runs a full cycle: mark from the roots, clear weak tables, run the finalizers of unreachable objects.</summary>
    public void FullCycle(LuaThread running)
    {
        if (_inCycle) return;   // a finalizer calling collectgarbage: lua5.4 ignores it too
        _inCycle = true;
        List<LuaObjectWithId> toFinalize;
        try { toFinalize = Mark(running); }
        finally { _inCycle = false; }
        _finalizableAfterLastCycle = _finalizable.Count;
        _state.ChargeBytes(LiveBytesAtLastCycle); // a full cycle walks the live heap: charged to the running call's limits
        RunPendingFinalizers(running);
        RunFinalizers(toFinalize, running);
    }

    /// <summary>A cycle started by an allocation: finalizers of dead objects are queued, not run (see the class remarks).</summary>
    public void CollectDeferringFinalizers(LuaThread running)
    {
        if (_inCycle) return;
        _inCycle = true;
        try { _pending.AddRange(Mark(running)); }
        finally { _inCycle = false; }
        _finalizableAfterLastCycle = _finalizable.Count;
    }

    /// <summary>Runs the finalizers queued by deferred cycles (at a point where running Lua code is safe).</summary>
    public void RunPendingFinalizers(LuaThread running)
    {
        if (_pending.Count == 0 || _inCycle) return;
        var objects = new List<LuaObjectWithId>(_pending);
        _pending.Clear();
        RunFinalizers(objects, running);
    }

    /// <summary>Runs every pending finalizer (lua_close): objects are finalized whether reachable or not, newest first.</summary>
    public void FinalizeAll(LuaThread running)
    {
        RunPendingFinalizers(running);
        for (int rounds = 0; rounds < 16 && _finalizable.Count > 0; rounds++)
        {
            var all = new List<LuaObjectWithId>(_finalizable);
            _finalizable.Clear();
            all.Reverse();
            foreach (var o in all) o.FinalizerRegistered = false;
            RunFinalizers(all, running);
        }
    }

    // ------------------------------------------------------------ the mark phase (lgc.c atomic)

    private List<LuaObjectWithId> Mark(LuaThread running)
    {
        unchecked { _epoch++; }
        if (_epoch == 0) _epoch = 1;
        _weakValues.Clear(); _ephemerons.Clear(); _allWeak.Clear();
        _protos.Clear();
        LiveBytesAtLastCycle = 0;

        MarkValue(LuaValue.FromObject(_state.Registry));
        foreach (var mt in _state.TypeMetatables) if (mt is not null) MarkObject(mt);
        MarkObject(running);
        MarkObject(_state.MainThread);
        foreach (var o in _state.GcRoots()) MarkObject(o);
        foreach (var o in _pending) MarkObject(o);
        PropagateAll();
        ConvergeEphemerons();

        // Weak values are cleared before finalizers are considered (they see the entries gone).
        foreach (var t in _weakValues) ClearByValues(t);
        foreach (var t in _allWeak) ClearByValues(t);
        int weakCount = _weakValues.Count, allWeakCount = _allWeak.Count;

        // Separate unreachable finalizable objects (newest first) and resurrect them for their finalizers.
        var toFinalize = new List<LuaObjectWithId>();
        for (int i = _finalizable.Count - 1; i >= 0; i--)
        {
            var o = _finalizable[i];
            if (o.GcEpoch != _epoch) { toFinalize.Add(o); o.FinalizerRegistered = false; }
        }
        if (toFinalize.Count > 0)
        {
            _finalizable.RemoveAll(o => !o.FinalizerRegistered);
            foreach (var o in toFinalize) MarkObject(o);
            PropagateAll();
            ConvergeEphemerons();
        }

        // Weak keys are cleared after resurrection (finalizers still see them); values of tables found since, again.
        foreach (var t in _ephemerons) ClearByKeys(t);
        foreach (var t in _allWeak) ClearByKeys(t);
        for (int i = weakCount; i < _weakValues.Count; i++) ClearByValues(_weakValues[i]);
        for (int i = allWeakCount; i < _allWeak.Count; i++) ClearByValues(_allWeak[i]);
        _gray.Clear();
        _protos.Clear();
        _weakTablesSeen = _weakValues.Count + _ephemerons.Count + _allWeak.Count > 0;
        _state.Memory.AfterCycle(LiveBytesAtLastCycle);
        return toFinalize;
    }

    private static bool IsCollectable(in LuaValue v) => v.O is LuaObjectWithId;

    private bool IsMarked(in LuaValue v) => v.O is not LuaObjectWithId o || o.GcEpoch == _epoch;

    private void MarkValue(in LuaValue v)
    {
        object? o = v.O;
        if (o is LuaObjectWithId w) MarkObject(w);
        else if (o is LuaString s && s.GcEpoch != _epoch)
        {
            s.GcEpoch = _epoch;   // strings are leaves: counted once, nothing to traverse
            LiveBytesAtLastCycle += MemorySizes.String(s.Length);
        }
    }

    private void MarkObject(LuaObjectWithId o)
    {
        if (o.GcEpoch == _epoch) return;
        o.GcEpoch = _epoch;
        _gray.Push(o);
    }

    private void PropagateAll()
    {
        while (_gray.Count > 0)
        {
            switch (_gray.Pop())
            {
                case LuaTable t: TraverseTable(t); break;
                case LuaClosure c: TraverseClosure(c); break;
                case LuaHostFunction h:
                    foreach (var v in h.UpValues) MarkValue(v);
                    LiveBytesAtLastCycle += MemorySizes.HostFunction(h.UpValues.Length);
                    break;
                case LuaUserdata u:
                    if (u.Metatable is not null) MarkObject(u.Metatable);
                    MarkValue(u.UserValue);
                    LiveBytesAtLastCycle += MemorySizes.Userdata;
                    break;
                case LuaThread th: TraverseThread(th); break;
            }
        }
    }

    private void TraverseTable(LuaTable t)
    {
        LiveBytesAtLastCycle += t.ApproximateSize;
        var mt = t.Metatable;
        if (mt is not null) MarkObject(mt);
        bool weakKeys = false, weakValues = false;
        if (mt is not null && mt.GetStr(MetaNames.Strings[(int)MetaEvent.Mode]).O is LuaString mode)
        {
            weakKeys = mode.Span.IndexOf((byte)'k') >= 0;
            weakValues = mode.Span.IndexOf((byte)'v') >= 0;
        }
        if (weakKeys && weakValues) { _allWeak.Add(t); return; }
        if (weakValues)
        {
            _weakValues.Add(t);
            ForEach(t, (k, v) => MarkValue(k));
            return;
        }
        if (weakKeys)
        {
            _ephemerons.Add(t);
            TraverseEphemeron(t);
            return;
        }
        MarkEntries(t);
    }

    /// <summary>Marks every key and value of a strong table (straight over its storage: this is the hot loop of a cycle).</summary>
    private void MarkEntries(LuaTable t)
    {
        foreach (ref readonly LuaValue v in t.ArrayPart.AsSpan()) MarkValue(v);
        int n = t.NodeCapacity;
        for (int i = 0; i < n; i++)
        {
            ref readonly LuaValue v = ref t.NodeValue(i);
            if (v.IsNil) continue;
            MarkValue(t.NodeKey(i));
            MarkValue(v);
        }
    }

    /// <summary>Marks the values of entries whose keys are marked (or not collectable); true if anything was marked.</summary>
    private bool TraverseEphemeron(LuaTable t)
    {
        bool marked = false;
        ForEach(t, (k, v) =>
        {
            if (IsMarked(k) && !IsMarked(v)) { MarkValue(v); marked = true; }
        });
        return marked;
    }

    private void ConvergeEphemerons()
    {
        bool changed;
        do
        {
            changed = false;
            for (int i = 0; i < _ephemerons.Count; i++)
            {
                if (TraverseEphemeron(_ephemerons[i])) { PropagateAll(); changed = true; }
            }
        } while (changed);
    }

    private void TraverseClosure(LuaClosure c)
    {
        LiveBytesAtLastCycle += MemorySizes.Closure(c.UpValues.Length);
        foreach (var uv in c.UpValues) if (uv is not null) MarkValue(uv.Ref);
        MarkPrototype(c.Proto);
    }

    /// <summary>Counts a prototype once per cycle with its constants and nested prototypes.</summary>
    private void MarkPrototype(Prototype p)
    {
        if (!_protos.Add(p)) return;
        LiveBytesAtLastCycle += MemorySizes.Prototype(p);
        foreach (var k in p.Constants) MarkValue(k);
        foreach (var child in p.Protos) MarkPrototype(child);
    }

    private void TraverseThread(LuaThread th)
    {
        // A cycle may start inside a running Lua function, whose registers reach up to its frame's top rather than
        // Top: mark up to the larger (stale slots above the real top are kept alive a little longer, harmlessly).
        int top = th.Top;
        if (th.FrameCount > 0) top = Math.Max(top, th.Frames[th.FrameCount - 1].Top);
        if (th.GcTop >= 0) top = th.GcTop + 1;
        top = Math.Min(top, th.Stack.Length);
        LiveBytesAtLastCycle += MemorySizes.Thread(th.Stack.Length, th.Frames.Length);
        for (int i = 0; i < top; i++) MarkValue(th.Stack[i]);
        for (int i = 0; i < th.FrameCount; i++) if (th.Frames[i].Function is LuaObjectWithId f) MarkObject(f);
        th.MarkExtraRoots(v => MarkValue(v));
    }

    private void ClearByValues(LuaTable t)
    {
        List<LuaValue>? dead = null;
        ForEach(t, (k, v) => { if (IsCollectable(v) && !IsMarked(v)) (dead ??= new()).Add(k); });
        if (dead is not null) foreach (var k in dead) t.Set(k, LuaValue.Nil);
    }

    private void ClearByKeys(LuaTable t)
    {
        List<LuaValue>? dead = null;
        ForEach(t, (k, v) => { if (IsCollectable(k) && !IsMarked(k)) (dead ??= new()).Add(k); });
        if (dead is not null) foreach (var k in dead) t.Set(k, LuaValue.Nil);
    }

    private static void ForEach(LuaTable t, Action<LuaValue, LuaValue> action)
    {
        LuaValue k = LuaValue.Nil;
        while (t.Next(k, out LuaValue nk, out LuaValue nv)) { action(nk, nv); k = nk; }
    }

    // ------------------------------------------------------------ finalizers (lgc.c GCTM)

    private void RunFinalizers(List<LuaObjectWithId> objects, LuaThread running)
    {
        foreach (var o in objects)
        {
            LuaTable? mt = o switch { LuaTable t => t.Metatable, LuaUserdata u => u.Metatable, _ => null };
            LuaValue gc = mt is null ? LuaValue.Nil : mt.GetStr(MetaNames.Strings[(int)MetaEvent.Gc]);
            if (gc.IsNil) continue;
            int fi = running.FrameCount - 1;   // the interrupted frame calls the finalizer, as lgc.c's GCTM
            running.Frames[fi].Flags |= FrameFlags.Finalizer;
            try
            {
                running.Call(gc, new[] { LuaValue.FromObject(o) });
            }
            catch (LuaRuntimeException e)
            {
                string msg = e.Value.O is LuaString s ? s.ToString() : "error object is not a string";
                _state.EmitWarning("error in __gc (" + msg + ")");
            }
            finally
            {
                running.Frames[fi].Flags &= ~FrameFlags.Finalizer;
            }
        }
    }
}
