namespace Tycho.Hosting;

/// <summary>
/// Exposes a .NET class to Lua as a userdata type, bound at compile time by the Tycho.Generators source generator
/// (works under NativeAOT and trimming). The class must be <c>partial</c>; the generator makes it implement
/// <see cref="ILuaUserType{TSelf}"/>. Only members marked <see cref="LuaMemberAttribute"/> or
/// <see cref="LuaMetamethodAttribute"/> are visible. Register the type with <see cref="LuaState.RegisterType{T}"/>
/// (which also publishes its static members as a global table) or just pass instances to Lua.
/// <para>A class implementing <see cref="IEnumerable{T}"/> iterates with <c>pairs(obj)</c> (key/value pairs for an
/// <see cref="IEnumerable{T}"/> of <see cref="KeyValuePair{TKey, TValue}"/>, else <c>1, v1, 2, v2, ...</c>) and one
/// implementing <see cref="IReadOnlyCollection{T}"/> or <see cref="ICollection{T}"/> has <c>#obj == Count</c>, unless
/// it declares those metamethods itself. A disposable class is disposed when Lua created the instance and is done with
/// it; see <see cref="LuaUserTypeBinding"/>.</para>
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
