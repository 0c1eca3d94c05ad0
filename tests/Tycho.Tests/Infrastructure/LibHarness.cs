using System.Text;
using Xunit;

namespace Tycho.Tests.Infrastructure;

/// <summary>
/// Calls library host functions directly (no VM needed): pushes the arguments on the main thread, builds a
/// <see cref="LuaCallContext"/>, runs the delegate and collects the results or the error.
/// </summary>
internal sealed class LibHarness
{
    private readonly MemoryStream _output;

    public LuaState State { get; }

    /// <summary>A fresh state with only <paramref name="libraries"/> open, its standard streams in memory.</summary>
    public LibHarness(LuaLibraries libraries) => State = QuietState.Create(out _output, libraries);

    /// <summary>The host function <c>lib.name</c>.</summary>
    public LuaHostFunction Function(string lib, string name) =>
        (LuaHostFunction)State.Globals[lib].AsTable![name].AsFunction!;

    /// <summary>Runs <c>lib.name</c> with the arguments; returns its results.</summary>
    public LuaValue[] Call(string lib, string name, params LuaValue[] args) => Call(Function(lib, name), args);

    /// <summary>Runs the host function <paramref name="f"/> with the arguments; returns its results.</summary>
    public LuaValue[] Call(LuaValue f, params LuaValue[] args)
    {
        var fn = (LuaHostFunction)f.AsFunction!;
        var th = State.MainThread;
        int bas = th.Top;
        foreach (var a in args) th.Push(a);
        try
        {
            int n = fn.Delegate(new LuaCallContext(th, bas, args.Length, fn));
            var res = new LuaValue[n];
            Array.Copy(th.Stack, th.Top - n, res, 0, n);
            return res;
        }
        finally { th.Top = bas; }
    }

    /// <summary>Runs a call that must raise a Lua error; returns the error message.</summary>
    public string Error(string lib, string name, params LuaValue[] args) =>
        Assert.Throws<LuaRuntimeException>(() => Call(lib, name, args)).Value.ToString();

    /// <summary>The outcome encoded as Strings/gen/gen.lua encodes the reference's: "ok:i:1|s:x" or "err:message".</summary>
    public string Outcome(string lib, string name, params LuaValue[] args)
    {
        try { return "ok:" + string.Join("|", Call(lib, name, args).Select(Encode)); }
        catch (LuaRuntimeException e) { return "err:" + Latin1(e.Value); }
    }

    /// <summary>What the state's standard output received so far.</summary>
    public string OutputText() => QuietState.Printed(State, _output);

    /// <summary>One value as gen.lua encodes it: type letter, colon, value (floats with 17 digits).</summary>
    public static string Encode(LuaValue v)
    {
        if (v.IsInteger) return "i:" + v.RawInteger;
        if (v.IsFloat) return "f:" + NumberFormatter.FormatG(v.RawFloat, 17, false, false);
        if (v.IsNil) return "n:nil";
        if (v.IsBoolean) return "b:" + (v.RawBoolean ? "true" : "false");
        if (v.O is LuaString) return "s:" + Latin1(v);
        return v.TypeName[0] + ":" + v;
    }

    /// <summary>Values as print shows them, tab-separated.</summary>
    public static string Show(LuaValue[] vs) => string.Join("\t", vs.Select(v => v.ToString()));

    /// <summary>A sequence {items...}.</summary>
    public static LuaTable List(params LuaValue[] items)
    {
        var t = new LuaTable();
        for (int i = 0; i < items.Length; i++) t.SetInt(i + 1, items[i]);
        return t;
    }

    /// <summary>A Lua string's bytes as chars (Latin-1), so arbitrary bytes survive comparisons.</summary>
    public static string Latin1(LuaValue v) => v.O is LuaString s ? Encoding.Latin1.GetString(s.Span) : v.ToString();

    /// <summary>A Lua string from chars 0-255 (Latin-1).</summary>
    public static LuaValue Str(string s) => LuaString.FromBytes(Encoding.Latin1.GetBytes(s));
}
