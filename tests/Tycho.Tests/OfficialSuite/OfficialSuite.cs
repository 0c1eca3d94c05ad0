using Tycho.Tests.Cli;
using Tycho.Tests.Infrastructure;
using Xunit;

namespace Tycho.Tests.OfficialSuite;

/// <summary>
/// Runs one file of an official Lua test suite (shared/lua/VERSION/testes beside the repository) with the built
/// <c>tycho</c> command as the suites' README says for a port: <c>tycho [--lua X] -e "_port=true _soft=true
/// _nomsg=true" FILE</c> from that directory, within 2 minutes. Without the directory (a fresh clone) the case
/// reports Skipped. A file listed in a suite's known failures still runs, reports Skipped while it fails, and fails
/// as stale once it passes.
/// </summary>
internal static class OfficialSuite
{
    /// <summary>Runs <paramref name="file"/> of release <paramref name="release"/> (<c>"5.3.6"</c>) under the dialect
    /// <paramref name="dialect"/> (<c>"5.3"</c>), or as a known failure when <paramref name="knownFailures"/> lists it.</summary>
    public static void FilePasses(string release, string dialect, string file, IReadOnlyDictionary<string, string> knownFailures, string owner)
    {
        string testes = Path.Combine(RepoPaths.SharedLuaDir, release, "testes");
        Skip.IfNot(Directory.Exists(testes), "the official suite is not beside the repository: " + testes);
        if (knownFailures.TryGetValue(file, out string? why))
            KnownDifference.Expect(why, $"KnownFailures[\"{file}\"] in {owner}", () => Check(testes, dialect, file));
        else
            Check(testes, dialect, file);
    }

    private static void Check(string testes, string dialect, string file)
    {
        TychoResult r;
        try
        {
            // A runaway file must fail the case, not take the machine: the heap is capped well above what any file
            // needs under lua (the largest, big.lua/verybig.lua, stay under 100 MB).
            string[] args = dialect == "5.4"
                ? ["-e", "_port=true _soft=true _nomsg=true", file + ".lua"]
                : ["--lua", dialect, "-e", "_port=true _soft=true _nomsg=true", file + ".lua"];
            r = TychoProcess.Run(args, workingDirectory: testes,
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
