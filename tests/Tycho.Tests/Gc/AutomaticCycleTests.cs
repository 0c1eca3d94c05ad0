using Xunit;

namespace Tycho.Tests.Gc;

/// <summary>
/// §2.5.3: the automatic cycles that allocation starts run finalizers at the dispatch loop's safepoints, through a
/// trap that parks the instruction budget. The trap must neither lose nor add budget, and limits still fire.
/// </summary>
public class AutomaticCycleTests
{
    private const string CountUntilLimit =
        "keep = setmetatable({}, {__gc = function() end}) " +   // a finalizer exists: cycles are not postponed
        "n = 0 while true do n = n + 1; local t = {} end";

    [Fact]
    public void FinalizerTrapKeepsTheInstructionCount()
    {
        using var running = new LuaState(new LuaStateOptions { Output = new MemoryStream(), InstructionLimit = 3_000_000 });
        var e = Assert.Throws<LuaLimitException>(() => running.DoString(CountUntilLimit));
        Assert.Equal(LuaLimitKind.Instructions, e.Kind);
        long withCycles = running.DoString<long>("return n");

        using var stopped = new LuaState(new LuaStateOptions { Output = new MemoryStream(), InstructionLimit = 3_000_000 });
        Assert.Throws<LuaLimitException>(() => stopped.DoString("collectgarbage('stop') " + CountUntilLimit));
        long withoutCycles = stopped.DoString<long>("return n");

        Assert.InRange(withCycles, withoutCycles - 10, withoutCycles + 10);
    }

    [Fact]
    public void FinalizersRunWithoutCollectUnderLimits()
    {
        using var lua = new LuaState(new LuaStateOptions { Output = new MemoryStream(), InstructionLimit = 50_000_000 });
        lua.DoString("finished = 0 " +
                     "for _ = 1, 3 do local done = false " +
                     "  local u = setmetatable({}, {__gc = function() done = true; finished = finished + 1 end}) " +
                     "  u = nil repeat local t = {} until done end");
        Assert.Equal(3L, lua.DoString<long>("return finished"));
    }

    [Fact]
    public void ErrorInAutomaticFinalizerIsAWarning()
    {
        var err = new MemoryStream();
        using var lua = new LuaState(new LuaStateOptions { Output = new MemoryStream(), ErrorOutput = err });
        lua.DoString("warn('@on') local done = false " +
                     "local u = setmetatable({}, {__gc = function() done = true; error('boom') end}) " +
                     "u = nil repeat local t = {} until done");
        Assert.Contains("error in __gc", System.Text.Encoding.UTF8.GetString(err.ToArray()));
    }
}
