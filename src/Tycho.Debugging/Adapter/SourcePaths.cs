namespace Tycho.Debugging;

/// <summary>
/// The one spelling of a source file the adapter compares: a full path, with the file system's case rule. Chunks
/// loaded from files are named <c>@path</c> (manual §4.7 <c>source</c>), relative to the process's directory when the
/// path is relative; the client names them by absolute path.
/// </summary>
internal static class SourcePaths
{
    /// <summary>How paths compare here: case-insensitively on Windows and macOS, as their file systems do by default.</summary>
    public static readonly StringComparer Comparer =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>The full path of a client's path; null when it is not a valid path.</summary>
    public static string? Normalize(string? path)
    {
        if (string.IsNullOrEmpty(path)) return null;
        try { return Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException) { return null; }
    }

    /// <summary>The file a chunk came from (<c>@path</c>), as a full path; null for a chunk loaded from a string.</summary>
    public static string? FromChunkSource(string source) =>
        source.Length > 1 && source[0] == '@' ? Normalize(source.Substring(1)) : null;
}
