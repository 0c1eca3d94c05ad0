using Tycho.Tests.Cli;
using Xunit;

namespace Tycho.Tests.Memory;

/// <summary><c>tycho --memory-limit BYTES</c> (suffixes K, M, G): the script runs under the limit; a limit that fires
/// ends the command with <c>tycho: not enough memory</c> and status 1.</summary>
public class MemoryLimitCommandTests
{
    private const string Hog = "local t = {} for i = 1, 1e9 do t[i] = {i} end";

    [Theory]
    [InlineData("--memory-limit", "2M")]
    [InlineData("--memory-limit", "2048K")]
    [InlineData("--memory-limit", "2097152")]
    [InlineData("--memory-limit=2M", null)]
    public void LimitThatFiresEndsWithNotEnoughMemory(string option, string? value)
    {
        var args = new List<string> { option };
        if (value is not null) args.Add(value);
        args.AddRange(new[] { "-e", "print('start')", "-e", Hog });
        var r = TychoProcess.Run(args.ToArray());
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("start\n", r.Stdout);
        Assert.Equal("tycho: not enough memory\n", r.Stderr);
    }

    [Fact]
    public void ScriptUnderTheLimitRuns()
    {
        var r = TychoProcess.Run(new[] { "--memory-limit", "1M", "-e",
            "for i = 1, 100000 do local t = {i} end print(collectgarbage('count') < 1024)" });
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("true\n", r.Stdout);
    }

    [Fact]
    public void PcallCatchesTheLimitOnlyToCleanUp()
    {
        var r = TychoProcess.Run(new[] { "--memory-limit", "1G", "-e", "print(pcall(string.rep, 'x', 2^40))" });
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("false\tnot enough memory\n", r.Stdout);
        Assert.Equal("tycho: not enough memory\n", r.Stderr);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("10X")]
    [InlineData("-5")]
    public void BadSizeIsAUsageError(string size)
    {
        var r = TychoProcess.Run(new[] { "--memory-limit=" + size, "-e", "print(1)" });
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith($"tycho: invalid size '{size}' for '--memory-limit'\nusage: tycho", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void MissingSizeAndUnknownLongOption()
    {
        var r = TychoProcess.Run(new[] { "--memory-limit" });
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("tycho: '--memory-limit' needs argument\n", r.Stderr);
        r = TychoProcess.Run(new[] { "--memory", "-e", "print(1)" });
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("tycho: unrecognized option '--memory'\n", r.Stderr);
    }
}
