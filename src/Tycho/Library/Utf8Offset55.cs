using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>Lua 5.5's <c>utf8.offset(s, n [, i])</c> (manual §6.5): the character's final byte too, so that the
/// character is <c>s:sub(p, e)</c>; a character found at a continuation byte is an error.</summary>
internal static class Utf8Offset55
{
    /// <summary>The function, for the 5.5 library template.</summary>
    public static readonly LuaHostFunction Function = new("offset", ByteOffset);

    private static int ByteOffset(LuaCallContext ctx)
    {
        LuaString str = ctx.CheckString(1);
        ReadOnlySpan<byte> s = str.Span;
        long len = s.Length;
        long n = ctx.CheckInteger(2);
        long posi = n >= 0 ? 1 : len + 1;
        posi = Utf8Lib.UPosRelat(ctx.OptInteger(3, posi), len);
        if (!(1 <= posi && --posi <= len)) throw ctx.ArgError(3, "position out of bounds");
        long start = posi;
        bool found = Utf8Lib.Offset(ctx, s, n, ref posi);
        Utf8Lib.ChargeDecode(ctx, Math.Abs(posi - start));
        if (!found) return ctx.Return(LuaValue.Nil);
        long first = posi + 1;
        if (posi < len && (s[(int)posi] & 0x80) != 0)
        {
            if ((s[(int)posi] & 0xC0) == 0x80) throw ctx.Error("initial position is a continuation byte");
            while (Utf8Lib.IsCont(s, posi + 1)) posi++;
        }
        return ctx.Return(first, posi + 1);
    }
}
