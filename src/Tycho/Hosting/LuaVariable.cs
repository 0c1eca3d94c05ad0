using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>A local variable or upvalue seen by the debugging API (manual §4.7 <c>lua_getlocal</c>,
/// <c>lua_getupvalue</c>).</summary>
/// <param name="Index">Its number: 1-based for locals and upvalues, negative for a frame's varargs.</param>
/// <param name="Name">Its name ("(vararg)" for varargs, "(no name)" for an upvalue of stripped code, "" for an
/// upvalue of a host function).</param>
/// <param name="Value">Its value when it was read.</param>
public readonly record struct LuaVariable(int Index, string Name, LuaValue Value);
