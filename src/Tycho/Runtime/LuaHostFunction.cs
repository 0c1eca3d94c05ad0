using Tycho.Runtime.Gc;

namespace Tycho.Runtime;

/// <summary>A .NET function exposed to Lua.</summary>
public sealed class LuaHostFunction : LuaFunction
{
    /// <summary>Name used in error messages when the call site gives none (e.g. "print").</summary>
    public string Name { get; }
    /// <summary>The implementation.</summary>
    public LuaHostDelegate Delegate { get; }
    /// <summary>Upvalues of a host closure (lua_pushcclosure), or empty.</summary>
    public LuaValue[] UpValues { get; }
    /// <summary>Special VM treatment (pcall, xpcall, yield...), so those can run without nesting the .NET stack.</summary>
    internal HostFunctionKind Kind { get; init; }

    /// <summary>Wraps <paramref name="fn"/> under <paramref name="name"/>.</summary>
    public LuaHostFunction(string name, LuaHostDelegate fn, params LuaValue[] upValues)
    {
        MemoryAccount.ChargeCurrent(MemorySizes.HostFunction(upValues.Length));
        Name = name; Delegate = fn; UpValues = upValues;
    }
}

/// <summary>Host functions the VM executes itself instead of calling their delegate (the delegate is the fallback
/// when they are called from host code).</summary>
internal enum HostFunctionKind : byte { Normal, PCall, XPCall, Yield }
