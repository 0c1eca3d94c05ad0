namespace Tycho.Runtime;

/// <summary>
/// Converts numerals to numbers as lua5.4's <c>lua_stringtonumber</c> does (manual §3.1, §3.4.3): optional
/// surrounding whitespace, optional minus sign, decimal or hexadecimal integers (hexadecimal ones wrap around modulo
/// 2^64; decimal ones that overflow become floats), decimal floats with exponent, hexadecimal floats with binary
/// exponent <c>p</c>. <c>inf</c> and <c>nan</c> are not numerals.
/// </summary>
internal static class NumberParser
{
    private static bool IsSpace(byte c) => c == ' ' || (c >= '\t' && c <= '\r');
    private static int HexValue(byte c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    /// <summary>Parses a whole numeral (with optional surrounding whitespace) into an integer or float value.</summary>
    public static bool TryParse(ReadOnlySpan<byte> s, out LuaValue result)
    {
        int a = 0, b = s.Length;
        while (a < b && IsSpace(s[a])) a++;
        while (b > a && IsSpace(s[b - 1])) b--;
        s = s.Slice(a, b - a);
        result = LuaValue.Nil;
        if (s.Length == 0) return false;
        if (TryParseInteger(s, out long i)) { result = LuaValue.FromInteger(i); return true; }
        if (TryParseFloat(s, out double d)) { result = LuaValue.FromFloat(d); return true; }
        return false;
    }

    /// <summary>Lua 5.1 and 5.2's string-to-number conversion (lua_str2number, with optional surrounding
    /// whitespace): every numeral is a float, so <c>"-0"</c> is -0 and a hexadecimal one is not wrapped.</summary>
    public static bool TryParseAsFloat(ReadOnlySpan<byte> s, out double d)
    {
        int a = 0, b = s.Length;
        while (a < b && IsSpace(s[a])) a++;
        while (b > a && IsSpace(s[b - 1])) b--;
        d = 0;
        return b > a && TryParseFloat(s.Slice(a, b - a), out d);
    }

    /// <summary>Parses a .NET string numeral (see <see cref="TryParse(ReadOnlySpan{byte}, out LuaValue)"/>).</summary>
    public static bool TryParse(string s, out LuaValue result)
    {
        var bytes = new byte[s.Length];
        for (int k = 0; k < s.Length; k++) { if (s[k] > 127) { result = LuaValue.Nil; return false; } bytes[k] = (byte)s[k]; }
        return TryParse(bytes, out result);
    }

    private static bool TryParseInteger(ReadOnlySpan<byte> s, out long value)
    {
        value = 0;
        int p = 0; bool neg = false;
        if (s[p] == '-') { neg = true; p++; } else if (s[p] == '+') p++;
        if (p >= s.Length) return false;
        ulong a = 0; bool any = false;
        if (p + 1 < s.Length && s[p] == '0' && (s[p + 1] == 'x' || s[p + 1] == 'X'))
        {
            p += 2;
            for (; p < s.Length; p++)
            {
                int h = HexValue(s[p]);
                if (h < 0) return false;
                a = a * 16 + (ulong)h; any = true;
            }
        }
        else
        {
            for (; p < s.Length; p++)
            {
                byte c = s[p];
                if (c < '0' || c > '9') return false;
                int dgt = c - '0';
                // overflow check like l_str2int: a >= maxint/10 && (a > maxint/10 || d > maxint%10 + neg)
                if (a >= (ulong)long.MaxValue / 10 && (a > (ulong)long.MaxValue / 10 || dgt > (int)((ulong)long.MaxValue % 10) + (neg ? 1 : 0)))
                    return false; // overflow: caller retries as float
                a = a * 10 + (ulong)dgt; any = true;
            }
        }
        if (!any) return false;
        value = neg ? (long)(0 - a) : (long)a;
        return true;
    }

    /// <summary>Parses a float numeral (decimal or hexadecimal), whole-span, without surrounding whitespace.</summary>
    public static bool TryParseFloat(ReadOnlySpan<byte> s, out double value)
    {
        value = 0;
        int p = 0; bool neg = false;
        if (p < s.Length && (s[p] == '-' || s[p] == '+')) { neg = s[p] == '-'; p++; }
        if (p + 1 < s.Length && s[p] == '0' && (s[p + 1] == 'x' || s[p + 1] == 'X'))
        {
            if (!TryParseHexFloat(s.Slice(p + 2), out value)) return false;
            if (neg) value = -value;
            return true;
        }
        // Decimal: digits [. digits] [(e|E) [+-] digits], at least one digit in mantissa.
        int q = p; int digits = 0;
        while (q < s.Length && s[q] >= '0' && s[q] <= '9') { q++; digits++; }
        if (q < s.Length && s[q] == '.') { q++; while (q < s.Length && s[q] >= '0' && s[q] <= '9') { q++; digits++; } }
        if (digits == 0) return false;
        if (q < s.Length && (s[q] == 'e' || s[q] == 'E'))
        {
            q++;
            if (q < s.Length && (s[q] == '+' || s[q] == '-')) q++;
            int ed = 0;
            while (q < s.Length && s[q] >= '0' && s[q] <= '9') { q++; ed++; }
            if (ed == 0) return false;
        }
        if (q != s.Length) return false;
        var chars = new char[s.Length - p];
        for (int k = 0; k < chars.Length; k++) chars[k] = (char)s[p + k];
        if (!double.TryParse(chars, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value))
            return false;
        if (neg) value = -value;
        return true;
    }

    private static bool TryParseHexFloat(ReadOnlySpan<byte> s, out double value)
    {
        // mantissa hex digits with optional '.', optional p[+-]digits exponent (lua_strx2number).
        value = 0;
        double r = 0; int e = 0; bool any = false; bool dot = false; int p = 0;
        int sigdig = 0, nosigdig = 0;
        for (; p < s.Length; p++)
        {
            byte c = s[p];
            if (c == '.') { if (dot) return false; dot = true; continue; }
            int h = HexValue(c);
            if (h < 0) break;
            any = true;
            if (sigdig == 0 && h == 0) { nosigdig++; if (dot) e -= 4; continue; }
            if (++sigdig <= 30) { r = r * 16.0 + h; if (dot) e -= 4; }
            else if (!dot) e += 4; // too many digits: ignore but still count for exponent
        }
        if (!any) return false;
        if (p < s.Length && (s[p] == 'p' || s[p] == 'P'))
        {
            p++;
            bool eneg = false;
            if (p < s.Length && (s[p] == '+' || s[p] == '-')) { eneg = s[p] == '-'; p++; }
            if (p >= s.Length || s[p] < '0' || s[p] > '9') return false;
            long exp1 = 0;
            while (p < s.Length && s[p] >= '0' && s[p] <= '9') { if (exp1 < 100000) exp1 = exp1 * 10 + (s[p] - '0'); p++; }
            e += (int)(eneg ? -exp1 : exp1);
        }
        if (p != s.Length) return false;
        value = Math.ScaleB(r, e);
        return true;
    }
}
