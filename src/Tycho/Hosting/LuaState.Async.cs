using Tycho.Runtime;

namespace Tycho.Hosting;

// Asynchronous execution: the chunk runs in a coroutine driven by an async loop. An async host function yields a
// pending operation to the driver, which awaits it (no thread blocked) and resumes the coroutine with it.
public sealed partial class LuaState
{
    /// <summary>Coroutines run by <see cref="CallAsync"/>, with their cancellation tokens.</summary>
    private readonly Dictionary<LuaThread, CancellationToken> _asyncDrivers = new(ReferenceEqualityComparer.Instance);

    /// <summary>The cancellation token of the async run driving <paramref name="thread"/>, or none.</summary>
    internal CancellationToken AsyncTokenFor(LuaThread thread) =>
        _asyncDrivers.TryGetValue(thread, out var t) ? t : CancellationToken.None;

    internal bool IsAsyncThread(LuaThread thread) => _asyncDrivers.ContainsKey(thread);

    /// <summary>The last wrapped host exception per async coroutine: a coroutine that dies reports only the error
    /// value, so the driver matches it against this to give the host the original exception as InnerException.</summary>
    private readonly Dictionary<LuaThread, LuaRuntimeException> _asyncErrors = new(ReferenceEqualityComparer.Instance);

    internal void NoteAsyncError(LuaThread thread, LuaRuntimeException e)
    {
        if (_asyncDrivers.ContainsKey(thread)) _asyncErrors[thread] = e;
    }

