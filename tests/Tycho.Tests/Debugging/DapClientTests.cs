using Tycho.Tests.Cli;
using Tycho.Tests.Infrastructure;
using Tycho.Tests.Packaging;
using Xunit;

namespace Tycho.Tests.Debugging;

/// <summary>
/// The debug adapter under a real DAP client: runs the mocha suite of tests/dap, where
/// @vscode/debugadapter-testsupport's DebugClient drives <c>tycho --debug-adapter</c> (and attaches to
/// <c>tycho --debug-server</c>) through the fixtures' programs. Installs the suite's packages from its lock file first
/// (<c>npm ci</c>) when they are missing or older than the lock file. Skipped when node and npm are not on PATH.
/// Runs apart from the parallel tests: it starts a few dozen processes.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed class DapClientTests
{
    private static readonly string SuiteDir = Path.Combine(RepoPaths.Root, "tests", "dap");

    [SkippableFact]
    public void MochaSuite_DrivesTheAdapterThroughEveryRequest()
    {
        string? npm = DotnetCommand.FindOnPath("npm", "npm.cmd");
        Skip.If(npm is null || DotnetCommand.FindOnPath("node", "node.exe") is null, "node and npm are not on PATH");
        if (NeedsInstall())
            DotnetCommand.Run(npm!, new[] { "ci", "--no-audit", "--no-fund" }, SuiteDir, TimeSpan.FromMinutes(5)).EnsureSuccess("npm ci");
        var environment = new Dictionary<string, string>
        {
            ["TYCHO_COMMAND"] = $"\"{DotnetCommand.Host}\" exec \"{TychoProcess.DllPath}\"",
        };
        var result = DotnetCommand.Run(npm!, new[] { "test" }, SuiteDir, TimeSpan.FromMinutes(3), environment);
        Assert.True(result.ExitCode == 0, $"mocha failed ({result.ExitCode}):\n{result.Output}\n{result.Errors}");
        Assert.Contains("passing", result.Output);
        Assert.DoesNotContain("failing", result.Output);
    }

    /// <summary>npm ci writes node_modules/.package-lock.json: missing or older than the lock file means stale.</summary>
    private static bool NeedsInstall()
    {
        string installed = Path.Combine(SuiteDir, "node_modules", ".package-lock.json");
        return !File.Exists(installed)
            || File.GetLastWriteTimeUtc(installed) < File.GetLastWriteTimeUtc(Path.Combine(SuiteDir, "package-lock.json"));
    }
}
