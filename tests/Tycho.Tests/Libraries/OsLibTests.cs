using Xunit;
using Tycho.Tests.Infrastructure;

namespace Tycho.Tests.Libraries;

public class OsLibTests
{
    private readonly LibHarness _h = new(LuaLibraries.OS);
    private string C(string name, params LuaValue[] args) => LibHarness.Show(_h.Call("os", name, args));

    private static LuaTable Date(params (string K, LuaValue V)[] fields)
    {
        var t = new LuaTable();
        foreach (var (k, v) in fields) t[k] = v;
        return t;
    }

    [Fact]
    public void DateFormatsEveryConversion()
    {
        // lua5.4 -e 'print(os.date("!%Y-%m-%d ... %%", 86400*45+3600*15+61))'
        string fmt = "!%Y-%m-%d %H:%M:%S %a %A %b %B %c %d %D %e %F %g %G %h %I %j %m %n %p %r %R %t %T %u %U %V %w %W %x %X %y %z %Z %%";
        Assert.Equal("1970-02-15 15:01:01 Sun Sunday Feb February Sun Feb 15 15:01:01 1970 15 02/15/70 15 1970-02-15 70 1970 Feb 03 046 02 \n PM 03:01:01 PM 15:01 \t 15:01:01 7 07 07 0 06 02/15/70 15:01:01 70 +0000 GMT %",
            C("date", fmt, 86400 * 45 + 3600 * 15 + 61));
        Assert.Equal("Thu Jan  1 00:00:00 1970|19|01/01/70|00:00:00|70|1970|01| 1|00|12|01|00|00|4|00|01|4|00|70",
            C("date", "!%Ec|%EC|%Ex|%EX|%Ey|%EY|%Od|%Oe|%OH|%OI|%Om|%OM|%OS|%Ou|%OU|%OV|%Ow|%OW|%Oy", 0));
    }

    [Fact]
    public void DateErrors()
    {
        Assert.Equal("bad argument #1 to 'date' (invalid conversion specifier '%Ez')", _h.Error("os", "date", "%Ez"));
        Assert.Equal("bad argument #1 to 'date' (invalid conversion specifier '%Qabc')", _h.Error("os", "date", "%Qabc"));
        Assert.Equal("bad argument #2 to 'date' (number has no integer representation)", _h.Error("os", "date", "!%H", 1.5));
        Assert.Equal("date result cannot be represented in this installation", _h.Error("os", "date", "%Y", Math.Pow(2, 60)));
    }

    [Fact]
    public void DateTable()
    {
        var t = _h.Call("os", "date", "!*t", 3600)[0].AsTable!;
        Assert.Equal("1970 1 1 1 0 0 1 5 false", string.Join(" ",
            new[] { "year", "month", "day", "hour", "min", "sec", "yday", "wday", "isdst" }.Select(k => t[k].ToString())));
    }

    [Fact]
    public void TimeNormalisesLikeMktime()
    {
        Assert.Equal("1704067200", C("time", Date(("year", 2024), ("month", 1), ("day", 1), ("hour", 0))));
        var t = Date(("year", 2024), ("month", 14), ("day", 35), ("hour", 25), ("min", -3), ("sec", 70));
        Assert.Equal("1741395490", C("time", t));
        Assert.Equal("2025 3 8 0 58 10 67 7 false", string.Join(" ",
            new[] { "year", "month", "day", "hour", "min", "sec", "yday", "wday", "isdst" }.Select(k => t[k].ToString())));
        Assert.Equal("1704078000", C("time", Date(("year", 2024), ("month", 1), ("day", 1), ("hour", "3"))));
    }

    [Fact]
    public void TimeErrors()
    {
        Assert.Equal("field 'day' missing in date table", _h.Error("os", "time", Date(("year", 2024), ("month", 1))));
        Assert.Equal("field 'day' is not an integer", _h.Error("os", "time", Date(("year", 2024), ("month", 1), ("day", 1.5))));
        Assert.Equal("field 'year' is out-of-bound", _h.Error("os", "time", Date(("year", 1L << 40), ("month", 1), ("day", 1))));
        Assert.Equal("time result cannot be represented in this installation",
            _h.Error("os", "time", Date(("year", 1969), ("month", 12), ("day", 31), ("hour", 23), ("min", 59), ("sec", 59))));
    }

    [Fact]
    public void FilesystemFailures()
    {
        Assert.Equal("nil\t/nonexistent/x: No such file or directory\t2", C("remove", "/nonexistent/x"));
        Assert.Equal("nil\tNo such file or directory\t2", C("rename", "/nonexistent/x", "/tmp/y"));
        string name = _h.Call("os", "tmpname")[0].ToString();
        Assert.StartsWith("/tmp/lua_", name);
        Assert.True(File.Exists(name));
        Assert.Equal("true", C("remove", name));
    }

    [Fact]
    public void MiscFunctions()
    {
        Assert.Equal("C\tC\tC\tnil", C("setlocale") + "\t" + C("setlocale", "C") + "\t" + C("setlocale", "") + "\t" + C("setlocale", "fr_FR"));
        Assert.Equal("bad argument #2 to 'setlocale' (invalid option 'bogus')", _h.Error("os", "setlocale", "C", "bogus"));
        Assert.Equal("7.0", C("difftime", 10, 3));
        Assert.Equal("nil", C("getenv", "NOPE_XYZ_TYCHO"));
        Assert.True(_h.Call("os", "clock")[0].IsFloat);
        Assert.True(_h.Call("os", "time")[0].IsInteger);
    }

    [Fact]
    public void ExecuteReportsStatus()
    {
        Assert.Equal("true", C("execute"));
        Assert.Equal("nil\texit\t3", C("execute", "exit 3"));
        Assert.Equal("true\texit\t0", C("execute", "true"));
        Assert.Equal("x\n", (_h.Call("os", "execute", "echo x"), _h.OutputText()).Item2);
    }
}
