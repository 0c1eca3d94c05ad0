using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>A <see cref="LuaHookHandler"/> as the runtime's <see cref="HostHook"/>.</summary>
internal sealed class HandlerHook(LuaHookHandler handler) : HostHook
{
    /// <summary>The handler given to <see cref="LuaState.SetHook(LuaHookMask, int, LuaHookHandler?)"/>.</summary>
    internal LuaHookHandler Handler { get; } = handler;

    internal override void Invoke(LuaThread thread, HookKind evt, int line, in LuaValue error, bool isCaught) =>
        Handler(thread, new LuaHookEventArgs((LuaHookEvent)evt, line, error, isCaught));
}
