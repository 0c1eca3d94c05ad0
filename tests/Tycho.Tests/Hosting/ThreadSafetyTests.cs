using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>A state and its objects are single-threaded: a second thread is always detected
/// (<see cref="LuaConcurrentUseException"/>), never left to corrupt them.</summary>
public class ThreadSafetyTests
{
    [Fact]
    public async Task TableAccessFromAnotherThreadWhileTheStateRunsThrows()
    {
        using var lua = new LuaState();
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        lua.Globals["block"] = LuaFunction.Create(() => { inside.Set(); release.Wait(); });
        var t = lua.DoString("t = {1, 2, 3} return t")[0].AsObject as LuaTable;
        Assert.NotNull(t);
        var run = Task.Run(() => lua.DoString("block() t[4] = 4"));
        Assert.True(inside.Wait(TimeSpan.FromSeconds(10)));
        try
        {
            Assert.Throws<LuaConcurrentUseException>(() => t.SetInt(5, 5));
            Assert.Throws<LuaConcurrentUseException>(() => t[1]);
            Assert.Throws<LuaConcurrentUseException>(() => t.Length);
            Assert.Throws<LuaConcurrentUseException>(() => t.Count);
            Assert.Throws<LuaConcurrentUseException>(() => lua.Globals["x"] = 1);
            Assert.Throws<LuaConcurrentUseException>(() => t.Next(LuaValue.Nil, out _, out _));
        }
        finally { release.Set(); }
        await run.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(4L, t.Length);   // idle again: any thread may use it
    }

    [Fact]
    public void TwoThreadsHammeringOneStateEndInConcurrentUseNeverCorruption()
    {
        using var lua = new LuaState();
        lua.DoString("t = {} function fill(n) for i = 1, n do t[#t + 1] = #t + 1 end return #t end");
        var t = (LuaTable)lua.Globals["t"].AsObject!;
        var fill = lua.Globals["fill"];
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        int concurrent = 0;

        void Hammer(Action step)
        {
            try
            {
                while (!stop.IsCancellationRequested && Volatile.Read(ref concurrent) == 0) step();
            }
            catch (LuaConcurrentUseException) { Interlocked.Increment(ref concurrent); }
            catch (Exception e) { errors.Enqueue(e); }
        }

        long next = 1_000_000;
        var luaSide = new Thread(() => Hammer(() => lua.Call(fill, 1000)));
        var hostSide = new Thread(() => Hammer(() =>
        {
            long k = Interlocked.Increment(ref next);
            t.SetInt(-k, k);   // negative keys: the hash part, away from the sequence Lua builds
            _ = t.GetInt(-k + 1);
            lua.Globals["last"] = k;
        }));
        luaSide.Start(); hostSide.Start();
        luaSide.Join(); hostSide.Join();

        Assert.Empty(errors);
        Assert.True(concurrent > 0, "the concurrent use was not detected");
        // The table is consistent: the sequence the Lua side built has no holes.
        Assert.True(lua.DoString<bool>("for i = 1, #t do if t[i] ~= i then return false end end return true"));
    }

    [Fact]
    public async Task AnIdleStatesObjectsMayBeUsedFromAnotherThread()
    {
        using var lua = new LuaState();
        var t = lua.DoString("t = {} return t")[0].AsObject as LuaTable;
        await Task.Run(() => { t!.SetInt(1, 42); lua.Globals["y"] = 7; });
        Assert.Equal(49L, lua.DoString<long>("return t[1] + y"));
    }
}
