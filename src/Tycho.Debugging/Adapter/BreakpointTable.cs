using System.Collections.Frozen;

namespace Tycho.Debugging;

/// <summary>
/// An immutable snapshot of every source's breakpoints. The session replaces the whole table on each
/// <c>setBreakpoints</c>; the Lua thread reads whichever snapshot is current, with no lock. The set of lines lets a
/// line event with no breakpoint on that line (nearly all of them) return before looking up its source.
/// </summary>
internal sealed class BreakpointTable
{
    public static readonly BreakpointTable Empty = new(new Dictionary<string, IReadOnlyDictionary<int, Breakpoint>>(SourcePaths.Comparer));

    private readonly Dictionary<string, IReadOnlyDictionary<int, Breakpoint>> _bySource;
    private readonly FrozenSet<int> _lines;

    private BreakpointTable(Dictionary<string, IReadOnlyDictionary<int, Breakpoint>> bySource)
    {
        _bySource = bySource;
        _lines = bySource.Values.SelectMany(lines => lines.Keys).ToFrozenSet();
    }

    /// <summary>True when some source has a breakpoint on <paramref name="line"/>.</summary>
    public bool HasLine(int line) => _lines.Contains(line);

    /// <summary>The breakpoint of <paramref name="path"/> (a full path) at <paramref name="line"/>, if any.</summary>
    public Breakpoint? Find(string path, int line) =>
        _bySource.TryGetValue(path, out var lines) && lines.TryGetValue(line, out var bp) ? bp : null;

    /// <summary>This table with <paramref name="path"/>'s breakpoints replaced by <paramref name="breakpoints"/>
    /// (the first one on a line wins when several moved to the same line).</summary>
    public BreakpointTable With(string path, IEnumerable<Breakpoint> breakpoints)
    {
        var bySource = new Dictionary<string, IReadOnlyDictionary<int, Breakpoint>>(_bySource, SourcePaths.Comparer);
        var lines = new Dictionary<int, Breakpoint>();
        foreach (var bp in breakpoints) lines.TryAdd(bp.Line, bp);
        if (lines.Count == 0) bySource.Remove(path);
        else bySource[path] = lines;
        return new BreakpointTable(bySource);
    }
}
