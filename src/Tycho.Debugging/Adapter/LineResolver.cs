using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Debugging;

/// <summary>
/// Which lines of a source file have code, to verify breakpoints before the file runs (or without touching the
/// debuggee's state, which belongs to the Lua thread): the file is compiled, not run, in a private state with no
/// libraries, and its functions' active lines (<c>lua_getinfo</c> 'L', nested functions included) are kept per
/// file version. Used by the session thread only.
/// </summary>
internal sealed class LineResolver : IDisposable
{
    private readonly LuaState _compiler = new(new LuaStateOptions { Libraries = LuaLibraries.None });
    private readonly Dictionary<string, (DateTime Stamp, int[]? Lines, string? Error)> _cache = new(SourcePaths.Comparer);

    /// <summary>
    /// The line a breakpoint asked for at <paramref name="line"/> stops at: that line when it has code, else the next
    /// line with code (a blank line or a comment moves down, as other debuggers do). Null with the reason when the file
    /// cannot be compiled or no code follows.
    /// </summary>
    public int? Resolve(string path, int line, out string? reason)
    {
        var (lines, error) = ActiveLines(path);
        reason = error;
        if (lines is null) return null;
        int i = Array.BinarySearch(lines, line);
        if (i < 0) i = ~i;
        if (i < lines.Length) return lines[i];
        reason = "no code at or after this line";
        return null;
    }

    private (int[]? Lines, string? Error) ActiveLines(string path)
    {
        DateTime stamp;
        try { stamp = File.GetLastWriteTimeUtc(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException) { stamp = default; }
        if (_cache.TryGetValue(path, out var cached) && cached.Stamp == stamp) return (cached.Lines, cached.Error);
        int[]? lines = null;
        string? error = null;
        try
        {
            LuaClosure chunk = _compiler.LoadFile(path);
            lines = chunk.GetActiveLines(includeNested: true).ToArray();
        }
        catch (LuaException e) { error = e.Message; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { error = $"cannot read {path}: {e.Message}"; }
        _cache[path] = (stamp, lines, error);
        return (lines, error);
    }

    public void Dispose() => _compiler.Dispose();
}
