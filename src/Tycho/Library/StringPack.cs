using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// <c>string.pack</c>, <c>string.packsize</c>, <c>string.unpack</c> (manual §6.4.2), lstrlib.c's implementation:
/// options <c>&lt; &gt; = ! b B h H l L j J T i[n] I[n] f d n s[n] z x X c[n]</c> and spaces, with lua5.4's
/// sizes (int 4, long/lua_Integer/size_t 8, native little-endian, default maximum alignment 8) and errors.
/// </summary>
// Scratch buffers are stackalloc'd per call and only written regions are read: skip zeroing them.
[System.Runtime.CompilerServices.SkipLocalsInit]
internal static class StringPack
{
    private const int MaxIntSize = 16;
    private const int SzInt = 8;          // sizeof(lua_Integer)
    private const int NativeMaxAlign = 8;

    private enum KOption { Int, Uint, Float, Number, Double, Char, String, Zstr, Padding, PaddAlign, Nop }

    /// <summary>Parsing state of a format string (Header plus the read position).</summary>
    private ref struct Header
    {
        public ReadOnlySpan<byte> Fmt;
        public int Pos;
        public bool IsLittle;
        public int MaxAlign;
        public LuaCallContext Ctx;

        public Header(LuaCallContext ctx, LuaString fmt)
        {
            // The C code stops at the first '\0' of the format.
            var s = fmt.Span;
            int z = s.IndexOf((byte)0);
            Fmt = z >= 0 ? s.Slice(0, z) : s;
            Pos = 0; IsLittle = BitConverter.IsLittleEndian; MaxAlign = 1; Ctx = ctx;
            HugeSizes = ctx.Global.Profile.HasSizeTPackSizes;
        }

        /// <summary>Lua 5.5: sizes are size_t, up to <c>math.maxinteger</c> (lstrlib.c MAX_SIZE), not int.</summary>
        public readonly bool HugeSizes;

        /// <summary>The largest format result (MAX_SIZE, MAXSIZE in 5.4).</summary>
        public readonly long MaxResult => HugeSizes ? long.MaxValue : StringLib.MaxSize;

        public readonly bool AtEnd => Pos >= Fmt.Length;
        private readonly int Peek => Pos < Fmt.Length ? Fmt[Pos] : 0;

        private long GetNum(long df)
        {
            if ((uint)(Peek - '0') > 9) return df;
            long a = 0, limit = HugeSizes ? (long.MaxValue - 9) / 10 : (int.MaxValue - 9) / 10;
            do { a = a * 10 + (Fmt[Pos++] - '0'); }
            while ((uint)(Peek - '0') <= 9 && a <= limit);
            return a;
        }

        private int GetNumLimit(int df)
        {
            long sz = GetNum(df);
            if (sz > MaxIntSize || sz <= 0)
                throw Ctx.Error($"integral size ({sz}) out of limits [1,{MaxIntSize}]");
            return (int)sz;
        }

        /// <summary>getoption.</summary>
        public KOption GetOption(out long size)
        {
            int opt = Fmt[Pos++];
            size = 0;
            switch (opt)
            {
                case 'b': size = 1; return KOption.Int;
                case 'B': size = 1; return KOption.Uint;
                case 'h': size = 2; return KOption.Int;
                case 'H': size = 2; return KOption.Uint;
                case 'l': size = 8; return KOption.Int;
                case 'L': size = 8; return KOption.Uint;
                case 'j': size = 8; return KOption.Int;
                case 'J': size = 8; return KOption.Uint;
                case 'T': size = 8; return KOption.Uint;
                case 'f': size = 4; return KOption.Float;
                case 'n': size = 8; return KOption.Number;
                case 'd': size = 8; return KOption.Double;
                case 'i': size = GetNumLimit(4); return KOption.Int;
                case 'I': size = GetNumLimit(4); return KOption.Uint;
                case 's': size = GetNumLimit(8); return KOption.String;
                case 'c':
                    size = GetNum(-1);
                    if (size == -1) throw Ctx.Error("missing size for format option 'c'");
                    return KOption.Char;
                case 'z': return KOption.Zstr;
                case 'x': size = 1; return KOption.Padding;
                case 'X': return KOption.PaddAlign;
                case ' ': break;
                case '<': IsLittle = true; break;
                case '>': IsLittle = false; break;
                case '=': IsLittle = BitConverter.IsLittleEndian; break;
                case '!': MaxAlign = GetNumLimit(NativeMaxAlign); break;
                default: throw Ctx.Error($"invalid format option '{(char)opt}'");
            }
            return KOption.Nop;
        }

        /// <summary>getdetails: the next option, its size and the padding needed to align it at <paramref name="totalSize"/>.</summary>
        public KOption GetDetails(long totalSize, out long size, out int ntoalign)
        {
            KOption opt = GetOption(out size);
            long align = size;
            if (opt == KOption.PaddAlign)
            {
                if (AtEnd || GetOption(out align) == KOption.Char || align == 0)
                    throw Ctx.ArgError(1, "invalid next option for option 'X'");
            }
            if (align <= 1 || opt == KOption.Char) ntoalign = 0;
            else
            {
                if (align > MaxAlign) align = MaxAlign;
                if ((align & (align - 1)) != 0) throw Ctx.ArgError(1, "format asks for alignment not power of 2");
                ntoalign = (int)((align - (totalSize & (align - 1))) & (align - 1));
            }
            return opt;
        }
    }

