using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>Collects the members of a <see cref="LuaUserTypeBinding"/>. All callbacks use the allocation-free
/// <see cref="LuaHostDelegate"/> form: instance members receive the userdata as argument 1; property getters
/// receive (self, key) and push the value; setters receive (self, key, value).</summary>
public sealed class LuaUserTypeBuilder
{
    internal readonly List<(string Name, LuaHostDelegate Fn)> Methods = new();
    internal readonly List<(string Name, LuaHostDelegate? Get, LuaHostDelegate? Set)> Properties = new();
    internal readonly List<(string Name, LuaHostDelegate Fn)> Statics = new();
    internal readonly List<(LuaMetamethod Kind, LuaHostDelegate Fn)> Metamethods = new();

    internal LuaUserTypeBuilder() { }

    /// <summary>An instance method, called as <c>obj:name(...)</c>.</summary>
    public LuaUserTypeBuilder Method(string name, LuaHostDelegate fn) { Methods.Add((name, fn)); return this; }

    /// <summary>A property or field; a null setter makes it read-only.</summary>
    public LuaUserTypeBuilder Property(string name, LuaHostDelegate? getter, LuaHostDelegate? setter)
    { Properties.Add((name, getter, setter)); return this; }

    /// <summary>A static function in the type's global table, called as <c>Type.name(...)</c>.</summary>
    public LuaUserTypeBuilder Static(string name, LuaHostDelegate fn) { Statics.Add((name, fn)); return this; }

    /// <summary>A metamethod.</summary>
    public LuaUserTypeBuilder Metamethod(LuaMetamethod kind, LuaHostDelegate fn) { Metamethods.Add((kind, fn)); return this; }
}
