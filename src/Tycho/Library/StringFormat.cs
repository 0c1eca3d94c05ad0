using System.Globalization;
using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// <c>string.format</c> (manual §6.4), lstrlib.c's str_format: C printf conversions <c>%d %i %u %c %x %X %o
/// %e %E %f %g %G %a %A %s %p %q %%</c> with flags, width and precision (at most two digits each), emulated
/// byte for byte, and lua5.4's errors (<c>invalid conversion '%y' to 'format'</c>,
/// <c>invalid conversion specification: '%100d'</c>, <c>invalid format (too long)</c>, ...).
/// </summary>
// Scratch buffers are stackalloc'd per call and only written regions are read: skip zeroing them.
[System.Runtime.CompilerServices.SkipLocalsInit]
internal static class StringFormat
{
    private const int MaxFormat = 32;
    private const string FlagsF = "-+ #0";   // a A e E f g G
    private const string FlagsX = "-#0";     // o x X
    private const string FlagsI = "-+ 0";    // d i
    private const string FlagsU = "-0";      // u
    private const string FlagsC = "-";       // c p s

    /// <summary>string.format(formatstring, ...).</summary>
    public static int Format(LuaCallContext ctx) => Format(ctx, 4);

    /// <summary>string.format of Lua 5.3 (5.3 lstrlib's scanformat): any flags (at most five), widths and
    /// precisions of two digits for every conversion, no <c>%p</c>, and 5.3's messages.</summary>
    public static int Format53(LuaCallContext ctx) => Format(ctx, 3);

    /// <summary>string.format of Lua 5.1 (§5.4 of its manual): '%s' and '%q' take strings and numbers only (no
    /// <c>__tostring</c>), '%q' escapes only '"', '\\', newline, '\r' and '\0', integer conversions truncate any number.</summary>
    public static readonly LuaHostFunction Format51 = new("format", ctx => Format(ctx, 1));

    /// <summary>string.format of Lua 5.2 (§6.4): '%q' takes strings and numbers, integer conversions truncate but
    /// refuse numbers beyond the integer range.</summary>
    public static readonly LuaHostFunction Format52 = new("format", ctx => Format(ctx, 2));

    /// <summary>string.format as Lua 5.<paramref name="minor"/> has it (4 for 5.4 on).</summary>
    private static int Format(LuaCallContext ctx, int minor)
    {
        int top = ctx.ArgCount;
        int arg = 1;
        LuaString fmtStr = ctx.CheckString(1);
        ReadOnlySpan<byte> f = fmtStr.Span;
        var b = new LuaByteBuffer(stackalloc byte[256]);
        Span<byte> item = stackalloc byte[NumberFormatter.MaxFloatLength];
        try
        {
            int i = 0;
            while (i < f.Length)
            {
                int pct = f.Slice(i).IndexOf((byte)'%');
                if (pct < 0) { b.Append(f.Slice(i)); break; }
                b.Append(f.Slice(i, pct));
                i += pct + 1;
                if (i < f.Length && f[i] == '%') { b.Append((byte)'%'); i++; continue; }
                if (++arg > top) throw ctx.ArgError(arg, "no value");
                // getformat: flags, width and precision characters, then the conversion
                int start = i;
                if (minor == 3) i = ScanFormat53(ctx, f, i);
                else while (i < f.Length && "-+ #0123456789.".Contains((char)f[i])) i++;
                int len = i - start + 1;
                if (len >= MaxFormat - 10) throw ctx.Error("invalid format (too long)");
                int conv = i < f.Length ? f[i] : 0;
                if (minor <= 2) ScanFormat(ctx, f.Slice(start, i - start));
                ReadOnlySpan<byte> spec = f.Slice(start, Math.Min(len, f.Length - start));   // includes the conversion
                if (i < f.Length) i++;
                int before = b.Length;
                FormatItem(ctx, ref b, item, spec, conv, arg, minor);
                ctx.Global.ChargeBytes(b.Length - before); // '%s' of a huge string copies it
            }
            return ctx.Return(b.ToLuaString());
        }
        finally { b.Dispose(); }
    }

    /// <summary>Lua 5.1/5.2's scanformat: at most five flags, then at most two digits of width and two of
    /// precision.</summary>
    private static void ScanFormat(LuaCallContext ctx, ReadOnlySpan<byte> spec)
    {
        int p = 0;
        while (p < spec.Length && "-+ #0".Contains((char)spec[p])) p++;
        if (p >= 6) throw ctx.Error("invalid format (repeated flags)");
        for (int k = 0; k < 2 && p < spec.Length && char.IsAsciiDigit((char)spec[p]); k++) p++;
        if (p < spec.Length && spec[p] == '.')
        {
            p++;
            for (int k = 0; k < 2 && p < spec.Length && char.IsAsciiDigit((char)spec[p]); k++) p++;
        }
        if (p < spec.Length && char.IsAsciiDigit((char)spec[p])) throw ctx.Error("invalid format (width or precision too long)");
    }

