using Tycho.Hosting;

namespace Tycho.Runtime;

// The host's hook of one thread (LuaState.SetHook): a .NET delegate riding on the traps of the script's hooks
// (LuaThread.Hooks.cs).
public sealed partial class LuaThread
{
    /// <summary>The host hook (null: none).</summary>
    internal LuaHookHandler? HostHook;
    /// <summary>The events the host hook asks for (may include <see cref="HookMask.Error"/>).</summary>
    internal HookMask HostHookMask;
    /// <summary>The host hook's count and the instructions left until its next count event.</summary>
    internal int HostBaseHookCount, HostHookCount;
    /// <summary>The hook was set for this thread alone: the state-wide hook does not replace it.</summary>
    internal bool HasOwnHostHook;
    /// <summary>Bumped whenever a host hook returns (the thread runs on): frames handed out before are stale.</summary>
    internal int DebugStamp;

    /// <summary>Installs the host hook of this thread (<paramref name="own"/>: set for this thread alone).</summary>
    internal void SetHostHook(LuaHookHandler? hook, HookMask mask, int count, bool own)
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
    internal void RunHostHook(LuaHookEvent evt, int line, LuaValue error, bool caught)
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
            hook(this, new LuaHookEventArgs(evt, line, error, caught));
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
}
