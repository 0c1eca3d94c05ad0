using System.Diagnostics;
using System.Runtime.InteropServices;
using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Debugging.Profiling;

/// <summary>
/// A sampling profiler of the Lua code a <see cref="LuaState"/> runs: every <see cref="LuaProfilerOptions.Interval"/>
/// a timer thread asks the state for a pause (<see cref="LuaState.RequestPause"/>), and the host hook that serves it
/// records the stack of the running thread (the main thread's stack below it when a coroutine runs), weighted by
/// the wall-clock time since the previous sample. The samples are written as a speedscope profile
/// (<see cref="WriteSpeedscope"/>) or as collapsed stacks for flamegraph.pl (<see cref="WriteCollapsedStacks"/>).
/// </summary>
/// <remarks>
/// Wall-clock sampling rather than the count hook: a count hook charges instructions, so it misses the time spent in
/// library functions (a <c>string.rep</c> or a <c>table.sort</c> of a large table is one instruction), and while it
/// is set every instruction of every frame goes through the hook trap: bench/scripts/fib.lua takes 2.5 times as long
/// with a count hook even at one event per 10,000 instructions. A pause request rides on the safepoints the VM
/// already polls, so the timer costs one hook call per interval (fib.lua: about 1% at 1 ms). Each sample weighs the
/// wall-clock time since the previous one, so a timer thread delayed by a busy machine skews no totals.
/// The profiler takes the state's host hook (<see cref="LuaState.SetHook(LuaHookMask, int, LuaHookHandler?)"/>):
/// it cannot run together with another host hook user (a debugger, <see cref="Coverage.LuaCoverage"/>).
/// <see cref="Start"/> and <see cref="Stop"/> are called on the thread that uses the state; the write methods and
/// <see cref="SampleCount"/> from any thread.
/// </remarks>
public sealed class LuaProfiler : IDisposable
{
    private static readonly ProfileFrame Truncated = new("(truncated)", null, 0);

    private readonly LuaState _state;
    private readonly LuaProfilerOptions _options;
    private readonly LuaHookHandler _hook;
    private readonly object _lock = new();
    private readonly StackSampleSet _samples = new();
    private readonly List<int> _stack = new();
    private readonly ManualResetEventSlim _stopTimer = new();
    private FrameNames? _names;
    private Thread? _timer;
    private long _lastSample;

    /// <summary>Prepares a profiler of <paramref name="state"/>; sampling begins with <see cref="Start"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The interval is below 0.1 ms or the stack depth below 2.</exception>
    public LuaProfiler(LuaState state, LuaProfilerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        options ??= new LuaProfilerOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Interval, TimeSpan.FromMilliseconds(0.1), nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxStackDepth, 2, nameof(options));
        _state = state;
        _options = options;
        _hook = OnHook;
    }

    /// <summary>True between <see cref="Start"/> and <see cref="Stop"/>.</summary>
    public bool IsRunning => _timer is not null;

    /// <summary>Number of samples taken so far.</summary>
    public int SampleCount
    {
        get { lock (_lock) return _samples.Count; }
    }

    /// <summary>Installs the host hook and starts sampling. Samples add up across Start/Stop pairs.</summary>
    /// <exception cref="InvalidOperationException">The profiler is already running.</exception>
    public void Start()
    {
        if (_timer is not null) throw new InvalidOperationException("The profiler is already running.");
        _names ??= new FrameNames(_state);
        _state.SetHook(LuaHookMask.None, 0, _hook);
        _lastSample = Stopwatch.GetTimestamp();
        _stopTimer.Reset();
        _timer = new Thread(RequestSamples) { IsBackground = true, Name = "tycho profiler" };
        _timer.Start();
    }

    /// <summary>Stops sampling and removes the host hook; does nothing when not running.</summary>
    public void Stop()
    {
        if (_timer is null) return;
        _stopTimer.Set();
        _timer.Join();
        _timer = null;
        _state.SetHook(LuaHookMask.None, 0, null);
    }

    /// <summary>Same as <see cref="Stop"/>.</summary>
    public void Dispose() => Stop();

    /// <summary>
    /// Writes the samples taken so far as a speedscope file (https://www.speedscope.app/file-format-schema.json):
    /// <c>shared.frames</c> lists each function once (name, file, line of definition) and one profile of type
    /// "sampled" has every sample's stack (frame indices, outermost caller first) with its weight in milliseconds.
    /// Open it at https://www.speedscope.app or with the <c>speedscope</c> command.
    /// </summary>
    /// <param name="utf8Json">Receives UTF-8 JSON; left open.</param>
    /// <param name="name">The profile's name (speedscope shows it as the title), typically the script's name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteSpeedscope(Stream utf8Json, string name)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(name);
        lock (_lock) SpeedscopeWriter.Write(_samples, name, utf8Json);
    }

    /// <summary>
    /// Writes the samples taken so far as collapsed stacks, the input of Brendan Gregg's flamegraph.pl: one line
    /// per distinct stack, "outer;...;inner count", where each frame reads "name (file:line)" and count is the
    /// number of samples.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteCollapsedStacks(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        lock (_lock) CollapsedStackWriter.Write(_samples, writer);
    }

    /// <summary>The timer thread: one pause request per interval until stopped.</summary>
    private void RequestSamples()
    {
        // A state disposed without Stop ends the thread too.
        while (!_stopTimer.Wait(_options.Interval) && !_state.IsDisposed) _state.RequestPause();
    }

    private void OnHook(LuaThread thread, in LuaHookEventArgs e)
    {
        if (e.Event != LuaHookEvent.Pause) return;
        long now = Stopwatch.GetTimestamp();
        double weight = Stopwatch.GetElapsedTime(_lastSample, now).TotalMilliseconds;
        _lastSample = now;
        lock (_lock) Sample(thread, weight);
    }

    /// <summary>Records the stack of <paramref name="thread"/>, on top of the main thread's when it is a
    /// coroutine (coroutines between the two, resumed by one another, are not visible to the host API). Host
    /// functions at the bottom of the main thread's stack (the <c>pcall</c> a host runs its chunks in) are left
    /// out: every sample would start with them.</summary>
    private void Sample(LuaThread thread, double weight)
    {
        var main = _state.MainThread;
        int upper = thread.StackDepth;
        int lower = ReferenceEquals(thread, main) ? 0 : main.StackDepth;
        int total = lower + upper;
        _stack.Clear();
        bool atRoot = true;
        for (int i = 0; i < total && _stack.Count < _options.MaxStackDepth; i++)
        {
            var (t, level) = i < lower ? (main, lower - 1 - i) : (thread, total - 1 - i);
            if (!t.TryGetFrame(level, out var frame)) continue;
            var info = frame.GetInfo();
            if (atRoot && info.What == "C") continue;
            atRoot = false;
            if (_stack.Count == _options.MaxStackDepth - 1 && i < total - 1)
            {
                _stack.Add(_samples.Intern(Truncated));
                break;
            }
            _stack.Add(_samples.Intern(_names!.FrameOf(info, _options.LineGranularity)));
        }
        _samples.Add(CollectionsMarshal.AsSpan(_stack), weight);
    }
}
