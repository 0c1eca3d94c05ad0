using Xunit;

namespace Tycho.Tests.Debugging;

/// <summary>Pause requests, per-thread hooks, inheritance by coroutines, the thread list, handlers that throw, and
/// the host hook beside debug.sethook.</summary>
public class HookControlTests
{
    private static readonly LuaExecutionLimits TenSeconds = new() { Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task APauseRequestedFromAnotherThreadReachesAnInfiniteLoopWhichThenGoesOn()
    {
        using var lua = new LuaState();
        int pauses = 0, line = 0;
        LuaHookEvent seen = LuaHookEvent.Call;
        lua.SetHook(LuaHookMask.None, 0, (LuaThread t, in LuaHookEventArgs e) =>
        {
            pauses++;
            seen = e.Event;
            Assert.True(t.TryGetFrame(0, out var frame));
            line = frame.GetInfo().CurrentLine;
            lua.Globals["stop"] = true;   // the handler uses the API; the loop then ends
        });
        var requester = Task.Run(async () =>
        {
            await Task.Delay(50);
            lua.RequestPause();
        });
        var r = lua.DoString("local n = 0\nwhile not stop do\n  n = n + 1\nend\nreturn n", TenSeconds, "=loop");
        await requester;
        long n = r[0].Get<long>();
        Assert.Equal(1, pauses);
        Assert.Equal(LuaHookEvent.Pause, seen);
        Assert.Equal(2, line);   // the loop condition, where the backward jump goes
        Assert.True(n > 0);
    }

    [Theory]
    [InlineData(null)]   // no limits: the budget still ends after a slice
    [InlineData(1_000_000_000L)]   // an instruction limit alone (no clock to poll) slices it too
    public void A_pause_is_taken_within_one_budget_slice_of_the_request(long? instructions)
    {
        // The request comes from the running thread itself (a host function), so no other thread's timing is
        // involved: the pause must come within LimitRun.Slice units (10k), i.e. a few thousand iterations of this
        // loop, not at the next call (the budget used to hold long.MaxValue without limits, and only a store from
        // a background thread, usually lost, could end it early).
        using var lua = new LuaState(new LuaStateOptions { InstructionLimit = instructions });
        long requestedAt = -1, pausedAt = -1;
        lua.Globals["request"] = LuaFunction.Create((long i) => { requestedAt = i; lua.RequestPause(); });
        lua.SetHook(LuaHookMask.None, 0, (LuaThread t, in LuaHookEventArgs e) =>
        {
            if (e.Event == LuaHookEvent.Pause && pausedAt < 0) pausedAt = lua.Globals["progress"].Get<long>();
        });
        lua.DoString("for i = 1, 200000 do progress = i if i == 1000 then request(i) end end");
        Assert.Equal(1000, requestedAt);
        Assert.InRange(pausedAt, 1000, 1000 + 5000);
    }

    [Theory]
    [InlineData("while not stop do\n  n = n + 1\nend")]
    [InlineData("for i = 1, math.huge do\n  n = n + 1\n  if stop then break end\nend")]
    public async Task AfterAPauseAHandlerCanStepThroughALoopWithoutCalls(string loop)
    {
        // A debugger pauses a loop that calls nothing, then steps: the line events must start in the running frame.
        using var lua = new LuaState();
        var lines = new List<int>();
        LuaHookHandler? handler = null;
        handler = (LuaThread t, in LuaHookEventArgs e) =>
        {
            if (e.Event == LuaHookEvent.Pause) { lua.SetHook(LuaHookMask.Line, 0, handler); return; }
            lines.Add(e.Line);
            if (lines.Count == 6)
            {
                lua.Globals["stop"] = true;
                lua.SetHook(LuaHookMask.None, 0, null);
            }
        };
        lua.SetHook(LuaHookMask.None, 0, handler);
        var requester = Task.Run(async () =>
        {
            await Task.Delay(50);
            lua.RequestPause();
        });
        lua.DoString("local n = 0\n" + loop, TenSeconds, "=step");
        await requester;
        Assert.Equal(6, lines.Count);
        Assert.All(lines, l => Assert.InRange(l, 2, 4));
    }

    [Fact]
    public void APauseStaysPendingUntilLuaCodeRuns()
    {
        using var lua = new LuaState();
        int pauses = 0;
        lua.SetHook(LuaHookMask.None, 0, (LuaThread t, in LuaHookEventArgs e) => pauses++);
        lua.RequestPause();
        Thread.Sleep(20);
        Assert.Equal(0, pauses);
        lua.DoString("for i = 1, 10 do end", TenSeconds);
        Assert.Equal(1, pauses);
        lua.DoString("for i = 1, 10 do end", TenSeconds);
        Assert.Equal(1, pauses);
    }

    [Fact]
    public void APauseWithoutAHostHookHasNoEffect()
    {
        using var lua = new LuaState();
        lua.RequestPause();
        Assert.Equal(55L, lua.DoString<long>("local s = 0 for i = 1, 10 do s = s + i end return s"));
        int pauses = 0;
        lua.SetHook(LuaHookMask.None, 0, (LuaThread t, in LuaHookEventArgs e) => pauses++);
        lua.DoString("for i = 1, 10 do end");
        Assert.Equal(0, pauses);   // the request was dropped, not kept for later
    }

    [Fact]
    public void CoroutinesInheritTheStateWideHook()
    {
        using var lua = new LuaState();
        var log = new List<string>();
        lua.SetHook(LuaHookMask.Line, 0, (LuaThread t, in LuaHookEventArgs e) =>
            log.Add((ReferenceEquals(t, lua.MainThread) ? "main" : "co") + e.Line));
        lua.DoString("local co = coroutine.create(function()\n  local a = 1\nend)\ncoroutine.resume(co)", "=inherit");
        Assert.Equal(["main1", "main3", "main1", "main4", "co2", "co3"], log);   // as lua5.4.8 with the hook set on both
    }

    [Fact]
    public void AThreadsOwnHookOverridesTheStateWideOneUntilRemoved()
    {
        using var lua = new LuaState();
        var stateWide = new List<int>();
        var own = new List<int>();
        lua.SetHook(LuaHookMask.Line, 0, (LuaThread t, in LuaHookEventArgs e) => stateWide.Add(e.Line));
        var co = lua.CreateThread(lua.Load("local a = 1\ncoroutine.yield()\nlocal b = 2", "=co"));
        lua.SetHook(co.Thread, LuaHookMask.Line, 0, (LuaThread t, in LuaHookEventArgs e) => own.Add(e.Line));
        co.Resume();
        Assert.Equal([1, 2], own);
        Assert.Empty(stateWide);
        // Changing the state-wide hook leaves the thread's own alone.
        lua.SetHook(LuaHookMask.Line, 0, (LuaThread t, in LuaHookEventArgs e) => stateWide.Add(-e.Line));
        lua.SetHook(co.Thread, LuaHookMask.None, 0, null);   // back to the state-wide hook
        co.Resume();
        Assert.Equal([1, 2], own);
        Assert.Equal([-3], stateWide);
    }

    [Fact]
    public void GetThreadsListsTheMainThreadAndLiveCoroutines()
    {
        using var lua = new LuaState();
        lua.DoString("""
            done = coroutine.create(function() end)
            coroutine.resume(done)
            waiting = coroutine.create(function() coroutine.yield() end)
            coroutine.resume(waiting)
            fresh = coroutine.create(function() end)
            """);
        var threads = lua.GetThreads();
        Assert.Same(lua.MainThread, threads[0]);
        Assert.Equal(3, threads.Count);
        Assert.Contains(threads, t => ReferenceEquals(t, lua.Globals["waiting"].AsObject));
        Assert.Contains(threads, t => ReferenceEquals(t, lua.Globals["fresh"].AsObject));
        Assert.DoesNotContain(threads, t => ReferenceEquals(t, lua.Globals["done"].AsObject));
        // A suspended coroutine's stack: the pending yield, then the body at its line.
        var waiting = (LuaThread)lua.Globals["waiting"].AsObject!;
        var frames = waiting.GetStackFrames();
        Assert.Equal(2, frames.Count);
        Assert.Equal("C", frames[0].GetInfo().What);
        Assert.Equal("yield", frames[0].GetInfo().Name);
        Assert.Equal(3, frames[1].GetInfo().CurrentLine);

        // Inside a coroutine: the running one and its resumer (normal) are listed with their stacks.
        int depthOfMain = -1;
        lua.Globals["probe"] = LuaFunction.Create(() =>
        {
            depthOfMain = lua.MainThread.StackDepth;
            return lua.GetThreads().Count;
        });
        Assert.Equal(4L, lua.DoString<long>("local co = coroutine.wrap(function() return probe() end) return co()"));
        Assert.True(depthOfMain >= 2);   // the main chunk and the wrap function
    }

    [Fact]
    public void AHandlerThatThrowsRaisesALuaErrorAndTheStateStaysUsable()
    {
        using var lua = new LuaState();
        lua.SetHook(LuaHookMask.Line, 0, (LuaThread t, in LuaHookEventArgs e) =>
        {
            if (e.Line == 2) throw new InvalidOperationException("stopped by the host");
        });
        var ex = Assert.Throws<LuaRuntimeException>(() => lua.DoString("local a = 1\nlocal b = 2\nreturn 3", "=throw"));
        Assert.Contains("stopped by the host", ex.Message);
        Assert.Equal(3L, lua.DoString<long>("return 3"));   // line 1 only: no throw
        var caught = lua.DoString("local ok, e = pcall(function()\n  local x = 1\nend)\nreturn ok, e", "=pc");
        Assert.True(caught[0].IsFalsy);
        Assert.Contains("stopped by the host", caught[1].ToString());
        lua.SetHook(LuaHookMask.None, 0, null);
        Assert.Equal(2L, lua.DoString<long>("local a = 1\nlocal b = 2\nreturn b"));
    }

    [Fact]
    public void DebugSethookCannotRemoveTheHostHookAndBothRun()
    {
        using var lua = new LuaState();
        var host = new List<int>();
        lua.SetHook(LuaHookMask.Line, 0, (LuaThread t, in LuaHookEventArgs e) => host.Add(e.Line));
        var r = lua.DoString("""
            debug.sethook()
            local seen = {}
            debug.sethook(function(_, l) seen[#seen + 1] = l end, "l")
            local a = 1
            debug.sethook()
            return debug.gethook(), table.concat(seen, " ")
            """, "=both");
        Assert.True(r[0].IsNil);   // the script sees only its own hook
        Assert.Equal("4 5", r[1].ToString());
        Assert.Equal([1, 2, 3, 4, 5, 6], host);
    }

    [Fact]
    public void HandlersDoNotNestAndMayEvaluateCode()
    {
        using var lua = new LuaState();
        var values = new List<long>();
        int depth = 0, maxDepth = 0;
        lua.SetHook(LuaHookMask.Line | LuaHookMask.Call, 0, (LuaThread t, in LuaHookEventArgs e) =>
        {
            maxDepth = Math.Max(maxDepth, ++depth);
            if (e.Event == LuaHookEvent.Line && e.Line == 3)
            {
                Assert.True(t.TryGetFrame(0, out var frame));
                values.Add(lua.DoString<long>("return counter * 10"));   // no events for this code
                Assert.True(frame.IsValid);   // evaluating did not touch the hooked thread
            }
            depth--;
        });
        lua.DoString("counter = 0\nfor i = 1, 3 do\n  counter = counter + 1\nend", "=eval");
        Assert.Equal([0L, 10L, 20L], values);
        Assert.Equal(1, maxDepth);
    }
}
