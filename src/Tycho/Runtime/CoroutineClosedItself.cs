namespace Tycho.Runtime;

/// <summary>
/// How a Lua 5.5 coroutine that closed itself (<c>coroutine.close()</c> of the running coroutine, Lua 5.5 manual §6.2:
/// "this function does not return. Instead, the resume that (re)started the coroutine returns") leaves its running
/// code: the close is already done when this is thrown, and no pcall, no host-level protection and no message
/// handler may catch it, so it is not a <see cref="LuaRuntimeException"/>. It ends at the coroutine's resume
/// (<see cref="LuaThread"/>.Resume), or at the <c>coroutine.close</c> that was closing the coroutine when one of its
/// <c>__close</c> handlers closed it again.
/// </summary>
internal sealed class CoroutineClosedItself : Exception
{
    /// <summary>The coroutine that closed itself.</summary>
    public LuaThread Thread { get; }
    /// <summary>The error its <c>__close</c> handlers raised, or null when they all returned.</summary>
    public LuaValue? Error { get; }

    public CoroutineClosedItself(LuaThread thread, LuaValue? error) : base("coroutine closed itself")
    {
        Thread = thread;
        Error = error;
    }
}
