using Tycho.Compiler;
using Tycho.Library;
using Tycho.Runtime;

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

/// <summary>
/// Binds a method as a metamethod of the type (manual §2.4). Instance methods get the userdata as their first
/// operand (<c>self</c>); static methods receive all operands as parameters (use them for binary operators, whose
/// userdata operand may come second). <see cref="LuaMetamethod.Index"/> and <see cref="LuaMetamethod.NewIndex"/>
/// are fallbacks consulted only for keys that are not bound members.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class LuaMetamethodAttribute : Attribute
{
    /// <summary>Binds the method as metamethod <paramref name="kind"/>.</summary>
    public LuaMetamethodAttribute(LuaMetamethod kind) => Kind = kind;
    /// <summary>The metamethod.</summary>
    public LuaMetamethod Kind { get; }
}

/// <summary>Metamethods a user type can define (manual §2.4; event names in the comments).</summary>
public enum LuaMetamethod
{
    /// <summary>__add</summary>
    Add,
    /// <summary>__sub</summary>
    Sub,
    /// <summary>__mul</summary>
    Mul,
    /// <summary>__div</summary>
    Div,
    /// <summary>__mod</summary>
    Mod,
    /// <summary>__pow</summary>
    Pow,
    /// <summary>__unm</summary>
    Unm,
    /// <summary>__idiv</summary>
    IDiv,
    /// <summary>__band</summary>
    BAnd,
    /// <summary>__bor</summary>
    BOr,
    /// <summary>__bxor</summary>
    BXor,
    /// <summary>__shl</summary>
    Shl,
    /// <summary>__shr</summary>
    Shr,
    /// <summary>__bnot</summary>
    BNot,
    /// <summary>__concat</summary>
    Concat,
    /// <summary>__len</summary>
    Len,
    /// <summary>__eq</summary>
    Eq,
    /// <summary>__lt</summary>
    Lt,
    /// <summary>__le</summary>
    Le,
    /// <summary>__call</summary>
    Call,
    /// <summary>__tostring</summary>
    ToString,
    /// <summary>__close</summary>
    Close,
    /// <summary>__index, consulted for keys that are not bound members.</summary>
    Index,
    /// <summary>__newindex, consulted for keys that are not bound writable members.</summary>
    NewIndex,
}
