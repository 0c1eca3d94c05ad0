using Tycho.Runtime.Gc;

namespace Tycho.Runtime;

/// <summary>A full userdata (manual §2.1): a host object given to Lua, with an optional metatable.</summary>
public sealed partial class LuaUserdata : LuaObjectWithId
{
    /// <summary>The wrapped host object.</summary>
    public object? Value { get; set; }
    /// <summary>The metatable, or null.</summary>
    public LuaTable? Metatable { get; set; }
    /// <summary>The user value (lua_getiuservalue 1).</summary>
    public LuaValue UserValue { get; set; }

    /// <summary>Wraps <paramref name="value"/> with the given metatable.</summary>
    public LuaUserdata(object? value, LuaTable? metatable = null)
    {
        var account = MemoryAccount.Current;   // see MemoryAccount
        if (account is not null) { account.Charge(MemorySizes.Userdata); Owner = account.Owner; }
        Value = value; Metatable = metatable;
    }

    /// <inheritdoc/>
    public override LuaType LuaType => LuaType.Userdata;
}
