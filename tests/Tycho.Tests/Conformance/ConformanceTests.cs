using Tycho.Tests.Infrastructure;
using Xunit;

namespace Tycho.Tests.Conformance;

/// <summary>
/// One case per Lua program in tests/conformance/**.lua and examples/*.lua: Tycho's stdout must equal the
/// oracle-generated <c>.expected</c> byte for byte, and the run must fail with exactly the message in <c>.error</c>
/// when that file exists (and must not fail otherwise). Expected files come from tests/conformance/regen.sh, which
/// runs the reference interpreter, Lua 5.4.8.
/// </summary>
public sealed class ConformanceTests
{
    /// <summary>Fixtures where Tycho is known to differ from Lua 5.4.8: reported Skipped with the difference. Each
    /// still runs, and the case fails once Tycho matches, so the entry cannot outlive the difference.</summary>
    private static readonly Dictionary<string, string> KnownDifferences = new()
    {
    };

    /// <summary>Fixture paths relative to the repository root, e.g. <c>tests/conformance/lexer/comments.lua</c>.</summary>
    public static TheoryData<string> Fixtures() => new(FixturePaths());

    private static List<string> FixturePaths() =>
        RepoPaths.LuaFiles(RepoPaths.ConformanceDir)
            .Concat(RepoPaths.LuaFiles(RepoPaths.ExamplesDir, SearchOption.TopDirectoryOnly))
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .ToList();

    [SkippableTheory]
    [MemberData(nameof(Fixtures))]
    public void Fixture(string fixture)
    {
        if (KnownDifferences.TryGetValue(fixture, out string? difference))
            KnownDifference.Expect(difference, "ConformanceTests.KnownDifferences[" + fixture + "]", () => Check(fixture));
        else
            Check(fixture);
    }

    private static void Check(string fixture)
    {
        string path = Path.Combine(RepoPaths.Root, fixture);
        string expectedPath = Path.ChangeExtension(path, ".expected");
        string errorPath = Path.ChangeExtension(path, ".error");
        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing: run tests/conformance/regen.sh");

        var outcome = FixtureRunner.Run(path);

        string expected = FixtureRunner.Latin1(File.ReadAllBytes(expectedPath));
        string actual = FixtureRunner.Latin1(outcome.Stdout);
        if (File.Exists(errorPath))
        {
            string expectedError = FixtureRunner.Latin1(File.ReadAllBytes(errorPath)).TrimEnd('\n');
            Assert.True(outcome.Error is not null, $"expected the error \"{expectedError}\" but the run succeeded");
            Assert.Equal(expectedError, outcome.Error);
        }
        else
        {
            Assert.True(outcome.Error is null, $"unexpected error: {outcome.Error}\n--- stdout so far:\n{actual}");
        }
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ThereAreManyFixtures()
    {
        Assert.True(FixturePaths().Count >= 250, "the conformance suite should keep at least 250 programs");
    }

    /// <summary>The .expected and .error files are what the reference interpreter prints today (nobody edited
    /// them by hand, and none is left from an older oracle): each fixture runs under Lua 5.4.8 as regen.sh runs it.</summary>
    [SkippableFact]
    public void ExpectedFilesAreTheOraclesOutput()
    {
        string lua = Oracles.Lua.Require();
        var stale = new System.Collections.Concurrent.ConcurrentBag<string>();
        var fixtures = FixturePaths();
        Parallel.ForEach(fixtures, new ParallelOptions { MaxDegreeOfParallelism = 2 }, fixture =>
        {
            string path = Path.Combine(RepoPaths.Root, fixture);
            var oracle = FixtureRunner.RunOracle(lua, path);
            string expectedPath = Path.ChangeExtension(path, ".expected"), errorPath = Path.ChangeExtension(path, ".error");
            string? expected = File.Exists(expectedPath) ? FixtureRunner.Latin1(File.ReadAllBytes(expectedPath)) : null;
            string? expectedError = File.Exists(errorPath) ? FixtureRunner.Latin1(File.ReadAllBytes(errorPath)).TrimEnd('\n') : null;
            if (expected != FixtureRunner.Latin1(oracle.Stdout)) stale.Add(fixture + ": stdout differs from " + Path.GetFileName(expectedPath));
            if (expectedError != oracle.Error) stale.Add($"{fixture}: the oracle's error is \"{oracle.Error}\", .error has \"{expectedError}\"");
        });
        Assert.True(stale.IsEmpty, "run tests/conformance/regen.sh for:\n" + string.Join("\n", stale.Order(StringComparer.Ordinal)));
        Assert.True(fixtures.Count >= 250);
    }
}
