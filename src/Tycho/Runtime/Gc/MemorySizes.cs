namespace Tycho.Runtime.Gc;

/// <summary>
/// The sizes, in bytes, that memory accounting charges for each kind of Lua object. One table of formulas is used
/// both when an object is created or grows (<see cref="MemoryAccount.Charge"/>) and when the collector measures
/// what is live (<see cref="LuaCollector"/>), so that <c>collectgarbage("count")</c> returns to the same value
/// after data is dropped and a cycle runs. The numbers approximate the .NET layout on 64-bit (object header 16
/// bytes, array header 24, <see cref="LuaValue"/> 16); they are an estimate, not a measurement of the .NET heap.
/// </summary>
internal static class MemorySizes
{
    /// <summary>A table object without its parts.</summary>
    public const long TableBase = 64;
    /// <summary>One slot of a table's hash part (key, value and hash).</summary>
    public const long NodeSize = 32;
    /// <summary>A string object and its byte array, without the bytes.</summary>
    public const long StringBase = 56;
    /// <summary>A Lua closure without its upvalues (it also caches its prototype's code and constants arrays).</summary>
    public const long ClosureBase = 64;
    /// <summary>One upvalue of a closure: the slot in the closure's array and the upvalue object. Shared upvalues
    /// are counted once per closure both when charged and when measured, which keeps the two consistent.</summary>
    public const long ClosureUpvalue = 8 + 56;
    /// <summary>A host function without its upvalues.</summary>
    public const long HostFunctionBase = 64;
    /// <summary>A full userdata (the wrapped host object is the host's, not Lua's).</summary>
    public const long Userdata = 64;
    /// <summary>A thread without its stack and frames.</summary>
    public const long ThreadBase = 200;
    /// <summary>One call frame of a thread.</summary>
    public const long Frame = 56;
    /// <summary>A prototype without its arrays.</summary>
    public const long PrototypeBase = 128;

    /// <summary>An array of <paramref name="n"/> elements of <paramref name="elementSize"/> bytes (0 when empty:
    /// empty arrays are shared).</summary>
    public static long Array(long n, long elementSize) => n == 0 ? 0 : 24 + n * elementSize;

    /// <summary>A table with the given array-part and hash-part capacities.</summary>
    public static long Table(int arrayCapacity, int nodeCapacity) =>
        TableBase + Array(arrayCapacity, 16) + Array(nodeCapacity, NodeSize);

    /// <summary>A string of <paramref name="length"/> bytes.</summary>
    public static long String(long length) => StringBase + length;

    /// <summary>A Lua closure with <paramref name="upvalues"/> upvalues.</summary>
    public static long Closure(int upvalues) => ClosureBase + (upvalues == 0 ? 0 : 24 + upvalues * ClosureUpvalue);

    /// <summary>A host function with <paramref name="upvalues"/> upvalues.</summary>
    public static long HostFunction(int upvalues) => HostFunctionBase + Array(upvalues, 16);

    /// <summary>A thread with a stack of <paramref name="stackSlots"/> values and room for <paramref name="frames"/> frames.</summary>
    public static long Thread(int stackSlots, int frames) => ThreadBase + Array(stackSlots, 16) + Array(frames, Frame);

    /// <summary>One prototype (not its children; its constants are strings counted as such).</summary>
    public static long Prototype(Prototype p) =>
        PrototypeBase + Array(p.Code.Length, 4) + Array(p.Constants.Length, 16) + Array(p.LineInfo.Length, 4)
        + Array(p.LocalVars.Length, 32) + Array(p.Upvalues.Length, 32) + Array(p.Protos.Length, 8);

    /// <summary>A chunk's source name as prototypes keep it (a .NET string of <paramref name="length"/> chars,
    /// shared by all the prototypes of the chunk and counted once).</summary>
    public static long SourceName(long length) => 24 + 2 * length;

    /// <summary>A prototype and all its nested prototypes (charged when a chunk is loaded).</summary>
    public static long PrototypeTree(Prototype p) => PrototypeTreeCode(p) + SourceName(p.Source.Length);

    private static long PrototypeTreeCode(Prototype p)
    {
        long n = Prototype(p);
        foreach (var child in p.Protos) n += PrototypeTreeCode(child);
        return n;
    }
}
