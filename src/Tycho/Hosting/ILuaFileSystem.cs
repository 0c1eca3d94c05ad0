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
