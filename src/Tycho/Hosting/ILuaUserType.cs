namespace Tycho.Hosting;

/// <summary>A .NET object with a Lua binding (implemented by the source generator for <see cref="LuaTypeAttribute"/> types).</summary>
public interface ILuaUserType
{
    /// <summary>The type's binding.</summary>
    LuaUserTypeBinding LuaBinding { get; }
}

/// <summary>A bound type whose binding is reachable statically (<see cref="LuaState.RegisterType{T}"/>).</summary>
/// <typeparam name="TSelf">The type itself.</typeparam>
public interface ILuaUserType<TSelf> : ILuaUserType where TSelf : ILuaUserType<TSelf>
{
    /// <summary>The type's binding.</summary>
    static abstract LuaUserTypeBinding Binding { get; }
}
