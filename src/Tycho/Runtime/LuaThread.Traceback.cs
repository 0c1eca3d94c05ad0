using System.Text;

namespace Tycho.Runtime;

// Stack tracebacks and frame descriptions (lauxlib.c luaL_traceback, ldebug.c lua_getinfo).
public sealed partial class LuaThread
{
    private const int Levels1 = 10, Levels2 = 11;

    /// <summary>The bottom frame is <c>xpcall</c> called by the host: a protected call with a message handler, as
    /// lua.c's <c>docall</c>. Tracebacks show it as the host's own "[C]: in ?" level.</summary>
    private bool HostXpcallAtBase => FrameCount > 2 && Frames[1].Function is LuaHostFunction { Kind: HostFunctionKind.XPCall };

    /// <summary>Short source of a frame: "[C]" for host functions, the chunk id for Lua ones.</summary>
    internal static string ShortSource(in CallFrame f) => f.IsLua ? ChunkId.Format(f.Closure!.Proto.Source) : "[C]";

    /// <summary>How luaL_traceback names the function of frame <paramref name="fi"/>.</summary>
    internal string DescribeFunction(int fi)
    {
        ref CallFrame f = ref Frames[fi];
        // Lua 5.5's lauxlib pushfuncname tries the call site's name before the global one; 5.4's the other way.
        bool callSiteFirst = Global.Profile.TracebackPrefersCallSiteNames;
        if (!callSiteFirst && f.Function is not null && GlobalFunctionName(f.Function) is string g) return $"function '{g}'";
        var (kind, name) = GetFuncName(fi);
        if (kind is not null) return $"{kind} '{name}'";
        if (callSiteFirst && f.Function is not null && GlobalFunctionName(f.Function) is string g2) return $"function '{g2}'";
        if (f.IsLua)
        {
            var p = f.Closure!.Proto;
            if (p.LineDefined == 0) return "main chunk";
            return $"function <{ChunkId.Format(p.Source)}:{p.LineDefined}>";
        }
        return "?";
    }

    /// <summary>luaL_traceback of thread <paramref name="co"/> starting at <paramref name="level"/>:
    /// "stack traceback:\n\t[C]: in function 'error'\n\tfile.lua:3: in function 'f'...". A finalizer's levels go
    /// on into the thread it interrupted (<see cref="Interrupted"/>).</summary>
    internal static string Traceback(LuaThread co, string? msg, int level)
    {
        var sb = new StringBuilder();
        if (msg is not null) sb.Append(msg).Append('\n');
        sb.Append("stack traceback:");
        int start = level;
        var bottom = co;
        int last = 0;
        for (; bottom.Interrupted is { } it; bottom = it) last += bottom.FrameCount - 1;
        // lastlevel counts the host's "[C]: in ?" below a main thread's first frame as a level of its own.
        last += bottom.IsMainThread ? bottom.FrameCount - LevelFloor(bottom) : bottom.FrameCount - 2;
        int limit2show = last - level > Levels1 + Levels2 ? Levels1 : -1;
        while (true)
        {
            if (!TryGetShownLevel(co, level++, out var th, out int fi)) break;
            if (limit2show-- == 0)
            {
                int n = last - level - Levels2 + 1;
                sb.Append("\n\t...\t(skipping ").Append(n).Append(" levels)");
                level += n;
                continue;
            }
            ref CallFrame f = ref th.Frames[fi];
            int line = CurrentLine(f);
            sb.Append("\n\t").Append(ShortSource(f));
            if (line > 0) sb.Append(':').Append(line);
            sb.Append(": in ").Append(th.DescribeFunction(fi));
            if ((f.Flags & FrameFlags.Tail) != 0) sb.Append("\n\t(...tail calls...)");
        }
        // The main thread runs under its host, which lua.c shows as a C function without a name.
        // It is one level below the last frame: a start level past it shows nothing at all.
        bool reached = level - 1 > start || start <= 0 || TryGetShownLevel(co, start - 1, out _, out _);
        if (bottom.IsMainThread && reached) sb.Append("\n\t[C]: in ?");
        return sb.ToString();
    }

    /// <summary>The lowest frame of <paramref name="t"/> a traceback shows: above the host's own xpcall, if any.</summary>
    private static int LevelFloor(LuaThread t) => t.IsMainThread && t.HostXpcallAtBase ? 2 : 1;

    /// <summary>The frame of <paramref name="level"/> if a traceback of <paramref name="co"/> shows it.</summary>
    private static bool TryGetShownLevel(LuaThread co, int level, out LuaThread th, out int fi) =>
        co.TryGetLevel(level, out th, out fi) && fi >= LevelFloor(th);
}
