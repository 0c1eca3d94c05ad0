using Xunit;

namespace Tycho.Tests.Debugging;

/// <summary>The Error event: raised before the stack unwinds, with IsCaught telling a pcall (or coroutine.resume)
/// that will catch it from an error that escapes to the host.</summary>
public class HookErrorTests
{
    private sealed record ErrorSeen(string Message, bool IsCaught, bool InCoroutine, int Line, string Function, int Depth);

    private static List<ErrorSeen> Watch(LuaState lua)
    {
        var seen = new List<ErrorSeen>();
        lua.SetHook(LuaHookMask.Error, 0, (LuaThread t, in LuaHookEventArgs e) =>
        {
            Assert.Equal(LuaHookEvent.Error, e.Event);
            // The first Lua frame from the top: where the error was raised (level 0 may be the error function).
            var frames = t.GetStackFrames();
            var lua0 = frames.Select(f => f.GetInfo()).First(i => i.What != "C");
            seen.Add(new ErrorSeen(e.Error.ToString(), e.IsCaught, !ReferenceEquals(t, lua.MainThread),
                lua0.CurrentLine, lua0.Name ?? "?", frames.Count));
        });
        return seen;
    }

    [Fact]
    public void AnErrorThatEscapesToTheHostIsUncaughtAndSeenWithItsFrames()
    {
        using var lua = new LuaState();
        var seen = Watch(lua);
        var ex = Assert.Throws<LuaRuntimeException>(() =>
            lua.DoString("local function f(t)\n  return t.x\nend\nf(nil)", "=esc"));
        var e = Assert.Single(seen);
        Assert.Equal(ex.Message, e.Message);
        Assert.Equal("esc:2: attempt to index a nil value (local 't')", e.Message);
        Assert.False(e.IsCaught);
        Assert.Equal(2, e.Line);
        Assert.Equal("f", e.Function);
        Assert.Equal(2, e.Depth);   // f and the main chunk: nothing unwound yet
    }

    [Fact]
    public void ErrorsCaughtByPcallAndXpcallAreCaught()
    {
        using var lua = new LuaState();
        var seen = Watch(lua);
        lua.DoString("""
            local function boom() error("boom") end
            pcall(boom)
            xpcall(boom, debug.traceback)
            pcall(error, "direct")
            """, "=pc");
        Assert.Equal(3, seen.Count);
        Assert.All(seen, e => Assert.True(e.IsCaught));
        Assert.Equal("pc:1: boom", seen[0].Message);
        Assert.Equal("?", seen[0].Function);   // called by pcall: no name, as in lua
        Assert.Equal("direct", seen[2].Message);
    }

    [Fact]
    public void AnErrorInACoroutineIsCaughtByResumeButEscapesThroughWrap()
    {
        using var lua = new LuaState();
        var seen = Watch(lua);
        lua.DoString("""
            local ok = coroutine.resume(coroutine.create(function() error("in resume") end))
            pcall(coroutine.wrap(function() error("in wrap, protected") end))
            """, "=co");
        Assert.Equal(2, seen.Count);   // the error wrap raises again in the resumer is the same error
        Assert.True(seen[0].IsCaught);
        Assert.True(seen[0].InCoroutine);
        Assert.True(seen[1].IsCaught);
        Assert.Equal("co:2: in wrap, protected", seen[1].Message);
        seen.Clear();
        Assert.Throws<LuaRuntimeException>(() =>
            lua.DoString("coroutine.wrap(function()\n  local x = nil + 1\nend)()", "=wrap"));
        var e = Assert.Single(seen);
        Assert.False(e.IsCaught);
        Assert.True(e.InCoroutine);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void ErrorsOfHostFunctionsAreReported()
    {
        using var lua = new LuaState();
        var seen = Watch(lua);
        lua.Globals["fail"] = LuaFunction.Create(() => throw new InvalidOperationException("host says no"));
        var r = lua.DoString("local ok, e = pcall(function()\n  fail()\nend)\nreturn e", "=host");
        var e = Assert.Single(seen);
        Assert.True(e.IsCaught);
        Assert.Contains("host says no", e.Message);
        Assert.Equal(r[0].ToString(), e.Message);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void WithoutTheErrorMaskNoEventIsDelivered()
    {
        using var lua = new LuaState();
        int n = 0;
        lua.SetHook(LuaHookMask.Line, 0, (LuaThread t, in LuaHookEventArgs e) => { if (e.Event == LuaHookEvent.Error) n++; });
        lua.DoString("pcall(error, 'x')");
        Assert.Equal(0, n);
    }

    [Fact]
    public void AnErrorHandlerThatThrowsReplacesTheErrorAndPcallStillCatchesIt()
    {
        using var lua = new LuaState();
        lua.SetHook(LuaHookMask.Error, 0, (LuaThread t, in LuaHookEventArgs e) => throw new InvalidOperationException("replaced"));
        var r = lua.DoString("local ok, e = pcall(error, 'original')\nreturn ok, e");
        Assert.True(r[0].IsFalsy);
        Assert.Contains("replaced", r[1].ToString());
        lua.SetHook(LuaHookMask.None, 0, null);
        Assert.Equal(1L, lua.DoString<long>("return 1"));
    }
}
