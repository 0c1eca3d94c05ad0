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
    /// Reads the main function of the binary chunk <paramref name="data"/> (which starts with <c>"\x1bLua"</c>).
    /// Its upvalues are described but not created: the loader makes fresh ones (the first is <c>_ENV</c>).
    /// Throws <see cref="LuaRuntimeException"/> with lua5.4's messages, <c>"NAME: bad binary format (WHY)"</c>,
    /// where NAME is <paramref name="chunkName"/> without its leading '@' or '=' (or <c>binary string</c> when the
    /// name itself starts with ESC, as <c>load</c>'s default name does) and WHY is one of <c>truncated chunk</c>,
    /// <c>not a binary chunk</c>, <c>version mismatch</c>, <c>format mismatch</c>, <c>corrupted chunk</c>,
    /// <c>Instruction size mismatch</c> (and lua_Integer, lua_Number), <c>integer format mismatch</c>,
    /// <c>float format mismatch</c>, <c>integer overflow</c>. Bytes after the main function are ignored, as lua5.4.
    /// </summary>
    public static Prototype Undump(ReadOnlySpan<byte> data, string chunkName)
    {
        var r = new Reader(data, DisplayName(chunkName));
        r.CheckHeader();
        int mainUpvalues = r.Byte();
        var main = r.Function(null, 0);
        if (main.Upvalues.Length != mainUpvalues || BytecodeVerifier.Check(main) is not null)
            throw r.Error("corrupted chunk");
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
        private int _pos;

        public Reader(ReadOnlySpan<byte> data, string name) { _data = data; _name = name; _pos = 0; }

        private readonly int Remaining => _data.Length - _pos;

        public readonly LuaRuntimeException Error(string why) => new(_name + ": bad binary format (" + why + ")");

        public void CheckHeader()
        {
            // The first byte (ESC) is how the caller knew this is binary; lundump checks the rest of the signature.
            if (Byte() != BinaryChunkFormat.Signature[0]) throw Error("not a binary chunk");
            Literal(BinaryChunkFormat.Signature.Slice(1), "not a binary chunk");
            if (Byte() != BinaryChunkFormat.Version) throw Error("version mismatch");
            if (Byte() != BinaryChunkFormat.Format) throw Error("format mismatch");
            Literal(BinaryChunkFormat.Data, "corrupted chunk");
            if (Byte() != BinaryChunkFormat.InstructionSize) throw Error("Instruction size mismatch");
            if (Byte() != BinaryChunkFormat.IntegerSize) throw Error("lua_Integer size mismatch");
            if (Byte() != BinaryChunkFormat.NumberSize) throw Error("lua_Number size mismatch");
            if (Int64() != BinaryChunkFormat.TestInteger) throw Error("integer format mismatch");
            if (BitConverter.Int64BitsToDouble(Int64()) != BinaryChunkFormat.TestNumber) throw Error("float format mismatch");
        }

        private void Literal(ReadOnlySpan<byte> expected, string why)
        {
            var got = Block(expected.Length);
            if (!got.SequenceEqual(expected)) throw Error(why);
        }

        private ReadOnlySpan<byte> Block(int n)
        {
            if (n > Remaining) throw Error("truncated chunk");
            var s = _data.Slice(_pos, n);
            _pos += n;
            return s;
        }

        public byte Byte()
        {
            if (Remaining < 1) throw Error("truncated chunk");
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
                if (x > limit) throw Error("integer overflow");
                x = (x << 7) | (uint)(b & 0x7F);
            } while ((b & 0x80) == 0);
            if (x > int.MaxValue) throw Error("integer overflow");
            return (int)x;
        }

        /// <summary>A count of items each taking at least <paramref name="minBytes"/> bytes: a count the rest of the
        /// input cannot hold fails here, before any array is allocated for it.</summary>
        private int Count(int minBytes)
        {
            int n = Varint();
            if ((long)n * minBytes > Remaining) throw Error("truncated chunk");
            return n;
        }

        private byte[]? StringBytes()
        {
            int size = Varint();
            if (size == 0) return null;
            return Block(size - 1).ToArray();
        }

        private string? Text()
        {
            int size = Varint();
            if (size == 0) return null;
            return Encoding.UTF8.GetString(Block(size - 1));
        }

        private bool Flag()
        {
            byte b = Byte();
            return b <= 1 ? b == 1 : throw Error("corrupted chunk");
        }

        public Prototype Function(string? parentSource, int depth)
        {
            if (depth > BinaryChunkFormat.MaxNesting) throw Error("corrupted chunk");
            var p = new Prototype();
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
                if (kind > (byte)LocalKind.CompileTimeConst) throw Error("corrupted chunk");
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
                        byte[] s = StringBytes() ?? throw Error("corrupted chunk");
                        if ((s.Length <= BinaryChunkFormat.MaxShortLength) != (tag == BinaryChunkFormat.TagShortString))
                            throw Error("corrupted chunk");
                        k[i] = LuaValue.FromString(LuaString.Wrap(s));
                        break;
                    default: throw Error("corrupted chunk");
                }
            }
            return k;
        }

        private int Line(ref long line, sbyte delta)
        {
            if (delta == BinaryChunkFormat.AbsLineInfo) throw Error("corrupted chunk");   // a marker without its entry
            line += delta;
            if (line is < 0 or > int.MaxValue) throw Error("corrupted chunk");
            return (int)line;
        }

        private void Debug(Prototype p)
        {
            int nlines = Count(1);
            if (nlines != 0 && nlines != p.Code.Length) throw Error("corrupted chunk");
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
                if (pc < next || pc >= nlines || deltas[pc] != BinaryChunkFormat.AbsLineInfo) throw Error("corrupted chunk");
                for (; next < pc; next++) lines[next] = Line(ref line, deltas[next]);
                line = absLine;
                lines[next++] = (int)line;
            }
            for (; next < nlines; next++) lines[next] = Line(ref line, deltas[next]);
            p.LineInfo = lines;
            var locals = new LocalVarInfo[Count(3)];
            for (int i = 0; i < locals.Length; i++)
            {
                string name = Text() ?? throw Error("corrupted chunk");
                int start = Varint(), end = Varint();
                locals[i] = new LocalVarInfo(name, start, end);
            }
            p.LocalVars = locals;
            int nnames = Count(1);
            if (nnames != 0 && nnames != p.Upvalues.Length) throw Error("corrupted chunk");
            for (int i = 0; i < nnames; i++) p.Upvalues[i] = p.Upvalues[i] with { Name = Text() };
        }
    }
}
