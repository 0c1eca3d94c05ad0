using System.Runtime.CompilerServices;
using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Debugging.Coverage;

/// <summary>
/// Line coverage of the Lua source files a <see cref="LuaState"/> runs: a line hook counts how many times each line
/// is entered (as <c>debug.sethook</c>'s "l" event counts them, manual §4.7 lua_sethook), and when a file's main
/// chunk is called, every line with code in it and in the functions it defines is listed, so lines that never run
/// show a count of 0. The call hook notes which file each frame runs in, so that a line costs a lookup by stack
/// depth rather than a <c>getinfo</c>. Only chunks loaded from files ("@path" chunk names, as <c>dofile</c>, <c>require</c> and the
/// <c>tycho</c> command name them) are tracked, by full path. <see cref="WriteLcov"/> writes an LCOV tracefile for
/// genhtml.
/// </summary>
/// <remarks>
/// Coverage takes the state's host hook (<see cref="LuaState.SetHook(LuaHookMask, int, LuaHookHandler?)"/>): it
/// cannot run together with another host hook user (a debugger, <see cref="Profiling.LuaProfiler"/>).
/// <see cref="Start"/> and <see cref="Stop"/> are called on the thread that uses the state; the other members from
/// any thread.
/// </remarks>
public sealed class LuaCoverage : IDisposable
{
    private readonly LuaState _state;
    private readonly LuaHookHandler _hook;
    private readonly object _lock = new();
    // By full path; chunk names that differ only in spelling ("@a.lua", "@./a.lua") share one entry.
    private readonly Dictionary<string, SourceLineCounts> _files = new(StringComparer.Ordinal);
    // By chunk name ("@a.lua"): the entry, resolved once per spelling.
    private readonly Dictionary<string, SourceLineCounts?> _bySource = new(StringComparer.Ordinal);
    // The main chunks whose lines are listed; weak, so that coverage keeps no chunk alive.
    private readonly ConditionalWeakTable<LuaFunction, SourceLineCounts> _registeredChunks = new();
    private readonly FrameFiles _frameFiles = new();
    private string? _lastSource;
    private SourceLineCounts? _lastCounts;

    /// <summary>Prepares coverage of <paramref name="state"/>; counting begins with <see cref="Start"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public LuaCoverage(LuaState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _state = state;
        _hook = OnHook;
    }

    /// <summary>True between <see cref="Start"/> and <see cref="Stop"/>.</summary>
    public bool IsRunning { get; private set; }

    /// <summary>Installs the line hook. Counts add up across Start/Stop pairs.</summary>
    /// <exception cref="InvalidOperationException">Coverage is already running.</exception>
    public void Start()
    {
        if (IsRunning) throw new InvalidOperationException("Coverage is already running.");
        _frameFiles.Clear();
        _state.SetHook(LuaHookMask.Call | LuaHookMask.Line, 0, _hook);
        IsRunning = true;
    }

    /// <summary>Removes the line hook; does nothing when not running.</summary>
    public void Stop()
    {
        if (!IsRunning) return;
        _state.SetHook(LuaHookMask.None, 0, null);
        IsRunning = false;
    }

    /// <summary>Same as <see cref="Stop"/>.</summary>
    public void Dispose() => Stop();

    /// <summary>The full paths of the files seen so far, sorted.</summary>
    public IReadOnlyList<string> Files
    {
        get { lock (_lock) return _files.Keys.Order(StringComparer.Ordinal).ToArray(); }
    }

    /// <summary>The lines with code of the file at <paramref name="path"/> (made absolute against the current
    /// directory), each with the number of times it was entered; null when no chunk of that file ran.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public IReadOnlyDictionary<int, long>? GetLineCounts(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        lock (_lock)
        {
            if (!_files.TryGetValue(Path.GetFullPath(path), out var counts)) return null;
            return counts.Lines.ToDictionary(l => l.Line, l => l.Count);
        }
    }

    /// <summary>
    /// Writes the counts as an LCOV tracefile (lcov's geninfo(1) format), one record per file sorted by path:
    /// <c>TN:</c>test name, <c>SF:</c>full path, <c>DA:</c>line,count for each line with code, <c>LF:</c> lines
    /// found, <c>LH:</c> lines hit, <c>end_of_record</c>. <c>genhtml out.info -o html</c> renders it.
    /// </summary>
    /// <param name="writer">Receives the text (lines end with '\n').</param>
    /// <param name="testName">The TN: value (empty by default; lcov wants letters, digits and '_').</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteLcov(TextWriter writer, string testName = "")
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(testName);
        lock (_lock) LcovWriter.Write(_files.Values, testName, writer);
    }

    private void OnHook(LuaThread thread, in LuaHookEventArgs e)
    {
        switch (e.Event)
        {
            case LuaHookEvent.Call:
            case LuaHookEvent.TailCall:
                Enter(thread);
                break;
            case LuaHookEvent.Line when e.Line > 0:
                var counts = _frameFiles.Get(thread, thread.StackDepth) ?? Enter(thread);
                if (!ReferenceEquals(counts, FrameFiles.NotAFile)) lock (_lock) counts.Hit(e.Line);
                break;
        }
    }

    /// <summary>Notes the file of the running function of <paramref name="thread"/> (at a call, or at a line of a
    /// frame that was running before coverage started) and returns its counts.</summary>
    private SourceLineCounts Enter(LuaThread thread)
    {
        if (!thread.TryGetFrame(0, out var frame)) return FrameFiles.NotAFile;
        var info = frame.GetInfo();
        SourceLineCounts counts;
        lock (_lock) counts = CountsOf(info) ?? FrameFiles.NotAFile;
        _frameFiles.Set(thread, thread.StackDepth, counts);
        return counts;
    }

    /// <summary>The counts of the file <paramref name="info"/> runs in (null: not a file), listing the lines of its
    /// main chunk when that starts.</summary>
    private SourceLineCounts? CountsOf(LuaDebugInfo info)
    {
        string source = info.Source;
        if (source.Length == 0 || source[0] != '@') return null;   // string chunks: no file for genhtml to show
        if (!ReferenceEquals(source, _lastSource))
        {
            if (!_bySource.TryGetValue(source, out var found))
            {
                found = FileCounts(source);
                _bySource.Add(source, found);
            }
            _lastSource = source;
            _lastCounts = found;
        }
        if (_lastCounts is not null && info.What == "main" && info.Function.AsFunction is LuaFunction chunk
            && !_registeredChunks.TryGetValue(chunk, out _))
        {
            _registeredChunks.Add(chunk, _lastCounts);
            _lastCounts.AddLines(chunk.GetActiveLines(includeNested: true));
        }
        return _lastCounts;
    }

    /// <summary>The entry of the file a chunk name ("@path") names, null when it is no valid path.</summary>
    private SourceLineCounts? FileCounts(string source)
    {
        string path;
        try
        {
            path = Path.GetFullPath(source.Substring(1));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;   // "@" alone or a name with a NUL: load accepts any chunk name
        }
        if (!_files.TryGetValue(path, out var counts)) _files.Add(path, counts = new SourceLineCounts(path));
        return counts;
    }
}
