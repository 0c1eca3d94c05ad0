namespace Tycho.Runtime.Gc;

/// <summary>
/// Lua 5.3's <c>LUA_ERRGCMM</c>: "error in __gc metamethod (msg)", raised again by whatever ran the collector after
/// a finalizer failed (5.3 manual §2.5.1, lgc.c GCTM). lua raises it with luaD_throw, past any message handler: an
/// <c>xpcall</c> handler does not see it and the standalone interpreter adds no traceback, as for memory errors.
/// </summary>
internal sealed class FinalizerErrorException : LuaRuntimeException
{
    /// <summary>Creates the error for the first failed finalizer's message.</summary>
    public FinalizerErrorException(string message) : base(LuaValue.FromString("error in __gc metamethod (" + message + ")")) { }
}
