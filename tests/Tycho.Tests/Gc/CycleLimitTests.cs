using System.Diagnostics;
using Xunit;

namespace Tycho.Tests.Gc;

/// <summary>
/// A collection cycle runs under the running call's limits: it polls them while it marks, so a huge heap cannot
/// outrun a timeout, and a cycle stopped halfway leaves the collector consistent (weak entries and finalizers are
/// dealt with exactly once, by a later cycle).
/// </summary>
public class CycleLimitTests
{
    /// <summary>200,000 live tables, then a dead weak-table key and a dead object with a finalizer.</summary>
    private const string BigHeapWithGarbage =
        "big = {} for i = 1, 200000 do big[i] = {} end collectgarbage() " +
        "w = setmetatable({}, {__mode = 'k'}) w[{}] = true " +
        "finalized = 0 setmetatable({}, {__gc = function() finalized = finalized + 1 end})";

    private static LuaState NewState() => new(new LuaStateOptions { Output = new MemoryStream() });

    private static bool WeakTableEmpty(LuaState lua) => !lua.Globals["w"].AsTable!.Next(LuaValue.Nil, out _, out _);

    private static long Finalized(LuaState lua) => lua.Globals["finalized"].RawInteger;

    [Fact]
    public void CollectStopsMidMarkAndTheNextCycleFinishesTheWork()
    {
        using var lua = NewState();
        lua.DoString(BigHeapWithGarbage);
        var e = Assert.Throws<LuaLimitException>(() =>
            lua.DoString("collectgarbage()", new LuaExecutionLimits { InstructionLimit = 1000 }));
        Assert.Equal(LuaLimitKind.Instructions, e.Kind);
        // Stopped while marking: nothing was decided yet (read from the host, which runs no cycle).
        Assert.False(WeakTableEmpty(lua));
        Assert.Equal(0, Finalized(lua));

        lua.DoString("collectgarbage() collectgarbage()");
        Assert.True(WeakTableEmpty(lua));
        Assert.Equal(1, Finalized(lua));
        lua.DoString("collectgarbage() collectgarbage()");
        Assert.Equal(1, Finalized(lua));
    }

    [Fact]
    public void FinalizerOfACycleStoppedWhileResurrectingStillRuns()
    {
        using var lua = NewState();
        // The live heap is small; the dead object with a finalizer holds 200,000 tables, all marked again (resurrected)
        // after it is separated: the limit fires there. The collector is stopped meanwhile, so that no automatic
        // cycle finalizes it first.
        lua.DoString("collectgarbage('stop') finalized = 0 " +
                     "local function make() local heavy = {} for i = 1, 200000 do heavy[i] = {} end " +
                     "  local o = setmetatable({heavy}, {__gc = function() finalized = finalized + 1 end}) o = nil heavy = nil " +
                     "end make()");
        Assert.Throws<LuaLimitException>(() =>
            lua.DoString("collectgarbage('restart') collectgarbage()", new LuaExecutionLimits { InstructionLimit = 100_000 }));
        Assert.Equal(0, Finalized(lua));
        lua.DoString("collectgarbage() collectgarbage()");
        Assert.Equal(1, Finalized(lua));
    }

    [Fact]
    public void AutomaticCycleStopsWhenTheTokenIsCancelled()
    {
        using var lua = NewState();
        using var cts = new CancellationTokenSource();
        lua.Globals["cancel"] = LuaFunction.Create(() => cts.Cancel());
        // No safepoint after cancel(): only the automatic cycle the tables' allocation makes due can notice. Compiled
        // beforehand: compiling allocates too, and could make that cycle due (and run it) before cancel().
        lua.DoString("collectgarbage('setpause', 0) " +
                     "function f() cancel() local t = {" + string.Join(",", Enumerable.Repeat("{}", 20000)) + "} end " +
                     BigHeapWithGarbage);
        var e = Assert.Throws<LuaLimitException>(() => lua.DoString("f()", cts.Token));
        Assert.Equal(LuaLimitKind.Cancelled, e.Kind);
        Assert.False(WeakTableEmpty(lua));
        Assert.Equal(0, Finalized(lua));

        lua.DoString("collectgarbage()");
        Assert.True(WeakTableEmpty(lua));
        Assert.Equal(1, Finalized(lua));
    }

    [Fact]
    public void CollectLoopOnABigHeapEndsAtTheTimeout()
    {
        using var lua = NewState();
        lua.DoString("big = {} for i = 1, 1000000 do big[i] = {} end");
        var sw = Stopwatch.StartNew();
        var e = Assert.Throws<LuaLimitException>(() =>
            lua.DoString("while true do collectgarbage() end", new LuaExecutionLimits { Timeout = TimeSpan.FromSeconds(0.3) }));
        sw.Stop();
        Assert.Equal(LuaLimitKind.Timeout, e.Kind);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(0.8), $"took {sw.Elapsed.TotalSeconds:F2}s");
    }

    [Fact]
    public void DisposeStopsLoopingFinalizersAtTheTimeout()
    {
        var lua = new LuaState(new LuaStateOptions { Output = new MemoryStream(), Timeout = TimeSpan.FromSeconds(0.3) });
        lua.DoString("a = setmetatable({}, {__gc = function() while true do end end}) " +
                     "c = setmetatable({}, {__gc = function() while true do end end})");
        var sw = Stopwatch.StartNew();
        lua.Dispose();
        sw.Stop();
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(0.8), $"took {sw.Elapsed.TotalSeconds:F2}s");
        // Newest first: c loops until the timeout fires; a is stopped at once, the limit staying fired.
        Assert.Throws<ObjectDisposedException>(() => lua.DoString("return 1"));
    }
}
