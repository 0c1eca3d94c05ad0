using System.Runtime.CompilerServices;
using Tycho.Runtime;

namespace Tycho.Debugging.Coverage;

/// <summary>
/// Which file each active frame of each thread runs in, by stack depth, so that a line event finds its file
/// without asking for the frame's debug information (which a line event would otherwise pay on every line).
/// An entry is written by the call event of the function that occupies that depth; an entry left by a frame that
/// is gone (returned, or unwound by an error) is never read, because every frame entered later at that depth had
/// a call event of its own that replaced it. Only frames already running when coverage started have no entry.
/// </summary>
internal sealed class FrameFiles
{
    /// <summary>The entry of a frame whose function is not from a file (a string chunk, a host function).</summary>
    public static readonly SourceLineCounts NotAFile = new("");

    private readonly ConditionalWeakTable<LuaThread, List<SourceLineCounts?>> _threads = new();
    private LuaThread? _lastThread;
    private List<SourceLineCounts?>? _lastEntries;

    /// <summary>The entry of the frame at <paramref name="depth"/> of <paramref name="thread"/>; null when unknown.</summary>
    public SourceLineCounts? Get(LuaThread thread, int depth)
    {
        var entries = EntriesOf(thread);
        return depth < entries.Count ? entries[depth] : null;
    }

    /// <summary>Records that the frame at <paramref name="depth"/> of <paramref name="thread"/> runs in
    /// <paramref name="counts"/>' file (<see cref="NotAFile"/>: in none).</summary>
    public void Set(LuaThread thread, int depth, SourceLineCounts counts)
    {
        var entries = EntriesOf(thread);
        while (entries.Count <= depth) entries.Add(null);
        entries[depth] = counts;
    }

    /// <summary>Forgets every entry (coverage restarts: frames entered meanwhile had no call event).</summary>
    public void Clear()
    {
        _threads.Clear();
        _lastThread = null;
        _lastEntries = null;
    }

    private List<SourceLineCounts?> EntriesOf(LuaThread thread)
    {
        if (ReferenceEquals(thread, _lastThread)) return _lastEntries!;
        var entries = _threads.GetValue(thread, _ => new List<SourceLineCounts?>());
        _lastThread = thread;
        _lastEntries = entries;
        return entries;
    }
}
