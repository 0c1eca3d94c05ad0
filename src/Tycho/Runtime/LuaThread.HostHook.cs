
namespace Tycho.Runtime;

// The host's hook of one thread (LuaState.SetHook): a .NET delegate riding on the traps of the script's hooks
// (LuaThread.Hooks.cs).
public sealed partial class LuaThread
{
    /// <summary>The host hook (null: none).</summary>
    internal HostHook? HostHook;
    /// <summary>The events the host hook asks for (may include <see cref="HookMask.Error"/>).</summary>
    internal HookMask HostHookMask;
    /// <summary>The host hook's count and the instructions left until its next count event.</summary>
    internal int HostBaseHookCount, HostHookCount;
    /// <summary>The hook was set for this thread alone: the state-wide hook does not replace it.</summary>
    internal bool HasOwnHostHook;
    /// <summary>Bumped whenever a host hook returns (the thread runs on): frames handed out before are stale.</summary>
    internal int DebugStamp;

    /// <summary>Installs the host hook of this thread (<paramref name="own"/>: set for this thread alone).</summary>
    internal void SetHostHook(HostHook? hook, HookMask mask, int count, bool own)
    {
        if (hook is null) mask = HookMask.None;
        HostHook = hook;
        HostHookMask = mask;
        HostBaseHookCount = count;
        HostHookCount = count;
        HasOwnHostHook = own && hook is not null;
        UpdateHookTrap();
    }

    /// <summary>Calls the host hook for the top frame with the state's hooks off; an exception of the handler
    /// propagates as an error of the hooked code.</summary>
    internal void RunHostHook(HookKind evt, int line, in LuaValue error, bool caught)
    {
        var hook = HostHook;
        if (hook is null || !AllowHook || Global.InHostHook) return;
        int savedTop = Top;
        AllowHook = false;
        Global.InHostHook = true;
        // API calls made by the handler run on the state's hook thread (LuaState's calling thread is the one the
        // memory account says is running), leaving this stack as the interrupted instruction expects it.
        var memory = Global.Memory.Enter(Global.HookThread);
        try
        {
            hook.Invoke(this, evt, line, error, caught);
        }
        finally
        {
            memory.Exit();
            AllowHook = true;
            Global.InHostHook = false;
            Top = savedTop;
            DebugStamp++;
        }
    }

    /// <summary>The Pause event at a safepoint of the top (Lua) frame. At a backward jump the frame's saved pc is the
    /// jump's target: the frame then shows the line of that target, the code about to run, meanwhile.</summary>
    internal void RunPauseHook()
    {
        int fi = FrameCount - 1;
        int saved = Frames[fi].Pc;
        if (AtJumpSafepoint && Frames[fi].IsLua) Frames[fi].Pc = saved + 1;
        try { RunHostHook(HookKind.Pause, -1, LuaValue.Nil, false); }
        finally { Frames[fi].Pc = saved; }
    }

    /// <summary>An error a <c>coroutine.wrap</c> function raises again in this thread after the coroutine's own
    /// Error event reported it (not reported twice).</summary>
    internal LuaRuntimeException? ErrorAlreadyReported;

    /// <summary>The Error event, the first time this thread sees <paramref name="ex"/> and before any frame unwinds.
    /// Returns the error to raise: the handler's exception replaces it when the handler throws.</summary>
    internal LuaRuntimeException ErrorHook(LuaRuntimeException ex)
    {
        if (ReferenceEquals(ex, ErrorAlreadyReported)) { ErrorAlreadyReported = null; return ex; }
        if (HostHook is null || !AllowHook || Global.InHostHook) return ex;
        try
        {
            RunHostHook(HookKind.Error, -1, ex.Value, ErrorIsCaught());
            return ex;
        }
        catch (Exception e)
        {
            // Caught here: PrepareError runs outside the dispatch loop's handlers, where an exception would skip
            // every pcall.
            var replaced = e as LuaRuntimeException
                ?? new LuaRuntimeException(LuaValue.FromString(PositionPrefix() + InternalErrors.Message(e)), e);
            replaced.SeenBy = this;
            return replaced;
        }
    }

    /// <summary>Whether the error being raised in this thread's top frame will be caught inside Lua: by a pcall or
    /// xpcall of this thread (<see cref="ProtectingFrame"/>, as <see cref="PrepareError"/> finds it), by the
    /// <c>coroutine.resume</c> that runs this coroutine, or, through a <c>coroutine.wrap</c> function, by a
    /// protection of its resumer.</summary>
    private bool ErrorIsCaught()
    {
        for (LuaThread t = this; ;)
        {
            if (t.ProtectingFrame() >= 0) return true;
            if (t.IsMainThread || t.Resumer is not { } resumer) return false;
            if (t.ResumedBy == ResumeKind.Resume) return true;
            if (t.ResumedBy != ResumeKind.Wrap) return false;
            t = resumer;
        }
    }
}
