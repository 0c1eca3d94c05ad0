using Tycho.Runtime;

namespace Tycho.Library;

// The utf8 library as Lua 5.3 has it (5.3 manual §6.5): no lax mode, code points only up to U+10FFFF (surrogates
// included), four-byte sequences at most, and 5.3's argument messages ("out of range", "out of string").
internal static partial class Utf8Lib
{
    /// <summary>5.3's charpattern: lead bytes only up to 0xF4.</summary>
    private static readonly LuaString CharPattern53 = LuaString.FromBytes(new byte[]
    {
        (byte)'[', 0, (byte)'-', 0x7F, 0xC2, (byte)'-', 0xF4, (byte)']',
        (byte)'[', 0x80, (byte)'-', 0xBF, (byte)']', (byte)'*',
    });

    /// <summary>utf8's functions in Lua 5.3 (see <see cref="LibraryTemplate"/>).</summary>
    internal static readonly LibraryTemplate Functions53 = new("utf8",
        ("offset", ByteOffset53), ("codepoint", CodePoint53), ("char", Char53), ("len", Len53), ("codes", Codes53));

    /// <summary>Registers 5.3's <c>utf8</c> (the shared bytes are charged by <see cref="Open"/>: both patterns
    /// have the same length).</summary>
    private static void Open53(GlobalState state) =>
        Functions53.Open(state, extra: 1).VmSetStr(CharPatternName, CharPattern53);

    /// <summary>5.3's utf8_decode: original UTF-8 of at most four bytes, up to U+10FFFF (surrogates are valid).</summary>
    private static int Decode53(ReadOnlySpan<byte> s, int i, out uint val)
    {
        int next = Decode(s, i, out val, strict: false);
        return next >= 0 && val <= MaxUnicode ? next : -1;
    }

    private static int Len53(LuaCallContext ctx)
    {
        ReadOnlySpan<byte> s = ctx.CheckString(1).Span;
        long len = s.Length;
        long posi = UPosRelat(ctx.OptInteger(2, 1), len);
        long posj = UPosRelat(ctx.OptInteger(3, -1), len);
        if (!(1 <= posi && --posi <= len)) throw ctx.ArgError(2, "initial position out of string");
        if (!(--posj < len)) throw ctx.ArgError(3, "final position out of string");
        long n = 0;
        long charged = posi;
        while (posi <= posj)
        {
            if (posi >= charged) { ChargeDecode(ctx, ChargeChunk); charged = posi + ChargeChunk; }
            int next = Decode53(s, (int)posi, out _);
            if (next < 0) return ctx.Return(LuaValue.Nil, posi + 1);
            posi = next;
            n++;
        }
        return ctx.Return(n);
    }

    private static int CodePoint53(LuaCallContext ctx)
    {
        ReadOnlySpan<byte> s = ctx.CheckString(1).Span;
        long len = s.Length;
        long posi = UPosRelat(ctx.OptInteger(2, 1), len);
        long pose = UPosRelat(ctx.OptInteger(3, posi), len);
        if (!(posi >= 1)) throw ctx.ArgError(2, "out of range");
        if (!(pose <= len)) throw ctx.ArgError(3, "out of range");
        if (posi > pose) return 0;
        if (pose - posi >= int.MaxValue) throw ctx.Error("string slice too long");
        if (pose - posi + 1 > LuaLimits.MaxStack) throw ctx.Error("stack overflow (string slice too long)");
        ctx.Thread.EnsureStack((int)(pose - posi) + 1);
        ctx.Global.Charge(pose - posi + 1);
        int n = 0;
        for (int i = (int)posi - 1; i < (int)pose;)
        {
            i = Decode53(s, i, out uint code);
            if (i < 0) throw ctx.Error("invalid UTF-8 code");
            ctx.Push(LuaValue.FromInteger(code));
            n++;
        }
        return n;
    }

    /// <summary>utf8.char of 5.3: codes up to U+10FFFF only (5.3 manual §6.5).</summary>
    private static int Char53(LuaCallContext ctx) => CharUpTo(ctx, MaxUnicode);

    private static int ByteOffset53(LuaCallContext ctx)
    {
        ReadOnlySpan<byte> s = ctx.CheckString(1).Span;
        long len = s.Length;
        long n = ctx.CheckInteger(2);
        long posi = UPosRelat(ctx.OptInteger(3, n >= 0 ? 1 : len + 1), len);
        if (!(1 <= posi && --posi <= len)) throw ctx.ArgError(3, "position out of range");
        long start = posi;
        bool found = Offset(ctx, s, n, ref posi);
        ChargeDecode(ctx, Math.Abs(posi - start));
        return found ? ctx.Return(posi + 1) : ctx.Return(LuaValue.Nil);
    }

    private static readonly LuaHostFunction Iter53 = new("for iterator", IterAux53);

    /// <summary>utf8.codes(s): 5.3 checks the string's bytes only as the loop reaches them.</summary>
    private static int Codes53(LuaCallContext ctx) => ctx.Return(Iter53, ctx.CheckString(1), 0);

    /// <summary>5.3's iter_aux: the control value is the previous character's position (0 at first).</summary>
    private static int IterAux53(LuaCallContext ctx)
    {
        ReadOnlySpan<byte> s = ctx.CheckString(1).Span;
        long len = s.Length;
        long n = (ctx[2].TryToInteger(out long i) ? i : 0) - 1;
        if (n < 0) n = 0;
        else if (n < len)
        {
            long from = ++n;
            while (IsCont(s, n)) n++;
            if (n - from > ChargeChunk) ChargeDecode(ctx, n - from);
        }
        if (n >= len) return 0;
        int next = Decode53(s, (int)n, out uint code);
        if (next < 0 || IsCont(s, next)) throw ctx.Error("invalid UTF-8 code");
        return ctx.Return(n + 1, (long)code);
    }
}
