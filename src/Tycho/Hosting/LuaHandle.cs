using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>
/// A host-held reference to a Lua object of one <see cref="LuaState"/>. The object stays alive while the handle
/// is held (it is also reported to the state as a root, see <see cref="LuaState.HandleCount"/>); <see cref="Dispose"/>
/// releases it explicitly, and a handle the host drops without disposing releases it when .NET finalizes the handle. Using a handle after it or its state was disposed throws
/// <see cref="ObjectDisposedException"/>; passing it to another state throws <see cref="InvalidOperationException"/>.
/// Create handles with <see cref="LuaState.CreateHandle{T}(T)"/>, <see cref="LuaState.GetFunction"/> or
/// <see cref="LuaState.GetTable"/>; function and table operations are extension methods in
/// <see cref="LuaHandleExtensions"/>.
/// </summary>
public abstract class LuaHandle : IDisposable
{
    private LuaObject? _object;
    /// <summary>The state's slot holding the object (see LuaState.Handles.cs).</summary>
    private readonly int _slot;

    /// <summary>The state the object belongs to.</summary>
    public LuaState State { get; }

    private protected LuaHandle(LuaState state, LuaObject obj)
    {
        State = state;
        _object = obj;
        _slot = state.AllocateHandleSlot(obj);
    }

    /// <summary>A handle the host dropped without disposing releases its object here. Only queues the slot: the
    /// state frees it on its own thread.</summary>
    ~LuaHandle()
    {
        if (_object is not null && !State.IsDisposed) State.ReleaseHandleSlot(_slot);
    }

    /// <summary>True after <see cref="Dispose"/> or after the state was disposed.</summary>
    public bool IsDisposed => _object is null || State.IsDisposed;

    /// <summary>The referenced object as a value. Throws <see cref="ObjectDisposedException"/> when disposed.</summary>
    public LuaValue Value => LuaValue.FromObject(Object);

    /// <summary>The referenced object. Throws <see cref="ObjectDisposedException"/> when disposed.</summary>
    protected LuaObject Object
    {
        get
        {
            ThrowIfInvalid();
            return _object!;
        }
    }

    internal void ThrowIfInvalid()
    {
        if (State.IsDisposed) throw new ObjectDisposedException(GetType().Name, "The handle's Lua state has been disposed.");
        if (_object is null) throw new ObjectDisposedException(GetType().Name, "The handle has been disposed.");
    }

    /// <summary>Releases the reference. Idempotent; safe from any thread.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _object, null) is null) return;
        if (!State.IsDisposed) State.ReleaseHandleSlot(_slot);
        GC.SuppressFinalize(this);
    }

    /// <summary>The handle's value (throws when disposed).</summary>
    public static implicit operator LuaValue(LuaHandle h) => h.Value;

    /// <inheritdoc/>
    public override string ToString() => IsDisposed ? "(disposed handle)" : Value.ToString();
}
