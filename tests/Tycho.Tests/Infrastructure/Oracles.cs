using System.Diagnostics;
using Xunit;

namespace Tycho.Tests.Infrastructure;

/// <summary>
/// The reference tools that tests compare Tycho with: PUC-Rio Lua 5.4.8's interpreter (<c>lua</c>) and compiler
/// (<c>luac</c>), built from shared/lua beside the repository. Debian's lua5.4 is 5.4.4 and is never used.
/// </summary>
/// <remarks>Where each tool comes from, first match wins:
/// <list type="number">
/// <item>the environment variable (<c>TYCHO_LUA</c>, <c>TYCHO_LUAC</c>): that file, and only it; a path that is not an
/// executable file makes the tool unavailable (so <c>TYCHO_LUAC=/nonexistent</c> checks the skip path);</item>
/// <item>the cached build <c>${TYCHO_ORACLES:-/tmp/lua-oracles}/lua5.4.8</c> (<c>luac5.4.8</c>);</item>
/// <item>a build now, with shared/lua/build-oracle.sh (lua) or tests/oracle/build-luac.sh (luac), when
/// ../shared/lua/5.4.8 exists and gcc is installed;</item>
/// <item>else the tool is unavailable and the tests that need it report Skipped with <see cref="OracleTool.Missing"/>.</item>
/// </list></remarks>
internal static class Oracles
{
    /// <summary>The reference release.</summary>
    public const string Version = "5.4.8";

    /// <summary>The reference interpreter.</summary>
    public static readonly OracleTool Lua = new("lua", "TYCHO_LUA", () => Path.Combine(RepoPaths.SharedLuaDir, "build-oracle.sh"));

    /// <summary>The reference compiler (a driver of the release's parser and code generator, see tests/oracle).</summary>
    public static readonly OracleTool Luac = new("luac", "TYCHO_LUAC", () => Path.Combine(RepoPaths.OracleDir, "build-luac.sh"));

    /// <summary>Where built tools are cached.</summary>
    public static string CacheDir =>
        Environment.GetEnvironmentVariable("TYCHO_ORACLES") is { Length: > 0 } dir ? dir : "/tmp/lua-oracles";
}

/// <summary>One reference tool: its path, or why it is not available. Located once, on first use.</summary>
internal sealed class OracleTool
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private readonly string _name, _envVar;
    private readonly Func<string> _buildScript;
    private readonly Lazy<(string? Path, string? Missing)> _located;

    public OracleTool(string name, string envVar, Func<string> buildScript)
    {
        _name = name;
        _envVar = envVar;
        _buildScript = buildScript;
        _located = new(Locate);
    }

    /// <summary>The executable, or null when it is not available.</summary>
    public string? Path => _located.Value.Path;

    /// <summary>True when the tool can be run.</summary>
    public bool Available => Path is not null;

    /// <summary>Why the tool is not available (null when it is).</summary>
    public string? Missing => _located.Value.Missing;

    /// <summary>Ends the calling [SkippableFact]/[SkippableTheory] as Skipped, with the reason, when the tool is
    /// not available; otherwise returns its path.</summary>
    public string Require()
    {
        Skip.If(Path is null, Missing);
        return Path!;
    }

    private (string? Path, string? Missing) Locate()
    {
        string what = $"{_name} {Oracles.Version} (the reference)";
        string? fromEnv = Environment.GetEnvironmentVariable(_envVar);
        if (!string.IsNullOrEmpty(fromEnv))
            return IsExecutable(fromEnv) ? (fromEnv, null) : (null, $"{what} not available: {_envVar}={fromEnv} is not an executable file");

        string cached = System.IO.Path.Combine(Oracles.CacheDir, _name + Oracles.Version);
        if (IsExecutable(cached)) return (cached, null);

        string sources = System.IO.Path.Combine(RepoPaths.SharedLuaDir, Oracles.Version);
        string howTo = $"set {_envVar}, or build it into {cached}";
        if (!File.Exists(System.IO.Path.Combine(sources, "lua.h")))
            return (null, $"{what} not available: {_envVar} is not set, {cached} does not exist, and there are no Lua sources in {sources} to build it ({howTo})");
        if (FindOnPath("gcc") is null)
            return (null, $"{what} not available: {_envVar} is not set, {cached} does not exist, and gcc is not installed to build it from {sources}");
        return Build(cached, howTo);
    }

    private (string? Path, string? Missing) Build(string cached, string howTo)
    {
        string script = _buildScript();
        var psi = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        psi.ArgumentList.Add(script);
        psi.ArgumentList.Add(Oracles.Version);
        psi.Environment["TYCHO_ORACLES"] = Oracles.CacheDir;
        try
        {
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(BuildTimeout))
            {
                p.Kill(entireProcessTree: true);
                return (null, $"{_name} {Oracles.Version} not available: {script} did not finish within {BuildTimeout.TotalMinutes} min ({howTo})");
            }
            string built = stdout.Result.Trim().Split('\n')[^1];
            if (p.ExitCode == 0 && IsExecutable(built)) return (built, null);
            return (null, $"{_name} {Oracles.Version} not available: {script} failed (exit {p.ExitCode}): {Tail(stderr.Result)} ({howTo})");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (null, $"{_name} {Oracles.Version} not available: cannot run bash {script}: {e.Message} ({howTo})");
        }
    }

    private static string Tail(string text)
    {
        var lines = text.Trim().Split('\n');
        return string.Join(" | ", lines[Math.Max(0, lines.Length - 3)..]);
    }

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path)) return false;
        if (OperatingSystem.IsWindows()) return true;
        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => System.IO.Path.Combine(dir, program)).FirstOrDefault(IsExecutable);
}
