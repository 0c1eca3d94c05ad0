namespace Tycho.Runtime;

// lua_close's first step, for os.exit(code, true).
public sealed partial class LuaThread
{
    /// <summary>
    /// luaD_closeprotected(L, 1, LUA_OK) as lua_close runs it on the main thread: closes every open upvalue and every
    /// pending to-be-closed variable, newest first. <c>__close</c> gets nil as the error until one raises; later ones
    /// get that error (manual §3.3.8).
    /// </summary>
    internal void CloseAllForExit()
    {
        CloseUpvalues(0);
        LuaValue err = LuaValue.Nil;
        bool errored = false;
        while (TbcCount > 0)
        {
            try { CloseTbc(0, err, errored); }
            catch (LuaRuntimeException e) { err = e.Value; errored = true; }
        }
    }
}
