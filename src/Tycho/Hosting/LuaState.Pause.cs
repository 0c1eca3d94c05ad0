namespace Tycho.Hosting;

// The debugger's "pause": a host hook event at the next safepoint, requested from any thread.
public sealed partial class LuaState
{
    /// <summary>
    /// Asks for one <see cref="LuaHookEvent.Pause"/> event: at the safepoint of Lua code running in this state that
    /// ends its current budget slice (a call, a return or a backward jump, within ~10k instructions, typically tens
    /// of microseconds: where the execution limits are polled), the host hook of the running
    /// thread is called with it on that thread; when the handler returns the script goes on. The request stays
    /// pending while no Lua code runs (or a hook runs) and is dropped when the running thread has no host hook
    /// (<see cref="SetHook(LuaHookMask, int, LuaHookHandler?)"/>). A host function that is running finishes first.
    /// Thread-safe: the one member of the state callable from any thread while another runs it.
    /// </summary>
    public void RequestPause() => Core.RequestPause();
}
