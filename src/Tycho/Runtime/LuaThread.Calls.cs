namespace Tycho;

// Placeholder: the VM implements these.
public sealed partial class LuaThread
{
    /// <summary>Calls any callable value with the arguments and returns all results.</summary>
    public LuaValue[] Call(in LuaValue f, ReadOnlySpan<LuaValue> args) => throw new NotImplementedException();
    /// <summary>Calls with up to two arguments, returning the first result.</summary>
    public LuaValue Call1(in LuaValue f, in LuaValue a, in LuaValue b) => throw new NotImplementedException();
    /// <summary>luaL_where: "chunk:line: " of the function at <paramref name="level"/> (1 = caller of the running host function), or "".</summary>
    internal string Where(int level) => "";
    /// <summary>Name of the running host function for error messages and whether it was called as a method.</summary>
    internal (string Name, bool IsMethod) CurrentFunctionName(LuaHostFunction f) => (f.Name, false);
    /// <summary>luaL_tolstring.</summary>
    internal LuaString ToDisplayString(in LuaValue v) => LuaString.ToDisplay(v);
}
