namespace Tycho.Hosting;

/// <summary>Lua files held in memory: <c>new InMemoryLuaFileSystem { ["util.lua"] = "return {}" }</c>.</summary>
public sealed class InMemoryLuaFileSystem : ILuaFileSystem
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>Adds or replaces a file given as text (stored as UTF-8).</summary>
    public string this[string path]
    {
        set => _files[Normalize(path)] = System.Text.Encoding.UTF8.GetBytes(value);
    }

    /// <summary>Adds or replaces a file given as bytes.</summary>
    public void Add(string path, byte[] contents) => _files[Normalize(path)] = contents;

    /// <inheritdoc/>
    public bool FileExists(string path) => _files.ContainsKey(Normalize(path));

    /// <inheritdoc/>
    public byte[]? ReadAllBytes(string path) => _files.TryGetValue(Normalize(path), out var b) ? b : null;

    private static string Normalize(string path) => path.Replace('\\', '/').TrimStart('/');
}
