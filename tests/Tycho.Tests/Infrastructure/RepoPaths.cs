namespace Tycho.Tests.Infrastructure;

/// <summary>Locates the repository's folders from the test assembly's location (bin/&lt;config&gt;/net10.0).</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root: the first ancestor of the test binaries holding <c>tests/conformance</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>tests/conformance.</summary>
    public static string ConformanceDir => Path.Combine(Root, "tests", "conformance");

    /// <summary>tests/hostile.</summary>
    public static string HostileDir => Path.Combine(Root, "tests", "hostile");

    /// <summary>tests/oracle: the scripts that build the reference tools.</summary>
    public static string OracleDir => Path.Combine(Root, "tests", "oracle");

    /// <summary>examples.</summary>
    public static string ExamplesDir => Path.Combine(Root, "examples");

    /// <summary>bench/scripts.</summary>
    public static string BenchScriptsDir => Path.Combine(Root, "bench", "scripts");

    /// <summary>shared/lua beside the repository (the reference sources; may be absent).</summary>
    public static string SharedLuaDir => Path.GetFullPath(Path.Combine(Root, "..", "shared", "lua"));

    /// <summary>The <c>*.lua</c> files under <paramref name="dir"/>, in ordinal order; a missing folder is an error,
    /// so a theory fed from it cannot shrink to nothing and pass.</summary>
    public static string[] LuaFiles(string dir, SearchOption option = SearchOption.AllDirectories)
    {
        if (!Directory.Exists(dir)) throw new DirectoryNotFoundException(dir + " is missing");
        var files = Directory.GetFiles(dir, "*.lua", option);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "tests", "conformance"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("tests/conformance not found above " + AppContext.BaseDirectory);
    }
}
