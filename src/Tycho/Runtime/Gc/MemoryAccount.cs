using System.Runtime.CompilerServices;

namespace Tycho.Runtime.Gc;

/// <summary>
/// The byte count of one state's Lua objects (manual §2.5: what <c>collectgarbage("count")</c> reports) and the
/// trigger of its automatic cycles and memory limit.
/// <para>
/// Model: the last collector cycle measured <see cref="Live"/> bytes of reachable objects (see
/// <see cref="LuaCollector"/>); every object created or grown since is charged as debt (frees are not seen, as
/// .NET frees memory, so garbage keeps counting until the next cycle — exactly like lua's GCdebt). Memory in use is
/// live + debt. A cycle runs automatically when the debt passes <c>pause%</c> of the live size (floor
/// <see cref="MinDebt"/>) unless the collector is stopped; with a limit, an allocation that would pass the limit
/// first runs a cycle (so garbage never counts against the limit) and raises <c>not enough memory</c> if live data
/// still would not fit.
/// </para>
/// <para>
/// How allocations find their account: a Lua object is created deep inside code that has no state reference
/// (<c>new LuaTable()</c> in a library, a table growing inside <c>LuaTable.Set</c>, a string built by
/// <c>LuaString.Wrap</c>). Instead of threading a state through every constructor or storing an owner in every
/// object, the account of the state that is executing is kept in a <c>[ThreadStatic]</c> (<see cref="Current"/>),
/// set when execution enters the state (<c>LuaThread.CallAt</c>, <c>LuaThread.Resume</c>) and restored on exit.
/// Constructors and resize slow paths charge through it: one thread-local read, an add and a compare — no field
/// in the objects, nothing on the VM's non-allocating paths. Objects created by host code outside any execution
/// (no current account) are not charged; the next cycle measures them.
/// </para>
/// </summary>
internal sealed class MemoryAccount
{
    [ThreadStatic] private static MemoryAccount? t_current;

    /// <summary>The account of the state executing on this .NET thread, or null outside execution.</summary>
    internal static MemoryAccount? Current => t_current;

    /// <summary>Smallest debt that starts an automatic cycle (a small state does not collect constantly).</summary>
    public const long MinDebt = 256 * 1024;

    private readonly GlobalState _state;
    /// <summary>Bytes charged since the last cycle (may go negative when tables shrink).</summary>
    private long _debt;
    /// <summary>Debt above which <see cref="OnThreshold"/> runs: the auto-cycle or limit point, whichever is nearer.</summary>
    private long _threshold = MinDebt;
    /// <summary>Debt at which an automatic cycle is due by the pause (long.MaxValue while stopped).</summary>
    private long _autoDebt = MinDebt;
    private long _limit;
    /// <summary>True after a memory error while live data is above the soft limit: allocations may use the reserve
    /// (up to the hard limit) so the program or host can handle the error and drop data. Ends when a cycle finds the
    /// live size back under the soft limit.</summary>
    private bool _inReserve;

    /// <summary>The reserve is 1/<see cref="ReserveDivisor"/> (5%) of the limit: memory errors are raised when live
    /// data would pass the soft limit (limit minus reserve). Without it, a program whose live data sits just under
    /// the limit would need a full cycle every few allocations (quadratic time), and after a memory error nothing
    /// (not even the chunk <c>data = nil</c>) could be loaded to recover.</summary>
    private const long ReserveDivisor = 20;

    /// <summary>The limit allocations are held to now: the soft limit normally, the hard one in the reserve.</summary>
    private long EffectiveLimit => _inReserve ? _limit : _limit - _limit / ReserveDivisor;

    /// <summary>How much longer automatic cycles wait when they could not change anything a program observes
    /// except the count (no finalizers, no weak tables; see <see cref="LuaCollector.HasObservableWork"/>).</summary>
    public const long PostponeFactor = 8;

    /// <summary>The allocation debt passed the pause: an automatic cycle runs at the next point where it may
    /// (<see cref="LuaThread.CheckGc"/>, a safepoint of the dispatch loop, <c>collectgarbage("count")</c>).</summary>
    internal bool CycleDue;

