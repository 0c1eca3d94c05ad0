using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>A state without limits runs its calls without a limit run (GlobalState.BeginDefaultRun): what the run
/// did must still happen when a limit appears during such a call.</summary>
public class UnlimitedCallTests
{
    [Fact]
    public void MemoryLimitSetDuringACallIsStickyLikeAnyLimit()
    {
        using var lua = new LuaState(new LuaStateOptions { Output = Stream.Null });
        lua.Globals["limit"] = LuaFunction.Create(() => { lua.MemoryLimit = lua.MemoryInUse + 256 * 1024; });
        // The script catches the memory error; the host still receives it when the call ends.
        Assert.Throws<LuaMemoryException>(() => lua.DoString(@"
            limit()
            local ok = pcall(function() local t = {} for i = 1, 1e6 do t[i] = {} end end)
            return ok"));
        lua.MemoryLimit = 0;
        Assert.Equal(3L, lua.DoString<long>("return 1 + 2"));   // and the next call starts clean
    }

    [Fact]
    public void SpanCallCopiesResultsAndClearsTheRest()
    {
        using var lua = new LuaState(new LuaStateOptions { Output = Stream.Null });
        var f = lua.DoString("return function(...) return ... end")[0];
        var results = new LuaValue[3] { 9, 9, 9 };
        Assert.Equal(2, lua.Call(f, new LuaValue[] { 1, 2 }, results));
        Assert.Equal(new LuaValue[] { 1, 2, LuaValue.Nil }, results);
        Assert.Equal(4, lua.Call(f, new LuaValue[] { 1, 2, 3, 4 }, results.AsSpan(0, 1)));
        Assert.Equal(1L, results[0].RawInteger);
        Assert.Equal(0, lua.MainThread.Top);   // nothing left on the stack
    }
}