    /// <summary>packint: the low <paramref name="size"/> bytes of <paramref name="n"/>, sign-extended past 8 bytes.</summary>
    private static void PackInt(ref LuaByteBuffer b, ulong n, bool little, int size, bool neg)
    {
        Span<byte> buff = b.AppendSpan(size);
        for (int i = 0; i < size; i++)
        {
            byte v = i < SzInt ? (byte)(n >> (i * 8)) : neg ? (byte)0xFF : (byte)0;
            buff[little ? i : size - 1 - i] = v;
        }
    }

    private static void CopyWithEndian(ref LuaByteBuffer b, ReadOnlySpan<byte> src, bool little)
    {
        Span<byte> d = b.AppendSpan(src.Length);
        src.CopyTo(d);
        if (little != BitConverter.IsLittleEndian) d.Reverse();
    }

    /// <summary>str_pack pushes a nil to separate its arguments from the buffer, so the first missing
    /// argument is reported as "got nil" rather than "got no value".</summary>
    private static void CheckPresent(LuaCallContext ctx, int arg, string expected)
    {
        if (arg > ctx.ArgCount) throw ctx.ArgError(arg, expected + " expected, got nil");
    }

    /// <summary>Units charged per format option (parsing it, converting and pushing or writing a value), plus the
    /// bytes it copies.</summary>
    private const long OptionCost = 4;

