namespace Tycho.Hosting;

/// <summary>
/// Binds a method as a metamethod of the type (manual §2.4). Instance methods get the userdata as their first
/// operand (<c>self</c>); static methods receive all operands as parameters (use them for binary operators, whose
/// userdata operand may come second). <see cref="LuaMetamethod.Index"/> and <see cref="LuaMetamethod.NewIndex"/>
/// are fallbacks consulted only for keys that are not bound members. A <see cref="LuaMetamethod.Pairs"/> method may
/// return any <see cref="IEnumerable{T}"/> (see there); a <see cref="LuaMetamethod.Gc"/> method runs when Lua collects
/// an instance (see <see cref="LuaUserTypeBinding"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class LuaMetamethodAttribute : Attribute
{
    /// <summary>Binds the method as metamethod <paramref name="kind"/>.</summary>
    public LuaMetamethodAttribute(LuaMetamethod kind) => Kind = kind;
    /// <summary>The metamethod.</summary>
    public LuaMetamethod Kind { get; }
}