    /// <summary>Compiles and runs a chunk asynchronously; see <see cref="CallAsync"/>.</summary>
    public async Task<LuaValue[]> DoStringAsync(string code, string? chunkName = null, CancellationToken cancellationToken = default)
    {
        var f = Load(code, chunkName);
        return await CallAsync(f, ReadOnlyMemory<LuaValue>.Empty, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Compiles and runs a chunk asynchronously that <paramref name="cancellationToken"/> can stop; see
    /// <see cref="CallAsync"/>. A token already cancelled fails the task with <see cref="LuaCancelledException"/>
    /// before any of the chunk runs.</summary>
    public Task<LuaValue[]> DoStringAsync(string code, CancellationToken cancellationToken) =>
        DoStringAsync(code, null, cancellationToken);

    /// <summary>Runs a chunk asynchronously that <paramref name="cancellationToken"/> can stop, and converts its
    /// first result; see <see cref="DoStringAsync(string, CancellationToken)"/>.</summary>
    public Task<T> DoStringAsync<T>(string code, CancellationToken cancellationToken) =>
        DoStringAsync<T>(code, null, cancellationToken);

    /// <summary>Runs a chunk asynchronously and converts its first result.</summary>
    public async Task<T> DoStringAsync<T>(string code, string? chunkName = null, CancellationToken cancellationToken = default)
    {
        var r = await DoStringAsync(code, chunkName, cancellationToken).ConfigureAwait(false);
        return LuaConvert.To<T>(r.Length > 0 ? r[0] : LuaValue.Nil, this);
    }

    /// <summary>
    /// Calls <paramref name="function"/> in a new coroutine so that async host functions
    /// (<see cref="LuaFunction"/>.CreateAsync) can suspend it without blocking a thread: each such call yields its
    /// pending task here, this method awaits it and resumes the Lua code with the result. A plain
    /// <c>coroutine.yield()</c> at the top level of the run gives control back to the caller's scheduler once.
    /// <para>Cancellation: <paramref name="cancellationToken"/> is passed to async host functions; when it fires
    /// while Lua waits on one, the wait ends with the Lua error <c>execution cancelled</c> (catchable by
    /// <c>pcall</c>), and the returned task fails with <see cref="LuaCancelledException"/> (an
    /// <see cref="OperationCanceledException"/>, so <c>catch (OperationCanceledException)</c> sees it) carrying the
    /// Lua error as InnerException. Lua code that never awaits is interrupted too: the token is polled at the VM's
    /// safepoints and whenever a host function returns. A token already cancelled fails the task with
    /// <see cref="LuaCancelledException"/> before any Lua code runs. The state's
    /// <see cref="LuaStateOptions.InstructionLimit"/> and <see cref="LuaStateOptions.Timeout"/> apply to the whole run
    /// (all resume steps, including time spent awaiting) and end it with <see cref="LuaLimitException"/>.</para>
    /// Errors: <see cref="LuaRuntimeException"/> (with <see cref="LuaRuntimeException.LuaTraceback"/>).
    /// The state must not be used from another thread while a resume step runs (see <see cref="LuaConcurrentUseException"/>);
    /// between steps (while awaiting) it may be.
    /// </summary>
    public async Task<LuaValue[]> CallAsync(LuaValue function, ReadOnlyMemory<LuaValue> args, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        using (EnterApi()) { Admit(function); Admit(args.Span); }   // ownership (LuaState.Ownership.cs)
        if (function.AsFunction is not LuaFunction fn)
            throw new ArgumentException($"a function expected, got {function.TypeName}", nameof(function));
        if (cancellationToken.IsCancellationRequested) throw new LuaCancelledException(null, cancellationToken);
        var co = LuaThread.CreateCoroutine(Core, fn);
        LuaValue[] resumeArgs = args.ToArray();
        bool cancelledInside = false;
        // One run of limits for the whole async call: counters persist across the resume steps, and the token also
        // stops Lua code that never awaits (polled at safepoints).
        LimitRun run = Core.CreateRun(null, cancellationToken);
        using (EnterApi()) _asyncDrivers[co] = cancellationToken;
        try
        {
            while (true)
            {
                LuaValue[] results;
                int n;
                bool dead;
                LuaRuntimeException? ex = null;
                using (EnterApi(run))
                {
                    n = co.Resume(MainThread, resumeArgs);
                    results = PopResults(MainThread, n < 0 ? 1 : n);
                    dead = co.CoStatus == CoroutineStatus.Dead;
                    if (n < 0)
                    {
                        ex = _asyncErrors.TryGetValue(co, out var known) && ReferenceEquals(known.Value.AsObject, results[0].AsObject) && results[0].AsObject is not null
                            ? known
                            : new LuaRuntimeException(results[0]);
                        ex.LuaTraceback = TryTraceback(co);
                        ex.ResolveMessage(MainThread);   // __tostring runs under the run's limits, as for DoString
                    }
                }
                if (ex is not null)
                {
                    string? traceback = ex.LuaTraceback;
                    if (cancellationToken.IsCancellationRequested) throw new LuaCancelledException(ex, cancellationToken);
                    if (run.Fired is { } kind)
                        throw ex as LuaLimitException ?? new LuaLimitException(kind, LuaLimitException.MessageOf(kind), ex) { LuaTraceback = traceback };
                    throw ex;
                }
                if (dead)
                {
                    if (cancelledInside || run.Fired == LuaLimitKind.Cancelled) throw new LuaCancelledException(null, cancellationToken);
                    if (run.Fired is { } kind) throw new LuaLimitException(kind, LuaLimitException.MessageOf(kind));
                    return results;
                }
                resumeArgs = Array.Empty<LuaValue>();
                if (results.Length > 0 && results[0].AsObject is LuaUserdata { Value: AsyncOperation op })
                {
                    if (!op.IsCompleted)
                    {
                        try { await op.AsTask().WaitAsync(cancellationToken).ConfigureAwait(false); }
                        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && !op.IsCompleted)
                        {
                            op.Cancelled = true;
                            cancelledInside = true;
                        }
                        catch (Exception) { /* the failure is raised inside Lua by the operation's result step */ }
                    }
                    if (cancellationToken.IsCancellationRequested) { op.Cancelled = true; cancelledInside = true; }
                }
                else
                {
                    await Task.Yield();
                }
            }
        }
        finally
        {
            if (!_disposed) using (EnterApi()) { _asyncDrivers.Remove(co); _asyncErrors.Remove(co); }
        }
    }

    private static LuaValue[] PopResults(LuaThread th, int n)
    {
        var r = n == 0 ? Array.Empty<LuaValue>() : th.Stack.AsSpan(th.Top - n, n).ToArray();
        th.Stack.AsSpan(th.Top - n, n).Clear();
        th.Top -= n;
        return r;
    }

    private static string? TryTraceback(LuaThread co)
    {
        try { return co.FrameCount > 1 ? LuaThread.Traceback(co, null, 0) : null; }
        catch (Exception e) when (e is not OutOfMemoryException) { return null; }
    }
}
