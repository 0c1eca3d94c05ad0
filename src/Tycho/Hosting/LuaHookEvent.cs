namespace Tycho.Hosting;

/// <summary>What a host hook is called for (lua.h's LUA_HOOKCALL, LUA_HOOKTAILCALL, LUA_HOOKRET, LUA_HOOKLINE,
/// LUA_HOOKCOUNT; manual §4.7), plus errors and pause requests.</summary>
public enum LuaHookEvent
{
    /// <summary>A function was called; level 0 is the called function, before its first instruction.</summary>
    Call,
    /// <summary>A function was called by a tail call (its caller's frame is gone).</summary>
    TailCall,
    /// <summary>A function is about to return; level 0 is the returning function.</summary>
    Return,
    /// <summary>The interpreter is about to run a new line of code, or jumps back (a loop), even to the same line.</summary>
    Line,
    /// <summary>The interpreter ran the hook's count of instructions.</summary>
    Count,
    /// <summary>An error is being raised; level 0 is where it was raised and no frame has unwound yet.</summary>
    Error,
    /// <summary>A pause asked for by <see cref="LuaState.RequestPause"/> reached a safepoint.</summary>
    Pause,
}
