namespace Tycho.Compiler;

/// <summary>
/// Constants of Tycho's binary chunk format (written by <see cref="ChunkWriter"/>, read by <see cref="ChunkReader"/>).
/// The layout follows lua5.4's ldump.c/lundump.c (signature, version, format, LUAC_DATA, sizes, test integer and
/// float, then the prototype tree with MSB-first varint sizes), but the format byte is Tycho's own: Tycho does not
/// promise to read luac output, nor luac to read Tycho's, and each rejects the other with "format mismatch".
/// All multi-byte fixed-size fields are little-endian whatever the host.
/// </summary>
internal static class BinaryChunkFormat
{
    /// <summary>LUA_SIGNATURE: a binary chunk starts with ESC, so <c>load</c> tells binary from text by the first byte.</summary>
    public static ReadOnlySpan<byte> Signature => new byte[] { 0x1B, (byte)'L', (byte)'u', (byte)'a' };
    /// <summary>LUAC_VERSION: 5*16+4.</summary>
    public const byte Version = 0x54;
    /// <summary>Tycho's format byte ('T'); PUC's official format is 0.</summary>
    public const byte Format = 0x54;
    /// <summary>LUAC_DATA: catches text-mode conversions (CR/LF mangling, ^Z truncation).</summary>
    public static ReadOnlySpan<byte> Data => new byte[] { 0x19, 0x93, (byte)'\r', (byte)'\n', 0x1A, (byte)'\n' };
    /// <summary>sizeof(Instruction), sizeof(lua_Integer), sizeof(lua_Number).</summary>
    public const byte InstructionSize = 4, IntegerSize = 8, NumberSize = 8;
    /// <summary>LUAC_INT and LUAC_NUM: detect integer/float representation mismatches.</summary>
    public const long TestInteger = 0x5678;
    /// <summary>See <see cref="TestInteger"/>.</summary>
    public const double TestNumber = 370.5;

    /// <summary>Constant tags, as lua5.4's makevariant(type, variant) values.</summary>
    public const byte TagNil = 0x00, TagFalse = 0x01, TagTrue = 0x11, TagInteger = 0x03, TagFloat = 0x13,
        TagShortString = 0x04, TagLongString = 0x14;
    /// <summary>LUAI_MAXSHORTLEN: strings up to this length are tagged short.</summary>
    public const int MaxShortLength = 40;

    /// <summary>Deepest nesting of function prototypes accepted (lua's parser stops at 200 C levels).</summary>
    public const int MaxNesting = 250;
}
