using Tycho.Runtime;
using Tycho.Runtime.Gc;

namespace Tycho.Library;

/// <summary>
/// The utf8 library (manual §6.5), lutf8lib.c: char, charpattern, codes, codepoint, len, offset. Strict mode
/// accepts code points up to U+10FFFF excluding surrogates; lax mode (the <c>lax</c> arguments) accepts the
/// original UTF-8 up to 0x7FFFFFFF (six-byte sequences).
/// </summary>
// Scratch buffers are stackalloc'd per call and only written regions are read: skip zeroing them.
[System.Runtime.CompilerServices.SkipLocalsInit]
internal static partial class Utf8Lib
{
    private const uint MaxUnicode = 0x10FFFF;
    private const uint MaxUtf = 0x7FFFFFFF;

    /// <summary>The pattern matching exactly one UTF-8 byte sequence.</summary>
    private static readonly LuaString CharPattern = LuaString.FromBytes(new byte[]
    {
        (byte)'[', 0, (byte)'-', 0x7F, 0xC2, (byte)'-', 0xFD, (byte)']',
        (byte)'[', 0x80, (byte)'-', 0xBF, (byte)']', (byte)'*',
    });

    /// <summary>utf8's functions, prepared once per process (see <see cref="LibraryTemplate"/>).</summary>
    internal static readonly LibraryTemplate Functions = new("utf8",
        ("offset", ByteOffset), ("codepoint", CodePoint), ("char", Char), ("len", Len), ("codes", Codes));

    private static readonly LuaString CharPatternName = LuaString.FromAscii("charpattern");

    /// <summary>Registers the <c>utf8</c> global.</summary>
    public static void Open(GlobalState state)
    {
        MemoryAccount.ChargeCurrent(SharedBytes);   // see LibraryTemplate.SizeOf
        if (state.Profile.Minor == 3) { Open53(state); return; }
        Lua55Libraries.Utf8(state.Profile).Open(state, extra: 1).VmSetStr(CharPatternName, CharPattern);
    }

    private static readonly long SharedBytes = LibraryTemplate.SizeOf(CharPatternName, CharPattern);

    internal static bool IsCont(ReadOnlySpan<byte> s, long i) => i < s.Length && (s[(int)i] & 0xC0) == 0x80;

    /// <summary>u_posrelat.</summary>
    internal static long UPosRelat(long pos, long len)
    {
        if (pos >= 0) return pos;
        if (unchecked(0UL - (ulong)pos) > (ulong)len) return 0;
        return len + pos + 1;
    }

    /// <summary>Decoding loops charge their work in chunks of this many bytes, before decoding them (one unit per
    /// four bytes: decoding costs about what a VM instruction does every few bytes).</summary>
    private const int ChargeChunk = 4096;

    /// <summary>Charges decoding <paramref name="bytes"/> bytes to the running call's limits.</summary>
    internal static void ChargeDecode(LuaCallContext ctx, long bytes) => ctx.Global.Charge((bytes >> 2) + 1);

    private static readonly uint[] Limits = { ~0u, 0x80, 0x800, 0x10000u, 0x200000u, 0x4000000u };

    /// <summary>utf8_decode: decodes the sequence at <paramref name="i"/>; returns the index after it, or -1 if invalid.</summary>
    internal static int Decode(ReadOnlySpan<byte> s, int i, out uint val, bool strict)
    {
        uint c = i < s.Length ? s[i] : 0u;
        uint res = 0;
        val = 0;
        if (c < 0x80) res = c;
        else
        {
            int count = 0;
            for (; (c & 0x40) != 0; c <<= 1)
            {
                int k = i + ++count;
                uint cc = k < s.Length ? s[k] : 0u;
                if ((cc & 0xC0) != 0x80) return -1;
                res = (res << 6) | (cc & 0x3F);
            }
            res |= (c & 0x7F) << (count * 5);
            if (count > 5 || res > MaxUtf || res < Limits[count]) return -1;
            i += count;
        }
        if (strict && (res > MaxUnicode || (0xD800u <= res && res <= 0xDFFFu))) return -1;
        val = res;
        return i + 1;
    }

