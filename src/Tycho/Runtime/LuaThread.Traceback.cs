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
    /// "stack traceback:\n\t[C]: in function 'error'\n\tfile.lua:3: in function 'f'...".</summary>
    internal static string Traceback(LuaThread co, string? msg, int level)
    {
        var sb = new StringBuilder();
        if (msg is not null) sb.Append(msg).Append('\n');
        sb.Append("stack traceback:");
        int start = level;
        // lastlevel counts the host's "[C]: in ?" below a main thread's first frame as a level of its own.
        int floor = co.IsMainThread && co.HostXpcallAtBase ? 2 : 1;
        int last = co.IsMainThread ? co.FrameCount - floor : co.FrameCount - 2;
        int limit2show = last - level > Levels1 + Levels2 ? Levels1 : -1;
        while (true)
        {
            int fi = co.FrameOfLevel(level++);
            if (fi < floor) break;
            if (limit2show-- == 0)
            {
                int n = last - level - Levels2 + 1;
                sb.Append("\n\t...\t(skipping ").Append(n).Append(" levels)");
                level += n;
                continue;
            }
            ref CallFrame f = ref co.Frames[fi];
            int line = CurrentLine(f);
            sb.Append("\n\t").Append(ShortSource(f));
            if (line > 0) sb.Append(':').Append(line);
            sb.Append(": in ").Append(co.DescribeFunction(fi));
            if ((f.Flags & FrameFlags.Tail) != 0) sb.Append("\n\t(...tail calls...)");
        }
        // The main thread runs under its host, which lua.c shows as a C function without a name.
        // It is one level below the last frame: a start level past it shows nothing at all.
        bool reached = level - 1 > start || start <= 0 || co.FrameOfLevel(start - 1) >= floor;
        if (co.IsMainThread && reached) sb.Append("\n\t[C]: in ?");
        return sb.ToString();
    }
}
