using System.Text;
using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// The os library (manual §6.9), a port of lua5.4's loslib.c: time/date with C's mktime normalisation and the
/// C99 strftime conversions, clock (CPU time), difftime, getenv, remove, rename, tmpname, exit, setlocale ("C"
/// only), execute (via /bin/sh -c).
/// </summary>
internal static class OsLib
{
    /// <summary>os's functions, prepared once per process (see <see cref="LibraryTemplate"/>).</summary>
    internal static readonly LibraryTemplate Functions = new("os",
        ("clock", Clock), ("date", Date), ("difftime", DiffTime), ("execute", Execute), ("exit", Exit),
        ("getenv", GetEnv), ("remove", Remove), ("rename", Rename), ("setlocale", SetLocale),
        ("time", Time), ("tmpname", TmpName));

    /// <summary>Registers the <c>os</c> global: <paramref name="functions"/>, a variant of <see cref="Functions"/>
    /// (a sandbox's), or these.</summary>
    public static void Open(GlobalState state, LibraryTemplate? functions = null) =>
        LegacyLibraries.Os(functions ?? Functions, state.Profile).Open(state);

    private static int Clock(LuaCallContext ctx) => ctx.Return(ctx.Global.Platform.ProcessorTime);

    private static int GetEnv(LuaCallContext ctx)
    {
        string? v = ctx.Global.Platform.GetEnvironmentVariable(ctx.CheckString(1).ToString());
        return ctx.Return(v is null ? LuaValue.Nil : LuaValue.FromString(v));
    }

    private static int DiffTime(LuaCallContext ctx)
    {
        long t1 = CheckTime(ctx, 1), t2 = CheckTime(ctx, 2);
        return ctx.Return((double)t1 - t2);
    }

    private static long CheckTime(in LuaCallContext ctx, int arg) => ctx.CheckInteger(arg);

    /// <summary>§6.9 os.remove: a file or an empty directory (C's remove).</summary>
    private static int Remove(LuaCallContext ctx)
    {
        string name = ctx.CheckString(1).ToString();
        try
        {
            ctx.Global.Platform.Remove(name);
            return ctx.Return(LuaValue.True);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return LuaErrno.Fail(ctx, e, name);
        }
    }

    /// <summary>§6.9 os.rename: as C's rename (replaces the target). lua5.4.4 reports errors without the name.</summary>
    private static int Rename(LuaCallContext ctx)
    {
        string from = ctx.CheckString(1).ToString();
        string to = ctx.CheckString(2).ToString();
        try
        {
            ctx.Global.Platform.Rename(from, to);
            return ctx.Return(LuaValue.True);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return LuaErrno.Fail(ctx, e, null);
        }
    }

    private static int TmpName(LuaCallContext ctx)
    {
        try { return ctx.Return(ctx.Global.Platform.CreateTempFile()); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ctx.Error("unable to generate a unique filename");
        }
    }

    /// <summary>§6.9 os.exit([code [, close]]): with <c>close</c>, closes the state first (lua_close: the main thread's
    /// to-be-closed variables, then every finalizer); flushes the standard streams and open files, then ends the process.</summary>
    private static int Exit(LuaCallContext ctx)
    {
        int status;
        if (ctx[1].IsBoolean) status = ctx[1].RawBoolean ? 0 : 1;
        else status = (int)ctx.OptInteger(1, 0);
        if (ctx[2].IsTruthy)
        {
            ctx.Global.MainThread.CloseAllForExit();
            ctx.Global.FinalizeAll();
        }
        LuaFile.FlushAll(ctx.Global);
        try { ctx.Global.StandardOutput.Flush(); ctx.Global.StandardError.Flush(); } catch (IOException) { }
        Environment.Exit(status);
        return 0;
    }

    private static readonly string[] LocaleCategories = { "all", "collate", "ctype", "monetary", "numeric", "time" };

    /// <summary>§6.9 os.setlocale: only the "C" locale exists here.</summary>
    private static int SetLocale(LuaCallContext ctx)
    {
        LuaString? l = ctx.OptString(1, null);
        CheckOption(ctx, 2, "all", LocaleCategories);
        if (l is null) return ctx.Return("C");
        string s = l.ToString();
        return ctx.Return(s is "C" or "" or "POSIX" ? "C" : LuaValue.Nil);
    }

    /// <summary>luaL_checkoption: "invalid option 'x'".</summary>
    internal static int CheckOption(in LuaCallContext ctx, int arg, string? def, string[] names)
    {
        string name = def is not null && ctx.IsNoneOrNil(arg) ? def : ctx.CheckString(arg).ToString();
        int i = Array.IndexOf(names, name);
        if (i < 0) throw ctx.ArgError(arg, $"invalid option '{name}'");
        return i;
    }

