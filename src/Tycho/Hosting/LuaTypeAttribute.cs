namespace Tycho.Hosting;

/// <summary>
/// Exposes a .NET class to Lua as a userdata type, bound at compile time by the Tycho.Generators source generator
/// (works under NativeAOT and trimming). The class must be <c>partial</c>; the generator makes it implement
/// <see cref="ILuaUserType{TSelf}"/>. Only members marked <see cref="LuaMemberAttribute"/> or
/// <see cref="LuaMetamethodAttribute"/> are visible. Register the type with <see cref="LuaState.RegisterType{T}"/>
/// (which also publishes its static members as a global table) or just pass instances to Lua.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LuaTypeAttribute : Attribute
{
    /// <summary>Binds the type under its .NET name.</summary>
    public LuaTypeAttribute() { }
    /// <summary>Binds the type under <paramref name="name"/> (its <c>__name</c> and global table name).</summary>
    public LuaTypeAttribute(string name) => Name = name;
    /// <summary>The Lua-visible type name, or null for the .NET name.</summary>
    public string? Name { get; }
}
