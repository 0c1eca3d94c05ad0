using System.Buffers.Binary;
using System.Text;
using Tycho.Runtime;

namespace Tycho.Compiler;

/// <summary>
/// Serialises a compiled function into a Tycho binary chunk (lua5.4's ldump.c), for <c>string.dump</c>
/// (manual §6.4). <see cref="ChunkReader.Undump"/> reads the result back.
/// </summary>
/// <remarks>
/// Layout: the header of the prototype's dialect (<see cref="BinaryChunkHeader"/>; for 5.4 <c>"\x1bLua"</c>, version
/// 0x54, format 0, <c>"\x19\x93\r\n\x1a\n"</c>, sizes 4/8/8, integer 0x5678 and float 370.5, 8 bytes each,
/// little-endian), the main function's upvalue count (1 byte), then
/// the prototype tree. A function is: source (string, absent when stripped or equal to the enclosing function's),
/// linedefined, lastlinedefined (varints), numparams, is_vararg, maxstacksize (bytes), code (varint count + 4-byte
/// instructions), constants (varint count + tagged values), upvalue descriptors (varint count + instack, idx, kind
/// bytes), nested prototypes (varint count + functions), line info (varint count, 0 or one zigzag-varint line delta
/// per instruction starting from linedefined), local variables (varint count + name, startpc, endpc) and upvalue
/// names (varint count, 0 or one per upvalue). Sizes are lua's dumpSize varints: 7 bits per byte, most significant
/// group first, the last byte marked with 0x80. Strings are varint (length + 1, 0 for none) then the bytes; where
/// the dialect reuses strings (5.5), a string already written is the size <see cref="BinaryChunkFormat.ReusedString"/>
/// and its index (from 1 in writing order; index 0 is a missing string).
/// </remarks>
internal static class ChunkWriter
{
    /// <summary>
    /// Returns the binary chunk of <paramref name="p"/> as a main function. With <paramref name="strip"/> the debug
    /// information (source, line info, local and upvalue names) is left out, as <c>string.dump(f, true)</c>.
    /// Throws <see cref="ArgumentException"/> if the prototype holds a value a chunk cannot represent (a constant
    /// that is not nil, boolean, number or string; a field outside its byte range): compiled code never does.
    /// </summary>
    public static byte[] Dump(Prototype p, bool strip)
    {
        ArgumentNullException.ThrowIfNull(p);
        var w = new Writer(p.Profile.DumpReusesStrings);
        w.Bytes(p.Profile.ChunkHeader.Bytes);
        w.Byte(CheckByte(p.Upvalues.Length, "upvalue count"));
        DumpFunction(w, p, null, strip, 0);
        return w.ToArray();
    }

    private static void DumpFunction(Writer w, Prototype p, string? parentSource, bool strip, int depth)
    {
        if (depth > BinaryChunkFormat.MaxNesting) throw new ArgumentException("functions nested too deeply");
        // As ldump.c: the source is written once, nested functions from the same source inherit it.
        w.String(strip || p.Source == parentSource ? null : Encoding.UTF8.GetBytes(p.Source));
        w.Size(CheckNonNegative(p.LineDefined, "linedefined"));
        w.Size(CheckNonNegative(p.LastLineDefined, "lastlinedefined"));
        w.Byte(CheckByte(p.NumParams, "numparams"));
        w.Byte(p.IsVararg ? (byte)1 : (byte)0);
        w.Byte(CheckByte(p.MaxStackSize, "maxstacksize"));
        w.Size(p.Code.Length);
        foreach (uint i in p.Code) w.UInt32(i);
        DumpConstants(w, p.Constants);
        w.Size(p.Upvalues.Length);
        foreach (var u in p.Upvalues)
        {
            w.Byte(u.InStack ? (byte)1 : (byte)0);
            w.Byte(CheckByte(u.Index, "upvalue index"));
            w.Byte((byte)u.Kind);
        }
        w.Size(p.Protos.Length);
        foreach (var child in p.Protos) DumpFunction(w, child, strip ? null : p.Source, strip, depth + 1);
        DumpDebug(w, p, strip);
    }

    private static void DumpConstants(Writer w, LuaValue[] constants)
    {
        w.Size(constants.Length);
        foreach (var k in constants)
        {
            if (k.IsNil) w.Byte(BinaryChunkFormat.TagNil);
            else if (k.IsBoolean) w.Byte(k.RawBoolean ? BinaryChunkFormat.TagTrue : BinaryChunkFormat.TagFalse);
            else if (k.IsInteger) { w.Byte(BinaryChunkFormat.TagInteger); w.Int64(k.RawInteger); }
            else if (k.IsFloat) { w.Byte(BinaryChunkFormat.TagFloat); w.Int64(k.N); } // raw bits: -0.0 and NaN payloads survive
            else if (k.AsString is { } s)
            {
                w.Byte(s.Length <= BinaryChunkFormat.MaxShortLength ? BinaryChunkFormat.TagShortString : BinaryChunkFormat.TagLongString);
                w.String(s.Span);
            }
            else throw new ArgumentException("a " + k.TypeName + " value cannot be a constant of a binary chunk");
        }
    }

