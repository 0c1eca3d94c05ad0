using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>A typed handle to a <see cref="LuaTable"/>, <see cref="LuaFunction"/>, <see cref="LuaUserdata"/> or
/// <see cref="LuaThread"/> (see <see cref="LuaHandle"/> for lifetime rules).</summary>
/// <typeparam name="T">The object's type.</typeparam>
public sealed class LuaHandle<T> : LuaHandle where T : LuaObject
{
    internal LuaHandle(LuaState state, T obj) : base(state, obj) { }

    /// <summary>The referenced object. Throws <see cref="ObjectDisposedException"/> when the handle or its state was disposed.</summary>
    public T Target => (T)Object;
}
