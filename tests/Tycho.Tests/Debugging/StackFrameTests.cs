using System.Text;
using Xunit;

namespace Tycho.Tests.Debugging;

/// <summary>LuaThread.TryGetFrame/GetStackFrames and LuaStackFrame: getinfo fields, locals and upvalues read and
/// written from a host hook, and LuaFunction.GetDebugInfo/GetActiveLines.</summary>
public class StackFrameTests
{
    private static LuaState NewState(out MemoryStream output)
    {
        output = new MemoryStream();
        return new LuaState(new LuaStateOptions { Output = output });
    }

    private static string Text(MemoryStream s) => Encoding.UTF8.GetString(s.ToArray());

    [Fact]
    public void FramesDescribeTheCallStackAtALineEvent()
    {
        using var lua = new LuaState();
        var f = lua.Load("""
            local up = 10
            local function inner(a, ...)
              local b = a + up
              return b
            end
            function outer(n)
              return (inner(n, 'x', 'y'))
            end
            local r = outer(5)
            return r
            """, "@frames.lua");
        List<(string Name, string What, int Line, int Defined)>? stack = null;
        List<LuaVariable>? locals = null, upvalues = null;
        lua.SetHook(LuaHookMask.Line, 0, (LuaThread t, in LuaHookEventArgs e) =>
        {
            if (e.Line != 4) return;
            var frames = t.GetStackFrames();
            Assert.Equal(t.StackDepth, frames.Count);
            stack = frames.Select(fr => fr.GetInfo()).Select(i => (i.Name ?? "?", i.What, i.CurrentLine, i.LineDefined)).ToList();
            locals = frames[0].GetLocals().ToList();
            upvalues = frames[0].GetUpvalues().ToList();
        });
        Assert.Equal(15L, lua.Call<long>(f));
        Assert.NotNull(stack);
        Assert.Equal(("inner", "Lua", 4, 2), stack[0]);
        Assert.Equal(("outer", "Lua", 7, 6), stack[1]);
        Assert.Equal(("?", "main", 9, 0), stack[2]);
        Assert.Equal(3, stack.Count);
        Assert.Equal(["a=5", "b=15", "(vararg)=x", "(vararg)=y"], locals!.Select(v => $"{v.Name}={v.Value}"));
        Assert.Equal([1, 2, -1, -2], locals!.Select(v => v.Index));
        Assert.Equal(["up=10"], upvalues!.Select(v => $"{v.Name}={v.Value}"));
    }

    [Fact]
    public void FrameInfoHasTheGetinfoFields()
    {
        using var lua = new LuaState();
        var f = lua.Load("local t = {}\nfunction t.m(p, q)\n  local z = p\n  return z\nend\nreturn t.m(1, 2)", "=info");
        LuaDebugInfo? info = null;
        lua.SetHook(LuaHookMask.Return, 0, (LuaThread t, in LuaHookEventArgs e) =>
        {
            t.TryGetFrame(0, out var fr);
            var i = fr.GetInfo();
            if (i.LineDefined == 2) info = i;
        });
        lua.Call(f);
        Assert.NotNull(info);
        Assert.Equal("=info", info.Source);
        Assert.Equal("info", info.ShortSource);
        Assert.Equal("Lua", info.What);
        Assert.Equal(4, info.CurrentLine);
        Assert.Equal(5, info.LastLineDefined);
        Assert.Null(info.Name);   // a tail call: the caller's frame is gone, and with it the name
        Assert.Equal("", info.NameWhat);
        Assert.Equal(0, info.NumUpvalues);
        Assert.Equal(2, info.NumParams);
        Assert.False(info.IsVararg);
        Assert.True(info.IsTailCall);   // return t.m(1, 2) is a tail call
        Assert.Equal([3, 4, 5], info.ActiveLines);
        Assert.IsType<LuaClosure>(info.Function.AsObject);
    }

    [Fact]
    public void HostFunctionFramesLookLikeCFunctions()
    {
        using var lua = new LuaState();
        LuaDebugInfo? info = null;
        int locals = -1;
        lua.SetHook(LuaHookMask.Call, 0, (LuaThread t, in LuaHookEventArgs e) =>
        {
            t.TryGetFrame(0, out var fr);
            var i = fr.GetInfo();
            if (i.What == "C") { info = i; locals = fr.GetLocals().Count; }
        });
        lua.DoString("local s = string.rep('a', 3)");
        Assert.NotNull(info);
        Assert.Equal("=[C]", info.Source);
        Assert.Equal("[C]", info.ShortSource);
        Assert.Equal(-1, info.CurrentLine);
        Assert.Equal(-1, info.LineDefined);
        Assert.Equal("rep", info.Name);
        Assert.Equal("field", info.NameWhat);
        Assert.True(info.IsVararg);
        Assert.Empty(info.ActiveLines);
        Assert.Equal(0, locals);
    }

