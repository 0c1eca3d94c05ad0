namespace Tycho.Runtime;

/// <summary>A Lua function value: a <see cref="LuaClosure"/> (compiled Lua code) or a <see cref="LuaHostFunction"/> (.NET code).</summary>
public abstract partial class LuaFunction : LuaObjectWithId
{
    /// <inheritdoc/>
    public override LuaType LuaType => LuaType.Function;
}
