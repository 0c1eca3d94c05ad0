namespace Tycho.Runtime;

/// <summary>A Lua function value: a <see cref="LuaClosure"/> (compiled Lua code) or a <see cref="LuaHostFunction"/> (.NET code).</summary>
public abstract partial class LuaFunction : LuaObjectWithId
{
    /// <inheritdoc/>
    public override LuaType LuaType => LuaType.Function;

    /// <summary>
    /// The binary chunk of this Lua function (<c>string.dump</c>, manual §6.4): loading it with
    /// <see cref="Hosting.LuaState.Load(ReadOnlySpan{byte}, string, Hosting.LuaChunkMode, LuaTable?)"/> (or
    /// <c>load</c>) gives a function with the same code and fresh upvalues (nil, except <c>_ENV</c> for a main
    /// chunk). With <paramref name="strip"/> the debug information (line numbers, local and upvalue names) is left
    /// out. Throws <see cref="InvalidOperationException"/> (<c>unable to dump given function</c>) for a host function.
    /// </summary>
    public byte[] Dump(bool strip = false) =>
        TryDump(strip) ?? throw new InvalidOperationException("unable to dump given function");

    /// <summary>The binary chunk of a Lua function, or null when the function cannot be dumped (a host function);
    /// shared by <see cref="Dump(bool)"/> and <c>string.dump</c>.</summary>
    internal byte[]? TryDump(bool strip)
    {
        if (this is not LuaClosure closure) return null;
        try { return Compiler.ChunkWriter.Dump(closure.Proto, strip); }
        catch (ArgumentException) { return null; }   // the writer rejects what the format cannot hold
    }
}