    /// <summary>string.pack(fmt, v1, v2, ...).</summary>
    public static int Pack(LuaCallContext ctx)
    {
        var h = new Header(ctx, ctx.CheckString(1));
        int arg = 1;
        long totalSize = 0;
        var b = new LuaByteBuffer(stackalloc byte[256]);
        try
        {
            Span<byte> tmp = stackalloc byte[8];
            while (!h.AtEnd)
            {
                KOption opt = h.GetDetails(totalSize, out long lsize, out int ntoalign);
                if (h.HugeSizes && lsize > h.MaxResult - totalSize - ntoalign) throw ctx.ArgError(arg, "result too long");
                int size = opt == KOption.Char ? 0 : (int)lsize;   // only 'c' can be beyond int
                totalSize += ntoalign + lsize;
                ctx.Global.Charge(OptionCost + ((ntoalign + lsize) >> 5)); // 'c' and 'X' sizes can be huge: charged before writing
                b.AppendRepeat(0, ntoalign);
                arg++;
                switch (opt)
                {
                    case KOption.Int: case KOption.Uint: case KOption.Float: case KOption.Number: case KOption.Double:
                        CheckPresent(ctx, arg, "number");
                        break;
                    case KOption.Char: case KOption.String: case KOption.Zstr:
                        CheckPresent(ctx, arg, "string");
                        break;
                }
                switch (opt)
                {
                    case KOption.Int:
                    {
                        long n = ctx.CheckInteger(arg);
                        if (size < SzInt)
                        {
                            long lim = 1L << (size * 8 - 1);
                            if (!(-lim <= n && n < lim)) throw ctx.ArgError(arg, "integer overflow");
                        }
                        PackInt(ref b, (ulong)n, h.IsLittle, size, n < 0);
                        break;
                    }
                    case KOption.Uint:
                    {
                        long n = ctx.CheckInteger(arg);
                        if (size < SzInt && (ulong)n >= 1UL << (size * 8)) throw ctx.ArgError(arg, "unsigned overflow");
                        PackInt(ref b, (ulong)n, h.IsLittle, size, false);
                        break;
                    }
                    case KOption.Float:
                    {
                        float f = (float)ctx.CheckNumber(arg);
                        BitConverter.TryWriteBytes(tmp, f);
                        CopyWithEndian(ref b, tmp.Slice(0, 4), h.IsLittle);
                        break;
                    }
                    case KOption.Number:
                    case KOption.Double:
                    {
                        double d = ctx.CheckNumber(arg);
                        BitConverter.TryWriteBytes(tmp, d);
                        CopyWithEndian(ref b, tmp, h.IsLittle);
                        break;
                    }
                    case KOption.Char:
                    {
                        LuaString s = ctx.CheckString(arg);
                        if (s.Length > lsize) throw ctx.ArgError(arg, "string longer than given size");
                        if (lsize - s.Length > int.MaxValue) throw new LuaMemoryException();
                        b.Append(s.Span);
                        b.AppendRepeat(0, (int)(lsize - s.Length));
                        break;
                    }
                    case KOption.String:
                    {
                        LuaString s = ctx.CheckString(arg);
                        if (!(size >= 8 || (ulong)s.Length < 1UL << (size * 8)))
                            throw ctx.ArgError(arg, "string length does not fit in given size");
                        PackInt(ref b, (ulong)s.Length, h.IsLittle, size, false);
                        ctx.Global.ChargeBytes(s.Length);
                        b.Append(s.Span);
                        totalSize += s.Length;
                        break;
                    }
                    case KOption.Zstr:
                    {
                        LuaString s = ctx.CheckString(arg);
                        ctx.Global.ChargeBytes(s.Length * 2L);   // searched for zeros, then copied
                        if (s.Span.IndexOf((byte)0) >= 0) throw ctx.ArgError(arg, "string contains zeros");
                        b.Append(s.Span);
                        b.Append(0);
                        totalSize += s.Length + 1;
                        break;
                    }
                    case KOption.Padding:
                        b.Append(0);
                        arg--;
                        break;
                    default:
                        arg--;
                        break;
                }
            }
            return ctx.Return(b.ToLuaString());
        }
        finally { b.Dispose(); }
    }

    /// <summary>string.packsize(fmt).</summary>
    public static int PackSize(LuaCallContext ctx)
    {
        var h = new Header(ctx, ctx.CheckString(1));
        long totalSize = 0;
        while (!h.AtEnd)
        {
            KOption opt = h.GetDetails(totalSize, out long size, out int ntoalign);
            if (opt == KOption.String || opt == KOption.Zstr) throw ctx.ArgError(1, "variable-length format");
            ctx.Global.Charge(OptionCost);
            size += ntoalign;
            if (!(totalSize <= h.MaxResult - size)) throw ctx.ArgError(1, "format result too large");
            totalSize += size;
        }
        return ctx.Return(totalSize);
    }

    /// <summary>unpackint.</summary>
    private static long UnpackInt(LuaCallContext ctx, ReadOnlySpan<byte> str, bool little, int size, bool signed)
    {
        ulong res = 0;
        int limit = size <= SzInt ? size : SzInt;
        for (int i = limit - 1; i >= 0; i--)
        {
            res <<= 8;
            res |= str[little ? i : size - 1 - i];
        }
        if (size < SzInt)
        {
            if (signed)
            {
                ulong mask = 1UL << (size * 8 - 1);
                res = (res ^ mask) - mask;
            }
        }
        else if (size > SzInt)
        {
            int mask = !signed || (long)res >= 0 ? 0 : 0xFF;
            for (int i = limit; i < size; i++)
                if (str[little ? i : size - 1 - i] != mask)
                    throw ctx.Error($"{size}-byte integer does not fit into Lua Integer");
        }
        return (long)res;
    }