    private static string Form(ReadOnlySpan<byte> spec)
    {
        var chars = new char[spec.Length + 1];
        chars[0] = '%';
        for (int k = 0; k < spec.Length; k++) chars[k + 1] = (char)spec[k];
        return new string(chars);
    }

    private static void FormatItem(LuaCallContext ctx, ref LuaByteBuffer b, Span<byte> item, ReadOnlySpan<byte> spec, int conv, int arg, int minor)
    {
        switch (conv)
        {
            case 'c':
            {
                if (minor != 3) CheckFormat(ctx, minor, spec, FlagsC, false);
                long c = ctx.CheckInteger(arg);
                var ps = Parse(spec);
                Span<byte> one = stackalloc byte[1];
                one[0] = (byte)c;
                b.Append(item.Slice(0, NumberFormatter.Pad(item, 0, one, 0, ps.Width, ps.Left, false)));
                return;
            }
            case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            {
                if (minor == 2 && ctx[arg].TryToNumber(out double dn))
                {
                    // 5.2 converts through a signed or an unsigned 64-bit integer and refuses what neither holds.
                    if (conv is 'd' or 'i' ? !(dn >= -9.2233720368547758e18 && dn < 9.2233720368547758e18) : false)
                        throw ctx.ArgError(arg, "not a number in proper range");
                    if (conv is not ('d' or 'i') && !(dn >= 0 && dn < 1.8446744073709552e19))
                        throw ctx.ArgError(arg, "not a non-negative number in proper range");
                    if (conv is not ('d' or 'i') && dn >= 9.2233720368547758e18)
                    {
                        b.Append(item.Slice(0, FormatInteger(item, unchecked((long)(ulong)dn), (char)conv, Parse(spec))));
                        return;
                    }
                }
                long n = ctx.CheckInteger(arg);
                if (minor != 3) CheckFormat(ctx, minor, spec, conv is 'd' or 'i' ? FlagsI : conv == 'u' ? FlagsU : FlagsX, true);
                b.Append(item.Slice(0, FormatInteger(item, n, (char)conv, Parse(spec))));
                return;
            }
            case 'a': case 'A':
            {
                if (minor != 3) CheckFormat(ctx, minor, spec, FlagsF, true);
                double v = ctx.CheckNumber(arg);
                b.Append(item.Slice(0, NumberFormatter.FormatFloat(item, v, (char)conv, Parse(spec))));
                return;
            }
            case 'e': case 'E': case 'f': case 'g': case 'G':
            {
                double v = ctx.CheckNumber(arg);
                if (minor != 3) CheckFormat(ctx, minor, spec, FlagsF, true);
                b.Append(item.Slice(0, NumberFormatter.FormatFloat(item, v, (char)conv, Parse(spec))));
                return;
            }
            case 'p':
            {
                if (minor == 3) goto default;   // %p is new in 5.4
                LuaValue v = ctx[arg];
                if (minor != 3) CheckFormat(ctx, minor, spec, FlagsC, false);
                string text = v.O is LuaObject o ? LuaString.AddressOf(o) : "(null)";
                var ps = Parse(spec);
                Span<byte> tb = stackalloc byte[text.Length];
                for (int k = 0; k < text.Length; k++) tb[k] = (byte)text[k];
                b.Append(item.Slice(0, NumberFormatter.Pad(item, 0, tb, 0, ps.Width, ps.Left, false)));
                return;
            }
            case 'q':
                if (minor <= 2)
                {
                    // Before 5.3 '%q' quotes the string form of a string or number (luaL_checklstring).
                    if (minor == 1) AddQuoted51(ref b, ctx.CheckString(arg).Span);
                    else AddQuoted(ref b, ctx.CheckString(arg).Span);
                    return;
                }
                if (spec.Length > 1 && minor != 3) throw ctx.Error("specifier '%q' cannot have modifiers");
                AddLiteral(ctx, ref b, arg);
                return;
            case 's':
            {
                LuaString s = minor == 1 ? ctx.CheckString(arg) : ctx.ToDisplayString(arg);
                if (spec.Length == 1) { b.Append(s.Span); return; }
                if (s.Span.IndexOf((byte)0) >= 0) throw ctx.ArgError(arg, "string contains zeros");
                if (minor != 3) CheckFormat(ctx, minor, spec, FlagsC, true);
                if (spec.IndexOf((byte)'.') < 0 && s.Length >= 100) { b.Append(s.Span); return; }
                var ps = Parse(spec);
                ReadOnlySpan<byte> body = s.Span;
                if (ps.Precision >= 0 && body.Length > ps.Precision) body = body.Slice(0, ps.Precision);
                b.Append(item.Slice(0, NumberFormatter.Pad(item, 0, body, 0, ps.Width, ps.Left, false)));
                return;
            }
            default:
                if (minor <= 2)
                {
                    // Lua 5.1/5.2's message names the option character (5.1's '%c' of a '\0' adds nothing).
                    string option = conv == 0 ? (minor == 1 ? "" : "\0") : ((char)conv).ToString();
                    throw ctx.Error($"invalid option '%{option}' to 'format'");
                }
                if (minor == 3) throw ctx.Error($"invalid option '%{(char)conv}' to 'format'");
                throw ctx.Error($"invalid conversion '{Form(spec)}' to 'format'");
        }
    }

