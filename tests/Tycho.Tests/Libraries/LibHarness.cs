using Xunit;

namespace Tycho.Tests.Libraries;

/// <summary>Calls library host functions directly (no VM needed): pushes arguments on the main thread, builds a
/// call context, runs the delegate and collects the pushed results.</summary>
internal sealed class LibHarness
{
    public readonly LuaState State;
    public readonly MemoryStream Output = new();

    public LibHarness(LuaLibraries libs)
    {
        State = new LuaState(new LuaStateOptions { Libraries = libs, Output = Output, ErrorOutput = new MemoryStream(), Input = new MemoryStream() });
    }

    public LuaHostFunction Fn(string lib, string name)
    {
        var t = State.Globals[lib].AsTable!;
        return (LuaHostFunction)t[name].AsFunction!;
    }

    public LuaValue[] Call(string lib, string name, params LuaValue[] args) => Call(Fn(lib, name), args);

    public LuaValue[] Call(LuaValue f, params LuaValue[] args)
    {
        var fn = (LuaHostFunction)f.AsFunction!;
        var th = State.MainThread;
        int b = th.Top;
        foreach (var a in args) th.Push(a);
        try
        {
            int n = fn.Delegate(new LuaCallContext(th, b, args.Length, fn));
            var r = new LuaValue[n];
            Array.Copy(th.Stack, th.Top - n, r, 0, n);
            return r;
        }
        finally { th.Top = b; }
    }

    /// <summary>Runs the call and returns the error message.</summary>
    public string Error(string lib, string name, params LuaValue[] args)
    {
        var ex = Assert.Throws<LuaRuntimeException>(() => Call(lib, name, args));
        return ex.Value.ToString();
    }

    public static LuaTable List(params LuaValue[] items)
    {
        var t = new LuaTable();
        for (int i = 0; i < items.Length; i++) t.SetInt(i + 1, items[i]);
        return t;
    }

    public static string Show(LuaValue[] vs) => string.Join("\t", vs.Select(v => v.ToString()));

    public string OutputText() { State.StandardOutput.Flush(); return System.Text.Encoding.UTF8.GetString(Output.ToArray()); }
}
