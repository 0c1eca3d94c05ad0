using Xunit;

namespace Tycho.Tests.Hosting;

public class LifetimeTests
{
    [Fact]
    public void HandlesCallFunctionsAndAreReleasedByDispose()
    {
        using var lua = new LuaState();
        lua.DoString("function add(a, b) return a + b end");
        var add = lua.GetFunction("add");
        Assert.Equal(1, lua.HandleCount);
        Assert.Equal(7L, add.Call<long>(3, 4));
        Assert.Equal(7L, add.Call(3, 4)[0].RawInteger);
        add.Dispose();
        Assert.True(add.IsDisposed);
        Assert.Equal(0, lua.HandleCount);
        Assert.Throws<ObjectDisposedException>(() => add.Call<long>(1, 2));
        add.Dispose(); // idempotent
    }

    [Fact]
    public void HandlesKeepObjectsAliveForTheHost()
    {
        using var lua = new LuaState();
        lua.DoString("local t = {value = 'kept'} holder = t");
        var h = lua.GetTable("holder");
        lua.DoString("holder = nil collectgarbage()");
        GC.Collect();
        Assert.Equal("kept", h.Get<string>("value"));
        Assert.True(lua.Info.Handles == 1);
    }

    [Fact]
    public async Task DisposedStateRejectsUse()
    {
        var lua = new LuaState();
        lua.DoString("function f() return 1 end");
        var f = lua.GetFunction("f");
        lua.Dispose();
        Assert.True(lua.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => lua.DoString("return 1"));
        Assert.Throws<ObjectDisposedException>(() => lua.Call(LuaValue.Nil));
        Assert.Throws<ObjectDisposedException>(() => f.Call());
        Assert.Throws<ObjectDisposedException>(() => f.Target);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => lua.DoStringAsync("return 1"));
        lua.Dispose();
    }

    [Fact]
    public void HandlesCannotCrossStates()
    {
        using var a = new LuaState();
        using var b = new LuaState();
        a.DoString("t = {}");
        var h = a.GetTable("t");
        Assert.Throws<InvalidOperationException>(() => b.ToValue(h));
        Assert.Throws<InvalidOperationException>(() => b.CheckOwn(h));
    }

    [Fact]
    public async Task ConcurrentUseFromAnotherThreadIsDetected()
    {
        using var lua = new LuaState();
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        lua.Globals["block"] = LuaFunction.Create(() => { entered.Set(); release.Wait(TimeSpan.FromSeconds(10)); });
        var worker = Task.Run(() => lua.DoString("block() return 1"));
        Assert.True(entered.Wait(TimeSpan.FromSeconds(10)));
        var e = Assert.Throws<LuaConcurrentUseException>(() => lua.DoString("return 2"));
        Assert.Contains("single-threaded", e.Message);
        Assert.IsAssignableFrom<InvalidOperationException>(e);
        release.Set();
        Assert.Equal(1L, (await worker)[0].RawInteger);
        // Once the first thread left, another thread may use it.
        Assert.Equal(3L, await Task.Run(() => lua.DoString<long>("return 3")));
    }

    [Fact]
    public void ReentrantUseFromHostFunctionsIsAllowed()
    {
        using var lua = new LuaState();
        lua.Globals["nested"] = LuaFunction.Create((string code) => lua.DoString<long>(code) + 1);
        Assert.Equal(3L, lua.DoString<long>("return nested('return 2')"));
    }

    [Fact]
    public void AllocationFreeCallPath()
    {
        using var lua = new LuaState();
        lua.DoString("function mul(a, b) return a * b, a + b end");
        LuaValue f = lua.Globals["mul"];
        Span<LuaValue> results = new LuaValue[2];
        ReadOnlySpan<LuaValue> args = new LuaValue[] { 6, 7 };
        Assert.Equal(2, lua.Call(f, args, results));
        Assert.Equal(42L, results[0].RawInteger);
        Assert.Equal(13L, results[1].RawInteger);
        for (int i = 0; i < 10; i++) lua.Call(f, args, results);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) lua.Call(f, args, results);
        long typed = 0;
        for (int i = 0; i < 1000; i++) typed += lua.Call<long>(f, 2, 3);
        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(6000L, typed);
        Assert.Equal(0, after - before);
    }

    [Fact]
    public void HostFunctionCallsDoNotAllocate()
    {
        using var lua = new LuaState();
        lua.Globals["add"] = LuaFunction.Create((long a, long b) => a + b);
        lua.DoString("function loop(n) local s = 0 for i = 1, n do s = add(s, i) end return s end");
        LuaValue loop = lua.Globals["loop"];
        lua.Call<long>(loop, 10);
        long before = GC.GetAllocatedBytesForCurrentThread();
        long r = lua.Call<long>(loop, 10_000);
        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(50_005_000L, r);
        Assert.Equal(0, after - before);
    }
    [Fact]
    public void GlobalsByNameDoNotAllocateOnceTheKeyExists()
    {
        using var lua = new LuaState();
        lua.SetGlobal("score", 1L);
        long total = 0;
        for (int i = 0; i < 10; i++) { lua.SetGlobal("score", (long)i); total += lua.GetGlobal<long>("score"); }
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            lua.SetGlobal("score", (long)i);
            total += lua.GetGlobal<long>("score");
            total += lua.Globals["score"].RawInteger;
        }
        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(45L + 2 * 499_500L, total);
        Assert.Equal(0, after - before);
    }

    [Theory]
    [InlineData("score")]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("naïve_€_名前")]
    [InlineData("a_name_longer_than_the_stack_buffer_takes_so_that_the_lookup_goes_through_a_string_object_instead_of_the_stack")]
    public void NamesReachTheSameKeysAsLua(string name)
    {
        using var lua = new LuaState();
        lua.Globals["name"] = LuaValue.FromString(LuaString.From(name));
        lua.Globals[name] = 1;                       // a new key
        Assert.Equal(1L, lua.DoString("return _G[name]")[0].RawInteger);
        lua.DoString("_G[name] = 2");
        Assert.Equal(2L, lua.Globals[name].RawInteger);
        lua.Globals[name] = 3;                       // an existing key
        Assert.Equal(3L, lua.DoString("return _G[name]")[0].RawInteger);
        lua.Globals[name] = LuaValue.Nil;
        Assert.True(lua.DoString("return _G[name] == nil")[0].IsTruthy);
        Assert.True(lua.Globals[name].IsNil);
    }

    [Fact]
    public void WritingAMetamethodByNameClearsTheMetamethodCache()
    {
        using var lua = new LuaState();
        // A dead __index entry (written, then cleared) stays in the hash part; the read of t.x caches its absence.
        lua.DoString("mt = { __index = 1 } mt.__index = nil t = setmetatable({}, mt) assert(t.x == nil)");
        LuaTable mt = lua.Globals["mt"].AsTable!;
        mt["__index"] = lua.DoString("return function() return 7 end")[0];
        Assert.Equal(7L, lua.DoString("return t.x")[0].RawInteger);
    }
}