    /// <summary>string.unpack(fmt, s [, pos]).</summary>
    public static int Unpack(LuaCallContext ctx) => Unpack(ctx, lua53: false);

    /// <summary>string.unpack of Lua 5.3, whose position 0 (or one before the string) is out of the string
    /// (5.3 lstrlib's posrelat, where 5.4's posrelatI takes it as 1).</summary>
    public static int Unpack53(LuaCallContext ctx) => Unpack(ctx, lua53: true);

    private static int Unpack(LuaCallContext ctx, bool lua53)
    {
        var h = new Header(ctx, ctx.CheckString(1));
        LuaString dataStr = ctx.CheckString(2);
        ReadOnlySpan<byte> data = dataStr.Span;
        long ld = data.Length;
        long init = ctx.OptInteger(3, 1);
        long pos = (lua53 ? StringLib.PosRelat53(init, ld) : StringLib.PosRelatI(init, ld)) - 1;
        int n = 0;
        if (pos < 0 || pos > ld) throw ctx.ArgError(3, "initial position out of string");
        while (!h.AtEnd)
        {
            KOption opt = h.GetDetails(pos, out long lsize, out int ntoalign);
            if (lsize > ld - pos - ntoalign) throw ctx.ArgError(2, "data string too short");
            int size = (int)lsize;   // within the data
            ctx.Global.Charge(OptionCost + (((long)ntoalign + size) >> 5));
            pos += ntoalign;
            ctx.Thread.EnsureStack(2);
            n++;
            var at = data.Slice((int)pos);
            switch (opt)
            {
                case KOption.Int:
                case KOption.Uint:
                    ctx.Push(LuaValue.FromInteger(UnpackInt(ctx, at, h.IsLittle, size, opt == KOption.Int)));
                    break;
                case KOption.Float:
                {
                    Span<byte> t = stackalloc byte[4];
                    at.Slice(0, 4).CopyTo(t);
                    if (h.IsLittle != BitConverter.IsLittleEndian) t.Reverse();
                    ctx.Push(LuaValue.FromFloat(BitConverter.ToSingle(t)));
                    break;
                }
                case KOption.Number:
                case KOption.Double:
                {
                    Span<byte> t = stackalloc byte[8];
                    at.Slice(0, 8).CopyTo(t);
                    if (h.IsLittle != BitConverter.IsLittleEndian) t.Reverse();
                    ctx.Push(LuaValue.FromFloat(BitConverter.ToDouble(t)));
                    break;
                }
                case KOption.Char:
                    ctx.Push(LuaString.FromBytes(at.Slice(0, size)));
                    break;
                case KOption.String:
                {
                    ulong len = (ulong)UnpackInt(ctx, at, h.IsLittle, size, false);
                    if (!(len <= (ulong)(ld - pos - size))) throw ctx.ArgError(2, "data string too short");
                    ctx.Global.ChargeBytes((long)len);
                    ctx.Push(LuaString.FromBytes(at.Slice(size, (int)len)));
                    pos += (long)len;
                    break;
                }
                case KOption.Zstr:
                {
                    int len = at.IndexOf((byte)0);
                    ctx.Global.ChargeBytes(len < 0 ? at.Length : len * 2L);   // searched, then copied
                    if (len < 0) throw ctx.ArgError(2, "unfinished string for format 'z'");
                    ctx.Push(LuaString.FromBytes(at.Slice(0, len)));
                    pos += len + 1;
                    break;
                }
                default:
                    n--;
                    break;
            }
            pos += size;
        }
        ctx.Push(LuaValue.FromInteger(pos + 1));
        return n + 1;
    }
}
