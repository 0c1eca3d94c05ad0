using Tycho.Runtime;

namespace Tycho.Hosting;

// Host hooks and the thread list (manual §4.7 lua_sethook): what debuggers and profilers are built on.
public sealed partial class LuaState
{
    /// <summary>
    /// Sets the host hook of every thread of the state, present and future (new coroutines inherit it), except
    /// those given a hook of their own by <see cref="SetHook(LuaThread, LuaHookMask, int, LuaHookHandler?)"/>
    /// (manual §4.7 <c>lua_sethook</c>). It is separate from the hook a script sets with <c>debug.sethook</c>: both
    /// run (the host's first), and a script cannot remove the host's. A null <paramref name="hook"/> removes it; a
    /// hook with <see cref="LuaHookMask.None"/> still receives <see cref="LuaHookEvent.Pause"/> events. With
    /// <see cref="LuaHookMask.Count"/>, <paramref name="count"/> is the number of instructions between
    /// <see cref="LuaHookEvent.Count"/> events. Frames already running see a new mask at their next call, return or
    /// host call (a mask set by a <see cref="LuaHookEvent.Pause"/> handler also at the running loop's backward
    /// jump, so a debugger can step out of a loop that calls nothing). Without a hook no event costs anything.
    /// Throws <see cref="ArgumentOutOfRangeException"/> for an undefined mask bit, a negative count, or
    /// <see cref="LuaHookMask.Count"/> with a count below 1.
    /// </summary>
    public void SetHook(LuaHookMask mask, int count, LuaHookHandler? hook)
    {
        HookMask m = CheckHookMask(mask, count);
        using var scope = EnterApi();
        Core.SetHostHook(hook is null ? null : new HandlerHook(hook), m, count);
    }

    /// <summary>
    /// Sets the host hook of <paramref name="thread"/> (the main thread or a coroutine) alone, overriding the
    /// state-wide one (<see cref="SetHook(LuaHookMask, int, LuaHookHandler?)"/>) for it. A null
    /// <paramref name="hook"/> removes the thread's own hook: it follows the state-wide hook again. Throws
    /// <see cref="ArgumentNullException"/>, <see cref="ArgumentException"/> for a thread of another state and
    /// <see cref="ArgumentOutOfRangeException"/> as the state-wide overload.
    /// </summary>
    public void SetHook(LuaThread thread, LuaHookMask mask, int count, LuaHookHandler? hook)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (!ReferenceEquals(thread.Global, Core)) throw new ArgumentException("The thread belongs to another Lua state.", nameof(thread));
        HookMask m = CheckHookMask(mask, count);
        using var scope = EnterApi();
        if (hook is null) thread.SetHostHook(Core.HostHook, Core.HostHookMask, Core.HostHookCount, own: false);
        else thread.SetHostHook(new HandlerHook(hook), m, count, own: true);
    }

    /// <summary>
    /// The main thread and every coroutine of the state that is not dead (suspended, running or normal), the main
    /// thread first, then coroutines in the order they were created. A coroutine nothing refers to any more may
    /// still be listed until the .NET collector reclaims it.
    /// </summary>
    public IReadOnlyList<LuaThread> GetThreads()
    {
        using var scope = EnterApi();
        return Core.LiveThreads();
    }

    private static HookMask CheckHookMask(LuaHookMask mask, int count)
    {
        const LuaHookMask all = LuaHookMask.Call | LuaHookMask.Return | LuaHookMask.Line | LuaHookMask.Count | LuaHookMask.Error;
        if ((mask & ~all) != 0) throw new ArgumentOutOfRangeException(nameof(mask), mask, "Undefined hook mask bits.");
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "The count must not be negative.");
        if ((mask & LuaHookMask.Count) != 0 && count < 1)
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count hook needs a count of at least 1.");
        return (HookMask)(int)mask;
    }
}
