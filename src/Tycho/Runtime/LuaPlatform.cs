namespace Tycho.Runtime;

/// <summary>The built-in platforms.</summary>
public static class LuaPlatform
{
    /// <summary>The real machine: what the libraries always did (the default).</summary>
    public static ILuaPlatform Host { get; } = new HostLuaPlatform();

    /// <summary>No machine access (the Safe preset's default); see <see cref="DenyLuaPlatform"/>.</summary>
    public static ILuaPlatform Deny { get; } = new DenyLuaPlatform();

    /// <summary>Reads a whole file through <paramref name="platform"/>.</summary>
    public static byte[] ReadAllBytes(this ILuaPlatform platform, string path)
    {
        using Stream s = platform.OpenFile(path, FileMode.Open, FileAccess.Read);
        var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }
}
