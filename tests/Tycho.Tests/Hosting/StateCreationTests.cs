using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>A new state: the libraries opened from the process-wide templates (LibraryTemplate), the sandboxed
/// variants opened directly, and the fresh state's memory measured by its setup's charges instead of a cycle.</summary>
public class StateCreationTests
{
    public static TheoryData<string> Presets => new() { "all", "safe", "base" };

    private static LuaState Create(string preset) => preset switch
    {
        "safe" => new LuaState(LuaPresets.Safe(output: Stream.Null)),
        "base" => new LuaState(new LuaStateOptions { Libraries = LuaLibraries.Base, Output = Stream.Null }),
        _ => new LuaState(new LuaStateOptions { Output = Stream.Null }),
    };

    [Theory]
    [MemberData(nameof(Presets))]
    public void FreshCountIsWhatAFirstCycleMeasures(string preset)
    {
        using var lua = Create(preset);
        long fresh = lua.MemoryInUse;
        lua.Gc.Collect();
        long measured = lua.MemoryInUse;
        // The shared names and functions are charged as the collector counts them; what is left is the few
        // process-wide strings the libraries use as keys (metamethod names, "pi", ...), which a cycle may count.
        Assert.InRange(fresh, measured - 1024, measured + 1024);
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void StatesShareNoLibraryTable(string preset)
    {
        using var a = Create(preset);
        using var b = Create(preset);
        a.DoString("_G.marker = 1; for _, lib in pairs(package and package.loaded or {}) do if type(lib) == 'table' then lib.marker = 1 end end");
        Assert.True(b.DoString<bool>("if marker then return false end for _, lib in pairs(package and package.loaded or {}) do if type(lib) == 'table' and lib.marker then return false end end return true"));
        var ex = Assert.Throws<InvalidOperationException>(() => b.Call(b.Globals["type"], a.Globals["_G"]));
        Assert.Contains(a.Name, ex.Message);
    }

    [Fact]
    public void LibraryFunctionsKeepTheirNamesInErrors()
    {
        using var lua = Create("all");
        Assert.Equal("bad argument #1 to 'string.len' (string expected, got no value)",
            lua.DoString("return select(2, pcall(string.len))")[0].Get<string>());
        Assert.Equal("bad argument #1 to 'math.floor' (number expected, got no value)",
            lua.DoString("return select(2, pcall(math.floor))")[0].Get<string>());
    }

    private static string Keys(LuaState lua, string table) => lua.DoString<string>(
        $"local t = {{}} for k in pairs({table}) do t[#t + 1] = tostring(k) end table.sort(t) return table.concat(t, ' ')");

    [Fact]
    public void SandboxedLibrariesHaveExactlyTheSafeFunctions()
    {
        using var lua = new LuaState(new LuaStateOptions { Sandboxed = true, Output = Stream.Null });
        Assert.Equal("clock date difftime time", Keys(lua, "os"));
        Assert.Equal("read stderr stdin stdout type write", Keys(lua, "io"));
        Assert.Equal("traceback", Keys(lua, "debug"));
        Assert.Equal("config cpath loaded path preload searchers", Keys(lua, "package"));
        Assert.Equal(1L, lua.DoString<long>("return #package.searchers"));
        Assert.True(lua.DoString<bool>("return dofile == nil and loadfile == nil and load ~= nil and collectgarbage ~= nil"));
        Assert.Equal("yes", lua.DoString<string>("return io.type(io.stdout) == 'file' and 'yes'"));
        // The library tables a sandbox opens are the ones package.loaded holds.
        Assert.True(lua.DoString<bool>("return package.loaded.os == os and package.loaded.io == io and package.loaded.debug == debug"));
    }

    [Fact]
    public void UnsandboxedLibrariesAreComplete()
    {
        using var lua = Create("all");
        Assert.Equal("clock date difftime execute exit getenv remove rename setlocale time tmpname", Keys(lua, "os"));
        Assert.Equal(4L, lua.DoString<long>("return #package.searchers"));
        Assert.True(lua.DoString<bool>("return type(dofile) == 'function' and type(package.loadlib) == 'function' and type(debug.getinfo) == 'function'"));
        Assert.True(lua.DoString<bool>("return math.random(1, 10) >= 1 and math.pi > 3 and math.maxinteger > 0 and utf8.charpattern ~= nil"));
    }

    [Fact]
    public void SharedObjectsAreCountedByEveryState()
    {
        // Cycles of different states once used the same mark epochs (1, 2, ...), so a state's cycle took the
        // process-wide library functions and names marked by another state's as counted already.
        using var a = Create("all");
        a.Gc.Collect();
        using var b = Create("all");
        b.Gc.Collect();
        Assert.Equal(a.MemoryInUse, b.MemoryInUse);
    }

    [Fact]
    public void LibraryFunctionsStayInWeakTablesAsLightFunctions()
    {
        // lua5.4's library functions are light C functions: values, never removed from weak tables. Shared by the
        // states here, their marks may be another state's (LuaCollector.IsCollectable).
        using var lua = Create("all");
        Assert.True(lua.DoString<bool>(
            "local w = setmetatable({}, {__mode = 'v'}) w[1] = string.len string.len = nil collectgarbage() return w[1] ~= nil"));
        Assert.True(lua.DoString<bool>(
            "local w = setmetatable({}, {__mode = 'k'}) w[math.abs] = true math.abs = nil collectgarbage() return next(w) ~= nil"));
    }
}
