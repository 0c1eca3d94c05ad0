namespace Tycho.Debugging.Profiling;

/// <summary>Settings of a <see cref="LuaProfiler"/>.</summary>
public sealed class LuaProfilerOptions
{
    /// <summary>
    /// Wall-clock time between two samples (default 1 ms; at least 0.1 ms). A sample is taken at the first
    /// safepoint of the running Lua code after the interval (a call, a return or a loop's backward jump), so a long
    /// call into .NET is charged, with the time it took, to the stack around it.
    /// </summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMilliseconds(1);

    /// <summary>
    /// When true, a frame is a line of a function rather than the function: the line running in the innermost
    /// function, and the line of the pending call in each caller (shown as "name:line"). Default false: one frame
    /// per function, with the line of its definition.
    /// </summary>
    public bool LineGranularity { get; init; }

    /// <summary>Deepest stack recorded (default 512 frames): beyond it, the outermost frames of the sample are kept
    /// and the frames nearest the running function are replaced by one frame named "(truncated)".</summary>
    public int MaxStackDepth { get; init; } = 512;
}
