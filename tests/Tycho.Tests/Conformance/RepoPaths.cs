namespace Tycho.Tests.Conformance;

/// <summary>Locates the repository's folders from the test assembly's location (bin/&lt;config&gt;/net10.0).</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root: the first ancestor of the test binaries holding <c>tests/conformance</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>tests/conformance.</summary>
    public static string ConformanceDir => Path.Combine(Root, "tests", "conformance");

    /// <summary>examples.</summary>
    public static string ExamplesDir => Path.Combine(Root, "examples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "tests", "conformance"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("tests/conformance not found above " + AppContext.BaseDirectory);
    }
}
