
namespace Tycho.Runtime;

// The state-wide host hook (LuaState.SetHook) and the registry of coroutines it reaches.
internal sealed partial class GlobalState
{
    /// <summary>True while a host hook handler runs: no hook of the state runs meanwhile (hooks do not nest).</summary>
    internal bool InHostHook;

    /// <summary>The state-wide host hook, its mask and count: every thread without a hook of its own has it, and new
    /// coroutines inherit it.</summary>
    internal HostHook? HostHook;
    internal HookMask HostHookMask;
    internal int HostHookCount;

    /// <summary>The thread on which code a host hook handler runs through the API executes (created on first use),
    /// so that it never disturbs the hooked thread's stack: the dispatch loop the hook interrupted holds references
    /// into that stack, which growing it would invalidate.</summary>
    private LuaThread? _hookThread;
    internal LuaThread HookThread => _hookThread ??= new LuaThread(this, 32);

    /// <summary>Every coroutine created in this state, weakly (the collector decides when one is gone).</summary>
    private readonly List<WeakReference<LuaThread>> _coroutines = new();
    /// <summary>Registry size at which dead references are next pruned (doubles, so pruning is amortized O(1)).</summary>
    private int _coroutinePruneAt = 64;

    /// <summary>Records a new coroutine and gives it the state-wide host hook.</summary>
    internal void RegisterCoroutine(LuaThread co)
    {
        if (HostHook is not null) co.SetHostHook(HostHook, HostHookMask, HostHookCount, own: false);
        lock (_coroutines)
        {
            if (_coroutines.Count >= _coroutinePruneAt)
            {
                _coroutines.RemoveAll(w => !w.TryGetTarget(out var t) || t.CoStatus == CoroutineStatus.Dead);
                _coroutinePruneAt = Math.Max(64, _coroutines.Count * 2);
            }
            _coroutines.Add(new WeakReference<LuaThread>(co));
        }
    }

    /// <summary>The main thread, then every coroutine still alive and not dead, oldest first.</summary>
    internal List<LuaThread> LiveThreads()
    {
        var list = new List<LuaThread> { MainThread };
        lock (_coroutines)
        {
            foreach (var w in _coroutines)
                if (w.TryGetTarget(out var t) && t.CoStatus != CoroutineStatus.Dead) list.Add(t);
        }
        return list;
    }

    /// <summary>Sets the state-wide host hook on the main thread and every coroutine that has no hook of its own.</summary>
    internal void SetHostHook(HostHook? hook, HookMask mask, int count)
    {
        if (hook is null) mask = HookMask.None;
        HostHook = hook;
        HostHookMask = mask;
        HostHookCount = count;
        foreach (var t in LiveThreads())
            if (!t.HasOwnHostHook) t.SetHostHook(hook, mask, count, own: false);
    }
}
