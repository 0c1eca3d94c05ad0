using Tycho.Runtime;

namespace Tycho.Hosting;

// Coroutines driven by the host (LuaCoroutine): the same resume, status and close as the coroutine library.
public sealed partial class LuaState
{
    /// <summary>
    /// Creates a coroutine whose body is <paramref name="function"/> (<c>coroutine.create</c>, manual §6.2;
    /// <c>lua_newthread</c>), suspended until its first <see cref="LuaCoroutine.Resume(ReadOnlySpan{LuaValue})"/>.
    /// The result is a handle: the coroutine stays alive while it is held. Throws <see cref="LuaMemoryException"/>
    /// past the memory limit.
    /// </summary>
    public LuaCoroutine CreateThread(LuaFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        using var scope = EnterApi();
        Admit(function);   // a function of another state is refused (LuaState.Ownership.cs)
        return new LuaCoroutine(this, LuaThread.CreateCoroutine(Core, function));
    }

    /// <summary>The thread running Lua code now: the caller of a host function that uses the API, else the main thread.</summary>
    private LuaThread CurrentThread => Core.Memory.Running ?? MainThread;

    internal LuaCoroutineStatus StatusOf(LuaCoroutine co)
    {
        using var scope = EnterApi();
        CheckOwn(co);
        return (LuaCoroutineStatus)co.Thread.StatusSeenFrom(CurrentThread);
    }

    /// <summary>lua_resume from the running thread, as coroutine.resume; the results (or the error value) come
    /// back through that thread's stack.</summary>
    internal LuaValue[] ResumeCoroutine(LuaCoroutine co, ReadOnlySpan<LuaValue> args)
    {
        using var scope = EnterApi();
        CheckOwn(co);
        Admit(args);
        LuaThread thread = co.Thread, from = CurrentThread;
        bool wasSuspended = thread.CoStatus == CoroutineStatus.Suspended;
        int n = thread.Resume(from, args);
        var results = PopResults(from, n < 0 ? 1 : n);   // LuaState.Async.cs
        if (n >= 0)
        {
            ThrowIfLimitFiredAtTop();
            return results;
        }
        // Only an error raised inside has a traceback: a dead coroutine keeps the frames of its error.
        string? traceback = wasSuspended ? TryTraceback(thread) : null;
        throw ErrorOf(results[0], traceback);
    }

    /// <summary>lua_closethread, as coroutine.close; its __close metamethods run on the running thread's C calls.</summary>
    internal void CloseCoroutine(LuaCoroutine co)
    {
        using var scope = EnterApi();
        CheckOwn(co);
        LuaThread thread = co.Thread, from = CurrentThread;
        if (thread.CloseRefusal(from) is { } refused) throw new InvalidOperationException(refused);
        var memory = Core.Memory.Enter(thread);   // the __close calls charge this state
        LuaValue? error;
        try { error = thread.CloseCoroutine(from); }
        finally { memory.Exit(); }
        if (error is LuaValue e) throw ErrorOf(e, null);
        ThrowIfLimitFiredAtTop();
    }

    /// <summary>The exception for an error value that came back from a coroutine: the limit's own exception when
    /// a limit of this call fired (see <see cref="GlobalState.LimitOutcome"/>), else a Lua error.</summary>
    private LuaRuntimeException ErrorOf(LuaValue error, string? traceback)
    {
        var ex = new LuaRuntimeException(error) { LuaTraceback = traceback };
        if (Core.LimitOutcome(ex) is { } limit)
        {
            limit.LuaTraceback ??= traceback;
            return limit;
        }
        return ex;
    }
}
