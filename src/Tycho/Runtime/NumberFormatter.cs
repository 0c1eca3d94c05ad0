using System.Globalization;
using System.Numerics;

namespace Tycho.Runtime;

/// <summary>Flags, width and precision of one printf conversion (C99 §7.19.6.1).</summary>
internal struct PrintfSpec
{
    /// <summary>'-': left-justify.</summary>
    public bool Left;
    /// <summary>'+': always show a sign.</summary>
    public bool Plus;
    /// <summary>' ': a space where a '+' would go.</summary>
    public bool Space;
    /// <summary>'#': alternate form.</summary>
    public bool Alt;
    /// <summary>'0': pad with zeros after the sign.</summary>
    public bool Zero;
    /// <summary>Minimum field width (0 = none).</summary>
    public int Width;
    /// <summary>Precision, or -1 when not given.</summary>
    public int Precision;
}

/// <summary>
/// Formats numbers exactly as C's printf does for the conversions Lua uses (<c>%.14g</c> for <c>tostring</c>,
/// manual §3.4.3; <c>%e %f %g %a</c> for <c>string.format</c>, §6.4), digit for digit: decimal digits are the
/// exact binary value rounded half-to-even, as glibc does.
/// </summary>
// Scratch buffers are stackalloc'd per call and only written regions are read: skip zeroing them.
[System.Runtime.CompilerServices.SkipLocalsInit]
internal static class NumberFormatter
{
    /// <summary>Largest output of <see cref="FormatFloat"/> (width and precision are at most 99).</summary>
    public const int MaxFloatLength = 520;

    /// <summary>A float as <c>tostring</c> shows it: <c>%.14g</c>, then <c>.0</c> if it looks like an integer;
    /// <c>inf</c>, <c>-inf</c>, <c>nan</c>, <c>-nan</c> for the special values.</summary>
    public static string FloatToString(double d) => FloatToString(d, integralSuffix: true);

    /// <summary><see cref="FloatToString(double)"/>, without the <c>.0</c> when <paramref name="integralSuffix"/> is
    /// false (Lua 5.1 and 5.2 print every number as plain <c>%.14g</c>).</summary>
    public static string FloatToString(double d, bool integralSuffix)
    {
        if (Special(d) is { } special) return special;
        string s = FormatG(d, 14, alternate: false, upper: false);
        return integralSuffix ? WithIntegralSuffix(s) : s;
    }

    /// <summary>A float as Lua 5.5's <c>tostring</c> shows it: <c>%.15g</c>, or <c>%.17g</c> when that does not
    /// read back as the same float, then <c>.0</c> if it looks like an integer (Lua 5.5 manual §3.4.3).</summary>
    public static string FloatToStringRoundTrip(double d)
    {
        if (Special(d) is { } special) return special;
        string s = FormatG(d, 15, alternate: false, upper: false);
        if (double.Parse(s, System.Globalization.CultureInfo.InvariantCulture) != d) s = FormatG(d, 17, alternate: false, upper: false);
        return WithIntegralSuffix(s);
    }

    /// <summary>What C's printf writes for nan and the infinities (glibc: <c>-nan</c> for a negative nan), or null.</summary>
    private static string? Special(double d) =>
        double.IsNaN(d) ? (BitConverter.DoubleToInt64Bits(d) < 0 ? "-nan" : "nan")
        : double.IsInfinity(d) ? (d > 0 ? "inf" : "-inf")
        : null;

    /// <summary>lua_Number2str's LUAI_NUMFFORMAT then ".0" when the text looks like an integer.</summary>
    private static string WithIntegralSuffix(string s)
    {
        foreach (char c in s)
            if (c == '.' || c == 'e') return s;
        return s + ".0";
    }

    /// <summary>C's <c>%.{precision}g</c> (with <c>#</c> when <paramref name="alternate"/>, <c>%G</c> when <paramref name="upper"/>).</summary>
    public static string FormatG(double d, int precision, bool alternate, bool upper)
    {
        Span<byte> buf = stackalloc byte[MaxFloatLength];
        var spec = new PrintfSpec { Alt = alternate, Precision = precision };
        int n = FormatFloat(buf, d, upper ? 'G' : 'g', spec);
        return System.Text.Encoding.ASCII.GetString(buf.Slice(0, n));
    }