    /// <summary>The state whose objects this account counts: objects created while it is current belong to it
    /// (<see cref="LuaObjectWithId.Owner"/>). Set once the state is built.</summary>
    internal ObjectOwner? Owner;

    /// <summary>The thread running Lua code in this state (root of cycles started by an allocation), or null.</summary>
    internal LuaThread? Running;

    public MemoryAccount(GlobalState state) { _state = state; }

    /// <summary>Bytes of live objects measured by the last cycle.</summary>
    public long Live { get; private set; }

    /// <summary>Bytes charged since the last cycle.</summary>
    public long Debt => _debt;

    /// <summary>Live bytes plus bytes allocated since the last cycle.</summary>
    public long InUse => Live + _debt;

    /// <summary>
    /// <see cref="InUse"/> as <c>collectgarbage("count")</c> reports it: first runs the automatic cycle that is due by
    /// the pause if it was postponed, so the count reads as if cycles had run at the normal cadence. Must be called
    /// where running Lua code (finalizers) is safe.
    /// </summary>
    public long Measure()
    {
        if (_state.GcRunning && (_debt > _autoDebt || CycleDue) && !_state.Collector.InCycle)
            _state.Collector.FullCycle(Running ?? _state.MainThread);
        return InUse;
    }

    /// <summary>The memory limit in bytes; 0 for none.</summary>
    public long Limit
    {
        get => _limit;
        set { _limit = Math.Max(0, value); UpdateThreshold(); }
    }

    /// <summary>Charges an allocation of <paramref name="bytes"/> to the current state, if code of a state is executing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ChargeCurrent(long bytes)
    {
        var a = t_current;
        if (a is not null) a.Charge(bytes);
    }

    /// <summary>Makes no account current (objects created meanwhile belong to no state); returns the previous one
    /// for <see cref="Resume"/>.</summary>
    internal static MemoryAccount? Suspend()
    {
        var saved = t_current;
        t_current = null;
        return saved;
    }

    /// <summary>Restores the account saved by <see cref="Suspend"/>.</summary>
    internal static void Resume(MemoryAccount? saved) => t_current = saved;

    /// <summary>Checks that <paramref name="bytes"/> more would fit under the current state's limit (see <see cref="Check"/>).</summary>
    public static void CheckCurrent(long bytes) => t_current?.Check(bytes);

    /// <summary>Adds an allocation to the debt; may run a cycle or raise <c>not enough memory</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Charge(long bytes)
    {
        if ((_debt += bytes) > _threshold) OnThreshold(bytes);
    }

