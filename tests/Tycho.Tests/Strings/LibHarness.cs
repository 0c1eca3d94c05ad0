using System.Text;

namespace Tycho.Tests.Strings;

/// <summary>
/// Calls library host functions directly (no VM needed): pushes the arguments on the main thread, builds a
/// <see cref="LuaCallContext"/>, runs the delegate and collects the results or the error message.
/// </summary>
public sealed class LibHarness
{
    public LuaState State { get; } = new(new LuaStateOptions { Libraries = LuaLibraries.None });

    public LibHarness()
    {
        StringLib.Open(State.Core);
        Utf8Lib.Open(State.Core);
    }

    public LuaHostFunction Function(string lib, string name)
    {
        var t = State.Globals.GetStr(LuaString.From(lib)).AsTable!;
        return (LuaHostFunction)t.GetStr(LuaString.From(name)).AsFunction!;
    }

    /// <summary>Runs <paramref name="f"/> with the arguments; returns the results.</summary>
    public LuaValue[] Invoke(LuaHostFunction f, params LuaValue[] args)
    {
        var th = State.MainThread;
        int bas = th.Top;
        foreach (var a in args) th.Push(a);
        try
        {
            int n = f.Delegate(new LuaCallContext(th, bas, args.Length, f));
            var res = new LuaValue[n];
            Array.Copy(th.Stack, th.Top - n, res, 0, n);
            return res;
        }
        finally { th.Top = bas; }
    }

    public LuaValue[] Call(string lib, string name, params LuaValue[] args) => Invoke(Function(lib, name), args);

    /// <summary>The outcome encoded as gen.lua encodes lua5.4's: "ok:i:1|s:x" or "err:message".</summary>
    public string Outcome(string lib, string name, params LuaValue[] args)
    {
        try { return "ok:" + string.Join("|", Call(lib, name, args).Select(Encode)); }
        catch (LuaRuntimeException e) { return "err:" + Latin1(e.Value); }
    }

    public static string Encode(LuaValue v)
    {
        if (v.IsInteger) return "i:" + v.RawInteger;
        if (v.IsFloat) return "f:" + NumberFormatter.FormatG(v.RawFloat, 17, false, false);
        if (v.IsNil) return "n:nil";
        if (v.IsBoolean) return "b:" + (v.RawBoolean ? "true" : "false");
        if (v.O is LuaString) return "s:" + Latin1(v);
        return v.TypeName[0] + ":" + v;
    }

    /// <summary>A Lua string's bytes as chars (Latin-1), so arbitrary bytes survive comparisons.</summary>
    public static string Latin1(LuaValue v) => v.O is LuaString s ? Encoding.Latin1.GetString(s.Span) : v.ToString();

    /// <summary>A Lua string from chars 0-255 (Latin-1).</summary>
    public static LuaValue Str(string s) => LuaString.FromBytes(Encoding.Latin1.GetBytes(s));
}
