using Xunit;

namespace Tycho.Tests.OfficialSuite;

/// <summary>
/// The official test suite of Lua 5.3.6 (shared/lua/5.3.6/testes beside the repository) under the Lua 5.3
/// profile, <c>tycho --lua 5.3</c> (see <see cref="OfficialSuite"/>). A file that cannot apply or does not pass
/// yet is listed in <see cref="KnownFailures"/> with why.
/// </summary>
public sealed class OfficialSuite53Tests
{
    /// <summary>The suite's files (every testes/*.lua but all.lua and heavy.lua).</summary>
    public static readonly string[] Files =
    [
        "api", "attrib", "big", "bitwise", "calls", "closure", "code", "constructs", "coroutine", "db", "errors",
        "events", "files", "gc", "goto", "literals", "locals", "main", "math", "nextvar", "pm", "sort", "strings",
        "tpack", "utf8", "vararg", "verybig",
    ];

    /// <summary>Files Tycho does not pass yet under the profile, with where and why they stop.</summary>
    private static readonly Dictionary<string, string> KnownFailures = new()
    {
    };

    public static IEnumerable<object[]> Cases() => Files.Select(f => new object[] { f });

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void FilePasses(string file) =>
        OfficialSuite.FilePasses("5.3.6", "5.3", file, KnownFailures, nameof(OfficialSuite53Tests));
}
