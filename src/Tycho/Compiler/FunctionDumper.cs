using Tycho.Runtime;

namespace Tycho.Compiler;

/// <summary>str_dump (manual §6.4), shared by <c>string.dump</c> and the host's <c>LuaFunction.Dump</c>
/// (<see cref="Hosting.LuaFunctionExtensions"/>).</summary>
internal static class FunctionDumper
{
    /// <summary>The binary chunk (<see cref="ChunkWriter"/>) of a Lua function, or null when the function cannot be
    /// dumped: a host function, or a prototype holding what the format cannot represent.</summary>
    public static byte[]? TryDump(LuaFunction function, bool strip)
    {
        if (function is not LuaClosure closure) return null;
        try { return ChunkWriter.Dump(closure.Proto, strip); }
        catch (ArgumentException) { return null; }
    }
}
