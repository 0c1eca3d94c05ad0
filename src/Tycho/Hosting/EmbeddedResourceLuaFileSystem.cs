using System.Reflection;

namespace Tycho.Hosting;

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
