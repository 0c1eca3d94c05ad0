using Tycho.Tests.Infrastructure;
using Xunit;

namespace Tycho.Tests.OfficialSuite;

/// <summary>
/// The official test suite of Lua 5.4.8 (shared/lua/5.4.8/testes beside the repository), run file by file by the built
/// <c>tycho</c> command (see <see cref="OfficialSuite"/>). A file that Tycho does not pass yet is listed in
/// <see cref="KnownFailures"/> with the first failing check.
/// </summary>
public sealed class OfficialSuiteTests
{
    /// <summary>The suite's files, all.lua's list (heavy.lua is not part of it).</summary>
    public static readonly string[] Files =
    [
        "attrib", "bitwise", "bwcoercion", "calls", "closure", "code", "constructs", "coroutine", "cstack", "db",
        "errors", "events", "files", "gc", "gengc", "goto", "literals", "locals", "math", "nextvar", "pm", "sort",
        "strings", "tpack", "utf8", "vararg", "api", "big", "verybig", "main",
    ];

    /// <summary>Files Tycho does not pass yet, with where and why they stop (issue 12 tracks them).</summary>
    private static readonly Dictionary<string, string> KnownFailures = new()
    {
    };

    public static IEnumerable<object[]> Cases() => Files.Select(f => new object[] { f });

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void FilePasses(string file) =>
        OfficialSuite.FilePasses(Oracles.Version, "5.4", file, KnownFailures, nameof(OfficialSuiteTests));
}
