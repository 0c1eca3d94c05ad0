using System.Runtime.CompilerServices;
using Tycho.Runtime;

namespace Tycho.Hosting;

// Single-thread ownership and lifetime checks of the embedding API.
public sealed partial class LuaState
{
    /// <summary>Nesting of API calls on the owning thread (host functions may call back into the API).</summary>
    private int _apiDepth;
    /// <summary>True once <see cref="Dispose"/> ran.</summary>
    public bool IsDisposed => _disposed;

    /// <summary>
    /// Marks the start of an API call. A state is single-threaded: this records the calling thread as owner (an
    /// interlocked compare-and-swap) and rejects a second thread while the first is still inside, instead of
    /// letting both corrupt the stacks. Re-entry from the owning thread (host functions calling the API) is fine.
    /// Throws <see cref="ObjectDisposedException"/> after <see cref="Dispose"/> and
    /// <see cref="LuaConcurrentUseException"/> on concurrent use.
    /// </summary>
    internal ApiScope EnterApi() => EnterApi(null);

    /// <summary>As <see cref="EnterApi()"/>; a top-level entry (not nested in another API call) starts the execution
    /// limits: <paramref name="run"/> (per-call limits, or an async run continuing), else the state's options.</summary>
    internal ApiScope EnterApi(LimitRun? run)
    {
        if (_disposed) ThrowDisposed();
        int me = Environment.CurrentManagedThreadId;
        // Re-entry by the owner (the common case inside host callbacks) needs no interlocked operation: only
        // this thread can have stored its own id.
        // The guard word (the managed thread id inside, 0 when none) lives in Owner: the state's objects use it too.
        if (Owner.ThreadId != me)
        {
            int owner = Interlocked.CompareExchange(ref Owner.ThreadId, me, 0);
            if (owner != 0) ThrowConcurrent(owner, me);
        }
        if (_apiDepth++ == 0)
        {
            if (_releasedHandleCount != 0) DrainReleasedHandles();
            if (run is null) Core.BeginDefaultRun(); else Core.ActivateRun(run);
        }
        return new ApiScope(this);
    }

    private void ExitApi()
    {
        if (--_apiDepth == 0)
        {
            Core.DeactivateRun();
            Volatile.Write(ref Owner.ThreadId, 0);
        }
    }

    /// <summary>Ends an API call when disposed (a struct: <c>using var scope = EnterApi();</c> does not allocate).</summary>
    internal readonly struct ApiScope : IDisposable
    {
        private readonly LuaState _state;
        internal ApiScope(LuaState state) => _state = state;
        /// <summary>Leaves the API call.</summary>
        public void Dispose() => _state.ExitApi();
    }

    /// <summary>Throws <see cref="ObjectDisposedException"/> if the state was disposed.</summary>
    internal void ThrowIfDisposed()
    {
        if (_disposed) ThrowDisposed();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowDisposed() => throw new ObjectDisposedException(nameof(LuaState), "The Lua state has been disposed.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowConcurrent(int owner, int me) => throw ConcurrentUseError(owner, me);

    private static LuaConcurrentUseException ConcurrentUseError(int owner, int me) =>
        new LuaConcurrentUseException(
            $"The Lua state is in use by {(owner == ObjectOwner.ObjectClaim ? "another thread" : $"thread {owner}")} and was called from thread {me}: a LuaState and its objects are single-threaded; " +
            "use one state per thread or serialize access.");

    /// <summary>Sets the disposed flag (handles then report themselves disposed); false if it was already set.</summary>
    private bool MarkDisposed()
    {
        if (_disposed) return false;
        _disposed = true;
        return true;
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> if <paramref name="h"/> belongs to another state,
    /// <see cref="ObjectDisposedException"/> if it was disposed.</summary>
    internal void CheckOwn(LuaHandle h)
    {
        ArgumentNullException.ThrowIfNull(h);
        if (!ReferenceEquals(h.State, this))
            throw new InvalidOperationException($"The handle belongs to {h.State.Name} and cannot be used in {Name}: values cannot cross states through handles.");
        h.ThrowIfInvalid();
    }
}
