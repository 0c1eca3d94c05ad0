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
/// <para>The debt only makes the automatic cycle due: it runs after the next instruction that creates an object
/// (<see cref="LuaThread.CheckGc"/>, lvm.c's checkGC, with the dead registers above the result excluded), at the
/// next safepoint of the dispatch loop (the finalizer trap, GlobalState.FinalizerTrap.cs) or when the count is
/// read, and its finalizers run there on a thread of their own. A cycle forced by the memory limit runs in the
/// middle of arbitrary code (a table resize, a string being built), where running Lua code is not safe: it
/// queues the finalizers of dead objects (lua's 'tobefnz') for the next safepoint.</para>
/// <para>Every cycle runs under the running call's limits: marking and weak-table clearing poll them every
/// thousand objects or so (see <c>ReportWork</c>), so a huge heap cannot outrun a timeout, and a cycle stopped by a
/// limit leaves nothing for the next cycle to repair (see <c>Mark</c>).</para>
/// </summary>
internal sealed partial class LuaCollector
{
    private readonly GlobalState _state;
    /// <summary>Objects marked for finalization (lua5.4's 'finobj' list), oldest first.</summary>
    private readonly List<LuaObjectWithId> _finalizable = new();
    /// <summary>Mark epoch: an object is marked in this cycle when its GcEpoch equals this value.</summary>
    private uint _epoch;
    /// <summary>The last epoch given to a cycle of any state: every cycle of the process gets its own, because
    /// process-wide objects (library functions and names, see StaticLuaObjects) are marked by every state, and a
    /// cycle finding the epoch another state's cycle left would take them as counted already.</summary>
    private static int s_lastEpoch;
    private readonly Stack<LuaObjectWithId> _gray = new();
    private readonly List<LuaTable> _weakValues = new(), _ephemerons = new(), _allWeak = new();
    /// <summary>Ephemeron values waiting for their key to be marked, by key (see <see cref="TraverseEphemeron"/>).</summary>
    private readonly Dictionary<LuaObjectWithId, List<LuaValue>> _waiting = new(ReferenceEqualityComparer.Instance);
    /// <summary>Values released from <see cref="_waiting"/> by the marking of their key, still to be marked.</summary>
    private readonly Stack<LuaValue> _released = new();
    /// <summary>Ephemeron tables found but not traversed yet: they wait until nothing else is left to mark, when most
    /// of their keys are marked already and need no place in <see cref="_waiting"/>.</summary>
    private readonly Stack<LuaTable> _ephemeronsToTraverse = new();
    /// <summary>Dead objects found by deferred cycles whose finalizers have not run yet (lua's 'tobefnz'); roots.</summary>
    private readonly List<LuaObjectWithId> _pending = new();
    /// <summary>Prototypes counted in the current cycle (they carry no mark of their own).</summary>
    private readonly HashSet<Prototype> _protos = new(ReferenceEqualityComparer.Instance);
    /// <summary>Source names counted in the current cycle: the prototypes of a chunk share one.</summary>
    private readonly HashSet<string> _sourceNames = new(ReferenceEqualityComparer.Instance);
    private int _finalizableAfterLastCycle;
    private bool _inCycle;
    /// <summary>The running cycle was asked for by the program (<c>collectgarbage</c>): its work is charged to the
    /// instruction budget. Other cycles only watch the clock and token (see <see cref="ReportWork"/>).</summary>
    private bool _chargeWork;
    /// <summary>Live bytes of the running cycle already reported to the limits.</summary>
    private long _reportedBytes;
    /// <summary>Objects (or entries) left before the running cycle next reports to the limits.</summary>
    private int _pollCountdown;
    /// <summary>Objects traversed (or entries visited) between two reports: a few tens of microseconds of marking.</summary>
    private const int PollInterval = 1024;
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
        if (mt is null || Closing) return;
        if (!_weakTablesSeen && obj is LuaTable && !LuaThread.FastTm(mt, MetaEvent.Mode).IsNil)
        {
            _weakTablesSeen = true;   // back to the normal cadence of automatic cycles
            _state.Memory.UpdateThreshold();
        }
        // FastTm: setmetatable with the same class metatable again and again finds its absence cached.
        // While the state closes, new objects are not marked (lgc.c luaC_checkfinalizer, GCSTPCLS).
        if (LuaThread.FastTm(mt, MetaEvent.Gc).IsNil || obj.FinalizerRegistered) return;
        if (obj is LuaTable && !_state.Profile.HasTableFinalizers) return;   // Lua 5.1: __gc is for userdata only
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
        _chargeWork = true;   // a full cycle walks the live heap: charged to the running call's limits as it goes
        try { Mark(running); }
        finally { _inCycle = false; _chargeWork = false; }
        _finalizableAfterLastCycle = _finalizable.Count;
        RunPendingFinalizers(running);
    }

    /// <summary>A cycle started by an allocation: finalizers of dead objects are queued, not run (see the class remarks).</summary>
    public void CollectDeferringFinalizers(LuaThread running)
    {
        if (_inCycle) return;
        _inCycle = true;
        try { Mark(running); }
        finally { _inCycle = false; }
        _finalizableAfterLastCycle = _finalizable.Count;
        if (_pending.Count > 0) _state.ArmFinalizerTrap();
    }

    /// <summary>The automatic cycle at an instruction that created an object (see <see cref="LuaThread.CheckGc"/>):
    /// the running frame's registers are live up to <paramref name="liveTop"/> only; finalizers run at once.</summary>
    public void CollectAt(LuaThread running, int liveTop)
    {
        running.GcLiveTop = liveTop;
        try { CollectDeferringFinalizers(running); }
        finally { running.GcLiveTop = -1; }
        RunPendingFinalizersAtSafepoint(running, liveTop);
    }


    /// <summary>True while a finalizer runs: <c>collectgarbage</c> then does nothing and returns fail, as lua_gc
    /// does while its GCSTPGC flag is set.</summary>
    public bool InFinalizer => _finalizerDepth > 0;

    private int _finalizerDepth;
    private bool _atSafepoint;
    /// <summary>Runs finalizers from a safepoint of the dispatch loop; lazily created (see <see cref="RunPendingFinalizersAtSafepoint"/>).</summary>
    private LuaThread? _finalizerThread;

    /// <summary>
    /// Runs the pending finalizers from a safepoint of the dispatch loop of <paramref name="interrupted"/> (the
    /// finalizer trap, see GlobalState). They run on a thread of their own: the interrupted frame keeps references
    /// into its thread's stack, which a call on that stack could reallocate; debug levels still reach that frame
    /// (LuaThread.Interrupted.cs), whose registers are live up to <paramref name="liveTop"/> (-1: its thread's top).
    /// Finalizers queued meanwhile run in the same loop.
    /// </summary>
    public void RunPendingFinalizersAtSafepoint(LuaThread interrupted, int liveTop = -1)
    {
        if (_atSafepoint || _pending.Count == 0 || _inCycle) return;
        _atSafepoint = true;
        var thread = _finalizerThread ??= new LuaThread(_state, 32);   // made for the first finalizer: it is live memory
        thread.BeginInterrupting(interrupted, liveTop);
        try
        {
            while (_pending.Count > 0 && !_inCycle)
                RunPendingFinalizers(thread);
        }
        finally
        {
            thread.EndInterrupting();
            _atSafepoint = false;
        }
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
        // lgc.c's GCSTPCLS: from here on no object is marked for finalization and the collector does not run.
        Closing = true;
        RunPendingFinalizers(running);
        if (_closeQueue is null)
        {
            _closeQueue = new List<LuaObjectWithId>(_finalizable);   // oldest first: popped from the end
            _finalizable.Clear();
            foreach (var o in _closeQueue) o.FinalizerRegistered = false;
        }
        // One queue for the whole close: a finalizer that closes the state again (os.exit(c, true)) finishes the
        // same queue, so every object still pending is finalized once.
        var single = new List<LuaObjectWithId>(1);
        while (_closeQueue.Count > 0)
        {
            var o = _closeQueue[^1];
            _closeQueue.RemoveAt(_closeQueue.Count - 1);
            single.Clear();
            single.Add(o);
            RunFinalizers(single, running);
        }
    }

    private List<LuaObjectWithId>? _closeQueue;

    /// <summary>True once the state is closing (lua_close): <c>collectgarbage</c> returns fail, new objects with
    /// <c>__gc</c> are not finalized.</summary>
    public bool Closing { get; private set; }

    // ------------------------------------------------------------ the mark phase (lgc.c atomic)

    /// <summary>
    /// Marks the live objects, clears weak tables and queues the finalizers of dead objects on <see cref="_pending"/>.
    /// The limits are polled as it goes (<see cref="ReportWork"/>), so a cycle may end with a limit's error at any
    /// point: every step leaves a state the next cycle can start from. Marks are per epoch, so a partial mark is
    /// simply forgotten; a weak entry is only removed once its object is known dead; and dead finalizable objects
    /// join <see cref="_pending"/> (roots from then on) in the same step that takes them off the finalizable list.
    /// </summary>
    private void Mark(LuaThread running)
    {
        do _epoch = unchecked((uint)Interlocked.Increment(ref s_lastEpoch)); while (_epoch == 0);
        _weakValues.Clear(); _ephemerons.Clear(); _allWeak.Clear();
        _protos.Clear();
        _gray.Clear(); _released.Clear(); _waiting.Clear(); _ephemeronsToTraverse.Clear();   // left over when a limit stopped the last cycle
        _sourceNames.Clear();
        LiveBytesAtLastCycle = 0;
        _reportedBytes = 0;
        _pollCountdown = PollInterval;

        MarkValue(LuaValue.FromObject(_state.Registry));
        foreach (var mt in _state.TypeMetatables) if (mt is not null) MarkObject(mt);
        MarkObject(running);
        MarkObject(_state.MainThread);
        if (_finalizerThread is not null) MarkObject(_finalizerThread);
        foreach (var o in _state.GcRoots()) MarkObject(o);
        foreach (var o in _pending) MarkObject(o);
        _touchesUpvalues = _state.Profile.RemarksOpenUpvalues;
        PropagateAll();
        if (_state.Profile.RemarksOpenUpvalues)
        {
            RemarkOpenUpvalues();
            PropagateAll();
        }

        // Weak values are cleared before finalizers are considered (they see the entries gone).
        foreach (var t in _weakValues) ClearByValues(t);
        foreach (var t in _allWeak) ClearByValues(t);
        int weakCount = _weakValues.Count, allWeakCount = _allWeak.Count;

        // Separate unreachable finalizable objects (newest first) and resurrect them for their finalizers.
        int firstNew = _pending.Count;
        for (int i = _finalizable.Count - 1; i >= 0; i--)
        {
            var o = _finalizable[i];
            if (o.GcEpoch != _epoch) { _pending.Add(o); o.FinalizerRegistered = false; }
        }
        if (_pending.Count > firstNew)
        {
            _finalizable.RemoveAll(o => !o.FinalizerRegistered);
            for (int i = firstNew; i < _pending.Count; i++) MarkObject(_pending[i]);
            PropagateAll();
        }

        // Weak keys are cleared after resurrection (finalizers still see them); values of tables found since, again.
        foreach (var t in _ephemerons) ClearByKeys(t);
        foreach (var t in _allWeak) ClearByKeys(t);
        for (int i = weakCount; i < _weakValues.Count; i++) ClearByValues(_weakValues[i]);
        for (int i = allWeakCount; i < _allWeak.Count; i++) ClearByValues(_allWeak[i]);
        foreach (var t in _allWeak) ForEach(t, (k, v) => { MarkString(k); MarkString(v); });
        if (_state.Profile.RemarksOpenUpvalues) FinishOpenUpvalueRemark();
        _gray.Clear();
        _waiting.Clear();
        _protos.Clear();
        _sourceNames.Clear();
        _weakTablesSeen = _weakValues.Count + _ephemerons.Count + _allWeak.Count > 0;
        _state.Memory.AfterCycle(LiveBytesAtLastCycle);
        CyclesCompleted++;
        ReportWork();
    }

    /// <summary>Cycles whose mark phase completed (see <see cref="IncrementalSteps"/>).</summary>
    public long CyclesCompleted { get; private set; }

    /// <summary>
    /// Reports the work done since the last report to the running call's limits, raising a limit's error if one
    /// fired (see <see cref="Mark"/> for why that is safe). A cycle the program asked for charges its work (one unit
    /// per 32 bytes of live objects, as library functions charge); an automatic one only polls the clock and the
    /// token, so the instruction count does not depend on when the collector happened to run. Once a limit fired,
    /// every cycle is charged: the cleanup grace a <c>pcall</c> gets then bounds it too.
    /// </summary>
    private void ReportWork()
    {
        _pollCountdown = PollInterval;
        long bytes = LiveBytesAtLastCycle - _reportedBytes;
        _reportedBytes = LiveBytesAtLastCycle;
        if (_chargeWork || _state.FiredLimit is not null) _state.ChargeBytes(bytes);
        else _state.PollLimitsWithoutCharge();
    }

    /// <summary>Whether a weak table may lose the entry for <paramref name="v"/>. A host function without upvalues
    /// is a value, as lua's light C functions are: it is state-free and may be shared by states (the libraries'
    /// functions are), so its mark may be another state's (set by a cycle running on another thread).</summary>
    private static bool IsCollectable(in LuaValue v) => v.O is LuaObjectWithId o && o is not LuaHostFunction { UpValues.Length: 0 };

    private bool IsMarked(in LuaValue v) => !IsCollectable(v) || ((LuaObjectWithId)v.O!).GcEpoch == _epoch;

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
        if (_waiting.Count > 0 && _waiting.Remove(o, out var values))
            foreach (var v in values) _released.Push(v);
    }

    private void PropagateAll()
    {
        while (true)
        {
            if (_gray.Count == 0)
            {
                if (_released.Count > 0) MarkValue(_released.Pop());
                else if (_ephemeronsToTraverse.Count > 0) TraverseEphemeron(_ephemeronsToTraverse.Pop());
                else return;
                continue;
            }
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
            if (--_pollCountdown <= 0) ReportWork();
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
        // Strings are values, never removed from weak tables by themselves (§2.5.4), but they are counted only
        // while an entry holds them, as lgc.c's iscleared marks them: here, keys of weak-value tables and values
        // of weak-value or ephemeron entries; the entries that remain in all-weak tables after clearing (Mark).
        if (weakKeys && weakValues) { _allWeak.Add(t); return; }
        if (weakValues)
        {
            _weakValues.Add(t);
            ForEach(t, (k, v) => { MarkValue(k); MarkString(v); });
            return;
        }
        if (weakKeys)
        {
            _ephemerons.Add(t);
            _ephemeronsToTraverse.Push(t);
            return;
        }
        MarkEntries(t);
    }

    /// <summary>Marks every key and value of a strong table (straight over its storage: this is the hot loop of a cycle).</summary>
    private void MarkEntries(LuaTable t)
    {
        var array = t.ArrayPart.AsSpan();
        for (int start = 0; start < array.Length; start += EntriesPerReport)
        {
            if (start > 0) ReportWork();   // a huge table is marked in slices, between which the limits are polled
            foreach (ref readonly LuaValue v in array.Slice(start, Math.Min(EntriesPerReport, array.Length - start))) MarkValue(v);
        }
        int n = t.NodeCapacity;
        for (int start = 0; start < n; start += EntriesPerReport)
        {
            if (start > 0) ReportWork();
            int end = Math.Min(n, start + EntriesPerReport);
            for (int i = start; i < end; i++)
            {
                ref readonly LuaValue v = ref t.NodeValue(i);
                if (v.IsNil) continue;
                MarkValue(t.NodeKey(i));
                MarkValue(v);
            }
        }
    }

    /// <summary>Entries of one table marked (or visited through <see cref="ForEach"/>) between two reports to the limits.</summary>
    private const int EntriesPerReport = 1 << 16;

    private void MarkString(in LuaValue v)
    {
        if (v.O is LuaString) MarkValue(v);
    }

    /// <summary>
    /// Marks the values of entries whose keys are marked (or not collectable); the value of an entry whose key is
    /// not marked yet waits for it in <see cref="_waiting"/>, released by <see cref="MarkObject"/> when (if) the key
    /// is marked later in the cycle. Each entry is visited once, so convergence is linear in the number of entries,
    /// where lgc.c's convergeephemerons re-traverses the tables until nothing changes.
    /// </summary>
    private void TraverseEphemeron(LuaTable t)
    {
        ForEach(t, (k, v) =>
        {
            if (IsMarked(k)) { MarkValue(k); MarkValue(v); }
            else if (IsCollectable(v) || v.O is LuaString)
            {
                var w = (LuaObjectWithId)k.O!;
                if (!_waiting.TryGetValue(w, out var values)) _waiting.Add(w, values = new List<LuaValue>(1));
                values.Add(v);
            }
        });
    }

    private void TraverseClosure(LuaClosure c)
    {
        LiveBytesAtLastCycle += MemorySizes.Closure(c.UpValues.Length);
        foreach (var uv in c.UpValues)
        {
            if (uv is null) continue;
            if (_touchesUpvalues && uv.Stack is not null) uv.Touched = true;
            MarkValue(uv.Ref);
        }
        MarkPrototype(c.Proto);
    }

    /// <summary>Counts a prototype once per cycle with its constants and nested prototypes.</summary>
    private void MarkPrototype(Prototype p)
    {
        if (!_protos.Add(p)) return;
        LiveBytesAtLastCycle += MemorySizes.Prototype(p);
        if (_sourceNames.Add(p.Source)) LiveBytesAtLastCycle += MemorySizes.SourceName(p.Source.Length);
        foreach (var k in p.Constants) MarkValue(k);
        foreach (var child in p.Protos) MarkPrototype(child);
    }

    private void TraverseThread(LuaThread th)
    {
        // A cycle may start inside a running Lua function, whose registers reach up to its frame's top rather than
        // Top: mark up to the larger (stale slots above the real top are kept alive a little longer, harmlessly).
        int top = th.Top;
        if (th.FrameCount > 0) top = Math.Max(top, th.Frames[th.FrameCount - 1].Top);
        top = Math.Min(top, th.Stack.Length);
        if (th.GcLiveTop >= 0 && th.GcLiveTop < top)
        {
            Array.Clear(th.Stack, th.GcLiveTop, top - th.GcLiveTop);   // lgc.c traversethread clears the dead slice
            top = th.GcLiveTop;
        }
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

    /// <summary>Calls <paramref name="action"/> for every entry of a weak table, straight over its storage (as
    /// <see cref="MarkEntries"/>: following <c>next</c> would cost a key lookup per entry), polling the limits on big
    /// tables. The action must not change the table.</summary>
    private void ForEach(LuaTable t, Action<LuaValue, LuaValue> action)
    {
        int visited = 0;
        var array = t.ArrayPart;
        for (int i = 0; i < array.Length; i++)
        {
            if (array[i].IsNil) continue;
            action(LuaValue.FromInteger(i + 1), array[i]);
            if (++visited == EntriesPerReport) { visited = 0; ReportWork(); }
        }
        int n = t.NodeCapacity;
        for (int i = 0; i < n; i++)
        {
            ref readonly LuaValue v = ref t.NodeValue(i);
            if (v.IsNil) continue;
            action(t.NodeKey(i), v);
            if (++visited == EntriesPerReport) { visited = 0; ReportWork(); }
        }
    }

    // ------------------------------------------------------------ finalizers (lgc.c GCTM)

    private void RunFinalizers(List<LuaObjectWithId> objects, LuaThread running)
    {
        _finalizerDepth++;
        try { RunEachFinalizer(objects, running); }
        finally { _finalizerDepth--; }
    }

    private void RunEachFinalizer(List<LuaObjectWithId> objects, LuaThread running)
    {
        string? propagated = null;
        foreach (var o in objects)
        {
            LuaTable? mt = o switch { LuaTable t => t.Metatable, LuaUserdata u => u.Metatable, _ => null };
            LuaValue gc = mt is null ? LuaValue.Nil : mt.GetStr(MetaNames.Strings[(int)MetaEvent.Gc]);
            if (gc.IsNil) continue;
            if (!_state.Profile.HasWarnings && gc.O is not LuaFunction) continue;   // 5.3's GCTM calls functions only
            int fi = running.FrameCount - 1;   // the interrupted frame calls the finalizer, as lgc.c's GCTM
            if (fi >= 0) running.Frames[fi].Flags |= FrameFlags.Finalizer;
            try
            {
                running.Call(gc, new[] { LuaValue.FromObject(o) });
            }
            catch (LuaRuntimeException e) when (!_state.Profile.HasWarnings)
            {
                // 5.3 lgc.c's GCTM re-raises the first error (the other finalizers still run here, so none is lost)
                if (!Closing) propagated ??= e.Value.O is LuaString s ? s.ToString() : "no message";
            }
            catch (LuaRuntimeException e)
            {
                string msg = e.Value.O is LuaString s ? s.ToString() : "error object is not a string";
                _state.EmitWarning("error in __gc (" + msg + ")");
            }
            finally
            {
                if (fi >= 0) running.Frames[fi].Flags &= ~FrameFlags.Finalizer;
            }
        }
        if (propagated is not null)
            throw new FinalizerErrorException(propagated);
    }
}
