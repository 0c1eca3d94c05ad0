using System.Globalization;
using System.Text;

namespace Tycho.Library;

/// <summary>C's <c>struct tm</c>: broken-down time (fields as C has them: year since 1900, month 0-11).</summary>
internal struct BrokenTime
{
    public long Year;      // full year (tm_year + 1900)
    public int Month;      // 1-12
    public int Day;        // 1-31
    public int Hour, Min, Sec;
    public int WDay;       // 0 = Sunday
    public int YDay;       // 0-365
    public bool IsDst;
    public int GmtOffset;  // seconds east of UTC
    public string Zone;

    /// <summary>gmtime/localtime: breaks a Unix time down, with the given UTC offset already applied.</summary>
    public static BrokenTime FromUnix(long t, int offset, string zone, bool dst)
    {
        long local = t + offset;
        long days = FloorDiv(local, 86400);
        long secs = local - days * 86400;
        CivilFromDays(days, out long y, out int m, out int d);
        return new BrokenTime
        {
            Year = y, Month = m, Day = d,
            Hour = (int)(secs / 3600), Min = (int)(secs / 60 % 60), Sec = (int)(secs % 60),
            WDay = (int)FloorMod(days + 4, 7), // 1970-01-01 was a Thursday
            YDay = (int)(days - DaysFromCivil(y, 1, 1)),
            IsDst = dst, GmtOffset = offset, Zone = zone,
        };
    }

    public static long FloorDiv(long a, long b) => a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);
    public static long FloorMod(long a, long b) => a - FloorDiv(a, b) * b;

    /// <summary>Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).</summary>
    public static long DaysFromCivil(long y, long m, long d)
    {
        y -= m <= 2 ? 1 : 0;
        long era = FloorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /// <summary>The inverse of <see cref="DaysFromCivil"/>.</summary>
    public static void CivilFromDays(long z, out long y, out int m, out int d)
    {
        z += 719468;
        long era = FloorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        d = (int)(doy - (153 * mp + 2) / 5 + 1);
        m = (int)(mp < 10 ? mp + 3 : mp - 9);
        if (m <= 2) y++;
    }

    public static bool IsLeap(long y) => y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

/// <summary>
/// C99 <c>strftime</c> in the "C" locale, as glibc formats each conversion (manual §6.9 <c>os.date</c>). The
/// caller validates conversions (lua5.4's checkoption); E and O modifiers format as the plain conversion.
/// </summary>
internal static class StrFTime
{
    private static readonly string[] Days = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
    private static readonly string[] Months =
        { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

    /// <summary>Appends conversion <paramref name="c"/> (without '%' and modifiers) of <paramref name="tm"/>.</summary>
    public static void Format(StringBuilder sb, char c, in BrokenTime tm)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (c)
        {
            case 'a': sb.Append(Days[tm.WDay], 0, 3); break;
            case 'A': sb.Append(Days[tm.WDay]); break;
            case 'b': case 'h': sb.Append(Months[tm.Month - 1], 0, 3); break;
            case 'B': sb.Append(Months[tm.Month - 1]); break;
            case 'c':
                Format(sb, 'a', tm); sb.Append(' '); Format(sb, 'b', tm); sb.Append(' '); Format(sb, 'e', tm); sb.Append(' ');
                Format(sb, 'T', tm); sb.Append(' '); Format(sb, 'Y', tm); break;
            case 'C': Two(sb, BrokenTime.FloorDiv(tm.Year, 100)); break;
            case 'd': Two(sb, tm.Day); break;
            case 'D': Format(sb, 'm', tm); sb.Append('/'); Format(sb, 'd', tm); sb.Append('/'); Format(sb, 'y', tm); break;
            case 'e': sb.Append(tm.Day < 10 ? " " : "").Append(tm.Day.ToString(inv)); break;
            case 'F': Format(sb, 'Y', tm); sb.Append('-'); Format(sb, 'm', tm); sb.Append('-'); Format(sb, 'd', tm); break;
            case 'g': Two(sb, BrokenTime.FloorMod(IsoYear(tm, out _), 100)); break;
            case 'G': sb.Append(IsoYear(tm, out _).ToString(inv)); break;
            case 'H': Two(sb, tm.Hour); break;
            case 'I': Two(sb, tm.Hour % 12 == 0 ? 12 : tm.Hour % 12); break;
            case 'j': sb.Append((tm.YDay + 1).ToString("000", inv)); break;
            case 'm': Two(sb, tm.Month); break;
            case 'M': Two(sb, tm.Min); break;
            case 'n': sb.Append('\n'); break;
            case 'p': sb.Append(tm.Hour < 12 ? "AM" : "PM"); break;
            case 'r': Format(sb, 'I', tm); sb.Append(':'); Format(sb, 'M', tm); sb.Append(':'); Format(sb, 'S', tm); sb.Append(' '); Format(sb, 'p', tm); break;
            case 'R': Format(sb, 'H', tm); sb.Append(':'); Format(sb, 'M', tm); break;
            case 'S': Two(sb, tm.Sec); break;
            case 't': sb.Append('\t'); break;
            case 'T': case 'X': Format(sb, 'H', tm); sb.Append(':'); Format(sb, 'M', tm); sb.Append(':'); Format(sb, 'S', tm); break;
            case 'u': sb.Append(tm.WDay == 0 ? '7' : (char)('0' + tm.WDay)); break;
            case 'U': Two(sb, (tm.YDay + 7 - tm.WDay) / 7); break;
            case 'V': IsoYear(tm, out int days); Two(sb, days / 7 + 1); break;
            case 'w': sb.Append((char)('0' + tm.WDay)); break;
            case 'W': Two(sb, (tm.YDay + 7 - (tm.WDay + 6) % 7) / 7); break;
            case 'x': Format(sb, 'D', tm); break;
            case 'y': Two(sb, BrokenTime.FloorMod(tm.Year, 100)); break;
            case 'Y': sb.Append(tm.Year.ToString(inv)); break;
            case 'z':
                {
                    int off = tm.GmtOffset;
                    sb.Append(off < 0 ? '-' : '+');
                    off = Math.Abs(off) / 60;
                    sb.Append((off / 60 * 100 + off % 60).ToString("0000", inv));
                    break;
                }
            case 'Z': sb.Append(tm.Zone); break;
            case '%': sb.Append('%'); break;
        }
    }

    private static void Two(StringBuilder sb, long v)
    {
        if (v < 0) sb.Append('-').Append((-v).ToString(CultureInfo.InvariantCulture));
        else sb.Append(v.ToString("00", CultureInfo.InvariantCulture));
    }

    // glibc's iso_week_days: days since the Monday starting the ISO week 1 of tm's year.
    private static int IsoWeekDays(int yday, int wday)
    {
        const int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
        return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 4 - 1;
    }

    private static long IsoYear(in BrokenTime tm, out int days)
    {
        long year = tm.Year;
        days = IsoWeekDays(tm.YDay, tm.WDay);
        if (days < 0)
        {
            year--;
            days = IsoWeekDays(tm.YDay + (365 + (BrokenTime.IsLeap(year) ? 1 : 0)), tm.WDay);
        }
        else
        {
            int d = IsoWeekDays(tm.YDay - (365 + (BrokenTime.IsLeap(year) ? 1 : 0)), tm.WDay);
            if (d >= 0) { year++; days = d; }
        }
        return year;
    }
}
