using System.Diagnostics;
using Tycho.Tests.Cli;
using Xunit;

namespace Tycho.Tests.Debugging;

/// <summary><c>tycho --coverage FILE script.lua</c> end to end, including runs that end in an error or in
/// <c>os.exit</c>, and genhtml reading the result when lcov is installed.</summary>
public sealed class CoverageCliTests
{
    private static string Record(string path, Dictionary<int, long> counts) =>
        $"TN:\nSF:{path}\n" + string.Concat(counts.OrderBy(c => c.Key).Select(c => $"DA:{c.Key},{c.Value}\n")) +
        $"LF:{counts.Count}\nLH:{counts.Count(c => c.Value > 0)}\nend_of_record\n";

    [Fact]
    public void Writes_lcov_for_the_script_and_its_modules()
    {
        using var dir = new TempDir();
        dir.Write("main.lua", CoverageTests.MainScript);
        dir.Write("mod.lua", CoverageTests.ModuleScript);
        var r = TychoProcess.Run(new[] { "--coverage", "out.info", "main.lua" }, workingDirectory: dir.Path);
        Assert.Equal("", r.Stderr);
        Assert.Equal(0, r.ExitCode);
        string lcov = File.ReadAllText(Path.Combine(dir.Path, "out.info"));
        Assert.Equal(
            Record(Path.Combine(dir.Path, "main.lua"), CoverageTests.MainCounts) +
            Record(Path.Combine(dir.Path, "mod.lua"), CoverageTests.ModuleCounts),
            lcov);
    }

    [Fact]
    public void Writes_the_file_when_the_script_fails()
    {
        using var dir = new TempDir();
        dir.Write("fail.lua", "local n = 0\nfor i = 1, 4 do n = n + 1 end\nerror('boom')\nprint('never')\n");
        var r = TychoProcess.Run(new[] { "--coverage", "out.info", "fail.lua" }, workingDirectory: dir.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("tycho: fail.lua:3: boom", r.Stderr);
        string lcov = File.ReadAllText(Path.Combine(dir.Path, "out.info"));
        Assert.Contains("DA:3,1\nDA:4,0\n", lcov);
    }

    [Fact]
    public void Writes_the_file_when_the_script_calls_os_exit()
    {
        using var dir = new TempDir();
        dir.Write("exit.lua", "print('out')\nos.exit(3)\nprint('never')\n");
        var r = TychoProcess.Run(new[] { "--coverage", "out.info", "exit.lua" }, workingDirectory: dir.Path);
        Assert.Equal(3, r.ExitCode);
        Assert.Equal("out\n", r.Stdout);
        string lcov = File.ReadAllText(Path.Combine(dir.Path, "out.info"));
        Assert.Contains("DA:1,1\nDA:2,1\nDA:3,0\nLF:3\nLH:2\n", lcov);
    }

    [Fact]
    public void Profile_and_coverage_together_are_refused()
    {
        using var dir = new TempDir();
        dir.Write("x.lua", "print(1)");
        var r = TychoProcess.Run(new[] { "--coverage", "a.info", "--profile", "b.json", "x.lua" }, workingDirectory: dir.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("tycho: '--profile' and '--coverage' cannot be combined\n", r.Stderr);
        Assert.False(File.Exists(Path.Combine(dir.Path, "a.info")));
    }

    [SkippableFact]
    public void Genhtml_renders_the_output()
    {
        string? genhtml = new[] { "/usr/bin/genhtml", "/usr/local/bin/genhtml" }.FirstOrDefault(File.Exists);
        Skip.If(genhtml is null, "genhtml (Debian package lcov) is not installed");
        using var dir = new TempDir();
        dir.Write("main.lua", CoverageTests.MainScript);
        dir.Write("mod.lua", CoverageTests.ModuleScript);
        var r = TychoProcess.Run(new[] { "--coverage", "out.info", "main.lua" }, workingDirectory: dir.Path);
        Assert.Equal(0, r.ExitCode);

        var psi = new ProcessStartInfo(genhtml!, new[] { "out.info", "-o", "html" })
        {
            WorkingDirectory = dir.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        string stderr = p.StandardError.ReadToEnd();
        Assert.True(p.WaitForExit(60_000), "genhtml did not finish");
        Assert.True(p.ExitCode == 0, $"genhtml failed: {stderr}\n{stdout.Result}");
        Assert.True(File.Exists(Path.Combine(dir.Path, "html", "index.html")));
        // 13 of 15 lines hit: 86.7 %.
        Assert.Contains("13 of 15 lines", stdout.Result);
    }
}
