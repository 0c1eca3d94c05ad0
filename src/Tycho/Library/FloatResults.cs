using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// Lua 5.1 and 5.2 have a single number type, the float (Lua 5.1 manual §2.2, Lua 5.2 manual §2.1): what their
/// libraries return (lengths, positions, counts, <c>os.time</c>) is a float, so it prints, overflows and divides as
/// one. The libraries are written for 5.4's subtypes; rather than test the version in each, the 5.1/5.2 variant of a
/// library wraps its ordinary functions once per process so that integer results leave as floats. 5.4 never sees
/// the wrapper.
/// </summary>
internal static class FloatResults
{
    /// <summary><paramref name="f"/> giving floats for integers; functions the VM runs itself (pcall, yield, those
    /// ending in a call) pass the callee's results on unchanged, so they stay as they are.</summary>
    public static LuaHostFunction Wrap(LuaHostFunction f)
    {
        if (f.Kind != HostFunctionKind.Normal) return f;
        // One wrapper per function, so that a function under two names (gfind and gmatch) stays one.
        return Wrapped.GetValue(f, static g =>
        {
            LuaHostDelegate inner = g.Delegate;
            return new LuaHostFunction(g.Name, ctx => Convert(ctx.Thread, inner(ctx)), g.UpValues);
        });
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LuaHostFunction, LuaHostFunction> Wrapped = new();

    /// <summary>Converts the integers among the <paramref name="n"/> results on top of the stack to floats.</summary>
    public static int Convert(LuaThread th, int n)
    {
        var stack = th.Stack;
        for (int i = th.Top - n; i < th.Top; i++)
            if (stack[i].IsInteger) stack[i] = LuaValue.FromFloat(stack[i].RawInteger);
        return n;
    }

    /// <summary>The value as the versions without integers hold it: integers become floats.</summary>
    public static LuaValue ToFloat(in LuaValue v) => v.IsInteger ? LuaValue.FromFloat(v.RawInteger) : v;
}
