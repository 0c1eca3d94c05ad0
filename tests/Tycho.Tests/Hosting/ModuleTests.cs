using System.Reflection;
using Xunit;

namespace Tycho.Tests.Hosting;

public class ModuleTests
{
    [Fact]
    public void RegisteredTablesLoadersAndFactories()
    {
        using var lua = new LuaState();
        lua.RegisterModule("consts", LuaTable.Create(3, 1, 4));
        int loads = 0;
        lua.RegisterModule("lazy", LuaFunction.Create((string name) => { loads++; return "module " + name; }));
        lua.RegisterModule("made", s => new Dictionary<string, int> { ["x"] = 5 });
        Assert.Equal(3L, lua.DoString<long>("return #require('consts')"));
        Assert.Equal("module lazy", lua.DoString<string>("return require('lazy')"));
        lua.DoString("require('lazy')");
        Assert.Equal(1, loads);
        Assert.Equal(5L, lua.DoString<long>("return require('made').x"));
        Assert.True(lua.Globals["consts"].IsNil); // require only, no global
    }

    [Fact]
    public void ScriptsComeFromAnInMemoryFileSystem()
    {
        var fs = new InMemoryLuaFileSystem
        {
            ["util.lua"] = "local M = {} function M.twice(x) return 2 * x end return M",
            ["pkg/init.lua"] = "return { name = 'pkg' }",
            ["pkg/sub.lua"] = "return { name = ... }",
            ["broken.lua"] = "return +",
        };
        using var lua = new LuaState(new LuaStateOptions { FileSystem = fs });
        Assert.Equal(8L, lua.DoString<long>("return require('util').twice(4)"));
        Assert.Equal("pkg", lua.DoString<string>("return require('pkg').name"));
        Assert.Equal("pkg.sub", lua.DoString<string>("return require('pkg.sub').name"));
        Assert.Equal("util.lua", lua.DoString<string>("return select(2, require('util')) or package.loaded.util and 'util.lua'"));
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("require('broken')"));
        Assert.Contains("error loading module 'broken' from file 'broken.lua'", e.Message);
        e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("require('nope')"));
        Assert.Contains("module 'nope' not found", e.Message);
        Assert.Contains("no host file 'nope.lua'", e.Message);
        // Reset keeps the searcher.
        lua.Reset();
        Assert.Equal(8L, lua.DoString<long>("return require('util').twice(4)"));
    }

    [Fact]
    public void CustomSearchPathsAndPhysicalFileSystem()
    {
        string dir = Path.Combine(Path.GetTempPath(), "tycho-mods-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "lib"));
        File.WriteAllText(Path.Combine(dir, "lib", "m.lua"), "return 'from disk'");
        try
        {
            using var lua = new LuaState(new LuaStateOptions
            {
                FileSystem = new PhysicalLuaFileSystem(dir),
                ModuleSearchPaths = new[] { "lib/?.lua" },
            });
            Assert.Equal("from disk", lua.DoString<string>("return require('m')"));
            Assert.False(new PhysicalLuaFileSystem(dir).FileExists("../" + Path.GetFileName(dir) + "x/secret"));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void EmbeddedResourcesFileSystem()
    {
        var fs = new EmbeddedResourceLuaFileSystem(Assembly.GetExecutingAssembly(), "Tycho.Tests.Hosting.Scripts.");
        Assert.True(fs.FileExists("greeting.lua"));
        using var lua = new LuaState(new LuaStateOptions { FileSystem = fs });
        Assert.Equal("hello from a resource", lua.DoString<string>("return require('greeting')"));
    }
}
