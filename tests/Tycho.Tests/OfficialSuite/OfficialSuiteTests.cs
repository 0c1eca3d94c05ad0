using Tycho.Tests.Cli;
using Tycho.Tests.Infrastructure;
using Xunit;

namespace Tycho.Tests.OfficialSuite;

/// <summary>
/// The official test suite of Lua 5.4.8 (shared/lua/5.4.8/testes beside the repository), run file by file by the built
/// <c>tycho</c> command as the suite's README says for a port: <c>tycho -e "_port=true _soft=true _nomsg=true" FILE</c>
/// from that directory, each within 2 minutes. Without the directory (a fresh clone) every case reports Skipped.
/// A file that Tycho does not pass yet is listed in <see cref="KnownFailures"/> with the first failing check: it still
/// runs, reports Skipped while it fails, and fails as stale once it passes.
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

    private static readonly string TestesDir = Path.Combine(RepoPaths.SharedLuaDir, Oracles.Version, "testes");

    public static IEnumerable<object[]> Cases() => Files.Select(f => new object[] { f });

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void FilePasses(string file)
    {
        Skip.IfNot(Directory.Exists(TestesDir), "the official suite is not beside the repository: " + TestesDir);
        if (KnownFailures.TryGetValue(file, out string? why))
            KnownDifference.Expect(why, $"KnownFailures[\"{file}\"] in {nameof(OfficialSuiteTests)}", () => Check(file));
        else
            Check(file);
    }

    private static void Check(string file)
    {
        TychoResult r;
        try
        {
            // A runaway file must fail the case, not take the machine: the heap is capped well above what any file
            // needs under lua (the largest, big.lua/verybig.lua, stay under 100 MB).
            r = TychoProcess.Run(["-e", "_port=true _soft=true _nomsg=true", file + ".lua"], workingDirectory: TestesDir,
                environment: new Dictionary<string, string?> { ["DOTNET_GCHeapHardLimit"] = "0x80000000" },
                timeoutSeconds: 120);
        }
        catch (TimeoutException e)
        {
            Assert.Fail(e.Message);
            return;
        }
        Assert.True(r.ExitCode == 0, $"{file}.lua exited with {r.ExitCode}:\n{Tail(r.Stderr)}");
    }

    private static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(15));
}
