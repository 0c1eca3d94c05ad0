using System.Runtime.CompilerServices;
using Tycho.Runtime.Gc;

namespace Tycho.Runtime;

/// <summary>
/// A Lua thread (coroutine, manual §2.6) or the main thread: its own value stack and call frames. Lua-to-Lua
/// calls never recurse on the .NET stack; a coroutine is just another stack, with no OS thread behind it.
/// </summary>
public sealed partial class LuaThread : LuaObjectWithId
{
    /// <summary>The global state this thread belongs to (lstate.h's global_State).</summary>
    internal GlobalState Global { get; }

    /// <summary>The memory account of <see cref="Global"/> (a field: the VM charges it on every table constructor).</summary>
    internal readonly MemoryAccount Memory;

    /// <summary>The value stack. Reallocated when it grows: never hold on to the array across calls.</summary>
    internal LuaValue[] Stack;
    /// <summary>First free slot.</summary>
    internal int Top;

    internal LuaThread(GlobalState state, int initialStack = 64)
    {
        Global = state;
        Memory = state.Memory;
        Stack = new LuaValue[initialStack];
    }

    /// <inheritdoc/>
    public override LuaType LuaType => LuaType.Thread;

    /// <summary>Pushes a value on the stack, growing it if needed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Push(in LuaValue v)
    {
        if (Top >= Stack.Length) GrowStack(1);
        Stack[Top++] = v;
    }

    /// <summary>Ensures <paramref name="n"/> free slots above <see cref="Top"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void EnsureStack(int n)
    {
        if (Top + n > Stack.Length) GrowStack(n);
    }

    internal void GrowStack(int n)
    {
        int size = Stack.Length;
        int needed = Top + n;
        if (needed > LuaLimits.MaxStack) throw new LuaRuntimeException(LuaValue.FromString(Where(1) + "stack overflow"));
        while (size < needed) size *= 2;
        if (size > LuaLimits.MaxStack) size = LuaLimits.MaxStack;
        Global.Memory.Charge((size - Stack.Length) * 16L);
        ResizeStack(size);
    }

    /// <summary>Reallocates the stack to <paramref name="size"/> slots and points the open upvalues at the new array.</summary>
    private void ResizeStack(int size)
    {
        Array.Resize(ref Stack, size);
        for (var uv = OpenUpvalues; uv is not null; uv = uv.NextOpen) uv.Stack = Stack;
    }
}