    /// <summary>
    /// One printf conversion of a double: <paramref name="conv"/> is one of <c>e E f g G a A</c>. Writes ASCII into
    /// <paramref name="dest"/> (at least <see cref="MaxFloatLength"/> bytes) and returns the length.
    /// </summary>
    public static int FormatFloat(Span<byte> dest, double v, char conv, in PrintfSpec spec)
    {
        bool upper = conv is 'E' or 'G' or 'A' or 'F';
        bool neg = BitConverter.DoubleToInt64Bits(v) < 0;
        byte sign = neg ? (byte)'-' : spec.Plus ? (byte)'+' : spec.Space ? (byte)' ' : (byte)0;
        Span<byte> body = stackalloc byte[MaxFloatLength];
        int bl, prefix = 0;
        bool finite = double.IsFinite(v);
        double av = Math.Abs(v);
        if (!finite)
        {
            ReadOnlySpan<byte> t = double.IsNaN(v) ? (upper ? "NAN"u8 : "nan"u8) : (upper ? "INF"u8 : "inf"u8);
            t.CopyTo(body);
            bl = 3;
        }
        else
        {
            switch (conv)
            {
                case 'f': case 'F': bl = FormatFixed(body, av, spec.Precision < 0 ? 6 : spec.Precision, spec.Alt); break;
                case 'e': case 'E': bl = FormatExp(body, av, spec.Precision < 0 ? 6 : spec.Precision, spec.Alt, upper); break;
                case 'g': case 'G': bl = FormatGeneral(body, av, spec.Precision, spec.Alt, upper); break;
                case 'a': case 'A': bl = FormatHex(body, av, spec.Precision, spec.Alt, upper); prefix = 2; break;
                default: throw new ArgumentOutOfRangeException(nameof(conv));
            }
        }
        return Pad(dest, sign, body.Slice(0, bl), prefix, spec.Width, spec.Left, spec.Zero && finite);
    }

    /// <summary>Assembles sign + body with the field width: spaces before, zeros after the sign and
    /// <paramref name="prefix"/> bytes of body (for "0x"), or spaces after when left-justified.</summary>
    internal static int Pad(Span<byte> dest, byte sign, ReadOnlySpan<byte> body, int prefix, int width, bool left, bool zero)
    {
        int len = (sign != 0 ? 1 : 0) + body.Length;
        int pad = Math.Max(0, width - len);
        int o = 0;
        if (!left && !zero) { dest.Slice(o, pad).Fill((byte)' '); o += pad; }
        if (sign != 0) dest[o++] = sign;
        if (!left && zero)
        {
            body.Slice(0, prefix).CopyTo(dest.Slice(o)); o += prefix;
            dest.Slice(o, pad).Fill((byte)'0'); o += pad;
            body = body.Slice(prefix);
        }
        body.CopyTo(dest.Slice(o)); o += body.Length;
        if (left) { dest.Slice(o, pad).Fill((byte)' '); o += pad; }
        return o;
    }

    // ------------------------------------------------------------ exact decimal digits

    private static readonly ulong[] Pow10 =
    {
        1UL, 10UL, 100UL, 1000UL, 10000UL, 100000UL, 1000000UL, 10000000UL, 100000000UL, 1000000000UL,
        10000000000UL, 100000000000UL, 1000000000000UL, 10000000000000UL, 100000000000000UL,
        1000000000000000UL, 10000000000000000UL, 100000000000000000UL, 1000000000000000000UL,
        10000000000000000000UL,
    };

    private static void Decompose(double av, out ulong m, out int e)
    {
        long bits = BitConverter.DoubleToInt64Bits(av) & long.MaxValue;
        int be = (int)(bits >> 52);
        ulong frac = (ulong)bits & ((1UL << 52) - 1);
        if (be == 0) { m = frac; e = -1074; }
        else { m = frac | (1UL << 52); e = be - 1075; }
    }

