using Tycho.Tests.Infrastructure;
using Xunit;

namespace Tycho.Tests.Conformance;

/// <summary>
/// The conformance fixtures of the other dialects: one case per <c>tests/conformance-5.N/**.lua</c>, run in-process
/// under <c>LanguageVersion = Lua5N</c>; Tycho's stdout must equal the <c>.expected</c> that version's oracle printed,
/// byte for byte, and the run must fail with exactly the message in <c>.error</c> when that file exists (and must not
/// fail otherwise). Versions are discovered from the folders, so a new <c>tests/conformance-5.N</c> joins by existing.
/// Expected files come from <c>tests/conformance/regen.sh --lua 5.N</c>.
/// </summary>
public sealed class VersionConformanceTests
{
    /// <summary>Fixtures where Tycho is known to differ from that version's oracle, per version ("5.1"), keyed by the
    /// fixture's path: reported Skipped with the difference. Each still runs, and the case fails once Tycho matches,
    /// so an entry cannot outlive its difference.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> KnownDifferences = new()
    {
        ["5.1"] = new()
        {
            ["tests/conformance-5.1/debug/traceback_shape.lua"] =
                "5.1's traceback shape: C frames as '[C]: ?' and debug.traceback(nil) returning nil; Tycho writes 5.4's shape",
            ["tests/conformance-5.1/gc/weak_tables.lua"] =
                "5.1 has no ephemerons: a weak-keyed entry whose value refers to its key is never collected there; Tycho's collector always treats weak keys as ephemerons",
            ["tests/conformance-5.1/gc/finalizers_userdata.lua"] =
                "a __gc put into a newproxy metatable after setmetatable runs in 5.1; Tycho marks objects for finalization only when the metatable is set (5.2 on)",
            ["tests/conformance-5.1/io/file_errors.lua"] =
                "5.1 hands io.open's mode to fopen unchecked, so an unknown mode opens the file; Tycho checks it as 5.2 on do",
        },
        ["5.2"] = new()
        {
        },
    };

    /// <summary>How many fixtures each version must keep at least; a version's folder missing fails its check.</summary>
    private static readonly Dictionary<string, int> MinimumFixtures = new()
    {
        ["5.1"] = 150,
        ["5.2"] = 150,
    };

    /// <summary>The versions with fixtures ("5.1", "5.2"...), from the tests/conformance-5.N folders.</summary>
    private static List<string> Versions() =>
        Directory.GetDirectories(Path.Combine(RepoPaths.Root, "tests"), "conformance-5.*")
            .Select(d => Path.GetFileName(d)["conformance-".Length..])
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string VersionDir(string version) => Path.Combine(RepoPaths.Root, "tests", "conformance-" + version);

    /// <summary>The fixture paths of <paramref name="version"/> relative to the repository root.</summary>
    private static List<string> FixturePaths(string version) =>
        RepoPaths.LuaFiles(VersionDir(version))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .ToList();

    /// <summary>The version a fixture path belongs to: tests/conformance-5.1/x/y.lua is "5.1".</summary>
    private static string VersionOf(string fixture) => fixture.Split('/')[1]["conformance-".Length..];

    private static LuaLanguageVersion LanguageVersion(string version) =>
        (LuaLanguageVersion)(50 + int.Parse(version.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Every fixture of every version, e.g. <c>tests/conformance-5.1/lexer/comments.lua</c>.</summary>
    public static TheoryData<string> Fixtures() => new(Versions().SelectMany(FixturePaths));

    /// <summary>The versions to check the fixture count and oracle of: those with folders and those that must have one.</summary>
    public static TheoryData<string> CheckedVersions() =>
        new(Versions().Union(MinimumFixtures.Keys).Order(StringComparer.Ordinal));

    [SkippableTheory]
    [MemberData(nameof(Fixtures))]
    public void Fixture(string fixture)
    {
        string version = VersionOf(fixture);
        if (KnownDifferences.TryGetValue(version, out var known) && known.TryGetValue(fixture, out string? difference))
            ExpectDifference(version, difference, fixture);
        else
            Check(fixture, version);
    }

    /// <summary>As <see cref="KnownDifference.Expect"/>, naming the version's oracle: an assertion failure skips the
    /// case with the difference, a pass fails it as stale.</summary>
    private static void ExpectDifference(string version, string difference, string fixture)
    {
        string? failure = null;
        try { Check(fixture, version); }
        catch (Xunit.Sdk.XunitException e) { failure = e.Message; }
        Skip.If(failure is not null, $"Tycho differs from Lua {version}: {difference}");
        Assert.Fail($"VersionConformanceTests.KnownDifferences[\"{version}\"][\"{fixture}\"] now matches Lua {version}: remove it");
    }

    private static void Check(string fixture, string version)
    {
        string path = Path.Combine(RepoPaths.Root, fixture);
        string expectedPath = Path.ChangeExtension(path, ".expected");
        string errorPath = Path.ChangeExtension(path, ".error");
        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing: run tests/conformance/regen.sh --lua {version}");

        var outcome = FixtureRunner.Run(path, LanguageVersion(version));

        string expected = FixtureRunner.Latin1(File.ReadAllBytes(expectedPath));
        string actual = FixtureRunner.Latin1(outcome.Stdout);
        if (File.Exists(errorPath))
        {
            string expectedError = FixtureRunner.Latin1(File.ReadAllBytes(errorPath)).TrimEnd('\n');
            Assert.True(outcome.Error is not null, $"expected the error \"{expectedError}\" but the run succeeded\n--- stdout:\n{actual}");
            Assert.True(expectedError == outcome.Error,
                $"error differs\n  expected: {expectedError}\n  actual:   {outcome.Error}\n" + FirstDifference(expected, actual));
        }
        else
        {
            Assert.True(outcome.Error is null, $"unexpected error: {outcome.Error}\n--- stdout so far:\n{actual}");
        }
        Assert.True(expected == actual, FirstDifference(expected, actual));
    }

    /// <summary>The first line where the outputs part, so a failure reads as one line of each (and its number).</summary>
    private static string FirstDifference(string expected, string actual)
    {
        if (expected == actual) return "stdout matches";
        string[] e = expected.Split('\n'), a = actual.Split('\n');
        int i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i]) i++;
        string Line(string[] lines) => i < lines.Length ? lines[i] : "<end of output>";
        return $"stdout differs at line {i + 1}\n  expected: {Line(e)}\n  actual:   {Line(a)}";
    }

