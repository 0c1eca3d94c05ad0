namespace Tycho.Hosting;

/// <summary>The events a host hook asks for (<see cref="LuaState.SetHook(LuaHookMask, int, LuaHookHandler?)"/>): lua.h's
/// LUA_MASKCALL, LUA_MASKRET, LUA_MASKLINE and LUA_MASKCOUNT (manual §4.7 <c>lua_sethook</c>), plus errors.</summary>
[Flags]
public enum LuaHookMask
{
    /// <summary>No events (a hook still receives <see cref="LuaHookEvent.Pause"/>).</summary>
    None = 0,
    /// <summary>Every function call, including tail calls (<see cref="LuaHookEvent.Call"/>, <see cref="LuaHookEvent.TailCall"/>).</summary>
    Call = 1,
    /// <summary>Every function return (<see cref="LuaHookEvent.Return"/>).</summary>
    Return = 2,
    /// <summary>Entering a new line of Lua code, and every backward jump (<see cref="LuaHookEvent.Line"/>).</summary>
    Line = 4,
    /// <summary>Every <c>count</c> instructions (<see cref="LuaHookEvent.Count"/>).</summary>
    Count = 8,
    /// <summary>Every error raised, before the stack unwinds (<see cref="LuaHookEvent.Error"/>).</summary>
    Error = 16,
}
