using Tycho.Fuzz.Targets;
using Tycho.Tests.Hostile;
using Xunit;
using Xunit.Abstractions;

namespace Tycho.Tests.Hardening;

/// <summary>
/// The CI's fuzz smoke run: each target of tests/Tycho.Fuzz.Targets (text load, mutated binary chunks, generated
/// hostile scripts) gets a few seconds of seeded random inputs, and any broken promise (a non-Lua exception, a .NET
/// name in a message, a call past its timeout + 0.5 s, an unusable state) fails the test with its reproducer saved
/// under fuzz-findings/ in the test output directory (re-run them with <c>tycho-fuzz rerun DIR</c>).
/// </summary>
[Collection(HostileCollection.Name)]
public class FuzzSmokeTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(8);

    [Theory]
    [InlineData("text", 13)]
    [InlineData("binary", 13)]
    [InlineData("hostile", 13)]
    public void TargetKeepsItsPromises(string name, int seed)
    {
        var target = FuzzTargets.Find(name)!;
        string dir = Path.Combine(AppContext.BaseDirectory, "fuzz-findings");
        var report = new SmokeRunner(target, seed, dir).Run(long.MaxValue, Budget);
        output.WriteLine(report.ToString());
        foreach (var f in report.Findings) output.WriteLine($"{f.Count} x {f.Failure.Signature} -> {f.Path}\n{f.Failure.Detail}");
        Assert.True(report.Inputs > 0);
        Assert.True(report.Findings.Count == 0,
            $"{report}\n" + string.Join("\n", report.Findings.Select(f => $"{f.Failure.Signature} -> {f.Path}")));
    }

    [Fact]
    public void GeneratorIsDeterministic()
    {
        byte[] choices = [3, 1, 4, 1, 5, 9, 2, 6];
        Assert.Equal(HostileGenerator.Generate(choices), HostileGenerator.Generate(choices));
        Assert.StartsWith("-- ", HostileGenerator.Generate([]));
    }

    [Fact]
    public void HarnessReportsAnEscapingException()
    {
        // The harness is what the smoke run trusts: a payload whose run ends well must pass, and the entry point must
        // throw a FuzzFailure (what libFuzzer counts as a crash) for nothing else.
        FuzzTargets.TextLoad("return 1"u8);
        var outcome = FuzzHarness.Run(FuzzTargets.Text, "error('x')"u8.ToArray());
        Assert.True(outcome.Passed);
        Assert.Equal("fuzz:1: x", outcome.LuaError);
    }
}
