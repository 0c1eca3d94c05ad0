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
    /// <summary>For <see cref="HostFunctionKind.CallK"/>: the part that runs before the call it ends with.</summary>
    internal LuaCallSetup? Setup { get; init; }
    /// <summary>For an <c>__index</c> function that answers a string key found in this table with that entry (a
    /// bound type's methods): the VM reads the table itself instead of calling the function, which would return the
    /// same value. The table must never be reachable from Lua (nothing else may change it).</summary>
    internal LuaTable? IndexTable { get; init; }

    /// <summary>Wraps <paramref name="fn"/> under <paramref name="name"/>.</summary>
    public LuaHostFunction(string name, LuaHostDelegate fn, params LuaValue[] upValues)
    {
        MemoryAccount.ChargeCurrent(MemorySizes.HostFunction(upValues.Length));
        Name = name; Delegate = fn; UpValues = upValues;
    }
}

/// <summary>Host functions the VM executes itself instead of calling their delegate (the delegate is the fallback
/// when they are called from host code).</summary>
internal enum HostFunctionKind : byte
{
    /// <summary>An ordinary function: the VM calls its delegate.</summary>
    Normal,
    /// <summary><c>pcall</c>.</summary>
    PCall,
    /// <summary><c>xpcall</c>.</summary>
    XPCall,
    /// <summary><c>coroutine.yield</c>.</summary>
    Yield,
    /// <summary>A function that ends by calling another one and returning its results (a C function using
    /// lua_callk, such as <c>dofile</c> or <c>pairs</c> with <c>__pairs</c>): the VM runs its
    /// <see cref="LuaHostFunction.Setup"/>, then makes the call as a frame of its own, so the callee may yield.</summary>
    CallK,
}

/// <summary>
/// The first part of a <see cref="HostFunctionKind.CallK"/> function: checks the arguments and pushes the function
/// to call followed by its arguments, returning how many arguments; <paramref name="nresults"/> is how many results
/// the callee must give (-1 for all), which become the host function's results. It returns -1 instead when no call
/// is needed, with its <paramref name="nresults"/> results pushed.
/// </summary>
internal delegate int LuaCallSetup(LuaCallContext ctx, out int nresults);