    [Fact]
    public void AHandlerCanChangeALocalTheScriptThenUses()
    {
        using var lua = NewState(out var output);
        var f = lua.Load("local greeting = 'hello'\nlocal n = 1\nprint(greeting, n)", "=set");
        lua.SetHook(LuaHookMask.Line, 0, (LuaThread t, in LuaHookEventArgs e) =>
        {
            if (e.Line != 3) return;
            Assert.True(t.TryGetFrame(0, out var fr));
            var locals = fr.GetLocals();
            int index = locals.Single(v => v.Name == "greeting").Index;
            Assert.True(fr.TrySetLocal(index, "changed"));
            Assert.True(fr.TrySetLocal(2, 42));
            Assert.False(fr.TrySetLocal(50, 0));
        });
        lua.Call(f);
        Assert.Equal("changed\t42\n", Text(output));
    }

    [Fact]
    public void AHandlerCanChangeAnUpvalueSharedByClosures()
    {
        using var lua = NewState(out var output);
        var f = lua.Load("local count = 0\nlocal function get() return count end\nlocal function bump()\n  count = count + 1\nend\nbump()\nprint(get())", "=up");
        lua.SetHook(LuaHookMask.Line, 0, (LuaThread t, in LuaHookEventArgs e) =>
        {
            if (e.Line != 4) return;
            t.TryGetFrame(0, out var fr);
            Assert.Equal("count", fr.GetUpvalues()[0].Name);
            Assert.True(fr.TrySetUpvalue(1, 100));
            Assert.False(fr.TrySetUpvalue(2, 0));
        });
        lua.Call(f);
        Assert.Equal("101\n", Text(output));
    }

    [Fact]
    public void FramesGoStaleOnceTheThreadRuns()
    {
        using var lua = new LuaState();
        LuaStackFrame saved = default;
        lua.SetHook(LuaHookMask.Line, 0, (LuaThread t, in LuaHookEventArgs e) =>
        {
            if (e.Line == 1) { t.TryGetFrame(0, out saved); Assert.True(saved.IsValid); }
        });
        lua.DoString("local a = 1\nlocal b = 2");
        Assert.False(saved.IsValid);
        Assert.Throws<InvalidOperationException>(() => saved.GetLocals());
        Assert.Throws<InvalidOperationException>(() => default(LuaStackFrame).GetInfo());
    }

    [Fact]
    public void StackLevelsOutOfRangeAreRefused()
    {
        using var lua = new LuaState();
        Assert.Equal(0, lua.MainThread.StackDepth);
        Assert.False(lua.MainThread.TryGetFrame(0, out _));
        Assert.False(lua.MainThread.TryGetFrame(-1, out _));
        Assert.Empty(lua.MainThread.GetStackFrames());
    }

    [Fact]
    public void FunctionDebugInfoAndActiveLines()
    {
        using var lua = new LuaState();
        var f = lua.Load("local function a()\n  return 1\nend\n\nlocal function b()\n  local function c()\n    return 2\n  end\n  return c\nend\nreturn a, b", "=lines");
        var info = f.GetDebugInfo();
        Assert.Equal("main", info.What);
        Assert.Equal(-1, info.CurrentLine);
        Assert.Null(info.Name);
        Assert.Equal("", info.NameWhat);
        Assert.True(info.IsVararg);
        Assert.Equal([3, 10, 11], f.GetActiveLines(includeNested: false));
        Assert.Equal([2, 3, 7, 8, 9, 10, 11], f.GetActiveLines(includeNested: true));
        var r = lua.Call(f);
        var a = (LuaFunction)r[0].AsObject!;
        Assert.Equal(1, a.GetDebugInfo().LineDefined);
        Assert.Equal(3, a.GetDebugInfo().LastLineDefined);
        Assert.Equal([2, 3], a.GetDebugInfo().ActiveLines);
        var print = (LuaFunction)lua.Globals["print"].AsObject!;
        Assert.Equal("C", print.GetDebugInfo().What);
        Assert.Empty(print.GetActiveLines(true));
    }
}