    /// <summary>Writes the decimal digits of round-half-even(m * 2^e * 10^k) (at least one digit) and returns the count.</summary>
    private static int ScaledDigits(ulong m, int e, int k, Span<byte> digits)
    {
        if (m == 0) { digits[0] = (byte)'0'; return 1; }
        if (TryScaledU128(m, e, k, out UInt128 q))
        {
            q.TryFormat(digits, out int w, default, CultureInfo.InvariantCulture);
            return w;
        }
        BigInteger num = m, den = BigInteger.One;
        if (e > 0) num <<= e; else den <<= -e;
        if (k > 0) num *= BigInteger.Pow(10, k); else if (k < 0) den *= BigInteger.Pow(10, -k);
        BigInteger bq = BigInteger.DivRem(num, den, out BigInteger r);
        int cmp = (r << 1).CompareTo(den);
        if (cmp > 0 || (cmp == 0 && !bq.IsEven)) bq += 1;
        Span<char> tmp = stackalloc char[digits.Length];
        bq.TryFormat(tmp, out int n, default, CultureInfo.InvariantCulture);
        for (int i = 0; i < n; i++) digits[i] = (byte)tmp[i];
        return n;
    }

    /// <summary>The fast path of <see cref="ScaledDigits"/> when everything fits in 128 bits.</summary>
    private static bool TryScaledU128(ulong m, int e, int k, out UInt128 q)
    {
        q = 0;
        if (k > 19 || k < -19) return false;
        UInt128 num = m, den = 1;
        if (k >= 0) num *= Pow10[k]; else den = Pow10[-k];
        if (e >= 0)
        {
            if (e > (k >= 0 ? 10 : 74)) return false;
            num <<= e;
        }
        else
        {
            if (-e > (k >= 0 ? 126 : 63)) return false;
            den <<= -e;
        }
        q = num / den;
        UInt128 r = num - q * den;
        UInt128 rest = den - r;
        if (r > rest || (r == rest && (q & 1) != 0)) q++;
        return true;
    }

    /// <summary>Digits of <paramref name="av"/> (&gt; 0) rounded to <paramref name="sig"/> significant digits, and the decimal exponent.</summary>
    private static int SignificantDigits(double av, int sig, Span<byte> digits, out int exp10)
    {
        Decompose(av, out ulong m, out int e);
        int x = (int)Math.Floor(Math.Log10(av));
        while (true)
        {
            int n = ScaledDigits(m, e, sig - 1 - x, digits);
            if (n > sig) { x++; continue; }
            if (n < sig) { x--; continue; }
            // log10 can overestimate the exponent of a value just below a power of ten, and then rounding to
            // "100...0" looks valid: the true exponent is one lower when that still gives sig digits.
            if (IsOneFollowedByZeros(digits.Slice(0, n)))
            {
                Span<byte> lower = stackalloc byte[digits.Length];
                if (ScaledDigits(m, e, sig - x, lower) == sig) { lower.Slice(0, sig).CopyTo(digits); x--; }
            }
            exp10 = x;
            return n;
        }
    }

    private static bool IsOneFollowedByZeros(ReadOnlySpan<byte> d)
    {
        if (d[0] != (byte)'1') return false;
        foreach (byte c in d.Slice(1)) if (c != (byte)'0') return false;
        return true;
    }

    private static int FormatFixed(Span<byte> o, double av, int prec, bool alt)
    {
        Decompose(av, out ulong m, out int e);
        Span<byte> d = stackalloc byte[MaxFloatLength];
        int n = ScaledDigits(m, e, prec, d);
        int p = 0;
        if (n <= prec)
        {
            o[p++] = (byte)'0';
            if (prec > 0 || alt) o[p++] = (byte)'.';
            o.Slice(p, prec - n).Fill((byte)'0'); p += prec - n;
            d.Slice(0, n).CopyTo(o.Slice(p)); p += n;
            return p;
        }
        d.Slice(0, n - prec).CopyTo(o); p = n - prec;
        if (prec > 0 || alt) o[p++] = (byte)'.';
        d.Slice(n - prec, prec).CopyTo(o.Slice(p)); p += prec;
        return p;
    }

    private static int WriteExponent(Span<byte> o, int p, int x, bool upper)
    {
        o[p++] = upper ? (byte)'E' : (byte)'e';
        o[p++] = x < 0 ? (byte)'-' : (byte)'+';
        int ax = Math.Abs(x);
        if (ax < 10) o[p++] = (byte)'0';
        ax.TryFormat(o.Slice(p), out int w, default, CultureInfo.InvariantCulture);
        return p + w;
    }

    private static int FormatExp(Span<byte> o, double av, int prec, bool alt, bool upper)
    {
        Span<byte> d = stackalloc byte[MaxFloatLength];
        int x = 0;
        if (av == 0) d.Slice(0, prec + 1).Fill((byte)'0');
        else SignificantDigits(av, prec + 1, d, out x);
        int p = 0;
        o[p++] = d[0];
        if (prec > 0 || alt) o[p++] = (byte)'.';
        d.Slice(1, prec).CopyTo(o.Slice(p)); p += prec;
        return WriteExponent(o, p, x, upper);
    }

