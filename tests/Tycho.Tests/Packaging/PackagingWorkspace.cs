using Tycho.Tests.Infrastructure;
using Xunit;

namespace Tycho.Tests.Packaging;

/// <summary>The packaging tests run one at a time: they build the repository's projects (in Release, into
/// <see cref="PackagingWorkspace.Artifacts"/>) and would otherwise build the same outputs at once. They also run
/// apart from every other test (after them): a NativeAOT publish takes both cores, and timing-bound tests (the
/// hostile corpus' compile timeouts) must not share the machine with it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackagingCollection : ICollectionFixture<PackagingWorkspace>
{
    public const string Name = "Packaging";
}

/// <summary>
/// A temporary folder shared by the packaging tests: the build outputs of <c>--artifacts-path</c> (so neither the
/// working tree's bin/obj nor a concurrent build is touched), a folder feed with the packages, packed once on first
/// use under a version no earlier run can have cached, and an empty NuGet package cache.
/// </summary>
public sealed class PackagingWorkspace : IDisposable
{
    /// <summary>The bound on one build, pack or publish (a 2-core CI machine running the rest of the suite).</summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(6);

    private readonly Lazy<string> _feed;

    public PackagingWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "tycho-packaging-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Root);
        // Stops MSBuild's search for Directory.Build.props/targets above the temporary projects at this folder.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        Version = "0.1.0-test." + Guid.NewGuid().ToString("N")[..8];
        _feed = new Lazy<string>(PackAll);
    }

    /// <summary>The workspace folder (deleted when the tests end).</summary>
    public string Root { get; }

    /// <summary>The packages' version: unique to this run, so a package cache cannot hold a stale copy.</summary>
    public string Version { get; }

    /// <summary>--artifacts-path of every build of the repository's projects.</summary>
    public string Artifacts => Path.Combine(Root, "artifacts");

    /// <summary>An empty NuGet package cache, for NUGET_PACKAGES: what restores from the feed is this run's package.</summary>
    public string PackageCache => Path.Combine(Root, "nuget-packages");

    /// <summary>The folder feed holding Tycho and Tycho.Cli (packed on first use).</summary>
    public string Feed => _feed.Value;

    /// <summary>The environment of a child process that restores from the feed into <see cref="PackageCache"/>.</summary>
    public IDictionary<string, string> IsolatedNuGet => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackageCache };

    /// <summary>Runs <c>dotnet</c> with <see cref="BuildTimeout"/>, throwing with its output on failure.</summary>
    public CommandResult Dotnet(string workingDirectory, IDictionary<string, string>? environment, params string[] args) =>
        DotnetCommand.Dotnet(workingDirectory, BuildTimeout, environment, args).EnsureSuccess("dotnet " + string.Join(' ', args));

    private string PackAll()
    {
        string feed = Path.Combine(Root, "feed");
        foreach (var project in new[] { "src/Tycho/Tycho.csproj", "src/Tycho.Cli/Tycho.Cli.csproj" })
        {
            Dotnet(RepoPaths.Root, null, "pack", Path.Combine(RepoPaths.Root, project), "-c", "Release", "-o", feed,
                "--artifacts-path", Artifacts, "-p:Version=" + Version, "-nodeReuse:false", "-p:UseSharedCompilation=false");
        }
        return feed;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }             // a straggling child process still holds a file: the OS cleans /tmp
        catch (UnauthorizedAccessException) { }
    }
}
