namespace Tycho.Runtime;

/// <summary>The events a thread's debug hook asks for (lua.h's LUA_MASKCALL, LUA_MASKRET, LUA_MASKLINE,
/// LUA_MASKCOUNT; manual §4.7 <c>lua_sethook</c>).</summary>
[Flags]
internal enum HookMask : byte
{
    /// <summary>No hook.</summary>
    None = 0,
    /// <summary>"c": every function call, including tail calls.</summary>
    Call = 1,
    /// <summary>"r": every function return.</summary>
    Return = 2,
    /// <summary>"l": entering a new line, and every backward jump.</summary>
    Line = 4,
    /// <summary>A count: every that-many instructions.</summary>
    Count = 8,
    /// <summary>The host hook only: an error is raised (before the stack unwinds).</summary>
    Error = 16,
}

/// <summary>The event names a hook function receives (ldblib.c hookf).</summary>
internal static class HookEvents
{
    public static readonly LuaValue Call = LuaValue.FromString("call"), Return = LuaValue.FromString("return"),
        Line = LuaValue.FromString("line"), Count = LuaValue.FromString("count"), TailCall = LuaValue.FromString("tail call");

    /// <summary>The name of a script hook's event.</summary>
    public static LuaValue Name(HookKind evt) => evt switch
    {
        HookKind.Call => Call,
        HookKind.TailCall => TailCall,
        HookKind.Return => Return,
        HookKind.Line => Line,
        _ => Count,
    };
}