    private static int FormatGeneral(Span<byte> o, double av, int prec, bool alt, bool upper)
    {
        int P = prec < 0 ? 6 : prec == 0 ? 1 : prec;
        Span<byte> d = stackalloc byte[MaxFloatLength];
        int x = 0;
        if (av == 0) d.Slice(0, P).Fill((byte)'0');
        else SignificantDigits(av, P, d, out x);
        int p = 0;
        if (x < P && x >= -4)
        {
            // style f with precision P-1-x: the same P significant digits
            scoped ReadOnlySpan<byte> intPart, frac;
            int leadZeros = 0;
            if (x >= 0) { intPart = d.Slice(0, x + 1); frac = d.Slice(x + 1, P - x - 1); }
            else { intPart = "0"u8; leadZeros = -x - 1; frac = d.Slice(0, P); }
            if (!alt) { frac = TrimZeros(frac); if (frac.Length == 0) leadZeros = 0; }
            intPart.CopyTo(o); p = intPart.Length;
            if (frac.Length > 0 || leadZeros > 0 || alt) o[p++] = (byte)'.';
            o.Slice(p, leadZeros).Fill((byte)'0'); p += leadZeros;
            frac.CopyTo(o.Slice(p)); p += frac.Length;
            return p;
        }
        ReadOnlySpan<byte> f2 = d.Slice(1, P - 1);
        if (!alt) f2 = TrimZeros(f2);
        o[p++] = d[0];
        if (f2.Length > 0 || alt) o[p++] = (byte)'.';
        f2.CopyTo(o.Slice(p)); p += f2.Length;
        return WriteExponent(o, p, x, upper);
    }

    private static ReadOnlySpan<byte> TrimZeros(ReadOnlySpan<byte> s)
    {
        int n = s.Length;
        while (n > 0 && s[n - 1] == '0') n--;
        return s.Slice(0, n);
    }

    /// <summary>glibc's <c>%a</c>: <c>0x1.8p+0</c>; subnormals as <c>0x0.xxxp-1022</c>; rounding half to even.</summary>
    private static int FormatHex(Span<byte> o, double av, int prec, bool alt, bool upper)
    {
        long bits = BitConverter.DoubleToInt64Bits(av) & long.MaxValue;
        int be = (int)(bits >> 52);
        ulong frac = (ulong)bits & ((1UL << 52) - 1);
        ulong lead;
        int exp;
        if (bits == 0) { lead = 0; exp = 0; }
        else if (be == 0) { lead = 0; exp = -1022; }
        else { lead = 1; exp = be - 1023; }
        int ndig;
        ulong digits;   // ndig hex digits, right-aligned
        if (prec < 0)
        {
            ndig = 13; digits = frac;
            while (ndig > 0 && (digits & 0xF) == 0) { digits >>= 4; ndig--; }
        }
        else if (prec < 13)
        {
            ulong combined = (lead << 52) | frac;
            int shift = (13 - prec) * 4;
            ulong q = combined >> shift;
            ulong rem = combined & ((1UL << shift) - 1);
            ulong half = 1UL << (shift - 1);
            if (rem > half || (rem == half && (q & 1) != 0)) q++;
            lead = q >> (prec * 4);
            digits = q & ((1UL << (prec * 4)) - 1);
            ndig = prec;
        }
        else { ndig = 13; digits = frac; }
        string hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        int p = 0;
        o[p++] = (byte)'0';
        o[p++] = upper ? (byte)'X' : (byte)'x';
        o[p++] = (byte)hex[(int)lead];
        if (ndig > 0 || alt || prec > 0) o[p++] = (byte)'.';
        for (int i = ndig - 1; i >= 0; i--) o[p++] = (byte)hex[(int)((digits >> (i * 4)) & 0xF)];
        if (prec > 13) { o.Slice(p, prec - 13).Fill((byte)'0'); p += prec - 13; }
        o[p++] = upper ? (byte)'P' : (byte)'p';
        o[p++] = exp < 0 ? (byte)'-' : (byte)'+';
        Math.Abs(exp).TryFormat(o.Slice(p), out int w, default, CultureInfo.InvariantCulture);
        return p + w;
    }
}
