using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Tycho.Runtime.Gc;

namespace Tycho.Runtime;

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
    // The prototype's code and constants, copied so that entering a frame is one load from the closure instead
    // of two (closure -> prototype -> array): the dispatch loop reloads them on every call and return.
    internal readonly uint[] Code;
    internal readonly LuaValue[] Constants;

    internal LuaClosure(Prototype proto, UpValue[] upValues)
    {
        MemoryAccount.ChargeCurrent(MemorySizes.Closure(upValues.Length));   // see MemoryAccount
        Proto = proto; UpValues = upValues; Code = proto.Code; Constants = proto.Constants;
    }

    /// <summary>OP_CLOSURE's constructor: charges the running thread's <paramref name="account"/> directly (cheaper
    /// than the thread-static lookup).</summary>
    internal LuaClosure(Prototype proto, UpValue[] upValues, MemoryAccount account)
    {
        account.Charge(MemorySizes.Closure(upValues.Length));
        Proto = proto; UpValues = upValues; Code = proto.Code; Constants = proto.Constants;
    }

    internal LuaClosure(Prototype proto) : this(proto, proto.Upvalues.Length == 0 ? Array.Empty<UpValue>() : new UpValue[proto.Upvalues.Length]) { }
}

/// <summary>
/// A variable captured by closures. While the variable's frame is live ("open") it lives in the owning thread's
/// stack at <see cref="Index"/>; when the frame exits it is "closed" and the value moves into the upvalue itself.
/// An open upvalue points at the stack array itself (one load less on every GETUPVAL than going through the
/// thread); when the stack is reallocated to grow, the thread retargets its open upvalues (lfunc.c's
/// correctstack does the same for its pointers).
/// </summary>
internal sealed class UpValue
{
    internal LuaValue[]? Stack;  // the owning thread's stack while open; null once closed
    internal int Index;
    internal LuaValue Closed;
    internal UpValue? NextOpen;  // the owner's list of open upvalues, sorted by decreasing Index

    internal UpValue(LuaValue[] stack, int index) { Stack = stack; Index = index; }
    internal UpValue(LuaValue closedValue) { Closed = closedValue; }

    internal ref LuaValue Ref
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var s = Stack;
            if (s is null) return ref Closed;
            // Index is a live slot of the owner's stack (below its top), so in range.
            return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), Index);
        }
    }

    internal void Close()
    {
        Closed = Stack![Index];
        Stack = null;
    }
}