    /// <summary>utf8.len(s [, i [, j [, lax]]]).</summary>
    private static int Len(LuaCallContext ctx)
    {
        LuaString str = ctx.CheckString(1);
        ReadOnlySpan<byte> s = str.Span;
        long len = s.Length;
        long posi = UPosRelat(ctx.OptInteger(2, 1), len);
        long posj = UPosRelat(ctx.OptInteger(3, -1), len);
        bool lax = ctx.ToBoolean(4);
        if (!(1 <= posi && --posi <= len)) throw ctx.ArgError(2, "initial position out of bounds");
        if (!(--posj < len)) throw ctx.ArgError(3, "final position out of bounds");
        long n = 0;
        long charged = posi;
        while (posi <= posj)
        {
            if (posi >= charged) { ChargeDecode(ctx, ChargeChunk); charged = posi + ChargeChunk; }
            int next = Decode(s, (int)posi, out _, !lax);
            if (next < 0) return ctx.Return(LuaValue.Nil, posi + 1);
            posi = next;
            n++;
        }
        return ctx.Return(n);
    }

    /// <summary>utf8.codepoint(s [, i [, j [, lax]]]).</summary>
    private static int CodePoint(LuaCallContext ctx)
    {
        LuaString str = ctx.CheckString(1);
        ReadOnlySpan<byte> s = str.Span;
        long len = s.Length;
        long posi = UPosRelat(ctx.OptInteger(2, 1), len);
        long pose = UPosRelat(ctx.OptInteger(3, posi), len);
        bool lax = ctx.ToBoolean(4);
        if (!(posi >= 1)) throw ctx.ArgError(2, "out of bounds");
        if (!(pose <= len)) throw ctx.ArgError(3, "out of bounds");
        if (posi > pose) return 0;
        if (pose - posi >= int.MaxValue) throw ctx.Error("string slice too long");
        if (pose - posi + 1 > LuaLimits.MaxStack) throw ctx.Error("stack overflow (string slice too long)");
        ctx.Thread.EnsureStack((int)(pose - posi) + 1);
        int n = 0;
        int se = (int)pose;
        ctx.Global.Charge(pose - posi + 1);   // every byte may be a code point pushed and returned
        for (int i = (int)posi - 1; i < se;)
        {
            i = Decode(s, i, out uint code, !lax);
            if (i < 0) throw ctx.Error("invalid UTF-8 code");
            ctx.Push(LuaValue.FromInteger(code));
            n++;
        }
        return n;
    }

    /// <summary>luaO_utf8esc: appends the (extended) UTF-8 encoding of <paramref name="x"/> (at most 0x7FFFFFFF).</summary>
    internal static void Encode(ref LuaByteBuffer b, uint x)
    {
        Span<byte> buff = stackalloc byte[8];
        int n = 1;
        if (x < 0x80) buff[7] = (byte)x;
        else
        {
            uint mfb = 0x3f;
            do
            {
                buff[8 - n++] = (byte)(0x80 | (x & 0x3f));
                x >>= 6;
                mfb >>= 1;
            } while (x > mfb);
            buff[8 - n] = (byte)((~mfb << 1) | x);
        }
        b.Append(buff.Slice(8 - n, n));
    }

    /// <summary>utf8.char(...).</summary>
    private static int Char(LuaCallContext ctx) => CharUpTo(ctx, MaxUtf);

