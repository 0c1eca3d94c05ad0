using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>A value could not be converted between Lua and .NET (wrong type, out of range, not exact, invalid UTF-8).
/// Inside a host function called from Lua the same failure is reported as a Lua argument error instead.</summary>
public sealed class LuaConversionException : LuaException
{
    /// <summary>The Lua type involved.</summary>
    public LuaType LuaType { get; }
    /// <summary>The .NET type involved.</summary>
    public Type ClrType { get; }

    /// <summary>Creates the exception.</summary>
    public LuaConversionException(string message, LuaType luaType, Type clrType) : base(message)
    {
        LuaType = luaType; ClrType = clrType;
    }
}