    /// <summary>checkformat: only the conversion's flags, a width of at most two digits (not starting with '0'),
    /// and, when allowed, a precision of at most two digits.</summary>
    private static void CheckFormat(LuaCallContext ctx, int minor, ReadOnlySpan<byte> spec, string flags, bool precision)
    {
        if (minor <= 2) return;   // 5.1 and 5.2 hand any flags to sprintf (their scanformat checked the lengths)
        int i = 0;
        while (i < spec.Length && flags.Contains((char)spec[i])) i++;
        if (At(spec, i) != '0')
        {
            i = Skip2Digits(spec, i);
            if (At(spec, i) == '.' && precision) i = Skip2Digits(spec, i + 1);
        }
        int c = At(spec, i);
        if (!((uint)((c | 0x20) - 'a') <= 25)) throw ctx.Error($"invalid conversion specification: '{Form(spec)}'");
    }

    /// <summary>5.3's scanformat: skips flags (at most five), two width digits and two precision digits; a
    /// third digit is an error. Returns the index of the conversion.</summary>
    private static int ScanFormat53(LuaCallContext ctx, ReadOnlySpan<byte> f, int i)
    {
        int start = i;
        while (i < f.Length && "-+ #0".Contains((char)f[i])) i++;
        if (i - start >= 6) throw ctx.Error("invalid format (repeated flags)");
        i = Skip2Digits(f, i);
        if (At(f, i) == '.') i = Skip2Digits(f, i + 1);
        if ((uint)(At(f, i) - '0') <= 9) throw ctx.Error("invalid format (width or precision too long)");
        return i;
    }

    private static int At(ReadOnlySpan<byte> s, int i) => i < s.Length ? s[i] : 0;

    private static int Skip2Digits(ReadOnlySpan<byte> s, int i)
    {
        if ((uint)(At(s, i) - '0') <= 9) { i++; if ((uint)(At(s, i) - '0') <= 9) i++; }
        return i;
    }

    /// <summary>Reads flags, width and precision of an already validated specification.</summary>
    private static PrintfSpec Parse(ReadOnlySpan<byte> spec)
    {
        var ps = new PrintfSpec { Precision = -1 };
        int i = 0;
        for (; i < spec.Length; i++)
        {
            switch (spec[i])
            {
                case (byte)'-': ps.Left = true; continue;
                case (byte)'+': ps.Plus = true; continue;
                case (byte)' ': ps.Space = true; continue;
                case (byte)'#': ps.Alt = true; continue;
                case (byte)'0': ps.Zero = true; continue;
            }
            break;
        }
        while (i < spec.Length && (uint)(spec[i] - '0') <= 9) ps.Width = ps.Width * 10 + (spec[i++] - '0');
        if (i < spec.Length && spec[i] == '.')
        {
            i++;
            ps.Precision = 0;
            while (i < spec.Length && (uint)(spec[i] - '0') <= 9) ps.Precision = ps.Precision * 10 + (spec[i++] - '0');
        }
        return ps;
    }

