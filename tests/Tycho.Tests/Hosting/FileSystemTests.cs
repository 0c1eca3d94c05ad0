using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>dofile, loadfile and require read through <see cref="LuaStateOptions.FileSystem"/> when it is set.</summary>
public class FileSystemTests
{
    private static LuaState StateWith(params (string Path, string Source)[] files)
    {
        var fs = new InMemoryLuaFileSystem();
        foreach (var (path, source) in files) fs[path] = source;
        return new LuaState(new LuaStateOptions { FileSystem = fs });
    }

    [Fact]
    public void DofileReadsThroughTheFileSystem()
    {
        using var lua = StateWith(("lib/answer.lua", "return 6 * 7"));
        Assert.Equal(42L, lua.DoString<long>("return dofile('lib/answer.lua')"));
    }

    [Fact]
    public void LoadfileReadsThroughTheFileSystemWithTheFileChunkName()
    {
        using var lua = StateWith(("m.lua", "#!/usr/bin/lua\nlocal x = ...\nreturn x, debug.getinfo(1, 'S').source"));
        var r = lua.DoString("local f = assert(loadfile('m.lua')) return f(5)");
        Assert.Equal(5L, r[0].RawInteger);
        Assert.Equal("@m.lua", r[1].ToString());
    }

    [Fact]
    public void LoadfileHonoursModeAndEnvironment()
    {
        using var lua = StateWith(("e.lua", "return y"));
        Assert.Equal(3L, lua.DoString<long>("return loadfile('e.lua', 't', {y = 3})()"));
    }

    [Fact]
    public void MissingFileReportsCannotOpenAndDoesNotFallBackToDisk()
    {
        string onDisk = Path.Combine(Path.GetTempPath(), "tycho_fs_" + Guid.NewGuid().ToString("N") + ".lua");
        File.WriteAllText(onDisk, "return 'disk'");
        try
        {
            using var lua = StateWith();
            lua.Globals["p"] = LuaValue.FromString(onDisk);
            var r2 = lua.DoString("return loadfile(p)");
            Assert.True(r2[0].IsNil);
            Assert.Equal($"cannot open {onDisk}: No such file or directory", r2[1].ToString());
            var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("dofile('foo.lua')"));
            Assert.Equal("cannot open foo.lua: No such file or directory", e.Message);
        }
        finally { File.Delete(onDisk); }
    }

    [Fact]
    public void WithoutAFileSystemDofileReadsTheDisk()
    {
        string onDisk = Path.Combine(Path.GetTempPath(), "tycho_fs_" + Guid.NewGuid().ToString("N") + ".lua");
        File.WriteAllText(onDisk, "return 'disk'");
        try
        {
            using var lua = new LuaState();
            lua.Globals["p"] = LuaValue.FromString(onDisk);
            Assert.Equal("disk", lua.DoString<string>("return dofile(p)"));
        }
        finally { File.Delete(onDisk); }
    }

    [Fact]
    public void SyntaxErrorInAFileSystemFileNamesTheFile()
    {
        using var lua = StateWith(("bad.lua", "return +"));
        var r = lua.DoString("return loadfile('bad.lua')");
        Assert.True(r[0].IsNil);
        Assert.StartsWith("bad.lua:1:", r[1].ToString());
    }

    [Fact]
    public void RequireReadsThroughTheFileSystem()
    {
        using var lua = StateWith(("mod.lua", "return { name = ... }"));
        Assert.Equal("mod", lua.DoString<string>("return require('mod').name"));
    }
}
