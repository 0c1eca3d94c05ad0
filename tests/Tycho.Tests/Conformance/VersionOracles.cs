using Tycho.Tests.Infrastructure;
using Xunit;

namespace Tycho.Tests.Conformance;

/// <summary>
/// The reference interpreter of each dialect other than 5.4 (whose oracle is <see cref="Oracles.Lua"/>), found the
/// way tests/conformance/regen.sh finds it: <c>$TYCHO_LUA5N</c> when set; else Debian's <c>lua5.1</c> / <c>lua5.2</c>
/// from PATH for 5.1 and 5.2, and the cached build of 5.3.6 / 5.5.0 (<c>${TYCHO_ORACLES:-/tmp/lua-oracles}/lua5.3.6</c>)
/// for 5.3 and 5.5. An absent oracle makes the checks that need it report Skipped: a fresh CI machine has no lua5.1.
/// </summary>
internal static class VersionOracles
{
    /// <summary>The oracle of Lua 5.<paramref name="minor"/> (1, 2, 3 or 5); Skipped when it is not available.</summary>
    public static string Require(int minor)
    {
        string var = "TYCHO_LUA5" + minor;
        string? path = Environment.GetEnvironmentVariable(var);
        string? missing;
        if (!string.IsNullOrEmpty(path))
            missing = IsExecutable(path) ? null : $"{var}={path} is not an executable file";
        else if (minor is 1 or 2)
        {
            path = FindOnPath("lua5." + minor);
            missing = path is null ? $"lua5.{minor} is not in PATH (install Debian's lua5.{minor} or set {var})" : null;
        }
        else
        {
            string release = minor == 3 ? "5.3.6" : "5.5.0";
            path = Path.Combine(Oracles.CacheDir, "lua" + release);
            missing = IsExecutable(path) ? null : $"{path} does not exist (build it with shared/lua/build-oracle.sh {release} or set {var})";
        }
        Skip.If(missing is not null, $"the Lua 5.{minor} oracle is not available: {missing}");
        return path!;
    }

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path)) return false;
        if (OperatingSystem.IsWindows()) return true;
        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(IsExecutable);
}
