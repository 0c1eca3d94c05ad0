using System.Reflection;
using Tycho.Compiler;
using Tycho.Library;
using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>
/// A source of Lua files for <see cref="LuaState.DoFile(string)"/>, <see cref="LuaState.LoadFile"/> and <c>require</c>
/// (set <see cref="LuaStateOptions.FileSystem"/>). Paths use '/' separators, as produced from
/// <see cref="LuaStateOptions.ModuleSearchPaths"/> templates. Implementations must be safe to call from the
/// thread using the state.
/// </summary>
public interface ILuaFileSystem
{
    /// <summary>True when <paramref name="path"/> names a readable file.</summary>
    bool FileExists(string path);

    /// <summary>The file's bytes, or null when it does not exist.</summary>
    byte[]? ReadAllBytes(string path);
}

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

/// <summary>Lua files embedded as manifest resources of an assembly: the path <c>a/b.lua</c> maps to the resource
/// <c>{prefix}a.b.lua</c> (MSBuild's naming of <c>&lt;EmbeddedResource&gt;</c> items).</summary>
public sealed class EmbeddedResourceLuaFileSystem : ILuaFileSystem
{
    private readonly Assembly _assembly;
    private readonly string _prefix;
    private readonly HashSet<string> _names;

    /// <summary>Serves the resources of <paramref name="assembly"/> whose names start with <paramref name="prefix"/>
    /// (e.g. <c>"MyGame.Scripts."</c>).</summary>
    public EmbeddedResourceLuaFileSystem(Assembly assembly, string prefix = "")
    {
        _assembly = assembly ?? throw new ArgumentNullException(nameof(assembly));
        _prefix = prefix ?? "";
        _names = new HashSet<string>(assembly.GetManifestResourceNames(), StringComparer.Ordinal);
    }

    private string ResourceName(string path) => _prefix + path.Replace('\\', '/').TrimStart('/').Replace('/', '.');

    /// <inheritdoc/>
    public bool FileExists(string path) => _names.Contains(ResourceName(path));

    /// <inheritdoc/>
    public byte[]? ReadAllBytes(string path)
    {
        using Stream? s = _assembly.GetManifestResourceStream(ResourceName(path));
        if (s is null) return null;
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }
}
