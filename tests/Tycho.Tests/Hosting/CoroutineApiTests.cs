using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>LuaState.CreateThread and LuaCoroutine: coroutine.create/resume/status/close for the host (manual §2.6, §6.2).</summary>
public class CoroutineApiTests
{
    [Fact]
    public void ResumeReturnsTheYieldedValuesThenTheResults()
    {
        using var lua = new LuaState();
        var body = lua.Load("local a, b = ... local c = coroutine.yield(a + b, 'first') return c * 10", "=gen");
        using var co = lua.CreateThread(body);
        Assert.Equal(LuaCoroutineStatus.Suspended, co.Status);
        var r = co.Resume(1, 2);
        Assert.Equal(3L, r[0].RawInteger);
        Assert.Equal("first", r[1].ToString());
        Assert.True(co.IsSuspended);
        Assert.Equal(50L, co.Resume<long>(5));
        Assert.Equal(LuaCoroutineStatus.Dead, co.Status);
        Assert.Equal(1, lua.HandleCount);
    }

    [Fact]
    public void ResumingADeadCoroutineIsALuaError()
    {
        using var lua = new LuaState();
        using var co = lua.CreateThread(lua.Load("return 1", "=one"));
        co.Resume();
        var e = Assert.Throws<LuaRuntimeException>(() => co.Resume());
        Assert.Equal("cannot resume dead coroutine", e.Message);
    }

    [Fact]
    public void AnErrorInsideKillsTheCoroutineAndCarriesItsTraceback()
    {
        using var lua = new LuaState();
        lua.DoString("function inner(x) if x then error('boom') end coroutine.yield() end", "=lib");
        using var co = lua.CreateThread(lua.Load("inner(false) inner(true)", "=body"));
        co.Resume();
        var e = Assert.Throws<LuaRuntimeException>(() => co.Resume());
        Assert.Equal("lib:1: boom", e.Message);
        Assert.Contains("in function 'inner'", e.LuaTraceback);
        Assert.Contains("body:1:", e.LuaTraceback);
        Assert.Equal(LuaCoroutineStatus.Dead, co.Status);
        Assert.Equal(2L, lua.DoString<long>("return 1 + 1"));   // the state is fine
    }

    [Fact]
    public void CloseClosesPendingToBeClosedVariables()
    {
        using var lua = new LuaState();
        var body = lua.Load("""
            local x <close> = setmetatable({}, {__close = function() closed = true end})
            coroutine.yield()
            """, "=tbc");
        using var co = lua.CreateThread(body);
        co.Resume();
        Assert.False(lua.GetGlobal<bool>("closed"));
        co.Close();
        Assert.True(lua.GetGlobal<bool>("closed"));
        Assert.Equal(LuaCoroutineStatus.Dead, co.Status);
        co.Close();   // closing a dead coroutine again is fine
    }

    [Fact]
    public void CloseThrowsTheErrorOfACloseMetamethod()
    {
        using var lua = new LuaState();
        var body = lua.Load("""
            local x <close> = setmetatable({}, {__close = function() error('in close', 0) end})
            coroutine.yield()
            """, "=tbc");
        using var co = lua.CreateThread(body);
        co.Resume();
        Assert.Equal("in close", Assert.Throws<LuaRuntimeException>(() => co.Close()).Message);
        Assert.Equal(LuaCoroutineStatus.Dead, co.Status);
    }

    [Fact]
    public void StatusIsSeenFromTheRunningCode()
    {
        using var lua = new LuaState();
        LuaCoroutine? outer = null;
        var seen = new List<LuaCoroutineStatus>();
        lua.Register("probe", LuaFunction.Create(() => seen.Add(outer!.Status)));
        lua.Register("closeme", LuaFunction.Create(() => outer!.Close()));
        outer = lua.CreateThread(lua.Load("""
            probe()
            coroutine.wrap(function() probe() end)()
            local ok, err = pcall(closeme)
            coroutine.yield(err)
            """, "=status"));
        var r = outer.Resume();
        Assert.Equal(new[] { LuaCoroutineStatus.Running, LuaCoroutineStatus.Normal }, seen);
        Assert.Contains("cannot close a running coroutine", r[0].ToString());
        // Resuming itself from inside is refused too.
        LuaCoroutine? self = null;
        lua.Register("again", LuaFunction.Create(() => { self!.Resume(); }));
        using var co2 = self = lua.CreateThread(lua.Load("again()", "=x"));
        Assert.Contains("cannot resume non-suspended coroutine", Assert.Throws<LuaRuntimeException>(() => co2.Resume()).Message);
        Assert.Equal(LuaCoroutineStatus.Dead, co2.Status);
        outer.Dispose();
    }

    [Fact]
    public void EachResumeRunsUnderTheStateLimits()
    {
        using var lua = new LuaState(new LuaStateOptions { InstructionLimit = 50_000 });
        using var co = lua.CreateThread(lua.Load("for i = 1, 10 do for j = 1, 1000 do end coroutine.yield(i) end while true do end", "=spin"));
        // Each resume is a call of its own: ten steps of ~5,000 instructions each fit the budget.
        for (int i = 1; i <= 10; i++) Assert.Equal(i, co.Resume<long>());
        Assert.ThrowsAny<LuaLimitException>(() => co.Resume());
        Assert.Equal(LuaCoroutineStatus.Dead, co.Status);
        Assert.Equal(2L, lua.DoString<long>("return 1 + 1"));
    }

    [Fact]
    public void HostDrivenAndLuaDrivenCoroutinesAreTheSameObjects()
    {
        using var lua = new LuaState();
        using var co = lua.CreateThread(lua.Load("coroutine.yield(1) return 2", "=mixed"));
        lua.SetGlobal("co", co.Thread);
        Assert.Equal("suspended", lua.DoString<string>("return coroutine.status(co)"));
        Assert.Equal(1L, co.Resume<long>());
        Assert.Equal(2L, lua.DoString("return coroutine.resume(co)")[1].RawInteger);
        Assert.Equal(LuaCoroutineStatus.Dead, co.Status);
    }

    [Fact]
    public void HandlesAreCheckedLikeOtherHandles()
    {
        var lua = new LuaState();
        using var other = new LuaState();
        var co = lua.CreateThread(lua.Load("coroutine.yield()", "=h"));
        Assert.Throws<ArgumentNullException>(() => lua.CreateThread(null!));
        co.Dispose();
        Assert.Throws<ObjectDisposedException>(() => co.Resume());
        var co2 = lua.CreateThread(lua.Load("coroutine.yield()", "=h"));
        lua.Dispose();
        Assert.Throws<ObjectDisposedException>(() => co2.Status);
    }
}
