using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>
/// A host hook (<see cref="LuaState.SetHook(LuaHookMask, int, LuaHookHandler?)"/>; manual §4.7 <c>lua_Hook</c>).
/// It runs on the .NET thread that runs the Lua code, with the state's hooks off (hooks do not nest), while
/// <paramref name="thread"/>'s level 0 (<c>LuaThread.TryGetFrame</c>) is the function the event is about.
/// The handler may use the state's API (read globals, load and call chunks, inspect and change frames) and may
/// block (a debugger waiting for "continue"). An exception it throws is raised as an error of the hooked code.
/// </summary>
/// <param name="thread">The thread (main thread or coroutine) that runs the hooked code.</param>
/// <param name="e">The event.</param>
public delegate void LuaHookHandler(LuaThread thread, in LuaHookEventArgs e);
