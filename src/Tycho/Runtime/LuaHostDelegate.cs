namespace Tycho.Runtime;

/// <summary>
/// The signature of a host (.NET) function callable from Lua, lua5.4's <c>lua_CFunction</c> (manual §4.6):
/// arguments are read from <paramref name="ctx"/>, results are pushed with <see cref="LuaCallContext.Push"/>
/// (or returned through the <c>Return</c> helpers), and the return value is the number of results pushed.
/// Errors are raised by throwing <see cref="LuaRuntimeException"/>.
/// </summary>
public delegate int LuaHostDelegate(LuaCallContext ctx);
