using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>A pending result of an async host function, yielded by its Lua wrapper to the async driver.</summary>
internal abstract class AsyncOperation
{
    /// <summary>Set by the driver when the wait was cancelled.</summary>
    public bool Cancelled;
    public abstract bool IsCompleted { get; }
    public abstract Task AsTask();
    /// <summary>Pushes the results, or throws the Lua error for a failure (message at the calling Lua line).</summary>
    public abstract int PushResults(in LuaCallContext ctx);

    protected LuaRuntimeException Failure(in LuaCallContext ctx, Exception? e)
    {
        if (Cancelled || e is OperationCanceledException && e is not LuaCancelledException)
            return Remember(ctx, new LuaRuntimeException(LuaValue.FromString(ctx.Thread.Where(2) + "execution cancelled"), e));
        if (e is LuaRuntimeException lre) return lre;
        return LuaHostCall.Wrap(ctx, e!, 2);
    }

    /// <summary>The cancellation error, remembered so the host sees the same exception.</summary>
    protected static LuaRuntimeException Remember(in LuaCallContext ctx, LuaRuntimeException e)
    {
        ctx.State.NoteAsyncError(ctx.Thread, e);
        return e;
    }
}

internal sealed class AsyncOperation<T> : AsyncOperation
{
    private readonly ValueTask<T> _value;
    private Task<T>? _task;
    private readonly bool _void;

    public AsyncOperation(ValueTask<T> value, bool isVoid) { _value = value; _void = isVoid; }

    public override bool IsCompleted => _task?.IsCompleted ?? _value.IsCompleted;

    public override Task AsTask() => _task ??= _value.AsTask();

    public override int PushResults(in LuaCallContext ctx)
    {
        if (Cancelled && !IsCompleted) throw Failure(ctx, null);
        T r;
        Exception? failure = null;
        r = default!;
        try { r = _task is null ? _value.Result : _task.GetAwaiter().GetResult(); }
        catch (Exception e) { failure = e; }
        if (failure is not null) throw Failure(ctx, failure);
        return _void ? 0 : LuaHostCall.Return(ctx, r);
    }
}
