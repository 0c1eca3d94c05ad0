using Xunit;

namespace Tycho.Tests.Debugging;

/// <summary>The host hook's events (LuaState.SetHook) on known scripts, checked against what lua 5.4.8's
/// debug.sethook reports for the same script and against Tycho's own debug.sethook.</summary>
public class HookEventTests
{
    private const string Script = """
        local function add(a, b)
          return a + b
        end
        local x = 1
        local y = add(x, 2)
        print(y)
        """;

    // lua5.4.8 with debug.sethook(h, "crl") around the call of the chunk (the events of sethook itself left out):
    // event:line:what linedefined of level 0.
    private const string Expected =
        "call:-1:main0 line:3:main0 line:4:main0 line:5:main0 call:-1:Lua1 line:2:Lua1 return:-1:Lua1 " +
        "line:6:main0 call:-1:C-1 return:-1:C-1 return:-1:main0";

    private static string Describe(LuaThread thread, in LuaHookEventArgs e)
    {
        Assert.True(thread.TryGetFrame(0, out var frame));
        var info = frame.GetInfo();
        string name = e.Event switch
        {
            LuaHookEvent.Call => "call", LuaHookEvent.TailCall => "tail call", LuaHookEvent.Return => "return",
            LuaHookEvent.Line => "line", LuaHookEvent.Count => "count", _ => e.Event.ToString(),
        };
        return $"{name}:{e.Line}:{info.What}{info.LineDefined}";
    }

    [Fact]
    public void CallLineAndReturnEventsMatchTheReferenceInterpreter()
    {
        using var lua = new LuaState(new LuaStateOptions { Output = new MemoryStream() });
        var f = lua.Load(Script, "@s.lua");
        var log = new List<string>();
        lua.SetHook(LuaHookMask.Call | LuaHookMask.Return | LuaHookMask.Line, 0, (LuaThread t, in LuaHookEventArgs e) => log.Add(Describe(t, e)));
        lua.Call(f);
        lua.SetHook(LuaHookMask.None, 0, null);
        Assert.Equal(Expected, string.Join(" ", log));
    }

    [Fact]
    public void HostEventsEqualTheScriptHookEventsOfTheSameRuntime()
    {
        using var lua = new LuaState(new LuaStateOptions { Output = new MemoryStream() });
        lua.Globals["f"] = lua.Load(Script, "@s.lua");
        var log = lua.DoString<string>("""
            local log = {}
            debug.sethook(function(e, l)
              local i = debug.getinfo(2, "S")
              log[#log + 1] = e .. ":" .. (l or -1) .. ":" .. i.what .. i.linedefined
            end, "crl")
            f()
            debug.sethook()
            -- drop the return from sethook and the line of f(), then the line and the call of the last sethook
            return table.concat(log, " ", 3, #log - 2)
            """);
        Assert.Equal(Expected, log);
    }

    [Fact]
    public void LineEventsAloneRepeatForEveryLoopIteration()
    {
        using var lua = new LuaState();
        var f = lua.Load("local s = 0\nfor i = 1, 3 do\n  s = s + i\nend\nreturn s", "=loop");
        var lines = new List<int>();
        lua.SetHook(LuaHookMask.Line, 0, (LuaThread t, in LuaHookEventArgs e) => lines.Add(e.Line));
        Assert.Equal(6L, lua.Call<long>(f));
        // lua5.4.8: 1 2 3 2 3 2 3 2 5 (the FORLOOP jumps back to line 2... each iteration enters line 3 again)
        Assert.Equal([1, 2, 3, 2, 3, 2, 3, 2, 5], lines);
    }

    [Fact]
    public void CountEventsComeEveryCountInstructions()
    {
        using var lua = new LuaState();
        var f = lua.Load("local x = 0\nfor i = 1, 100 do x = x + 1 end\nreturn x", "=count");
        int Count(int every)
        {
            int n = 0;
            lua.SetHook(LuaHookMask.Count, every, (LuaThread t, in LuaHookEventArgs e) =>
            {
                Assert.Equal(LuaHookEvent.Count, e.Event);
                Assert.Equal(-1, e.Line);
                n++;
            });
            lua.Call(f);
            lua.SetHook(LuaHookMask.None, 0, null);
            return n;
        }
        // lua5.4.8 runs 206 instructions for this chunk (a count hook of 1 around it, less the caller's share).
        Assert.Equal(206, Count(1));
        Assert.Equal(20, Count(10));
    }

    [Fact]
    public void TailCallsAreReportedAsSuch()
    {
        using var lua = new LuaState();
        var f = lua.Load("local function g() return 1 end\nlocal function h() return g() end\nreturn h()", "=tail");
        var log = new List<string>();
        lua.SetHook(LuaHookMask.Call, 0, (LuaThread t, in LuaHookEventArgs e) =>
        {
            t.TryGetFrame(0, out var fr);
            var info = fr.GetInfo();
            log.Add($"{e.Event}:{info.LineDefined}:{info.IsTailCall}");
        });
        lua.Call(f);
        Assert.Equal(["Call:0:False", "TailCall:2:True", "TailCall:1:True"], log);
    }

    [Fact]
    public void RemovingTheHookStopsEvents()
    {
        using var lua = new LuaState();
        int n = 0;
        lua.SetHook(LuaHookMask.Line, 0, (LuaThread t, in LuaHookEventArgs e) => n++);
        lua.DoString("local a = 1\nlocal b = 2");
        Assert.Equal(2, n);
        lua.SetHook(LuaHookMask.Line, 0, null);
        lua.DoString("local a = 1\nlocal b = 2");
        Assert.Equal(2, n);
    }

    [Fact]
    public void InvalidMasksAndCountsAreRejected()
    {
        using var lua = new LuaState();
        LuaHookHandler h = (LuaThread t, in LuaHookEventArgs e) => { };
        Assert.Throws<ArgumentOutOfRangeException>(() => lua.SetHook((LuaHookMask)64, 0, h));
        Assert.Throws<ArgumentOutOfRangeException>(() => lua.SetHook(LuaHookMask.Count, 0, h));
        Assert.Throws<ArgumentOutOfRangeException>(() => lua.SetHook(LuaHookMask.Line, -1, h));
    }
}
