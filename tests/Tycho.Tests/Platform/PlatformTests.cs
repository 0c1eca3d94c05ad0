using System.Text;
using Xunit;

namespace Tycho.Tests.Platform;

/// <summary>A virtual machine for scripts: files in memory, given environment variables, a fixed clock and seed;
/// everything else (processes, writing files) denied by <see cref="DenyLuaPlatform"/>.</summary>
internal sealed class VirtualPlatform : DenyLuaPlatform
{
    public Dictionary<string, string> Files { get; } = new();
    public Dictionary<string, string> Environment { get; } = new();
    public DateTimeOffset Now { get; set; } = new(2024, 2, 29, 12, 34, 56, TimeSpan.Zero);
    public (long, long) Seed { get; set; } = (42, 7);

    public override Stream OpenFile(string path, FileMode mode, FileAccess access)
    {
        if (access != FileAccess.Read) throw new UnauthorizedAccessException(path);
        return Files.TryGetValue(path, out var text) ? new MemoryStream(Encoding.UTF8.GetBytes(text), false)
            : throw new FileNotFoundException(null, path);
    }

    public override string? GetEnvironmentVariable(string name) => Environment.GetValueOrDefault(name);
    public override DateTimeOffset UtcNow => Now;
    public override double ProcessorTime => 1.5;
    public override (long N1, long N2) RandomSeed() => Seed;
}

public class PlatformTests
{
    private static LuaState NewState(ILuaPlatform platform) => new(new LuaStateOptions { Platform = platform, Output = new MemoryStream() });

    private static VirtualPlatform Virtual()
    {
        var p = new VirtualPlatform();
        p.Files["data.txt"] = "alpha\nbeta\n";
        p.Files["chunk.lua"] = "return 6 * 7";
        p.Files["mod.lua"] = "return { name = 'virtual mod' }";
        p.Environment["GREETING"] = "hello";
        return p;
    }

    [Fact]
    public void VirtualFilesServeIoOpenLinesLoadfileDofileAndRequire()
    {
        using var lua = NewState(Virtual());
        Assert.Equal("alpha|beta", lua.DoString<string>("local f = assert(io.open('data.txt')) local a = f:read('l') local b = f:read('l') f:close() return a .. '|' .. b"));
        Assert.Equal("alpha,beta,", lua.DoString<string>("local s = '' for l in io.lines('data.txt') do s = s .. l .. ',' end return s"));
        Assert.Equal(42L, lua.DoString<long>("return loadfile('chunk.lua')()"));
        Assert.Equal(42L, lua.DoString<long>("return dofile('chunk.lua')"));
        Assert.Equal("virtual mod", lua.DoString<string>("package.path = '?.lua' return require('mod').name"));
        Assert.Equal("mod.lua", lua.DoString<string>("return package.searchpath('mod', '?.lua')"));
        Assert.Equal("42", lua.DoFile("chunk.lua")[0].ToString());
    }

    [Fact]
    public void VirtualMissingFileIsAnOrdinaryFailure()
    {
        using var lua = NewState(Virtual());
        Assert.Equal("nope.txt: No such file or directory", lua.DoString<string>("local f, e = io.open('nope.txt') return e"));
        Assert.Equal("nope.txt: Permission denied", lua.DoString<string>("local f, e = io.open('nope.txt', 'w') return e"));
    }

    [Fact]
    public void VirtualEnvironmentVariables()
    {
        using var lua = NewState(Virtual());
        Assert.Equal("hello", lua.DoString<string>("return os.getenv('GREETING')"));
        Assert.True(lua.DoString("return os.getenv('PATH')")[0].IsNil);
    }

    [Fact]
    public void FixedClockMakesTimeAndDateDeterministic()
    {
        var p = Virtual();
        using var lua = NewState(p);
        Assert.Equal(p.Now.ToUnixTimeSeconds(), lua.DoString<long>("return os.time()"));
        Assert.Equal("2024-02-29 12:34:56", lua.DoString<string>("return os.date('!%Y-%m-%d %H:%M:%S')"));
        Assert.Equal(2024L, lua.DoString<long>("return os.date('!*t').year"));
        Assert.Equal(1.5, lua.DoString<double>("return os.clock()"));
        p.Now = p.Now.AddDays(1);
        Assert.Equal("2024-03-01", lua.DoString<string>("return os.date('!%Y-%m-%d')"));
    }

