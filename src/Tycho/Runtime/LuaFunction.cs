using Tycho.Compiler;

namespace Tycho;

/// <summary>A Lua function value: a <see cref="LuaClosure"/> (compiled Lua code) or a <see cref="LuaHostFunction"/> (.NET code).</summary>
public abstract partial class LuaFunction : LuaObjectWithId
{
    /// <inheritdoc/>
    public override LuaType LuaType => LuaType.Function;
}

/// <summary>
/// The signature of a host (.NET) function callable from Lua, lua5.4's <c>lua_CFunction</c> (manual §4.6):
/// arguments are read from <paramref name="ctx"/>, results are pushed with <see cref="LuaCallContext.Push"/>
/// (or returned through the <c>Return</c> helpers), and the return value is the number of results pushed.
/// Errors are raised by throwing <see cref="LuaRuntimeException"/>.
/// </summary>
public delegate int LuaHostDelegate(LuaCallContext ctx);

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

/// <summary>A Lua closure: a prototype with its captured upvalues (manual §3.4.11).</summary>
public sealed class LuaClosure : LuaFunction
{
    /// <summary>The compiled function.</summary>
    public Prototype Proto { get; }
    internal readonly UpValue[] UpValues;

    internal LuaClosure(Prototype proto, UpValue[] upValues)
    {
        MemoryAccount.ChargeCurrent(MemorySizes.Closure(upValues.Length));   // see MemoryAccount
        Proto = proto; UpValues = upValues;
    }
    internal LuaClosure(Prototype proto) : this(proto, proto.Upvalues.Length == 0 ? Array.Empty<UpValue>() : new UpValue[proto.Upvalues.Length]) { }
}

/// <summary>
/// A variable captured by closures. While the variable's frame is live ("open") it lives in the owning thread's
/// stack at <see cref="Index"/>; when the frame exits it is "closed" and the value moves into the upvalue itself.
/// Holding the thread rather than its stack array keeps this correct when the stack is reallocated to grow.
/// </summary>
internal sealed class UpValue
{
    internal LuaThread? Owner;   // null once closed
    internal int Index;
    internal LuaValue Closed;
    internal UpValue? NextOpen;  // the owner's list of open upvalues, sorted by decreasing Index

    internal UpValue(LuaThread owner, int index) { Owner = owner; Index = index; }
    internal UpValue(LuaValue closedValue) { Closed = closedValue; }

    internal ref LuaValue Ref
    {
        get
        {
            var o = Owner;
            if (o is null) return ref Closed;
            return ref o.Stack[Index];
        }
    }

    internal void Close()
    {
        Closed = Owner!.Stack[Index];
        Owner = null;
    }
}
