using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>
/// A host-held reference to a Lua object of one <see cref="LuaState"/>. The object stays alive while the handle
/// is held (it is also reported to the state as a root, see <see cref="LuaState.HandleCount"/>); <see cref="Dispose"/>
/// releases it explicitly. Using a handle after it or its state was disposed throws
/// <see cref="ObjectDisposedException"/>; passing it to another state throws <see cref="InvalidOperationException"/>.
/// Create handles with <see cref="LuaState.CreateHandle{T}(T)"/>, <see cref="LuaState.GetFunction"/> or
/// <see cref="LuaState.GetTable"/>; function and table operations are extension methods in
/// <see cref="LuaHandleExtensions"/>.
/// </summary>
public abstract class LuaHandle : IDisposable
{
    private LuaObject? _object;
    private bool _stateDisposed;

    /// <summary>The state the object belongs to.</summary>
    public LuaState State { get; }

    private protected LuaHandle(LuaState state, LuaObject obj)
    {
        State = state;
        _object = obj;
        state.TrackHandle(this);
    }

    /// <summary>True after <see cref="Dispose"/> or after the state was disposed.</summary>
    public bool IsDisposed => _object is null || _stateDisposed;

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

    /// <summary>The object without checks (null once disposed), for the state's root walk.</summary>
    internal LuaObject? Peek => _object;

    internal void ThrowIfInvalid()
    {
        if (_stateDisposed) throw new ObjectDisposedException(GetType().Name, "The handle's Lua state has been disposed.");
        if (_object is null) throw new ObjectDisposedException(GetType().Name, "The handle has been disposed.");
    }

    /// <summary>Called by the state when it is disposed.</summary>
    internal void Invalidate() => _stateDisposed = true;

    /// <summary>Releases the reference. Idempotent.</summary>
    public void Dispose()
    {
        if (_object is null) return;
        _object = null;
        if (!_stateDisposed) State.UntrackHandle(this);
        GC.SuppressFinalize(this);
    }

    /// <summary>The handle's value (throws when disposed).</summary>
    public static implicit operator LuaValue(LuaHandle h) => h.Value;

    /// <inheritdoc/>
    public override string ToString() => IsDisposed ? "(disposed handle)" : Value.ToString();
}
