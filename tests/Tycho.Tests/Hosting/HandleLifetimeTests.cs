using System.Runtime.CompilerServices;
using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>The state keeps handles' objects, not the handles: a handle the host drops is finalized and releases
/// its object; Reset refuses to wipe a state an async run is suspended in.</summary>
public class HandleLifetimeTests
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Handle, WeakReference Table) DropAHandle(LuaState lua)
    {
        var table = new LuaTable();   // not built by Lua code, so no stack slot of the state refers to it
        var handle = lua.CreateHandle(table);
        return (new WeakReference(handle), new WeakReference(table));
    }

    private static void FullCollection()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    [Fact]
    public void AnUndisposedHandleIsReleasedWhenCollected()
    {
        using var lua = new LuaState();
        var (handle, table) = DropAHandle(lua);
        Assert.Equal(1, lua.HandleCount);
        FullCollection();
        Assert.False(handle.IsAlive, "the state keeps the handle reachable");
        Assert.Equal(0, lua.HandleCount);
        Assert.Equal(0, lua.Info.Handles);   // an API entry: frees the slot
        FullCollection();
        Assert.False(table.IsAlive, "the released handle's object is still held");
    }

    [Fact]
    public void HandlesAreCountedAndSlotsReused()
    {
        using var lua = new LuaState();
        var a = lua.CreateTable();
        var b = lua.CreateTable();
        Assert.Equal(2, lua.Info.Handles);
        a.Dispose();
        Assert.Equal(1, lua.HandleCount);
        var c = lua.CreateTable();
        c.Target["x"] = 1;
        Assert.Equal(2, lua.Info.Handles);
        Assert.Equal(1L, c.Get<long>("x"));
        Assert.True(b.Target.GetStr(LuaString.From("x")).IsNil);
        lua.Dispose();
        Assert.True(b.IsDisposed);
        Assert.Equal(0, lua.HandleCount);
        b.Dispose();
        Assert.Equal(0, lua.HandleCount);
    }

    [Fact]
    public async Task ResetWhileAnAsyncRunIsSuspendedThrows()
    {
        using var lua = new LuaState();
        var gate = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        lua.Globals["fetch"] = LuaFunction.CreateAsync(() => new ValueTask<long>(gate.Task), "fetch");
        lua.Globals["base"] = 40;
        var run = lua.DoStringAsync("local v = fetch() return v + base");
        await Task.Delay(20);
        Assert.False(run.IsCompleted);
        Assert.Throws<InvalidOperationException>(() => lua.Reset());
        gate.SetResult(2);
        Assert.Equal(42L, (await run)[0].RawInteger);
        lua.Reset();   // nothing suspended any more
        Assert.True(lua.Globals["base"].IsNil);
    }
}
