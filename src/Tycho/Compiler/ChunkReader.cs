using System.Buffers.Binary;
using System.Text;
using Tycho.Runtime;

namespace Tycho.Compiler;

/// <summary>
/// Reads a Tycho binary chunk (the format of <see cref="ChunkWriter"/>) back into a prototype, as lua5.4's
/// lundump.c, for <c>load</c> with mode "b" (manual §6.1, §4.7 <c>lua_load</c>). Untrusted input is safe: every
/// size is checked against the bytes left before anything is allocated, nesting is bounded, and the result passes
/// <see cref="BytecodeVerifier"/>, so a truncated or corrupted chunk gives a Lua error, never a crash or a hang.
/// </summary>
internal static class ChunkReader
{
    /// <summary>
    /// Reads the main function of the binary chunk <paramref name="data"/> (which starts with <c>"\x1bLua"</c>),
    /// written for <paramref name="profile"/>'s dialect (5.4 by default) (its header, <see cref="LanguageProfile.ChunkHeader"/>, and
    /// whether strings are reused). Its upvalues are described but not created: the loader makes fresh ones (the
    /// first is <c>_ENV</c>). Throws <see cref="LuaRuntimeException"/> with the dialect's messages (for 5.3
    /// <c>"NAME: WHY precompiled chunk"</c>, see <see cref="BinaryChunkHeader"/>); for 5.4, <c>"NAME: bad binary format (WHY)"</c>,
    /// where NAME is <paramref name="chunkName"/> without its leading '@' or '=' (or <c>binary string</c> when the
    /// name itself starts with ESC, as <c>load</c>'s default name does) and WHY is one of <c>truncated chunk</c>,
    /// <c>not a binary chunk</c>, <c>version mismatch</c>, <c>format mismatch</c>, <c>corrupted chunk</c>,
    /// <c>Instruction size mismatch</c> (and lua_Integer, lua_Number), <c>integer format mismatch</c>,
    /// <c>float format mismatch</c>, <c>integer overflow</c>. Bytes after the main function are ignored, as lua5.4.
    /// </summary>
    public static Prototype Undump(ReadOnlySpan<byte> data, string chunkName, LanguageProfile? profile = null)
    {
        var r = new Reader(data, DisplayName(chunkName), profile ?? LanguageProfile.Lua54);
        r.CheckHeader();
        int mainUpvalues = r.Byte();
        var main = r.Function(null, 0);
        if (main.Upvalues.Length != mainUpvalues || BytecodeVerifier.Check(main) is not null)
            throw r.Corrupted();
        return main;
    }

    /// <summary>The name lundump.c uses in its messages (not luaO_chunkid's form).</summary>
    public static string DisplayName(string chunkName)
    {
        if (chunkName.Length > 0 && (chunkName[0] == '@' || chunkName[0] == '=')) return chunkName.Substring(1);
        if (chunkName.Length > 0 && chunkName[0] == '\x1b') return "binary string";
        return chunkName;
    }

    /// <summary>Cursor over the chunk; every read checks the remaining length first.</summary>
    private ref struct Reader
    {
        private readonly ReadOnlySpan<byte> _data;
        private readonly string _name;
        private readonly LanguageProfile _profile;
        private readonly BinaryChunkHeader _header;
        /// <summary>The strings read so far, in order, when the dialect's dumps reuse them (index i refers to the i-th).</summary>
        private readonly List<byte[]>? _saved;
        private int _pos;

        public Reader(ReadOnlySpan<byte> data, string name, LanguageProfile profile)
        {
            _data = data; _name = name; _pos = 0;
            _profile = profile;
            _header = profile.ChunkHeader;
            _saved = profile.DumpReusesStrings ? new List<byte[]>() : null;
        }

        private readonly int Remaining => _data.Length - _pos;

        private readonly LuaRuntimeException Error(string why) => new(_header.Message(_name, why));

        public readonly LuaRuntimeException Corrupted() => Error(_header.Corrupted);

        private readonly LuaRuntimeException Truncated() => Error(_header.Truncated);

        /// <summary>lundump.c checkHeader: each field read whole, then compared (the first byte, ESC, is how the
        /// caller knew this is binary, so a mismatch there says "not a binary chunk" too).</summary>
        public void CheckHeader()
        {
            foreach (var field in _header.Fields)
                if (!Block(field.Expected.Length).SequenceEqual(field.Expected)) throw Error(field.Mismatch);
        }

        private ReadOnlySpan<byte> Block(int n)
        {
            if (n > Remaining) throw Truncated();
            var s = _data.Slice(_pos, n);
            _pos += n;
            return s;
        }

        public byte Byte()
        {
            if (Remaining < 1) throw Truncated();
            return _data[_pos++];
        }

        private long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Block(8));

        /// <summary>lua's loadUnsigned with limit INT_MAX: 7-bit groups, most significant first, 0x80 ends.</summary>
        private int Varint()
        {
            ulong x = 0;
            const ulong limit = int.MaxValue >> 7;
            byte b;
            do
            {
                b = Byte();
                if (x > limit) throw Error(_header.Overflow);
                x = (x << 7) | (uint)(b & 0x7F);
            } while ((b & 0x80) == 0);
            if (x > int.MaxValue) throw Error(_header.Overflow);
            return (int)x;
        }

        /// <summary>A count of items each taking at least <paramref name="minBytes"/> bytes: a count the rest of the
        /// input cannot hold fails here, before any array is allocated for it.</summary>
        private int Count(int minBytes)
        {
            int n = Varint();
            if ((long)n * minBytes > Remaining) throw Truncated();
            return n;
        }

