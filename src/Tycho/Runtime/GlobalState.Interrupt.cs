
namespace Tycho.Runtime;

// Requests from outside the running thread, taken at the next safepoint: an interrupt (lua.c's SIGINT handler,
// laction/lstop) and a pause (a debugger's "pause" button).
internal sealed partial class GlobalState
{
    /// <summary>Set by another thread; the next safepoint of a running Lua function raises "interrupted!".</summary>
    private volatile bool _interruptRequested;
    /// <summary>Set by another thread; the next safepoint of a running Lua function calls the host hook with
    /// <see cref="HookKind.Pause"/>.</summary>
    private volatile bool _pauseRequested;
    /// <summary>1 while a thread forces the budget negative for the requests above.</summary>
    private int _requestWriterRunning;

    /// <summary>
    /// Asks the running script to stop with the error "interrupted!" at its next safepoint, as lua.c's hook does
    /// after SIGINT: only a Lua function notices it, so a long host function (a pattern search) finishes first.
    /// Safe to call from any thread.
    /// </summary>
    internal void RequestInterrupt()
    {
        if (_interruptRequested) return;
        _interruptRequested = true;
        StartRequestWriter();
    }

    /// <summary>Asks for a <see cref="HookKind.Pause"/> event at the next safepoint of a running Lua function;
    /// it stays pending while no Lua code runs. Safe to call from any thread.</summary>
    internal void RequestPause()
    {
        if (_pauseRequested) return;
        _pauseRequested = true;
        StartRequestWriter();
    }

    /// <summary>The running thread updates Budget without synchronization and may overwrite one store: a background
    /// thread keeps storing until a safepoint has taken every request.</summary>
    private void StartRequestWriter()
    {
        if (Interlocked.Exchange(ref _requestWriterRunning, 1) == 1) return;
        // Weakly held: a request left pending in a state the host dropped does not keep it (and this thread) alive.
        var weak = new WeakReference<GlobalState>(this);
        var writer = new Thread(() =>
        {
            while (weak.TryGetTarget(out var state))
            {
                if (state.Writing()) { state = null; Thread.Sleep(1); continue; }
                Volatile.Write(ref state._requestWriterRunning, 0);
                // A request made after the check saw none but before the flag was cleared found the writer running.
                if (!(state._interruptRequested || state._pauseRequested) || Interlocked.Exchange(ref state._requestWriterRunning, 1) == 1) return;
            }
        }) { IsBackground = true, Name = "tycho interrupt" };
        writer.Start();
    }

    /// <summary>One store of the request writer: true while a request is pending.</summary>
    private bool Writing()
    {
        if (!(_interruptRequested || _pauseRequested)) return false;
        Budget = -1;
        return true;
    }

    /// <summary>At a safepoint: raises the requested interrupt when a Lua function runs (<paramref name="thread"/> set).</summary>
    private void TakeInterrupt(LuaThread? thread)
    {
        if (thread is null || !_interruptRequested) return;
        _interruptRequested = false;
        // lstop's luaL_error positions the message at level 1: the caller of the interrupted function.
        throw new LuaRuntimeException(LuaValue.FromString(thread.Where(1) + "interrupted!"));
    }

    /// <summary>At a safepoint: runs the requested pause when a Lua function runs (<paramref name="thread"/> set)
    /// outside any hook. Without a host hook on that thread the request is dropped.</summary>
    private void TakePause(LuaThread? thread)
    {
        if (thread is null || InHostHook || !thread.AllowHook) return;   // stays pending
        _pauseRequested = false;
        thread.RunPauseHook();
    }
}