    /// <summary>utf8.char with codes up to <paramref name="max"/>.</summary>
    private static int CharUpTo(LuaCallContext ctx, ulong max)
    {
        int n = ctx.ArgCount;
        ctx.Global.Charge(n);
        var b = new LuaByteBuffer(stackalloc byte[64]);
        try
        {
            for (int i = 1; i <= n; i++)
            {
                ulong code = (ulong)ctx.CheckInteger(i);
                if (code > max) throw ctx.ArgError(i, "value out of range");
                Encode(ref b, (uint)code);
            }
            return ctx.Return(b.ToLuaString());
        }
        finally { b.Dispose(); }
    }

    /// <summary>utf8.offset(s, n [, i]).</summary>
    private static int ByteOffset(LuaCallContext ctx)
    {
        LuaString str = ctx.CheckString(1);
        ReadOnlySpan<byte> s = str.Span;
        long len = s.Length;
        long n = ctx.CheckInteger(2);
        long posi = n >= 0 ? 1 : len + 1;
        posi = UPosRelat(ctx.OptInteger(3, posi), len);
        if (!(1 <= posi && --posi <= len)) throw ctx.ArgError(3, "position out of bounds");
        long start = posi;
        bool found = Offset(ctx, s, n, ref posi);
        // Charged after the scan, whose length is only known then; one scan is bounded by the string's length.
        ChargeDecode(ctx, Math.Abs(posi - start));
        return found ? ctx.Return(posi + 1) : ctx.Return(LuaValue.Nil);
    }

    /// <summary>Moves <paramref name="posi"/> (0-based) by <paramref name="n"/> characters as utf8.offset does; false
    /// when the string ends first.</summary>
    internal static bool Offset(LuaCallContext ctx, ReadOnlySpan<byte> s, long n, ref long posi)
    {
        long len = s.Length;
        if (n == 0)
        {
            while (posi > 0 && IsCont(s, posi)) posi--;
        }
        else
        {
            if (IsCont(s, posi)) throw ctx.Error("initial position is a continuation byte");
            if (n < 0)
            {
                while (n < 0 && posi > 0)
                {
                    do { posi--; } while (posi > 0 && IsCont(s, posi));
                    n++;
                }
            }
            else
            {
                n--;
                while (n > 0 && posi < len)
                {
                    do { posi++; } while (IsCont(s, posi));
                    n--;
                }
            }
        }
        return n == 0;
    }

    private static readonly LuaHostFunction IterStrict = new("for iterator", ctx => IterAux(ctx, true));
    private static readonly LuaHostFunction IterLax = new("for iterator", ctx => IterAux(ctx, false));

    /// <summary>utf8.codes(s [, lax]): the generic-for triple (iterator, s, 0).</summary>
    private static int Codes(LuaCallContext ctx)
    {
        bool lax = ctx.ToBoolean(2);
        LuaString s = ctx.CheckString(1);
        if (IsCont(s.Span, 0)) throw ctx.ArgError(1, "invalid UTF-8 code");
        return ctx.Return(lax ? IterLax : IterStrict, s, 0);
    }

    /// <summary>iter_aux: skips the continuation bytes of the previous character and decodes the next one.</summary>
    private static int IterAux(LuaCallContext ctx, bool strict)
    {
        LuaString str = ctx.CheckString(1);
        ReadOnlySpan<byte> s = str.Span;
        ulong len = (ulong)s.Length;
        ulong n = ctx[2].TryToInteger(out long i) ? (ulong)i : 0;
        if (n < len)
        {
            ulong from = n;
            while (IsCont(s, (long)n)) n++;
            if (n - from > ChargeChunk) ChargeDecode(ctx, (long)(n - from));   // a lax run of continuation bytes
        }
        if (n >= len) return 0;
        int next = Decode(s, (int)n, out uint code, strict);
        // 5.4.8 also rejects a character followed by a stray continuation byte ("a\x80"): the skip loop above would
        // otherwise pass over it silently on the next call.
        if (next < 0 || IsCont(s, next)) throw ctx.Error("invalid UTF-8 code");
        return ctx.Return((long)n + 1, (long)code);
    }
}
