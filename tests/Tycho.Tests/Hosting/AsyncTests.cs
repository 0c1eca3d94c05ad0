using Xunit;

namespace Tycho.Tests.Hosting;

public class AsyncTests
{
    [Fact]
    public async Task AsyncHostFunctionSuspendsLuaWithoutBlocking()
    {
        using var lua = new LuaState();
        var gate = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        lua.Globals["fetch"] = LuaFunction.CreateAsync((string key) => new ValueTask<long>(gate.Task), "fetch");
        var run = lua.DoStringAsync("local a = fetch('x') return a * 2, 'done'");
        await Task.Delay(20);
        Assert.False(run.IsCompleted); // suspended, and this thread is free
        gate.SetResult(21);
        var r = await run;
        Assert.Equal(42L, r[0].RawInteger);
        Assert.Equal("done", r[1].ToString());
    }

    [Fact]
    public async Task WaitOnAHostTimer()
    {
        using var lua = new LuaState();
        lua.Globals["wait"] = LuaFunction.CreateAsync(async (double seconds, CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(seconds), ct);
        }, "wait");
        var sw = System.Diagnostics.Stopwatch.StartNew();
        long n = await lua.DoStringAsync<long>("local n = 0 for i = 1, 3 do wait(0.02) n = n + 1 end return n");
        Assert.Equal(3L, n);
        Assert.True(sw.ElapsedMilliseconds >= 50);
    }

    [Fact]
    public async Task SynchronouslyCompletedTasksAndPcall()
    {
        using var lua = new LuaState();
        lua.Globals["now"] = LuaFunction.CreateAsync(() => new ValueTask<long>(7), "now");
        lua.Globals["boom"] = LuaFunction.CreateAsync(async (string m) => { await Task.Yield(); throw new InvalidOperationException(m); }, "boom");
        Assert.Equal(7L, await lua.DoStringAsync<long>("return now()"));
        Assert.Equal("t:1: bad", await lua.DoStringAsync<string>("local ok, e = pcall(function() boom('bad') end) return e", "=t"));
        var e = await Assert.ThrowsAsync<LuaRuntimeException>(() => lua.DoStringAsync("boom('worse')", "=t"));
        Assert.Equal("t:1: worse", e.Message);
        Assert.IsType<InvalidOperationException>(e.InnerException);
    }

    [Fact]
    public async Task CancellationRaisesInsideLuaAndReachesTheHost()
    {
        using var lua = new LuaState();
        lua.Globals["wait"] = LuaFunction.CreateAsync((double s, CancellationToken ct) => new ValueTask(Task.Delay(TimeSpan.FromSeconds(s), ct)), "wait");
        using var cts = new CancellationTokenSource(50);
        var ex = await Assert.ThrowsAsync<LuaCancelledException>(() => lua.DoStringAsync("wait(10)", "=t", cts.Token));
        Assert.IsAssignableFrom<OperationCanceledException>(ex);
        var inner = Assert.IsType<LuaRuntimeException>(ex.InnerException);
        Assert.Equal("t:1: execution cancelled", inner.Message);

        // Lua sees the error and may catch it; the host still learns the run was cancelled.
        lua.Globals["seen"] = LuaValue.Nil;
        using var cts2 = new CancellationTokenSource(50);
        await Assert.ThrowsAsync<LuaCancelledException>(() => lua.DoStringAsync("local ok, e = pcall(function() wait(10) end) seen = e", "=t", cts2.Token));
        Assert.Equal("t:1: execution cancelled", lua.Globals["seen"].ToString());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => lua.DoStringAsync("return 1", null, new CancellationToken(true)));
    }

    [Fact]
    public void AsyncFunctionsFromSynchronousCodeRaiseAClearError()
    {
        using var lua = new LuaState();
        lua.Globals["wait"] = LuaFunction.CreateAsync((double s) => new ValueTask(Task.Delay(1)), "wait");
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("wait(1)", "=t"));
        Assert.Equal("t:1: async function 'wait' must run under DoStringAsync/CallAsync (and not inside a coroutine it created)", e.Message);
        e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("wait('x')", "=t"));
        Assert.Contains("async function 'wait'", e.Message);
    }

    [Fact]
    public async Task ArgumentErrorsPointAtTheScript()
    {
        using var lua = new LuaState();
        lua.Globals["wait"] = LuaFunction.CreateAsync((double s) => new ValueTask(Task.Delay(1)), "wait");
        var e = await Assert.ThrowsAsync<LuaRuntimeException>(() => lua.DoStringAsync("\nwait('x')", "=t"));
        Assert.Equal("t:2: bad argument #1 to 'wait' (number expected, got string)", e.Message);
    }

    [Fact]
    public async Task CallAsyncOnAFunctionAndTopLevelYield()
    {
        using var lua = new LuaState();
        lua.Globals["delay"] = LuaFunction.CreateAsync(async (long ms) => { await Task.Delay((int)ms); return ms; }, "delay");
        lua.DoString("function work(a, b) local x = delay(5) coroutine.yield() return a + b + x end");
        using var work = lua.GetFunction("work");
        var r = await work.CallAsync(new LuaValue[] { 1, 2 });
        Assert.Equal(8L, r[0].RawInteger);
    }

    [Fact]
    public async Task ErrorsInAsyncRunsCarryATraceback()
    {
        using var lua = new LuaState();
        var e = await Assert.ThrowsAsync<LuaRuntimeException>(() => lua.DoStringAsync("local function f() error('deep') end f()", "@a.lua"));
        Assert.Equal("a.lua:1: deep", e.Message);
        Assert.Contains("stack traceback:", e.LuaTraceback);
    }
}
