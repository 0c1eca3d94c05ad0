using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>
/// Makes a public method, property, field or constructor visible to Lua. Instance methods are called as
/// <c>obj:Method(args)</c>, properties and fields read and written as <c>obj.Prop</c>, static methods as
/// <c>Type.Method(args)</c> and constructors as <c>Type.new(args)</c>. Parameters convert by <see cref="LuaConvert"/>
/// rules; optional parameters may be omitted, and so may nullable ones (<c>string?</c>, <c>int?</c>: nil or absent
/// gives null; a nullable property or field takes nil as null); <c>in</c> parameters bind as values; a trailing
/// <c>LuaValue[]</c> receives varargs; parameters of type <see cref="LuaCallContext"/> or <see cref="LuaState"/> are
/// injected. Tuple results become multiple results.
/// <para>Members the generator cannot bind are reported and left out: async methods and members of type
/// <c>Task</c>/<c>ValueTask</c> (error TYCHO004: bind those with <c>LuaFunction.CreateAsync</c>), and generic
/// methods, <c>ref</c>/<c>out</c> parameters, ref returns, pointers, spans and other ref structs (error TYCHO002).</para>
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