    private static int Execute(LuaCallContext ctx)
    {
        LuaString? cmd = ctx.OptString(1, null);
        if (cmd is null) return ctx.Return(ctx.Global.Platform.HasShell);
        var (exited, code, errno) = ctx.Global.Platform.Execute(cmd, ctx.Global.StandardOutput, ctx.Global.OutputIsProcessStdout);
        return ShellCommand.PushResult(ctx, exited, code, errno);
    }

    // ------------------------------------------------------------ time and date

    /// <summary>The local time zone's offset (seconds east of UTC), DST flag and name at Unix time <paramref name="t"/>.</summary>
    internal static (int Offset, bool Dst, string Zone) LocalZone(long t)
    {
        var tz = TimeZoneInfo.Local;
        TimeSpan off;
        bool dst = false;
        if (t >= -62135596800L && t <= 253402300799L)
        {
            var dto = DateTimeOffset.FromUnixTimeSeconds(t);
            off = tz.GetUtcOffset(dto);
            dst = tz.IsDaylightSavingTime(dto);
        }
        else off = tz.BaseUtcOffset;
        string zone = off == TimeSpan.Zero && !dst && (tz.Id is "UTC" or "Etc/UTC" or "Universal" or "Zulu" || tz.HasSameRules(TimeZoneInfo.Utc))
            ? "UTC" : (dst ? tz.DaylightName : tz.StandardName);
        return ((int)off.TotalSeconds, dst, zone);
    }

    /// <summary>gmtime / localtime; false when the year does not fit C's int tm_year.</summary>
    private static bool Breakdown(long t, bool utc, out BrokenTime tm)
    {
        if (utc) tm = BrokenTime.FromUnix(t, 0, "GMT", false);
        else
        {
            var (off, dst, zone) = LocalZone(t);
            tm = BrokenTime.FromUnix(t, off, zone, dst);
        }
        long tmYear = tm.Year - 1900;
        return tmYear >= int.MinValue && tmYear <= int.MaxValue;
    }

    private static readonly LuaString FYear = LuaString.FromAscii("year"), FMonth = LuaString.FromAscii("month"),
        FDay = LuaString.FromAscii("day"), FHour = LuaString.FromAscii("hour"), FMin = LuaString.FromAscii("min"),
        FSec = LuaString.FromAscii("sec"), FYDay = LuaString.FromAscii("yday"), FWDay = LuaString.FromAscii("wday"),
        FIsDst = LuaString.FromAscii("isdst");

    /// <summary>setallfields: writes a broken-down time into a table (through __newindex).</summary>
    private static void SetAllFields(LuaThread th, in LuaValue t, in BrokenTime tm)
    {
        LibOps.Set(th, t, FYear, tm.Year);
        LibOps.Set(th, t, FMonth, tm.Month);
        LibOps.Set(th, t, FDay, tm.Day);
        LibOps.Set(th, t, FHour, tm.Hour);
        LibOps.Set(th, t, FMin, tm.Min);
        LibOps.Set(th, t, FSec, tm.Sec);
        LibOps.Set(th, t, FYDay, tm.YDay + 1);
        LibOps.Set(th, t, FWDay, tm.WDay + 1);
        LibOps.Set(th, t, FIsDst, tm.IsDst);
    }

    /// <summary>loslib's getfield: an integer field (minus <paramref name="delta"/>), the default, or an error.</summary>
    private static int GetField(in LuaCallContext ctx, in LuaValue t, LuaString key, int d, int delta)
    {
        LuaValue v = LibOps.Get(ctx.Thread, t, key);
        if (!v.TryToInteger(out long res))
        {
            if (!v.IsNil) throw ctx.Error($"field '{key}' is not an integer");
            if (d < 0) throw ctx.Error($"field '{key}' missing in date table");
            return d;
        }
        if (!(res >= 0 ? res - delta <= int.MaxValue : int.MinValue + delta <= res))
            throw ctx.Error($"field '{key}' is out-of-bound");
        return (int)(res - delta);
    }

