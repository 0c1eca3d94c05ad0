namespace Tycho.Runtime;

/// <summary>The basic types of Lua values (manual §2.1), in the order of <c>lua.h</c>'s LUA_T* constants.</summary>
public enum LuaType
{
    /// <summary>The absent value.</summary>
    Nil = 0,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean = 1,
    /// <summary>Light userdata (not produced by Tycho; reserved so the numbering matches Lua's).</summary>
    LightUserdata = 2,
    /// <summary>An integer or a float (see <see cref="LuaValue.IsInteger"/>).</summary>
    Number = 3,
    /// <summary>An immutable byte string.</summary>
    String = 4,
    /// <summary>A table.</summary>
    Table = 5,
    /// <summary>A Lua closure or a host function.</summary>
    Function = 6,
    /// <summary>A full userdata.</summary>
    Userdata = 7,
    /// <summary>A coroutine.</summary>
    Thread = 8,
}
