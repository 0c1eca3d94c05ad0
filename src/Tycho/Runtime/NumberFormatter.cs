using System.Globalization;

namespace Tycho;

/// <summary>
/// Formats numbers exactly as C's printf does for the conversions Lua uses (<c>%.14g</c> for <c>tostring</c>,
/// manual §3.4.3), so output matches lua5.4 digit for digit.
/// </summary>
internal static class NumberFormatter
{
    /// <summary>A float as <c>tostring</c> shows it: <c>%.14g</c>, then <c>.0</c> if it looks like an integer;
    /// <c>inf</c>, <c>-inf</c>, <c>nan</c>, <c>-nan</c> for the special values.</summary>
    public static string FloatToString(double d)
    {
        if (double.IsNaN(d)) return BitConverter.DoubleToInt64Bits(d) < 0 ? "-nan" : "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        string s = FormatG(d, 14, alternate: false, upper: false);
        foreach (char c in s)
            if (c == '.' || c == 'e' || c == 'n' || c == 'i') return s;
        return s + ".0";
    }

    /// <summary>C's <c>%.{precision}g</c> for a finite or infinite double.</summary>
    public static string FormatG(double d, int precision, bool alternate, bool upper)
    {
        if (double.IsNaN(d)) return (BitConverter.DoubleToInt64Bits(d) < 0 ? "-" : "") + (upper ? "NAN" : "nan");
        if (double.IsInfinity(d)) return (d < 0 ? "-" : "") + (upper ? "INF" : "inf");
        if (precision == 0) precision = 1;
        if (d == 0)
        {
            string z = (BitConverter.DoubleToInt64Bits(d) < 0 ? "-0" : "0");
            if (alternate && precision > 1) z += "." + new string('0', precision - 1);
            else if (alternate) z += ".";
            return z;
        }
        // Exponent X of the value rounded to `precision` significant digits.
        string e = d.ToString("E" + (precision - 1), CultureInfo.InvariantCulture);
        int ePos = e.IndexOf('E');
        int exp = int.Parse(e.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string result;
        if (exp < -4 || exp >= precision)
        {
            string mant = e.Substring(0, ePos);
            if (!alternate) mant = TrimZeros(mant);
            result = mant + (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
        }
        else
        {
            result = d.ToString("F" + Math.Max(0, precision - 1 - exp), CultureInfo.InvariantCulture);
            if (!alternate) result = TrimZeros(result);
            else if (!result.Contains('.')) result += ".";
        }
        return result;
    }

    private static string TrimZeros(string s)
    {
        if (!s.Contains('.')) return s;
        s = s.TrimEnd('0');
        if (s.EndsWith('.')) s = s.Substring(0, s.Length - 1);
        return s;
    }
}
