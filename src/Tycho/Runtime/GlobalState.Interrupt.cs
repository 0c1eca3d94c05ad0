namespace Tycho.Runtime;

// An interrupt from outside the running thread (lua.c's SIGINT handler, laction/lstop).
internal sealed partial class GlobalState
{
    /// <summary>Set by another thread; the next safepoint of a running Lua function raises "interrupted!".</summary>
    private volatile bool _interruptRequested;

    /// <summary>
    /// Asks the running script to stop with the error "interrupted!" at its next safepoint, as lua.c's hook does
    /// after SIGINT: only a Lua function notices it, so a long host function (a pattern search) finishes first.
    /// Safe to call from any thread.
    /// </summary>
    internal void RequestInterrupt()
    {
        if (_interruptRequested) return;
        _interruptRequested = true;
        // The running thread updates Budget without synchronization and may overwrite one store: keep storing until
        // a safepoint has taken the interrupt.
        var writer = new Thread(() =>
        {
            while (_interruptRequested)
            {
                Budget = -1;
                Thread.Sleep(1);
            }
        }) { IsBackground = true, Name = "tycho interrupt" };
        writer.Start();
    }

    /// <summary>At a safepoint: raises the requested interrupt when a Lua function runs (<paramref name="thread"/> set).</summary>
    private void TakeInterrupt(LuaThread? thread)
    {
        if (thread is null || !_interruptRequested) return;
        _interruptRequested = false;
        // lstop's luaL_error positions the message at level 1: the caller of the interrupted function.
        throw new LuaRuntimeException(LuaValue.FromString(thread.Where(1) + "interrupted!"));
    }
}