    [Fact]
    public void FixedSeedMakesRandomReproducible()
    {
        const string script = "local a, b = math.randomseed() local t = {a, b} for i = 1, 5 do t[#t + 1] = math.random(1000000) end return table.concat(t, ',')";
        using var lua1 = NewState(Virtual());
        using var lua2 = NewState(Virtual());
        string first = lua1.DoString<string>(script);
        Assert.StartsWith("42,7,", first);
        Assert.Equal(first, lua2.DoString<string>(script));
        Assert.Equal(first, lua1.DoString<string>(script));
        // The same sequence as an explicit seed.
        Assert.Equal(first, lua1.DoString<string>(script.Replace("math.randomseed()", "math.randomseed(42, 7)")));
        var other = Virtual();
        other.Seed = (43, 7);
        using var lua3 = NewState(other);
        Assert.NotEqual(first, lua3.DoString<string>(script));
    }

    [Fact]
    public void VirtualPlatformStillDeniesProcesses()
    {
        using var lua = NewState(Virtual());
        Assert.Equal(DenyLuaPlatform.ProcessDenied, lua.DoString<string>("local ok, e = pcall(os.execute, 'echo hi') return e"));
        Assert.Equal(DenyLuaPlatform.ProcessDenied, lua.DoString<string>("local ok, e = pcall(io.popen, 'echo hi') return e"));
        Assert.False(lua.DoString<bool>("return os.execute()"));
    }

    [Theory]
    [InlineData("io.open('/etc/passwd')", DenyLuaPlatform.FileSystemDenied)]
    [InlineData("io.open('x.txt', 'w')", DenyLuaPlatform.FileSystemDenied)]
    [InlineData("io.lines('/etc/passwd')", DenyLuaPlatform.FileSystemDenied)]
    [InlineData("io.tmpfile()", DenyLuaPlatform.FileSystemDenied)]
    [InlineData("io.popen('echo hi')", DenyLuaPlatform.ProcessDenied)]
    [InlineData("loadfile('/etc/passwd')", DenyLuaPlatform.FileSystemDenied)]
    [InlineData("dofile('/etc/passwd')", DenyLuaPlatform.FileSystemDenied)]
    [InlineData("os.remove('/tmp/x')", DenyLuaPlatform.FileSystemDenied)]
    [InlineData("os.rename('/tmp/x', '/tmp/y')", DenyLuaPlatform.FileSystemDenied)]
    [InlineData("os.tmpname()", DenyLuaPlatform.FileSystemDenied)]
    [InlineData("os.execute('echo hi')", DenyLuaPlatform.ProcessDenied)]
    public void DenyRaisesTheDocumentedErrors(string call, string message)
    {
        using var lua = NewState(LuaPlatform.Deny);
        Assert.Equal(message, lua.DoString<string>($"local ok, e = pcall(function() return {call} end) assert(not ok) return e"));
        var ex = Assert.ThrowsAny<LuaRuntimeException>(() => lua.DoString(call));
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void DenyEnvironmentShellStreamsClockAndSeed()
    {
        using var lua = new LuaState(new LuaStateOptions { Platform = LuaPlatform.Deny });
        Assert.True(lua.DoString("return os.getenv('PATH')")[0].IsNil);
        Assert.False(lua.DoString<bool>("return os.execute()"));
        Assert.Same(Stream.Null, lua.StandardInput);
        Assert.Same(Stream.Null, lua.StandardOutput);
        Assert.True(lua.DoString("return io.read('l')")[0].IsNil);
        // The clock and the seed stay real.
        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Assert.InRange(lua.DoString<long>("return os.time()"), now - 5, now + 5);
        Assert.InRange(lua.DoString<long>("return (math.randomseed())"), now - 5, now + 5);
        Assert.Equal("module 'nomod' not found", lua.DoString<string>("local ok, e = pcall(require, 'nomod') return e").Split(':')[0]);
    }

    [Fact]
    public void SafePresetDeniesByDefaultAndAcceptsAPlatform()
    {
        Assert.Same(LuaPlatform.Deny, LuaPresets.Safe().Platform);
        Assert.Null(LuaPresets.Standard().Platform);
        using (var lua = new LuaState(LuaPresets.Safe())) Assert.Same(LuaPlatform.Deny, lua.Platform);
        var p = Virtual();
        using var safe = new LuaState(LuaPresets.Safe(platform: p));
        Assert.Same(p, safe.Platform);
        Assert.Equal("2024", safe.DoString<string>("return os.date('!%Y')"));
        Assert.Equal(p.Now.ToUnixTimeSeconds(), safe.DoString<long>("return os.time()"));
    }

    [Fact]
    public void HostIsTheDefault()
    {
        using var lua = new LuaState(new LuaStateOptions { Output = new MemoryStream() });
        Assert.Same(LuaPlatform.Host, lua.Platform);
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "return 'from disk'");
            Assert.Equal("from disk", lua.DoString<string>($"return dofile('{file}')"));
            Assert.True(lua.DoString<bool>($"return os.remove('{file}')"));
            Assert.False(File.Exists(file));
        }
        finally { File.Delete(file); }
    }
}