        /// <summary>A string (size + 1, then the bytes), or null for size 0; where strings are reused, size 0 is
        /// followed by the index of one read before (0 for null).</summary>
        private byte[]? StringBytes()
        {
            int size = Varint();
            if (size == BinaryChunkFormat.ReusedString)
            {
                if (_saved is null) return null;
                int index = Varint();
                if (index == 0) return null;
                return index <= _saved.Count ? _saved[index - 1] : throw Corrupted();
            }
            byte[] s = Block(size - 1).ToArray();
            _saved?.Add(s);
            return s;
        }

        private string? Text() => StringBytes() is { } s ? Encoding.UTF8.GetString(s) : null;

        private bool Flag()
        {
            byte b = Byte();
            return b <= 1 ? b == 1 : throw Corrupted();
        }

        public Prototype Function(string? parentSource, int depth)
        {
            if (depth > BinaryChunkFormat.MaxNesting) throw Corrupted();
            var p = new Prototype { Profile = _profile };
            p.Source = Text() ?? parentSource ?? "=?";
            p.LineDefined = Varint();
            p.LastLineDefined = Varint();
            p.NumParams = Byte();
            p.IsVararg = Flag();
            p.MaxStackSize = Byte();
            int ncode = Count(4);
            var code = new uint[ncode];
            for (int i = 0; i < ncode; i++) code[i] = BinaryPrimitives.ReadUInt32LittleEndian(Block(4));
            p.Code = code;
            p.Constants = Constants();
            var upvalues = new UpvalueDesc[Count(3)];
            for (int i = 0; i < upvalues.Length; i++)
            {
                bool inStack = Flag();
                int index = Byte();
                byte kind = Byte();
                if (kind > (byte)LocalKind.CompileTimeConst) throw Corrupted();
                upvalues[i] = new UpvalueDesc(null, inStack, index, (LocalKind)kind);
            }
            p.Upvalues = upvalues;
            // A function takes at least 13 bytes (a source size, two lines, three bytes, seven counts).
            var protos = new Prototype[Count(13)];
            for (int i = 0; i < protos.Length; i++) protos[i] = Function(p.Source, depth + 1);
            p.Protos = protos;
            Debug(p);
            return p;
        }

        private LuaValue[] Constants()
        {
            var k = new LuaValue[Count(1)];
            for (int i = 0; i < k.Length; i++)
            {
                byte tag = Byte();
                switch (tag)
                {
                    case BinaryChunkFormat.TagNil: k[i] = LuaValue.Nil; break;
                    case BinaryChunkFormat.TagFalse: k[i] = LuaValue.False; break;
                    case BinaryChunkFormat.TagTrue: k[i] = LuaValue.True; break;
                    case BinaryChunkFormat.TagInteger: k[i] = LuaValue.FromInteger(Int64()); break;
                    case BinaryChunkFormat.TagFloat: k[i] = new LuaValue(ValueTag.Float, Int64()); break;
                    case BinaryChunkFormat.TagShortString:
                    case BinaryChunkFormat.TagLongString:
                        byte[] s = StringBytes() ?? throw Corrupted();
                        if ((s.Length <= BinaryChunkFormat.MaxShortLength) != (tag == BinaryChunkFormat.TagShortString))
                            throw Corrupted();
                        k[i] = LuaValue.FromString(LuaString.Wrap(s));   // a reused array is never modified either
                        break;
                    default: throw Corrupted();
                }
            }
            return k;
        }

        private int Line(ref long line, sbyte delta)
        {
            if (delta == BinaryChunkFormat.AbsLineInfo) throw Corrupted();   // a marker without its entry
            line += delta;
            if (line is < 0 or > int.MaxValue) throw Corrupted();
            return (int)line;
        }

        private void Debug(Prototype p)
        {
            int nlines = Count(1);
            if (nlines != 0 && nlines != p.Code.Length) throw Corrupted();
            var deltas = new sbyte[nlines];
            for (int i = 0; i < nlines; i++) deltas[i] = unchecked((sbyte)Byte());
            // lundump.c loadDebug: the absolute entries for the instructions marked ABSLINEINFO, in pc order.
            int nabs = Count(2);
            var lines = new int[nlines];
            long line = p.LineDefined;
            int next = 0;
            for (int a = 0; a < nabs; a++)
            {
                int pc = Varint();
                long absLine = Varint();
                if (pc < next || pc >= nlines || deltas[pc] != BinaryChunkFormat.AbsLineInfo) throw Corrupted();
                for (; next < pc; next++) lines[next] = Line(ref line, deltas[next]);
                line = absLine;
                lines[next++] = (int)line;
            }
            for (; next < nlines; next++) lines[next] = Line(ref line, deltas[next]);
            p.LineInfo = lines;
            var locals = new LocalVarInfo[Count(3)];
            for (int i = 0; i < locals.Length; i++)
            {
                string name = Text() ?? throw Corrupted();
                int start = Varint(), end = Varint();
                locals[i] = new LocalVarInfo(name, start, end);
            }
            p.LocalVars = locals;
            int nnames = Count(1);
            if (nnames != 0 && nnames != p.Upvalues.Length) throw Corrupted();
            for (int i = 0; i < nnames; i++) p.Upvalues[i] = p.Upvalues[i] with { Name = Text() };
        }
    }
}
