namespace Tycho.Compiler;

/// <summary>
/// Constants of Tycho's binary chunk format (written by <see cref="ChunkWriter"/>, read by <see cref="ChunkReader"/>).
/// The header is the dialect's (<see cref="Runtime.BinaryChunkHeader"/>, chosen by <c>LanguageProfile.ChunkHeader</c>); the
/// 5.4 one, and everything after it, is lua5.4's ldump.c/lundump.c (signature, version, format, LUAC_DATA, sizes,
/// test integer and float, then the prototype tree with MSB-first varint sizes and lcode.c's line information), with
/// the official format byte 0; a 5.5 dump also writes each string once. Under the 5.4 profile the compiler emits the bytecode luac 5.4.8 emits, so chunks from <c>luac</c> or the reference's
/// <c>string.dump</c> load in Tycho and Tycho's load in lua5.4. Every loaded chunk is checked by the verifier,
/// whoever wrote it: a chunk is untrusted input. Fixed-size fields are little-endian whatever the host.
/// </summary>
internal static class BinaryChunkFormat
{
    /// <summary>lcode.c's ABSLINEINFO: this instruction's line is in the absolute line list.</summary>
    public const sbyte AbsLineInfo = -0x80;
    /// <summary>lcode.c's LIMLINEDIFF: a line difference that does not fit a signed byte.</summary>
    public const int LineDiffLimit = 0x80;
    /// <summary>lcode.c's MAXIWTHABS: at most this many instructions between absolute line entries.</summary>
    public const int MaxInstructionsWithoutAbs = 128;

    /// <summary>Constant tags, as lua5.4's makevariant(type, variant) values.</summary>
    public const byte TagNil = 0x00, TagFalse = 0x01, TagTrue = 0x11, TagInteger = 0x03, TagFloat = 0x13,
        TagShortString = 0x04, TagLongString = 0x14;
    /// <summary>LUAI_MAXSHORTLEN: strings up to this length are tagged short.</summary>
    public const int MaxShortLength = 40;

    /// <summary>In a dump that reuses strings (<see cref="Runtime.LanguageProfile.DumpReusesStrings"/>), the size
    /// that introduces a string written before: its index follows (0 for a missing string, i for the i-th written).</summary>
    public const int ReusedString = 0;

    /// <summary>Deepest nesting of function prototypes accepted (lua's parser stops at 200 C levels).</summary>
    public const int MaxNesting = 250;
}
