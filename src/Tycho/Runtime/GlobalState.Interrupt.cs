
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

    /// <summary>
    /// Asks the running script to stop with the error "interrupted!" at its next safepoint, as lua.c's hook does
    /// after SIGINT: only a Lua function notices it, so a long host function (a pattern search) finishes first.
    /// Safe to call from any thread.
    /// </summary>
    internal void RequestInterrupt() => _interruptRequested = true;

    /// <summary>Asks for a <see cref="HookKind.Pause"/> event at the next safepoint of a running Lua function;
    /// it stays pending while no Lua code runs. Safe to call from any thread.</summary>
    internal void RequestPause() => _pauseRequested = true;

    /// <summary>A request waits for the next safepoint slow path (<see cref="LimitSlow"/>), at most one budget slice
    /// (<see cref="LimitRun.Slice"/>, tens of microseconds of Lua code) away. Another thread storing a negative
    /// budget would be faster in theory but is lost in practice: the running thread's decrement of the budget
    /// reads its own pending store (x86 store forwarding) and overwrites the foreign one; in a tight loop nearly
    /// every such store was lost, and a pause waited for the next call.</summary>
    private bool RequestPending => _interruptRequested || _pauseRequested;

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