    private static void DumpDebug(Writer w, Prototype p, bool strip)
    {
        if (strip || p.LineInfo.Length == 0) { w.Size(0); w.Size(0); }
        else
        {
            if (p.LineInfo.Length != p.Code.Length) throw new ArgumentException("line info does not match the code");
            // lcode.c savelineinfo: a signed byte of difference per instruction, or ABSLINEINFO with a (pc, line)
            // entry when the difference does not fit or MAXIWTHABS instructions passed since the last entry.
            var abs = new List<(int Pc, int Line)>();
            w.Size(p.LineInfo.Length);
            int prev = p.LineDefined, sinceAbs = 0;
            for (int pc = 0; pc < p.LineInfo.Length; pc++)
            {
                int line = p.LineInfo[pc];
                long dif = (long)line - prev;
                if (Math.Abs(dif) >= BinaryChunkFormat.LineDiffLimit || sinceAbs++ >= BinaryChunkFormat.MaxInstructionsWithoutAbs)
                {
                    abs.Add((pc, line));
                    dif = BinaryChunkFormat.AbsLineInfo;
                    sinceAbs = 1;
                }
                w.Byte(unchecked((byte)(sbyte)dif));
                prev = line;
            }
            w.Size(abs.Count);
            foreach (var (pc, line) in abs) { w.Size(pc); w.Size(CheckNonNegative(line, "line")); }
        }
        w.Size(strip ? 0 : p.LocalVars.Length);
        if (!strip)
        {
            foreach (var v in p.LocalVars)
            {
                w.String(Encoding.UTF8.GetBytes(v.Name));
                w.Size(CheckNonNegative(v.StartPc, "local startpc"));
                w.Size(CheckNonNegative(v.EndPc, "local endpc"));
            }
        }
        w.Size(strip ? 0 : p.Upvalues.Length);
        if (!strip)
            foreach (var u in p.Upvalues) w.String(u.Name is null ? null : Encoding.UTF8.GetBytes(u.Name));
    }

    private static byte CheckByte(int v, string what) =>
        v is >= 0 and <= 255 ? (byte)v : throw new ArgumentException(what + " out of range: " + v);

    private static int CheckNonNegative(int v, string what) =>
        v >= 0 ? v : throw new ArgumentException(what + " is negative: " + v);

    /// <summary>A growable byte buffer with the chunk's primitive encodings.</summary>
    private sealed class Writer(bool reuseStrings)
    {
        private byte[] _buf = new byte[256];
        private int _len;
        /// <summary>Each string written so far (its bytes as Latin-1 text) and its index, when strings are reused.</summary>
        private readonly Dictionary<string, int>? _saved = reuseStrings ? new() : null;

        public byte[] ToArray() => _buf.AsSpan(0, _len).ToArray();

        private Span<byte> Reserve(int n)
        {
            if (_len + n > _buf.Length) Array.Resize(ref _buf, Math.Max(_buf.Length * 2, _len + n));
            var span = _buf.AsSpan(_len, n);
            _len += n;
            return span;
        }

        public void Byte(byte b) => Reserve(1)[0] = b;
        public void Bytes(ReadOnlySpan<byte> b) => b.CopyTo(Reserve(b.Length));
        public void UInt32(uint v) => BinaryPrimitives.WriteUInt32LittleEndian(Reserve(4), v);
        public void Int64(long v) => BinaryPrimitives.WriteInt64LittleEndian(Reserve(8), v);

        /// <summary>lua's dumpSize: 7-bit groups, most significant first, the last one marked with 0x80.</summary>
        public void Size(ulong x)
        {
            Span<byte> tmp = stackalloc byte[10];
            int n = 0;
            do { tmp[tmp.Length - ++n] = (byte)(x & 0x7F); x >>= 7; } while (x != 0);
            tmp[tmp.Length - 1] |= 0x80;
            Bytes(tmp.Slice(tmp.Length - n));
        }

        public void Size(int x) => Size((ulong)x);

        /// <summary>lua's dumpString: size + 1, then the bytes; or a reference to the same bytes written before.</summary>
        public void String(ReadOnlySpan<byte> s)
        {
            if (_saved is not null)
            {
                string key = Encoding.Latin1.GetString(s);
                if (_saved.TryGetValue(key, out int index))
                {
                    Size(BinaryChunkFormat.ReusedString);
                    Size(index);
                    return;
                }
                _saved.Add(key, _saved.Count + 1);
            }
            Size((ulong)s.Length + 1);
            Bytes(s);
        }

        /// <summary>As <see cref="String(ReadOnlySpan{byte})"/>; a missing string is size 0 (and index 0 when strings
        /// are reused).</summary>
        public void String(byte[]? s)
        {
            if (s is not null) { String(s.AsSpan()); return; }
            Size(0);
            if (_saved is not null) Size(0);
        }
    }
}
