using Xunit;
using Tycho.Tests.Infrastructure;

namespace Tycho.Tests.Libraries;

public class PackageLibTests
{
    private readonly LibHarness _h = new(LuaLibraries.Package);

    [Fact]
    public void ConfigAndPaths()
    {
        var pkg = _h.State.Globals["package"].AsTable!;
        Assert.Equal("/\n;\n?\n!\n-\n", pkg["config"].ToString());
        Assert.Equal(4, pkg["searchers"].AsTable!.Length);
        Assert.Same(_h.State.Core.LoadedTable, pkg["loaded"].AsTable);
    }

    [Fact]
    public void EnvPathReplacesDoubleSemicolon()
    {
        Environment.SetEnvironmentVariable("TYCHO_TEST_PATH_5_4", null);
        Environment.SetEnvironmentVariable("TYCHO_TEST_PATH", "/a/?.lua;;");
        Assert.Equal("/a/?.lua;D", PackageLib.EnvPath("TYCHO_TEST_PATH", "D"));
        Environment.SetEnvironmentVariable("TYCHO_TEST_PATH_5_4", ";;x");
        Assert.Equal("D;x", PackageLib.EnvPath("TYCHO_TEST_PATH", "D"));
        Environment.SetEnvironmentVariable("TYCHO_TEST_PATH_5_4", null);
        Environment.SetEnvironmentVariable("TYCHO_TEST_PATH", null);
        Assert.Equal("D", PackageLib.EnvPath("TYCHO_TEST_PATH", "D"));
    }

    [Fact]
    public void SearchPathListsTriedFiles()
    {
        Assert.Equal("nil\tno file './a/b.lua'\n\tno file ''\n\tno file '/x/a/b.lua'",
            LibHarness.Show(_h.Call("package", "searchpath", "a.b", "./?.lua;;/x/?.lua")));
        string f = Path.GetTempFileName();
        Assert.Equal(f, LibHarness.Show(_h.Call("package", "searchpath", Path.GetFileNameWithoutExtension(f), Path.GetDirectoryName(f) + "/?.tmp")));
        File.Delete(f);
    }

    [Fact]
    public void PreloadSearcher()
    {
        var searchers = _h.State.Globals["package"].AsTable!["searchers"].AsTable!;
        Assert.Equal("no field package.preload['x']", LibHarness.Show(_h.Call(searchers.GetInt(1), "x")));
        var fn = new LuaHostFunction("m", ctx => 0);
        _h.State.Globals["package"].AsTable!["preload"].AsTable!["x"] = fn;
        Assert.Equal(":preload:", _h.Call(searchers.GetInt(1), "x")[1].ToString());
    }

    [Fact]
    public void NotFoundMessageListsEverything()
    {
        var pkg = _h.State.Globals["package"].AsTable!;
        pkg["path"] = "/nope/?.lua;./?/init.lua";
        pkg["cpath"] = "/nope/?.so";
        // Searchers are host functions, so calling require needs ctx.Call: exercise them one by one instead.
        var searchers = pkg["searchers"].AsTable!;
        Assert.Equal("no file '/nope/a/b.lua'\n\tno file './a/b/init.lua'", LibHarness.Show(_h.Call(searchers.GetInt(2), "a.b")));
        Assert.Equal("no file '/nope/a/b.so'", LibHarness.Show(_h.Call(searchers.GetInt(3), "a.b")));
        Assert.Equal("no file '/nope/a.so'", LibHarness.Show(_h.Call(searchers.GetInt(4), "a.b")));
        Assert.Empty(_h.Call(searchers.GetInt(4), "ab"));
    }
}