    /// <summary>
    /// Raises <c>not enough memory</c> before an allocation of <paramref name="bytes"/> that would take live memory
    /// over the limit, after a cycle has removed the garbage from the count. Charges nothing: the object created
    /// afterwards charges itself.
    /// </summary>
    public void Check(long bytes)
    {
        if (_limit == 0) return;
        if (bytes >= LargeObjectBytes) ReleaseGarbage(bytes);
        if (bytes <= EffectiveLimit - Live - _debt) return;
        Collect();
        if (bytes > EffectiveLimit - Live - _debt) throw OutOfMemory();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void OnThreshold(long bytes)
    {
        if (_state.Collector.InCycle) return;   // the collector's own work never starts another cycle
        if (_limit > 0 && _debt + Live > EffectiveLimit)
        {
            _debt -= bytes;
            Collect();
            if (bytes > EffectiveLimit - Live - _debt) throw OutOfMemory();
            _debt += bytes;
            return;
        }
        if (_state.GcRunning)
        {
            // Due, not run: the object being charged is not stored anywhere yet, and Lua code (finalizers) cannot
            // run here. The cycle runs at the next instruction that creates an object or at the next safepoint.
            CycleDue = true;
            UpdateThreshold();
            _state.ArmFinalizerTrap();
        }
        else UpdateThreshold();
    }

    /// <summary>Allocations at least this big live in .NET's large object heap, which only a full .NET collection frees.</summary>
    private const long LargeObjectBytes = 85_000;

    /// <summary>Bytes that became (or may have become) .NET garbage since the last full .NET collection.</summary>
    private long _unreleased;
    private int _fullCollections = -1;

    /// <summary>
    /// Under a limit, the limit holds the Lua objects, but the process holds them until .NET collects them: Lua
    /// garbage (above all big strings and table parts, in the large object heap, which only a full .NET collection
    /// frees) could otherwise pile up to many times the limit in process memory. Once half a limit's worth of
    /// garbage may be waiting and .NET has not run a full collection meanwhile, one is run, so the process stays
    /// within about twice the limit above its baseline. Costs a full collection per half limit of garbage, only in
    /// states with a memory limit.
    /// </summary>
    private void ReleaseGarbage(long bytes)
    {
        int full = GC.CollectionCount(2);
        if (full != _fullCollections) { _fullCollections = full; _unreleased = 0; }
        if ((_unreleased += Math.Max(bytes, 0)) < _limit / 2) return;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        _fullCollections = GC.CollectionCount(2);
        _unreleased = 0;
    }

    /// <summary>The memory error, after a full cycle could not make room; opens the reserve when live data is tight.</summary>
    private LuaMemoryException OutOfMemory()
    {
        if (!_inReserve && Live + _debt > _limit - _limit / ReserveDivisor)
        {
            _inReserve = true;
            UpdateThreshold();
        }
        _state.OnMemoryLimit();
        return new LuaMemoryException();
    }

    /// <summary>Runs a cycle from an allocation point: mark and weak-table clearing now, finalizers deferred to the
    /// next safe point (as lua's emergency collection), since arbitrary allocation points cannot run Lua code.</summary>
    private void Collect() => _state.Collector.CollectDeferringFinalizers(Running ?? _state.MainThread);

    /// <summary>Called by the collector at the end of a mark phase with the measured live size.</summary>
    internal void AfterCycle(long live)
    {
        if (_limit > 0) ReleaseGarbage(_debt);
        Live = live;
        _debt = 0;
        CycleDue = false;
        if (_inReserve && live <= _limit - _limit / ReserveDivisor) _inReserve = false;
        UpdateThreshold();
    }

    /// <summary>Recomputes the threshold after a cycle or a change of limit, pause or stop/restart.</summary>
    internal void UpdateThreshold()
    {
        long t = long.MaxValue;
        _autoDebt = long.MaxValue;
        if (_state.GcRunning)
        {
            long pause = Math.Clamp(_state.GcPause, 0, 1000);
            _autoDebt = t = Math.Max(Live / 100 * pause, MinDebt);
            if (!_state.Collector.HasObservableWork) t = t <= long.MaxValue / PostponeFactor ? t * PostponeFactor : long.MaxValue;
            if (CycleDue) t = long.MaxValue;   // already due: only the limit is watched until it runs
        }
        if (_limit > 0) t = Math.Min(t, EffectiveLimit - Live);
        _threshold = t;
    }

    /// <summary>Makes this account current for the .NET thread while <paramref name="running"/> executes Lua code;
    /// dispose the result to restore the previous one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Scope Enter(LuaThread running)
    {
        var scope = new Scope(this, t_current, Running);
        t_current = this;
        Running = running;
        return scope;
    }

    /// <summary>Restores the account and running thread that were current before <see cref="Enter"/>.</summary>
    internal readonly struct Scope
    {
        private readonly MemoryAccount _account;
        private readonly MemoryAccount? _previous;
        private readonly LuaThread? _previousRunning;

        internal Scope(MemoryAccount account, MemoryAccount? previous, LuaThread? previousRunning)
        {
            _account = account; _previous = previous; _previousRunning = previousRunning;
        }

        /// <summary>Leaves the execution.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Exit()
        {
            t_current = _previous;
            _account.Running = _previousRunning;
        }
    }
}
