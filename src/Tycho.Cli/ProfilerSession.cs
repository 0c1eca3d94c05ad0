using Tycho.Debugging.Profiling;
using Tycho.Hosting;

namespace Tycho.Cli;

/// <summary>
/// <c>--profile FILE</c>: samples the whole run and writes FILE (speedscope JSON) and FILE.collapsed (flamegraph.pl
/// input) once, when the command ends or when <c>os.exit</c> ends the process.
/// </summary>
internal sealed class ProfilerSession
{
    private readonly LuaProfiler _profiler;
    private readonly string _path;
    private readonly string _name;
    private int _written;

    private ProfilerSession(LuaProfiler profiler, string path, string name)
    {
        _profiler = profiler;
        _path = path;
        _name = name;
    }

    /// <summary>Starts profiling <paramref name="state"/> when the command line asks for it.</summary>
    public static ProfilerSession? StartIfRequested(LuaState state, CommandLine line)
    {
        if (line.ProfilePath is null) return null;
        var options = new LuaProfilerOptions
        {
            Interval = line.ProfileInterval is double ms ? TimeSpan.FromMilliseconds(ms) : TimeSpan.FromMilliseconds(1),
            LineGranularity = line.ProfileLines,
        };
        var profiler = new LuaProfiler(state, options);
        profiler.Start();
        string name = line.Script > 0 ? Path.GetFileName(line.Argv[line.Script]) : "tycho";
        return new ProfilerSession(profiler, Path.GetFullPath(line.ProfilePath), name);
    }

    /// <summary>Writes the files (the first call only); returns an error text when they cannot be written.</summary>
    public string? Write()
    {
        if (Interlocked.Exchange(ref _written, 1) != 0) return null;
        try
        {
            using (var json = File.Create(_path)) _profiler.WriteSpeedscope(json, _name);
            using (var collapsed = new StreamWriter(_path + ".collapsed")) _profiler.WriteCollapsedStacks(collapsed);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot write profile {_path}: {e.Message}";
        }
    }
}
