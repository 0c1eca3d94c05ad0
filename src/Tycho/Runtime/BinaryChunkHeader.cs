using System.Buffers.Binary;

namespace Tycho.Runtime;

/// <summary>
/// One dialect's binary chunk header: the bytes its <c>luac</c> writes before the main function (ldump.c's header:
/// signature, version byte, format, LUAC_DATA, type sizes, test values) and the words its undumper (lundump.c) uses
/// when a chunk does not match. The header is all constants, so <c>ChunkWriter</c> writes
/// <see cref="Bytes"/> and <c>ChunkReader</c> compares it field by field: each field is read whole (a short
/// read is "truncated") and a difference anywhere in it gives that field's message, as lundump.c's checks do.
/// </summary>
internal sealed class BinaryChunkHeader
{
    /// <summary>A run of header bytes checked as one, and lundump.c's reason when they differ.</summary>
    internal readonly record struct Field(byte[] Expected, string Mismatch);

    /// <summary>LUA_SIGNATURE: a binary chunk starts with ESC, so <c>load</c> tells binary from text by the first byte.</summary>
    public static ReadOnlySpan<byte> Signature => [0x1B, (byte)'L', (byte)'u', (byte)'a'];
    /// <summary>LUAC_DATA: catches text-mode conversions (CR/LF mangling, ^Z truncation).</summary>
    public static ReadOnlySpan<byte> Data => [0x19, 0x93, (byte)'\r', (byte)'\n', 0x1A, (byte)'\n'];

    /// <summary>The fields in chunk order, starting with the whole signature.</summary>
    public Field[] Fields { get; }
    /// <summary>The concatenated <see cref="Fields"/>: what a dump starts with.</summary>
    public byte[] Bytes { get; }
    /// <summary>The reason for a chunk that ends early.</summary>
    public string Truncated { get; }
    /// <summary>The reason for a chunk whose body is malformed.</summary>
    public string Corrupted { get; }
    /// <summary>The reason for a size that does not fit (5.4 on; 5.3's sizes are fixed-width, its chunk is corrupted).</summary>
    public string Overflow { get; }
    private readonly string _format;

    private BinaryChunkHeader(string format, string truncated, string corrupted, string overflow, params Field[] fields)
    {
        _format = format;
        Truncated = truncated;
        Corrupted = corrupted;
        Overflow = overflow;
        Fields = fields;
        Bytes = fields.SelectMany(f => f.Expected).ToArray();
    }

    /// <summary>The message of a rejected chunk named <paramref name="name"/> (lundump.c's error()).</summary>
    public string Message(string name, string why) => string.Format(null, _format, name, why);

    private static byte[] One(byte b) => [b];

    private static byte[] Int32(int v) { var b = new byte[4]; BinaryPrimitives.WriteInt32LittleEndian(b, v); return b; }

    private static byte[] Int64(long v) { var b = new byte[8]; BinaryPrimitives.WriteInt64LittleEndian(b, v); return b; }

    private static byte[] Double(double v) => Int64(BitConverter.DoubleToInt64Bits(v));

    /// <summary>Lua 5.3's (5.3.6 ldump.c DumpHeader, lundump.c checkHeader): the sizes of int, size_t, Instruction,
    /// lua_Integer and lua_Number, then LUAC_INT 0x5678 and LUAC_NUM 370.5; messages read
    /// "NAME: WHY precompiled chunk".</summary>
    public static readonly BinaryChunkHeader Lua53 = new("{0}: {1} precompiled chunk", "truncated", "corrupted", "corrupted",
        new(Signature.ToArray(), "not a"), new(One(0x53), "version mismatch in"), new(One(0), "format mismatch in"),
        new(Data.ToArray(), "corrupted"), new(One(4), "int size mismatch in"), new(One(8), "size_t size mismatch in"),
        new(One(4), "Instruction size mismatch in"), new(One(8), "lua_Integer size mismatch in"),
        new(One(8), "lua_Number size mismatch in"), new(Int64(0x5678), "endianness mismatch in"),
        new(Double(370.5), "float format mismatch in"));

    /// <summary>Lua 5.4's (5.4 ldump.c dumpHeader): the sizes of Instruction, lua_Integer and lua_Number, then
    /// LUAC_INT 0x5678 and LUAC_NUM 370.5; messages read "NAME: bad binary format (WHY)". Tycho's own format, also
    /// used by the 5.1 and 5.2 profiles, whose luac formats Tycho does not write.</summary>
    public static readonly BinaryChunkHeader Lua54 = new("{0}: bad binary format ({1})", "truncated chunk", "corrupted chunk",
        "integer overflow",
        new(Signature.ToArray(), "not a binary chunk"), new(One(0x54), "version mismatch"), new(One(0), "format mismatch"),
        new(Data.ToArray(), "corrupted chunk"), new(One(4), "Instruction size mismatch"), new(One(8), "lua_Integer size mismatch"),
        new(One(8), "lua_Number size mismatch"), new(Int64(0x5678), "integer format mismatch"),
        new(Double(370.5), "float format mismatch"));

    /// <summary>Lua 5.5's (5.5.0 ldump.c dumpHeader, lundump.c checknum): the size and a test value of int,
    /// Instruction, lua_Integer and lua_Number in turn (-0x5678, 0x12345678, -0x5678, -370.5).</summary>
    public static readonly BinaryChunkHeader Lua55 = new("{0}: bad binary format ({1})", "truncated chunk", "corrupted chunk",
        "integer overflow",
        new(Signature.ToArray(), "not a binary chunk"), new(One(0x55), "version mismatch"), new(One(0), "format mismatch"),
        new(Data.ToArray(), "corrupted chunk"),
        new(One(4), "int size mismatch"), new(Int32(-0x5678), "int format mismatch"),
        new(One(4), "instruction size mismatch"), new(Int32(0x12345678), "instruction format mismatch"),
        new(One(8), "Lua integer size mismatch"), new(Int64(-0x5678), "Lua integer format mismatch"),
        new(One(8), "Lua number size mismatch"), new(Double(-370.5), "Lua number format mismatch"));
}
