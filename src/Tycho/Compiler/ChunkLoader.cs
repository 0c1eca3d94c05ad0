using Tycho.Runtime;

namespace Tycho.Compiler;

/// <summary>
/// lua_load's f_parser (manual §4.7), shared by <c>load</c>/<c>loadfile</c> and the host's
/// <see cref="Hosting.LuaState.Load(ReadOnlySpan{byte}, string, Hosting.LuaChunkMode, LuaTable?)"/>: the first byte
/// tells a binary chunk (ESC) from source text, the mode may refuse either, and a binary chunk goes through the
/// undumper's checks and the <see cref="BytecodeVerifier"/> (<see cref="ChunkReader"/>).
/// </summary>
internal static class ChunkLoader
{
    /// <summary>True when <paramref name="chunk"/> is a binary chunk (starts with LUA_SIGNATURE's ESC).</summary>
    public static bool IsBinary(ReadOnlySpan<byte> chunk) => chunk.Length > 0 && chunk[0] == BinaryChunkHeader.Signature[0];

    /// <summary>lua's message when <paramref name="mode"/> (a string of 'b' and 't') refuses the chunk, else null.</summary>
    public static string? ModeError(bool binary, string mode)
    {
        if (binary && !mode.Contains('b')) return $"attempt to load a binary chunk (mode is '{mode}')";
        if (!binary && !mode.Contains('t')) return $"attempt to load a text chunk (mode is '{mode}')";
        return null;
    }

    /// <summary>Bytes of prototypes an undumped chunk may hold per byte of chunk (code words keep their size, while
    /// constants and descriptors grow from a few bytes to value slots and objects).</summary>
    private const long UndumpExpansion = 4;

    /// <summary>
    /// Compiles or undumps <paramref name="chunk"/> (whose mode was checked) into its main prototype, charging the
    /// work and memory to <paramref name="global"/>; <paramref name="held"/> is memory the caller holds for this load
    /// outside Lua objects (e.g. a file's bytes). Throws <see cref="LuaSyntaxException"/> for a syntax error or a
    /// rejected binary chunk, and the state's limit errors.
    /// </summary>
    public static Prototype Load(byte[] chunk, string chunkName, GlobalState global, long held) =>
        IsBinary(chunk) ? Undump(chunk, chunkName, global, held) : LuaCompiler.CompileSource(chunk, chunkName, global, held);

    /// <summary>As <see cref="Load(byte[], string, GlobalState, long)"/> for bytes the caller owns: source text is
    /// copied first (the copy is charged), a binary chunk is read in place.</summary>
    public static Prototype Load(ReadOnlySpan<byte> chunk, string chunkName, GlobalState global) =>
        IsBinary(chunk) ? Undump(chunk, chunkName, global, 0) : LuaCompiler.CompileSource(chunk, chunkName, global);

    /// <summary>Undumping is charged like compiling: the work by the chunk's size (one unit per 32 bytes), and its
    /// prototypes, with the held bytes, are checked against the memory limit before they are built. A rejected
    /// chunk is a <see cref="LuaSyntaxException"/>.</summary>
    private static Prototype Undump(ReadOnlySpan<byte> chunk, string chunkName, GlobalState global, long held)
    {
        global.ChargeBytes(chunk.Length);
        global.CheckAllocation(held + chunk.Length * UndumpExpansion);
        try { return ChunkReader.Undump(chunk, chunkName, global.Profile); }
        catch (LuaRuntimeException e) when (e is not (LuaLimitException or LuaSyntaxException))
        {
            throw new LuaSyntaxException(e.Message);   // lundump's errors are LUA_ERRSYNTAX, as a parser's
        }
    }
}
