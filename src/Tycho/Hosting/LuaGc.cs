using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>
/// Controls the garbage collector of one <see cref="LuaState"/> (manual §2.5; §4.6 <c>lua_gc</c>), as
/// <c>collectgarbage</c> does from Lua (manual §6.1) and with the same implementation. Get it from
/// <see cref="LuaState.Gc"/>. Every member enters the state like any API call: it throws
/// <see cref="ObjectDisposedException"/> after <see cref="LuaState.Dispose"/> and
/// <see cref="LuaConcurrentUseException"/> when another thread is inside the state. As lua_gc, the operations do
/// nothing inside a finalizer (<c>__gc</c>) and while the state is closing.
/// <para>Tycho leaves freeing memory to .NET: a cycle decides what Lua can observe (weak tables, finalizers) and
/// measures the live size. Only <see cref="Pause"/> steers when automatic cycles run; the other parameters are
/// kept and reported as lua does.</para>
/// </summary>
public sealed class LuaGc
{
    private readonly LuaState _state;

    internal LuaGc(LuaState state) => _state = state;

    private GlobalState Core => _state.Core;

    /// <summary>
    /// Runs a full collection cycle (<c>collectgarbage("collect")</c>): clears dead entries of weak tables and runs
    /// the finalizers of unreachable objects. The work and the finalizers run under the state's limits (or those of
    /// the running call when used from a host function); an error in a finalizer becomes a warning (manual §2.5.3).
    /// Throws <see cref="LuaLimitException"/> when a limit fired meanwhile.
    /// </summary>
    public void Collect() => Run(static (core, running) => { core.GcCollect(running); return true; }, static _ => false);

    /// <summary>
    /// Performs a collection step as if <paramref name="kilobytes"/> had been allocated (<c>collectgarbage("step",
    /// kilobytes)</c>; 0 is a basic step). Returns true when the step finished a cycle. Tycho completes a cycle at
    /// every step, which lua reports only in <see cref="LuaGcMode.Incremental"/> mode, so the result is true exactly
    /// in that mode (false when refused inside a finalizer); in a Lua 5.3 state steps are slices of a cycle, and only
    /// the step whose slice completes one runs it and returns true. Limits as for <see cref="Collect"/>.
    /// </summary>
    public bool Step(int kilobytes = 0) => Run((core, running) => core.GcStep(running, kilobytes), static _ => false);

    /// <summary>Stops automatic collection (<c>collectgarbage("stop")</c>) until <see cref="Restart"/>; explicit
    /// <see cref="Collect"/> still works, and a memory limit still forces cycles.</summary>
    public void Stop() => Set(static core => core.GcSetRunning(false));

    /// <summary>Restarts automatic collection (<c>collectgarbage("restart")</c>).</summary>
    public void Restart() => Set(static core => core.GcSetRunning(true));

    /// <summary>Whether automatic collection runs (<c>collectgarbage("isrunning")</c>): false after <see cref="Stop"/>.</summary>
    public bool IsRunning => Get(static core => core.GcRunning);

    /// <summary>The memory in use by Lua in kilobytes, fractional (<c>collectgarbage("count")</c>): the estimate the
    /// state's memory limit is checked against (see <see cref="LuaStateInfo"/>). Reading it may run the automatic
    /// cycle that is due (and its finalizers), as in lua; limits as for <see cref="Collect"/>.</summary>
    public double Count => Run(static (core, _) => core.GcCountKilobytes, static core => core.Memory.InUse / 1024.0);

    /// <summary>The collector's mode (<c>collectgarbage("incremental")</c> / <c>("generational")</c>, manual §2.5);
    /// setting it keeps the mode's parameters. The default is <see cref="LuaGcMode.Generational"/>, as the
    /// standalone interpreter's.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined mode.</exception>
    public LuaGcMode Mode
    {
        get => Get(static core => (LuaGcMode)core.GcMode);
        set
        {
            if (!Enum.IsDefined(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "not a garbage-collector mode");
            Set(core => { if (value == LuaGcMode.Incremental) core.GcSetIncremental(0, 0, 0); else core.GcSetGenerational(0, 0); });
        }
    }

    /// <summary>Incremental mode's pause in percent (manual §2.5.1; <c>collectgarbage("setpause")</c>, default 200):
    /// a cycle starts when the memory in use reaches this percentage of what the last cycle left. Stored as lua
    /// stores it, rounded down to a multiple of 4.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0..1023.</exception>
    public int Pause
    {
        get => Get(static core => core.GcPause);
        set { CheckParameter(value, 1023); Set(core => core.GcSetPause(value)); }
    }

    /// <summary>Incremental mode's step multiplier in percent (manual §2.5.1; <c>collectgarbage("setstepmul")</c>,
    /// default 100), rounded down to a multiple of 4.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0..1023.</exception>
    public int StepMultiplier
    {
        get => Get(static core => core.GcStepMul);
        set { CheckParameter(value, 1023); Set(core => core.GcSetStepMul(value)); }
    }

    /// <summary>Incremental mode's step size as a base-2 logarithm of bytes (manual §2.5.1; default 13, 8 KB).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0..255.</exception>
    public int StepSize
    {
        get => Get(static core => core.GcStepSize);
        set { CheckParameter(value, 255); Set(core => core.GcStepSize = value); }
    }

    /// <summary>Generational mode's minor multiplier in percent (manual §2.5.2; default 20).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0..255.</exception>
    public int MinorMultiplier
    {
        get => Get(static core => core.GcMinorMul);
        set { CheckParameter(value, 255); Set(core => core.GcMinorMul = value); }
    }

    /// <summary>Generational mode's major multiplier in percent (manual §2.5.2; default 100), rounded down to a
    /// multiple of 4.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0..1023.</exception>
    public int MajorMultiplier
    {
        get => Get(static core => core.GcMajorMul);
        set { CheckParameter(value, 1023); Set(core => core.GcMajorMul = GlobalState.GcParam(value)); }
    }

    /// <summary>Rejects what lua would silently wrap (its parameters are bytes).</summary>
    private static void CheckParameter(int value, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, max);
    }

    private T Get<T>(Func<GlobalState, T> read)
    {
        using var scope = _state.EnterApi();
        return read(Core);
    }

    private void Set(Action<GlobalState> write)
    {
        using var scope = _state.EnterApi();
        if (!Core.GcRefused) write(Core);
    }

    /// <summary>Runs an operation that may run a cycle, as an API call: charged to this state, finalizers on the
    /// running thread (the main thread at the top level), a limit that fired meanwhile raised as at the end of
    /// <see cref="LuaState.Call(in LuaValue, ReadOnlySpan{LuaValue})"/>. Inside a finalizer or while the state closes
    /// no cycle may run: <paramref name="refused"/> answers instead.</summary>
    private T Run<T>(Func<GlobalState, LuaThread, T> operation, Func<GlobalState, T> refused)
    {
        using var scope = _state.EnterApi();
        if (Core.GcRefused) return refused(Core);
        var running = Core.Memory.Running ?? Core.MainThread;
        var memory = Core.Memory.Enter(running);
        T result;
        try { result = operation(Core, running); }
        catch (LuaRuntimeException e) when (Core.LimitOutcome(e) is { } le)
        {
            le.LuaTraceback ??= e.LuaTraceback;
            throw le;
        }
        finally { memory.Exit(); }
        _state.ThrowIfLimitFiredAtTop();
        return result;
    }
}
