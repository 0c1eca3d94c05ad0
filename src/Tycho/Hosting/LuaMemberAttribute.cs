using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>
/// Makes a public method, property, field or constructor visible to Lua. Instance methods are called as
/// <c>obj:Method(args)</c>, properties and fields read and written as <c>obj.Prop</c>, static methods as
/// <c>Type.Method(args)</c> and constructors as <c>Type.new(args)</c>. Parameters convert by <see cref="LuaConvert"/>
/// rules; optional parameters may be omitted; a trailing <c>LuaValue[]</c> receives varargs; parameters of type
/// <see cref="LuaCallContext"/> or <see cref="LuaState"/> are injected. Tuple results become multiple results.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Constructor, Inherited = false)]
public sealed class LuaMemberAttribute : Attribute
{
    /// <summary>Binds the member under its .NET name.</summary>
    public LuaMemberAttribute() { }
    /// <summary>Binds the member under <paramref name="name"/>.</summary>
    public LuaMemberAttribute(string name) => Name = name;
    /// <summary>The Lua-visible name, or null for the .NET name.</summary>
    public string? Name { get; }
}
