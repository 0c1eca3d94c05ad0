using Tycho.Runtime;

namespace Tycho.Hosting;

// Execution limits and sandboxing options (see README "Running untrusted scripts").
public sealed partial class LuaStateOptions
{
    /// <summary>Maximum wall-clock time of each top-level call (DoString, Call, ...; an async run counts as one
    /// call). Polled at safepoints about every 10k instructions, so a runaway loop stops well within a millisecond
    /// of the deadline with the Lua error <c>execution timeout</c>; the host gets a <see cref="LuaLimitException"/>.
    /// Null: no limit.</summary>
    public TimeSpan? Timeout { get; init; }
}

public sealed partial class LuaStateOptions
{
    /// <summary>
    /// Applies the Safe capability rules to the libraries that are opened (see <see cref="LuaPresets.Safe"/>):
    /// <c>os</c> keeps only clock/date/time/difftime; <c>io</c> keeps only read/write/type and the standard
    /// streams; <c>debug</c> keeps only traceback; <c>load</c> accepts text chunks only; <c>dofile</c>,
    /// <c>loadfile</c>, <c>package.loadlib</c> and the file searchers of <c>require</c> are removed (modules come from
    /// <c>package.preload</c>, host registrations and <see cref="FileSystem"/>); <c>collectgarbage</c> refuses the
    /// options that stop or retune the collector; the string metatable and the metatables of bound user types are
    /// protected with <c>__metatable = false</c> (<c>getmetatable</c> returns false).
    /// </summary>
    public bool Sandboxed { get; init; }
}
