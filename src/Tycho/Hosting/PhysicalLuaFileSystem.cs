namespace Tycho.Hosting;

/// <summary>Lua files under a root directory on disk; paths outside the root are refused.</summary>
public sealed class PhysicalLuaFileSystem : ILuaFileSystem
{
    private readonly string _root;

    /// <summary>Serves files below <paramref name="rootDirectory"/>.</summary>
    public PhysicalLuaFileSystem(string rootDirectory) => _root = Path.GetFullPath(rootDirectory);

    private string? Resolve(string path)
    {
        string full = Path.GetFullPath(Path.Combine(_root, path));
        return full.StartsWith(_root, StringComparison.Ordinal) ? full : null;
    }

    /// <inheritdoc/>
    public bool FileExists(string path) => Resolve(path) is string f && File.Exists(f);

    /// <inheritdoc/>
    public byte[]? ReadAllBytes(string path)
    {
        string? f = Resolve(path);
        if (f is null || !File.Exists(f)) return null;
        return File.ReadAllBytes(f);
    }
}
