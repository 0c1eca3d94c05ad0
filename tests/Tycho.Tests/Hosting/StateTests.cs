using System.Text;
using Xunit;

namespace Tycho.Tests.Hosting;

public class StateTests
{
    internal static LuaState NewState(out MemoryStream output)
    {
        output = new MemoryStream();
        return new LuaState(new LuaStateOptions { Output = output });
    }

    internal static string Text(MemoryStream s) => Encoding.UTF8.GetString(s.ToArray());

    [Fact]
    public void DoStringReturnsAllResultsAndTypedFirstResult()
    {
        using var lua = new LuaState();
        var r = lua.DoString("return 1, 'two', 3.5");
        Assert.Equal(3, r.Length);
        Assert.Equal(1L, r[0].Get<long>());
        Assert.Equal("two", r[1].Get<string>());
        Assert.Equal(2L, lua.DoString<long>("return 1 + 1"));
        Assert.Equal(0.5, lua.DoString<double>("return 1 / 2"));
        Assert.False(lua.DoString("return nil")[0].TryGet<string>(out _)); // nil is not a string (strict)
        Assert.Null(lua.DoString<long?>("return nil"));
    }

    [Fact]
    public void LoadCompilesWithoutRunning()
    {
        using var lua = new LuaState();
        var f = lua.Load("counter = (counter or 0) + 1 return counter", "=counter");
        Assert.True(lua.Globals["counter"].IsNil);
        Assert.Equal(1L, lua.Call<long>(f));
        Assert.Equal(2L, lua.Call<long>(f));
    }

    [Fact]
    public void ChunkNamesAppearInErrors()
    {
        using var lua = new LuaState();
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("\nerror('boom')", "@script.lua"));
        Assert.Equal("script.lua:2: boom", e.Message);
        Assert.Equal("script.lua", e.ChunkName);
        Assert.Equal(2, e.Line);
        Assert.Equal("boom", e.MessageWithoutPosition);
        Assert.Contains("stack traceback:", e.LuaTraceback);
        Assert.Contains("script.lua:2: in main chunk", e.LuaTraceback);
    }

    [Fact]
    public void SyntaxErrorsAreLuaSyntaxExceptions()
    {
        using var lua = new LuaState();
        var e = Assert.Throws<LuaSyntaxException>(() => lua.Load("x = = 1", "=input"));
        Assert.StartsWith("input:1:", e.Message);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void OptionsSelectLibrariesAndStreams()
    {
        using var lua = new LuaState(new LuaStateOptions { Libraries = LuaLibraries.Base | LuaLibraries.String, Output = new MemoryStream() });
        Assert.True(lua.Globals["io"].IsNil);
        Assert.True(lua.Globals["string"].IsTable);
        using var lua2 = NewState(out var output);
        lua2.DoString("print('hi', 1) io.write('x')");
        lua2.Dispose();
        Assert.Equal("hi\t1\nx", Text(output));
    }

    [Fact]
    public void GlobalsAreATableHandleAndTypedAccessorsWork()
    {
        using var lua = new LuaState();
        lua.Globals["answer"] = 42;
        lua.SetGlobal("name", "tycho");
        Assert.Equal(42, lua.DoString<int>("return answer"));
        Assert.Equal("tycho", lua.GetGlobal<string>("name"));
        lua.DoString("t = {1, 2, 3}");
        using var t = lua.GetTable("t");
        Assert.Equal(3L, t.Length().Get<long>());
    }

    [Fact]
    public void DoFileReadsThroughTheFileSystem()
    {
        var fs = new InMemoryLuaFileSystem { ["main.lua"] = "#!/usr/bin/env lua\nreturn ... == nil, 7" };
        using var lua = new LuaState(new LuaStateOptions { FileSystem = fs });
        var r = lua.DoFile("main.lua");
        Assert.True(r[0].RawBoolean);
        Assert.Equal(7L, r[1].Get<long>());
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("error('x')", "@main.lua"));
        Assert.Equal("main.lua", e.ChunkName);
        Assert.Throws<FileNotFoundException>(() => lua.DoFile("missing.lua"));
    }

    [Fact]
    public void DoFileReadsFromDiskByDefault()
    {
        string path = Path.Combine(Path.GetTempPath(), "tycho-hosting-" + Guid.NewGuid().ToString("N") + ".lua");
        File.WriteAllText(path, "return 6 * 7");
        try
        {
            using var lua = new LuaState();
            Assert.Equal(42L, lua.DoFile<long>(path));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void ResetRestoresAFreshStateKeepingRegistrations()
    {
        using var lua = new LuaState();
        lua.Register("twice", LuaFunction.Create((long x) => 2 * x));
        lua.RegisterModule("config", LuaTable.Create(1, 2));
        lua.DoString("junk = 1 string.custom = true setmetatable(_G, {__index = function() return 99 end})");
        Assert.Equal(99L, lua.DoString<long>("return undefined_global"));
        lua.Reset();
        Assert.True(lua.Globals["junk"].IsNil);
        Assert.True(lua.DoString<bool>("return undefined_global == nil"));
        Assert.True(lua.DoString("return string.custom")[0].IsNil);
        Assert.Equal(8L, lua.DoString<long>("return twice(4)"));
        Assert.Equal(2L, lua.DoString<long>("return #require('config')"));
        Assert.Equal("Lua 5.4", lua.DoString<string>("return _VERSION"));
    }

    [Fact]
    public void InfoReportsVersionMemoryAndLimits()
    {
        using var lua = new LuaState(new LuaStateOptions { MemoryLimit = 1 << 20, InstructionLimit = 1_000_000 });
        var before = lua.Info;
        Assert.Equal("Lua 5.4", before.Version);
        Assert.True(before.MemoryInUse > 0);
        Assert.Equal(1 << 20, before.MemoryLimit);
        Assert.Equal(1_000_000, before.InstructionLimit);
        lua.DoString("big = {} for i = 1, 10000 do big[i] = 'item' .. i end");
        Assert.True(lua.Info.MemoryInUse > before.MemoryInUse + 100_000);
        lua.DoString("big = nil; collectgarbage()");   // memory in use counts garbage until a cycle runs
        Assert.True(lua.Info.MemoryInUse < before.MemoryInUse + 100_000);
    }
}
