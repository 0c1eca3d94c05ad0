using System.Text.Json;
using Tycho.Tests.Cli;
using Xunit;

namespace Tycho.Tests.Debugging;

/// <summary><c>tycho --profile FILE script.lua</c> end to end: the speedscope file and FILE.collapsed.</summary>
public sealed class ProfilerCliTests
{
    private const string Busy =
        "local function busy()\n" +
        "  local x = 0\n" +
        "  for i = 1, 2e6 do x = x + i % 3 end\n" +
        "  return x\n" +
        "end\n" +
        "local t = os.clock()\n" +
        "repeat busy() until os.clock() - t > 0.3\n";

    private static void AssertBusyDominates(string dir, string json)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, json)));
        var names = doc.RootElement.GetProperty("shared").GetProperty("frames").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()).ToArray();
        int busy = Array.IndexOf(names, "busy");
        Assert.True(busy >= 0, "frames: " + string.Join(", ", names));
        var samples = doc.RootElement.GetProperty("profiles")[0].GetProperty("samples").EnumerateArray()
            .Select(s => s.EnumerateArray().Select(f => f.GetInt32()).ToArray()).ToArray();
        Assert.True(samples.Length > 0);
        Assert.True(samples.Count(s => s[^1] == busy) * 2 > samples.Length);
        Assert.Equal("main chunk", names[samples[0][0]]);

        var collapsed = File.ReadAllLines(Path.Combine(dir, json + ".collapsed"));
        Assert.Contains(collapsed, l => l.StartsWith("main chunk (busy.lua);busy (busy.lua:1) "));
        Assert.Equal(samples.Length, collapsed.Sum(l => int.Parse(l[(l.LastIndexOf(' ') + 1)..])));
    }

    [Fact]
    public void Writes_speedscope_and_collapsed_stacks()
    {
        using var dir = new TempDir();
        dir.Write("busy.lua", Busy);
        var r = TychoProcess.Run(new[] { "--profile", "out.json", "busy.lua" }, workingDirectory: dir.Path);
        Assert.Equal("", r.Stderr);
        Assert.Equal(0, r.ExitCode);
        AssertBusyDominates(dir.Path, "out.json");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir.Path, "out.json")));
        Assert.Equal("busy.lua", doc.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void Writes_the_files_when_the_script_calls_os_exit()
    {
        using var dir = new TempDir();
        dir.Write("busy.lua", Busy + "os.exit(4)\n");
        var r = TychoProcess.Run(new[] { "--profile=out.json", "--profile-interval", "2", "busy.lua" }, workingDirectory: dir.Path);
        Assert.Equal(4, r.ExitCode);
        AssertBusyDominates(dir.Path, "out.json");
    }

    [Fact]
    public void Writes_the_files_when_the_script_fails()
    {
        using var dir = new TempDir();
        dir.Write("busy.lua", Busy + "error('late')\n");
        var r = TychoProcess.Run(new[] { "--profile", "out.json", "busy.lua" }, workingDirectory: dir.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("tycho: busy.lua:8: late", r.Stderr);
        AssertBusyDominates(dir.Path, "out.json");
    }

    [Fact]
    public void Profile_lines_makes_each_line_a_frame()
    {
        using var dir = new TempDir();
        dir.Write("busy.lua", Busy);
        var r = TychoProcess.Run(new[] { "--profile", "out.json", "--profile-lines", "busy.lua" }, workingDirectory: dir.Path);
        Assert.Equal(0, r.ExitCode);
        var collapsed = File.ReadAllLines(Path.Combine(dir.Path, "out.json.collapsed"));
        // The loop of busy (line 3), called from line 7 of the main chunk.
        Assert.Contains(collapsed, l => l.StartsWith("main chunk:7 (busy.lua:7);busy:3 (busy.lua:3) "));
    }

    [Fact]
    public void Bad_interval_is_a_usage_error()
    {
        var r = TychoProcess.Run(new[] { "--profile", "x.json", "--profile-interval", "0", "-e", "" });
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("tycho: invalid interval '0' for '--profile-interval'\n", r.Stderr);
    }
}
