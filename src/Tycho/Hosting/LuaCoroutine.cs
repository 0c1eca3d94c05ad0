using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>
/// A Lua coroutine driven by the host (manual §2.6): what <c>coroutine.create</c>, <c>coroutine.resume</c>,
/// <c>coroutine.status</c> and <c>coroutine.close</c> do from Lua, with the same implementation. Create it with
/// <see cref="LuaState.CreateThread(LuaFunction)"/>. Each <see cref="Resume(ReadOnlySpan{LuaValue})"/> is an API call
/// run under the state's limits like <see cref="LuaState.Call(in LuaValue, ReadOnlySpan{LuaValue})"/>, so a host can
/// drive many coroutines in turn (a scheduler) and every step is bounded by <see cref="LuaStateOptions.Timeout"/>
/// and <see cref="LuaStateOptions.InstructionLimit"/>. It is a handle (see <see cref="LuaHandle"/> for lifetime
/// rules): the coroutine stays alive while it is held, and <see cref="LuaHandle.Dispose"/> releases it without
/// closing it.
/// </summary>
public sealed class LuaCoroutine : LuaHandle
{
    internal LuaCoroutine(LuaState state, LuaThread thread) : base(state, thread) { }

    /// <summary>The coroutine's thread object (a Lua value of type thread). Throws <see cref="ObjectDisposedException"/>
    /// when the handle or its state was disposed.</summary>
    public LuaThread Thread => (LuaThread)Object;

    /// <summary>The coroutine's status seen from the running code (<c>coroutine.status</c>): from the host's top
    /// level it is <see cref="LuaCoroutineStatus.Suspended"/> or <see cref="LuaCoroutineStatus.Dead"/>.</summary>
    public LuaCoroutineStatus Status => State.StatusOf(this);

    /// <summary>True when the coroutine can be resumed (<see cref="Status"/> is <see cref="LuaCoroutineStatus.Suspended"/>).</summary>
    public bool IsSuspended => Status == LuaCoroutineStatus.Suspended;

    /// <summary>
    /// Starts or continues the coroutine (<c>coroutine.resume</c>, manual §6.2; <c>lua_resume</c>, §4.6): the first
    /// call passes <paramref name="args"/> to its body, later ones make them the results of the pending
    /// <c>coroutine.yield</c>. Returns the values passed to <c>yield</c>, or the body's results when it finishes
    /// (<see cref="Status"/> is then <see cref="LuaCoroutineStatus.Dead"/>).
    /// Throws <see cref="LuaRuntimeException"/> when the coroutine raises an error (it is dead then; its
    /// <see cref="LuaRuntimeException.LuaTraceback"/> is the coroutine's traceback) or cannot be resumed
    /// (<c>cannot resume dead coroutine</c>, <c>cannot resume non-suspended coroutine</c>);
    /// <see cref="LuaLimitException"/> when a limit of the call fired.
    /// </summary>
    public LuaValue[] Resume(params ReadOnlySpan<LuaValue> args) => State.ResumeCoroutine(this, args);

    /// <summary>As <see cref="Resume(ReadOnlySpan{LuaValue})"/>, converting the first yielded or returned value (nil
    /// when none) to <typeparamref name="T"/>; throws <see cref="LuaConversionException"/> when it does not convert.</summary>
    public T Resume<T>(params ReadOnlySpan<LuaValue> args)
    {
        var r = Resume(args);
        return LuaConvert.To<T>(r.Length > 0 ? r[0] : LuaValue.Nil, State);
    }

    /// <summary>
    /// Closes the coroutine (<c>coroutine.close</c>, manual §6.2): closes its pending to-be-closed variables and
    /// makes it dead. Throws <see cref="LuaRuntimeException"/> with the error a <c>__close</c> raised, or with the
    /// error the coroutine died of, where <c>coroutine.close</c> returns false and the error;
    /// <see cref="InvalidOperationException"/> when it is running or normal (it cannot be closed from inside).
    /// </summary>
    public void Close() => State.CloseCoroutine(this);
}
