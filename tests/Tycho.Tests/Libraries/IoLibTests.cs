using Xunit;
using Tycho.Tests.Infrastructure;

namespace Tycho.Tests.Libraries;

public class IoLibTests : IDisposable
{
    private readonly LibHarness _h = new(LuaLibraries.IO);
    private readonly string _dir = Directory.CreateTempSubdirectory("tycho_io").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private string C(string name, params LuaValue[] args) => LibHarness.Show(_h.Call("io", name, args));
    private LuaValue Method(LuaValue file, string name) => _h.State.GetMetatable(file)!["__index"].AsTable![name];
    private string M(LuaValue file, string name, params LuaValue[] args) =>
        LibHarness.Show(_h.Call(Method(file, name), new[] { file }.Concat(args).ToArray()));

    private string Sample()
    {
        string p = Path.Combine(_dir, "in.txt");
        File.WriteAllText(p, "hello\nworld\n  0x1p4 -3.5e2 .5 12abc 0x 1e\n");
        return p;
    }

    [Fact]
    public void ReadFormatsMatchLua()
    {
        var f = _h.Call("io", "open", Sample())[0];
        Assert.Equal("hello\tworld\n\t16.0\t-350.0\t0.5\t12\tnil", M(f, "read", "l", "L", "n", "n", "n", "n", "n", "l"));
        Assert.Equal("nil", M(f, "read", "n"));
        Assert.Equal("", M(f, "read", 0));
        Assert.Equal("abc 0x 1e\n", M(f, "read", "a"));
        Assert.Equal("\tnil\tnil\tnil", M(f, "read", "a") + "\t" + M(f, "read", 0) + "\t" + M(f, "read", "l") + "\t" + M(f, "read", 5));
        Assert.Equal("2\tllo\t5\t42\t39\t1e\n", M(f, "seek", "set", 2) + "\t" + M(f, "read", 3) + "\t" + M(f, "seek") + "\t" +
            M(f, "seek", "end") + "\t" + M(f, "seek", "cur", -3) + "\t" + M(f, "read", "a"));
        Assert.Equal("true", M(f, "close"));
        Assert.Equal("file (closed)\tclosed file", LibHarness.Show(_h.Call(_h.State.GetMetatable(f)!["__tostring"], f)) + "\t" + C("type", f));
        Assert.Equal("attempt to use a closed file", Assert.Throws<LuaRuntimeException>(() => _h.Call(Method(f, "read"), f)).Value.ToString());
    }

    [Fact]
    public void OpenFailures()
    {
        Assert.Equal("nil\t/nonexistent/x: No such file or directory\t2", C("open", "/nonexistent/x"));
        Assert.Equal("bad argument #2 to 'open' (invalid mode)", _h.Error("io", "open", "x", "rw"));
        Assert.Equal($"nil\t{_dir}: Is a directory\t21", C("open", _dir, "w"));
        var d = _h.Call("io", "open", _dir)[0];
        Assert.Equal("nil\tIs a directory\t21", M(d, "read", "l"));
    }

    [Fact]
    public void WriteNumbersAndModes()
    {
        string p = Path.Combine(_dir, "o.txt");
        var w = _h.Call("io", "open", p, "w")[0];
        Assert.Same(w.AsObject, _h.Call(Method(w, "write"), w, 1.0, " ", Math.Pow(2, 63), " ", 42, "\n")[0].AsObject);
        Assert.Equal("nil\tBad file descriptor\t9", M(w, "read", "a"));
        M(w, "close");
        Assert.Equal("1 9.2233720368548e+18 42\n", File.ReadAllText(p));
        var a = _h.Call("io", "open", p, "a+")[0];
        M(a, "write", "x");
        M(a, "seek", "set", 0);
        Assert.Equal("1 9", M(a, "read", 3));
        M(a, "write", "y");
        M(a, "close");
        Assert.Equal("1 9.2233720368548e+18 42\nxy", File.ReadAllText(p));
    }

    [Fact]
    public void StdoutSharesStateOutput()
    {
        _h.State.StandardOutput.Write("a"u8);
        _h.Call("io", "write", "b", 2.5, 3);
        Assert.Equal("nil\tcannot close standard file", M(_h.State.Globals["io"].AsTable!["stdout"], "close"));
        Assert.Equal("ab2.53", _h.OutputText());
    }

    [Fact]
    public void LinesIteratesAndCloses()
    {
        var r = _h.Call("io", "lines", Sample());
        Assert.Equal(4, r.Length);
        var lines = new List<string>();
        for (;;)
        {
            var v = _h.Call(r[0]);
            if (v.Length == 0) break;
            lines.Add(v[0].ToString());
        }
        Assert.Equal(new[] { "hello", "world", "  0x1p4 -3.5e2 .5 12abc 0x 1e" }, lines);
        Assert.Equal("closed file", C("type", r[3]));
        Assert.Equal("file is already closed", Assert.Throws<LuaRuntimeException>(() => _h.Call(r[0])).Value.ToString());
        Assert.Equal("cannot open file '/nonexistent' (No such file or directory)", _h.Error("io", "lines", "/nonexistent"));
        var it = _h.Call("io", "lines", Sample(), 3)[0];
        Assert.Equal("hel\tlo\n", LibHarness.Show(_h.Call(it)) + "\t" + LibHarness.Show(_h.Call(it)));
    }

    [Fact]
    public void PopenAndTmpfile()
    {
        var p = _h.Call("io", "popen", "echo hi; exit 3")[0];
        Assert.Equal("hi\n", M(p, "read", "a"));
        Assert.Equal("nil\texit\t3", M(p, "close"));
        Assert.Equal("bad argument #2 to 'popen' (invalid mode)", _h.Error("io", "popen", "ls", "rw"));
        var t = _h.Call("io", "tmpfile")[0];
        M(t, "write", "abc", 12, 1.5);
        Assert.Equal("0\tabc121.5", M(t, "seek", "set") + "\t" + M(t, "read", "a"));
        Assert.Equal("true", C("close", t));
    }

    [Fact]
    public void DefaultInputRedirection()
    {
        string p = Sample();
        var f = _h.Call("io", "input", p)[0];
        Assert.Equal("file", C("type", f));
        Assert.Equal("hello\tworld", C("read", "l", "l"));
        M(f, "close");
        Assert.Equal("default input file is closed", _h.Error("io", "read"));
    }
}
