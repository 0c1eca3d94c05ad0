namespace Tycho.Runtime;

/// <summary>What a host hook is called for, in the order of the public <c>Tycho.Hosting.LuaHookEvent</c>.</summary>
internal enum HookKind : byte
{
    Call, TailCall, Return, Line, Count, Error, Pause,
}

/// <summary>A host hook as the runtime sees it (the embedding API wraps its public delegate in one), so the
/// runtime does not depend on the hosting layer's types.</summary>
internal abstract class HostHook
{
    /// <summary>Runs the hook for <paramref name="evt"/> on <paramref name="thread"/>.</summary>
    internal abstract void Invoke(LuaThread thread, HookKind evt, int line, in LuaValue error, bool isCaught);
}
