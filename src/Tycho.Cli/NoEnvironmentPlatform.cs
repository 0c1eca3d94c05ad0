using Tycho.Runtime;

namespace Tycho.Cli;

/// <summary>
/// The machine as seen under <c>-E</c> (manual §7): while the state opens its libraries, the package library must not
/// see <c>LUA_PATH</c>/<c>LUA_CPATH</c> (nor their <c>_5_4</c> forms), so package.path and package.cpath keep their
/// defaults, as lua.c's <c>LUA_NOENV</c> does. Afterwards <c>os.getenv</c> sees the real environment again.
/// </summary>
internal sealed class NoEnvironmentPlatform : HostLuaPlatform
{
    /// <summary>True until the state is open: path variables read as unset.</summary>
    public bool Opening { get; set; } = true;

    /// <inheritdoc/>
    public override string? GetEnvironmentVariable(string name) =>
        Opening && IsPathVariable(name) ? null : base.GetEnvironmentVariable(name);

    private static bool IsPathVariable(string name) =>
        name.StartsWith("LUA_PATH", StringComparison.Ordinal) || name.StartsWith("LUA_CPATH", StringComparison.Ordinal);
}
