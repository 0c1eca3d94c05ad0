using System.Diagnostics;
using Xunit;

namespace Tycho.Tests.Cli;

/// <summary>What the command does after the chunk (describing its error object) runs under the same limits.</summary>
public sealed class LimitReportTests
{
    [Fact]
    public void LoopingToStringOfErrorObjectEndsWithTheLimit()
    {
        var r = TychoProcess.Run(new[] { "--sandbox", "--instruction-limit", "1000000",
            "-e", "error(setmetatable({}, {__tostring = function() while true do end end}))" });
        Assert.Equal(1, r.ExitCode);
        Assert.Matches(@"^tycho: .*instruction limit exceeded\n$", r.Stderr);
    }

    [Fact]
    public void LoopingToStringRunsOnceUnderTheTimeout()
    {
        var sw = Stopwatch.StartNew();
        var r = TychoProcess.Run(new[] { "--sandbox", "--timeout", "2",
            "-e", "error(setmetatable({}, {__tostring = function() while true do end end}))" });
        sw.Stop();
        Assert.Equal(1, r.ExitCode);
        Assert.Matches(@"^tycho: .*execution timeout\n$", r.Stderr);
        // Startup plus two seconds: the metamethod used to run twice (message, then again for the traceback header).
        Assert.True(sw.Elapsed.TotalSeconds < 3.6, $"took {sw.Elapsed.TotalSeconds:F2} s");
    }

    [Fact]
    public void SwallowedMemoryErrorEndsTheCommand()
    {
        var r = TychoProcess.Run(new[] { "--sandbox", "--memory-limit", "20M",
            "-e", "print(pcall(string.rep, 'x', 50e6)) print('after')" });
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("false\tnot enough memory\nafter\n", r.Stdout);
        Assert.Equal("tycho: not enough memory\n", r.Stderr);
    }
}