    /// <summary>printf's integer conversions on a 64-bit value (<c>%lld</c>, <c>%llx</c>, ...).</summary>
    private static int FormatInteger(Span<byte> dest, long n, char conv, in PrintfSpec ps)
    {
        bool signed = conv is 'd' or 'i';
        bool neg = signed && n < 0;
        ulong u = neg ? unchecked((ulong)(-n)) : unchecked((ulong)n);
        Span<byte> digits = stackalloc byte[24];
        int nd = 0;
        uint radix = conv switch { 'o' => 8u, 'x' or 'X' => 16u, _ => 10u };
        string hex = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        for (ulong t = u; t != 0; t /= radix) digits[nd++] = (byte)hex[(int)(t % radix)];
        Span<byte> body = stackalloc byte[24 + 2 + 100];
        int p = 0;
        if (ps.Alt && u != 0 && radix == 16) { body[p++] = (byte)'0'; body[p++] = (byte)conv; }
        int prefix = p;
        int minDigits = ps.Precision < 0 ? 1 : ps.Precision;
        if (ps.Alt && radix == 8 && minDigits <= nd) minDigits = nd + 1;   // '#o': a leading zero
        for (int k = nd; k < minDigits; k++) body[p++] = (byte)'0';
        for (int k = nd - 1; k >= 0; k--) body[p++] = digits[k];
        byte sign = neg ? (byte)'-' : signed && ps.Plus ? (byte)'+' : signed && ps.Space ? (byte)' ' : (byte)0;
        return NumberFormatter.Pad(dest, sign, body.Slice(0, p), prefix, ps.Width, ps.Left, ps.Zero && ps.Precision < 0);
    }

    // ------------------------------------------------------------ %q

    /// <summary>addliteral: a value as Lua source that reads back as the same value.</summary>
    private static void AddLiteral(LuaCallContext ctx, ref LuaByteBuffer b, int arg)
    {
        LuaValue v = ctx[arg];
        switch (v.Type)
        {
            case LuaType.String:
                AddQuoted(ref b, v.AsString!.Span);
                return;
            case LuaType.Number:
                if (v.IsFloat)
                {
                    double d = v.RawFloat;
                    if (double.IsPositiveInfinity(d)) b.Append("1e9999"u8);
                    else if (double.IsNegativeInfinity(d)) b.Append("-1e9999"u8);
                    else if (double.IsNaN(d)) b.Append("(0/0)"u8);
                    else
                    {
                        Span<byte> buf = stackalloc byte[NumberFormatter.MaxFloatLength];
                        b.Append(buf.Slice(0, NumberFormatter.FormatFloat(buf, d, 'a', new PrintfSpec { Precision = -1 })));
                    }
                }
                else
                {
                    long n = v.RawInteger;
                    if (n == long.MinValue) b.Append("0x8000000000000000"u8);
                    else
                    {
                        Span<byte> buf = stackalloc byte[24];
                        n.TryFormat(buf, out int w, default, CultureInfo.InvariantCulture);
                        b.Append(buf.Slice(0, w));
                    }
                }
                return;
            case LuaType.Nil:
            case LuaType.Boolean:
                b.Append(LuaString.ToDisplay(v).Span);
                return;
            default:
                throw ctx.ArgError(arg, "value has no literal form");
        }
    }

    /// <summary>Lua 5.1's addquoted: '"', '\\' and newline escaped, '\r' as "\r", '\0' as "\000", other bytes as they are.</summary>
    private static void AddQuoted51(ref LuaByteBuffer b, ReadOnlySpan<byte> s)
    {
        b.Append((byte)'"');
        foreach (byte c in s)
        {
            if (c == '"' || c == '\\' || c == '\n') { b.Append((byte)'\\'); b.Append(c); }
            else if (c == '\r') b.Append("\\r"u8);
            else if (c == 0) b.Append("\\000"u8);
            else b.Append(c);
        }
        b.Append((byte)'"');
    }

    /// <summary>addquoted: a string literal; '"', '\\' and newline escaped, control bytes as \ddd.</summary>
    private static void AddQuoted(ref LuaByteBuffer b, ReadOnlySpan<byte> s)
    {
        b.Append((byte)'"');
        for (int i = 0; i < s.Length; i++)
        {
            byte c = s[i];
            if (c == '"' || c == '\\' || c == '\n')
            {
                b.Append((byte)'\\');
                b.Append(c);
            }
            else if (c < 32 || c == 127)
            {
                b.Append((byte)'\\');
                bool nextIsDigit = i + 1 < s.Length && (uint)(s[i + 1] - '0') <= 9;
                if (nextIsDigit)
                {
                    b.Append((byte)('0' + c / 100));
                    b.Append((byte)('0' + c / 10 % 10));
                    b.Append((byte)('0' + c % 10));
                }
                else
                {
                    if (c >= 100) b.Append((byte)('0' + c / 100));
                    if (c >= 10) b.Append((byte)('0' + c / 10 % 10));
                    b.Append((byte)('0' + c % 10));
                }
            }
            else b.Append(c);
        }
        b.Append((byte)'"');
    }
}
