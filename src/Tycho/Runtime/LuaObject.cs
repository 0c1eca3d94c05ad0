namespace Tycho.Runtime;

/// <summary>
/// Base of every Lua heap object: strings, tables, functions, userdata and threads (manual §2.1).
/// </summary>
public abstract class LuaObject
{
    /// <summary>The object's basic Lua type.</summary>
    public abstract LuaType LuaType { get; }
}