    /// <summary>§6.9 os.time([table]): the current time, or the table's local time normalised as C's mktime
    /// (the table's fields are updated). Errors: "field 'day' missing in date table", "field 'x' is not an integer".</summary>
    private static int Time(LuaCallContext ctx)
    {
        long t;
        if (ctx.IsNoneOrNil(1)) t = ctx.Global.Platform.UtcNow.ToUnixTimeSeconds();
        else
        {
            ctx.CheckType(1, LuaType.Table);
            LuaValue tab = ctx[1];
            long year = GetField(ctx, tab, FYear, -1, 1900);
            long mon = GetField(ctx, tab, FMonth, -1, 1);
            long day = GetField(ctx, tab, FDay, -1, 0);
            long hour = GetField(ctx, tab, FHour, 12, 0);
            long min = GetField(ctx, tab, FMin, 0, 0);
            long sec = GetField(ctx, tab, FSec, 0, 0);
            LuaValue dstField = LibOps.Get(ctx.Thread, tab, FIsDst);
            // mktime: normalise month into the year, then count days and seconds.
            long y = year + 1900 + BrokenTime.FloorDiv(mon, 12);
            long m = BrokenTime.FloorMod(mon, 12) + 1;
            long local = (BrokenTime.DaysFromCivil(y, m, 1) + day - 1) * 86400 + hour * 3600 + min * 60 + sec;
            var (off, dst, _) = LocalZone(local);
            t = local - off;
            var (off2, dst2, _) = LocalZone(t);
            if (off2 != off) t = local - off2;
            // an explicit isdst that disagrees with the zone shifts by an hour, as mktime does
            if (!dstField.IsNil && dstField.IsTruthy != dst2 && TimeZoneInfo.Local.SupportsDaylightSavingTime)
                t += dstField.IsTruthy ? -3600 : 3600;
            if (!Breakdown(t, false, out var tm) || t == -1)
                throw ctx.Error("time result cannot be represented in this installation");
            SetAllFields(ctx.Thread, tab, tm);
        }
        return ctx.Return(t);
    }

    // LUA_STRFTIMEOPTIONS for C99: one-char options, then "E"- and "O"-modified ones.
    private const string Options1 = "aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%";
    private static readonly string[] Options2 =
        { "Ec", "EC", "Ex", "EX", "Ey", "EY", "Od", "Oe", "OH", "OI", "Om", "OM", "OS", "Ou", "OU", "OV", "Ow", "OW", "Oy" };

    /// <summary>Units charged per strftime conversion of os.date.</summary>
    private const long ConversionCost = 32;

    /// <summary>§6.9 os.date([format [, time]]): "*t"/"!*t" give a table; otherwise strftime with lua5.4's
    /// conversion check ("invalid conversion specifier '%Ez'").</summary>
    private static int Date(LuaCallContext ctx)
    {
        LuaString fmtStr = ctx.OptString(1, null) ?? LuaString.FromAscii("%c");
        long t = ctx.IsNoneOrNil(2) ? ctx.Global.Platform.UtcNow.ToUnixTimeSeconds() : CheckTime(ctx, 2);
        ReadOnlySpan<byte> s = fmtStr.Span;
        bool utc = s.Length > 0 && s[0] == '!';
        if (utc) s = s[1..];
        if (!Breakdown(t, utc, out var tm)) throw ctx.Error("date result cannot be represented in this installation");
        if (s.Length == 2 && s[0] == '*' && s[1] == 't')
        {
            var res = new LuaTable(0, 9);
            SetAllFields(ctx.Thread, res, tm);
            return ctx.Return(res);
        }
        // Two passes over the format, so the result is allocated once at its final size and checked against the
        // memory limit first (lua's buffer is a Lua allocation): a growing buffer and its final copy would hold
        // about three times the result in .NET memory that the limit never sees. Every conversion of one call
        // formats the same time, so each is formatted once and its bytes reused.
        var converted = new byte[128][];
        long total = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '%') { total++; continue; }
            char c = Conversion(s, ref i);
            if (c == '\0') throw ctx.ArgError(1, $"invalid conversion specifier '%{Encoding.UTF8.GetString(s[(i + 1)..])}'");
            // A conversion costs tens of instructions and may write ~25 bytes: a format of a million "%c" must stop
            // under the limits.
            ctx.Global.Charge(ConversionCost);
            total += (converted[c] ??= Format(c, tm)).Length;
        }
        if (total > Array.MaxLength) throw new LuaRuntimeException("not enough memory");
        ctx.Global.CheckAllocation(total);
        var result = new byte[total];
        int at = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '%') { result[at++] = s[i]; continue; }
            byte[] bytes = converted[Conversion(s, ref i)];
            bytes.CopyTo(result, at);
            at += bytes.Length;
        }
        return ctx.Return(LuaString.Wrap(result));
    }

    /// <summary>lua5.4's checkoption: the conversion that starts after the '%' at <paramref name="i"/> (an E or O
    /// modifier gives the plain conversion), with <paramref name="i"/> moved to its last byte; '\0' if invalid.</summary>
    private static char Conversion(ReadOnlySpan<byte> s, ref int i)
    {
        var conv = s[(i + 1)..];
        if (conv.Length >= 1 && Options1.IndexOf((char)conv[0]) >= 0) { i += 1; return (char)conv[0]; }
        if (conv.Length >= 2 && Array.IndexOf(Options2, Encoding.Latin1.GetString(conv[..2])) >= 0) { i += 2; return (char)conv[1]; }
        return '\0';
    }

    /// <summary>The bytes of strftime conversion <paramref name="c"/> of <paramref name="tm"/>.</summary>
    private static byte[] Format(char c, in BrokenTime tm)
    {
        var sb = new StringBuilder();
        StrFTime.Format(sb, c, tm);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
