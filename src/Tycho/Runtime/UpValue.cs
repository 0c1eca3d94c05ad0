using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Tycho.Runtime;

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
    /// <summary>5.3's 'touched' (see <see cref="LanguageProfile.RemarksOpenUpvalues"/>): the upvalue is new or a
    /// closure using it was traversed since the collector last remarked its thread's open upvalues. Set for every
    /// open upvalue (a store in padding the object has anyway); only the 5.3 profile's collector reads it.</summary>
    internal bool Touched;

    internal UpValue(LuaValue[] stack, int index) { Stack = stack; Index = index; Touched = true; }
    internal UpValue(LuaValue closedValue) { Closed = closedValue; }

    internal ref LuaValue Ref
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var s = Stack;
            if (s is null) return ref Closed;
            // Index is a live slot of the owner's stack (below its top), so in range.
            Debug.Assert((uint)Index < (uint)s.Length, "open upvalue outside its stack");
            return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s), Index);
        }
    }

    internal void Close()
    {
        Closed = Stack![Index];
        Stack = null;
    }
}