    /// <summary>Every known difference names a fixture of its own version that exists, so a renamed or deleted
    /// fixture cannot leave an entry behind that nothing runs.</summary>
    [Fact]
    public void KnownDifferencesNameExistingFixtures()
    {
        var stale = KnownDifferences
            .SelectMany(v => v.Value.Keys.Where(f => VersionOf(f) != v.Key || !File.Exists(Path.Combine(RepoPaths.Root, f)))
                .Select(f => $"[\"{v.Key}\"][\"{f}\"]"))
            .ToList();
        Assert.True(stale.Count == 0, "KnownDifferences entries without their fixture: " + string.Join(", ", stale));
    }

    [Theory]
    [MemberData(nameof(CheckedVersions))]
    public void ThereAreManyFixtures(string version)
    {
        int minimum = MinimumFixtures.GetValueOrDefault(version, 1);
        Assert.True(Directory.Exists(VersionDir(version)), $"{VersionDir(version)} is missing");
        int count = FixturePaths(version).Count;
        Assert.True(count >= minimum, $"the Lua {version} conformance suite should keep at least {minimum} programs, it has {count}");
    }

    /// <summary>The .expected and .error files of a version are what its oracle prints today (nobody edited them by
    /// hand, none is left from an older run): each fixture runs under the oracle as regen.sh --lua 5.N runs it.
    /// Skipped when the oracle is absent.</summary>
    [SkippableTheory]
    [MemberData(nameof(CheckedVersions))]
    public void ExpectedFilesAreTheOraclesOutput(string version)
    {
        Assert.True(Directory.Exists(VersionDir(version)), $"{VersionDir(version)} is missing");
        string lua = VersionOracles.Require((int)LanguageVersion(version) - 50);
        string program = FixtureRunner.ProgramName(LanguageVersion(version));
        var stale = new System.Collections.Concurrent.ConcurrentBag<string>();
        var fixtures = FixturePaths(version);
        Parallel.ForEach(fixtures, new ParallelOptions { MaxDegreeOfParallelism = 2 }, fixture =>
        {
            string path = Path.Combine(RepoPaths.Root, fixture);
            var oracle = FixtureRunner.RunOracle(lua, path, program);
            string expectedPath = Path.ChangeExtension(path, ".expected"), errorPath = Path.ChangeExtension(path, ".error");
            string? expected = File.Exists(expectedPath) ? FixtureRunner.Latin1(File.ReadAllBytes(expectedPath)) : null;
            string? expectedError = File.Exists(errorPath) ? FixtureRunner.Latin1(File.ReadAllBytes(errorPath)).TrimEnd('\n') : null;
            if (expected != FixtureRunner.Latin1(oracle.Stdout)) stale.Add(fixture + ": stdout differs from " + Path.GetFileName(expectedPath));
            if (expectedError != oracle.Error) stale.Add($"{fixture}: the oracle's error is \"{oracle.Error}\", .error has \"{expectedError}\"");
        });
        Assert.True(stale.IsEmpty, $"run tests/conformance/regen.sh --lua {version} for:\n" + string.Join("\n", stale.Order(StringComparer.Ordinal)));
        Assert.NotEmpty(fixtures);
    }
}
