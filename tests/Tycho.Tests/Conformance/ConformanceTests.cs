using Tycho.Tests.Infrastructure;
using Xunit;

namespace Tycho.Tests.Conformance;

/// <summary>
/// One case per Lua program in tests/conformance/**.lua and examples/*.lua: Tycho's stdout must equal the
/// lua5.4-generated <c>.expected</c> byte for byte, and the run must fail with exactly the message in <c>.error</c>
/// when that file exists (and must not fail otherwise). Expected files come from tests/conformance/regen.sh.
/// </summary>
public sealed class ConformanceTests
{
    /// <summary>Fixture paths relative to the repository root, e.g. <c>tests/conformance/lexer/comments.lua</c>.</summary>
    public static TheoryData<string> Fixtures() => new(FixturePaths());

    private static List<string> FixturePaths() =>
        RepoPaths.LuaFiles(RepoPaths.ConformanceDir)
            .Concat(RepoPaths.LuaFiles(RepoPaths.ExamplesDir, SearchOption.TopDirectoryOnly))
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .ToList();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture(string fixture)
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
}
