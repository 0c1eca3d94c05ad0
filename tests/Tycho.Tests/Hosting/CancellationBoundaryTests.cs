using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>Limits and cancellation where the host and Lua meet: before a chunk starts, after a host function
/// returns, and the exception types the host sees.</summary>
public class CancellationBoundaryTests
{
    [Fact]
    public void SyncRunWithAnAlreadyCancelledTokenDoesNotStartTheChunk()
    {
        using var lua = new LuaState();
        var e = Assert.Throws<LuaLimitException>(() => lua.DoString("ran = true", new CancellationToken(true)));
        Assert.Equal(LuaLimitKind.Cancelled, e.Kind);
        Assert.True(lua.Globals["ran"].IsNil);
        Assert.Equal(3L, lua.DoString<long>("return 1 + 2")); // the state stays usable
    }

    [Fact]
    public void CallWithAnAlreadyCancelledTokenDoesNotRunTheFunction()
    {
        using var lua = new LuaState();
        int calls = 0;
        var f = LuaFunction.Create(() => { calls++; });
        var e = Assert.Throws<LuaLimitException>(() =>
            lua.Call(f, new LuaExecutionLimits { CancellationToken = new CancellationToken(true) }));
        Assert.Equal(LuaLimitKind.Cancelled, e.Kind);
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task AsyncRunWithAnAlreadyCancelledTokenThrowsLuaCancelledException()
    {
        using var lua = new LuaState();
        var e = await Assert.ThrowsAsync<LuaCancelledException>(() => lua.DoStringAsync("ran = true", new CancellationToken(true)));
        Assert.Equal(new CancellationToken(true), e.CancellationToken);
        Assert.True(lua.Globals["ran"].IsNil);
    }

    [Fact]
    public async Task LuaCancelledExceptionStaysCatchableAsOperationCanceledException()
    {
        using var lua = new LuaState();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        OperationCanceledException? caught = null;
        try { await lua.DoStringAsync("return 1", cancellationToken: cts.Token); }
        catch (OperationCanceledException e) { caught = e; }
        Assert.IsType<LuaCancelledException>(caught);
    }

    [Fact]
    public async Task AsyncRunCancelledWhileLuaLoopsThrowsLuaCancelledException()
    {
        using var lua = new LuaState();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var e = await Assert.ThrowsAsync<LuaCancelledException>(() => lua.DoStringAsync("while true do end", cts.Token));
        Assert.Equal(cts.Token, e.CancellationToken);
    }

    [Fact]
    public async Task AsyncRunWhoseScriptCatchesTheCancellationStillThrowsLuaCancelledException()
    {
        using var lua = new LuaState();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await Assert.ThrowsAsync<LuaCancelledException>(() =>
            lua.DoStringAsync("pcall(function() while true do end end) return 1", cts.Token));
    }

    [Fact]
    public async Task AsyncRunCancelledWhileAnAsyncHostFunctionWaitsThrowsLuaCancelledException()
    {
        using var lua = new LuaState();
        lua.Globals["wait"] = LuaFunction.CreateAsync(async (CancellationToken ct) => await Task.Delay(5000, ct), "wait");
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var e = await Assert.ThrowsAsync<LuaCancelledException>(() => lua.DoStringAsync("wait()", cts.Token));
        Assert.Equal(cts.Token, e.CancellationToken);
    }

    [Fact]
    public async Task AsyncRunCancelledWhileASyncHostFunctionRunsThrowsLuaCancelledException()
    {
        using var lua = new LuaState();
        using var cts = new CancellationTokenSource();
        lua.Globals["stop"] = LuaFunction.Create(() => cts.Cancel());
        await Assert.ThrowsAsync<LuaCancelledException>(() => lua.DoStringAsync("stop() after = true", cts.Token));
        Assert.True(lua.Globals["after"].IsNil);
    }

    [Fact]
    public void HostFunctionOutlastingTheTimeoutEndsTheCallWithTimeout()
    {
        using var lua = new LuaState(new LuaStateOptions { Timeout = TimeSpan.FromMilliseconds(200) });
        lua.Globals["sleep"] = LuaFunction.Create((int ms) => Thread.Sleep(ms));
        var e = Assert.Throws<LuaLimitException>(() => lua.DoString("sleep(500) after = true"));
        Assert.Equal(LuaLimitKind.Timeout, e.Kind);
        Assert.True(lua.Globals["after"].IsNil);
        Assert.Equal(2L, lua.DoString<long>("return 2")); // fresh counters for the next call
    }

    [Fact]
    public void HostFunctionOutlastingAPerCallTimeoutEndsTheCall()
    {
        using var lua = new LuaState();
        lua.Globals["sleep"] = LuaFunction.Create((int ms) => Thread.Sleep(ms));
        var e = Assert.Throws<LuaLimitException>(() =>
            lua.DoString("sleep(300) return 1", new LuaExecutionLimits { Timeout = TimeSpan.FromMilliseconds(100) }));
        Assert.Equal(LuaLimitKind.Timeout, e.Kind);
    }

    [Fact]
    public void HostFunctionCancellingTheTokenStopsTheScriptRightAfterIt()
    {
        using var lua = new LuaState();
        using var cts = new CancellationTokenSource();
        lua.Globals["stop"] = LuaFunction.Create(() => cts.Cancel());
        var e = Assert.Throws<LuaLimitException>(() => lua.DoString("stop() after = true", cts.Token));
        Assert.Equal(LuaLimitKind.Cancelled, e.Kind);
        Assert.True(lua.Globals["after"].IsNil);
    }

    [Fact]
    public void TimeoutAfterAHostFunctionIsALuaErrorAtTheCallingLine()
    {
        using var lua = new LuaState(new LuaStateOptions { Timeout = TimeSpan.FromMilliseconds(100) });
        lua.Globals["sleep"] = LuaFunction.Create((int ms) => Thread.Sleep(ms));
        // pcall sees the error (so cleanup can run); the host still gets the limit.
        var e = Assert.Throws<LuaLimitException>(() => lua.DoString("local ok, err = pcall(sleep, 250)\nmsg = err", "=t"));
        Assert.Equal(LuaLimitKind.Timeout, e.Kind);
        Assert.Equal("execution timeout", lua.Globals["msg"].ToString());
    }

    [Fact]
    public async Task AsyncRunWhoseSyncHostFunctionOutlastsTheTimeoutEndsWithTimeout()
    {
        using var lua = new LuaState(new LuaStateOptions { Timeout = TimeSpan.FromMilliseconds(100) });
        lua.Globals["sleep"] = LuaFunction.Create((int ms) => Thread.Sleep(ms));
        var e = await Assert.ThrowsAsync<LuaLimitException>(() => lua.DoStringAsync("sleep(250) after = true"));
        Assert.Equal(LuaLimitKind.Timeout, e.Kind);
        Assert.True(lua.Globals["after"].IsNil);
    }
}
