namespace Tycho.Runtime;

/// <summary>
/// The text of an error object as lua.c's <c>msghandler</c> makes it (manual §7): a string or number as itself, else
/// the result of its <c>__tostring</c> metamethod when that returns a string, else
/// <c>(error object is a T value)</c>. Shared by the host boundary (<see cref="LuaRuntimeException.Message"/>) and
/// the command line's error reports.
/// </summary>
internal static class ErrorText
{
    /// <summary>luaL_callmeta(L, idx, "__tostring") followed by lua.c's check that the result is a string. Runs the
    /// metamethod on <paramref name="thread"/> under the running call's limits; an error it raises (a limit
    /// included, which stays sticky for the caller to report) makes the answer false.</summary>
    internal static bool TryToStringMetamethod(LuaThread thread, in LuaValue value, out LuaString? text) =>
        TryToStringMetamethod(thread, value, out text, out _);

    /// <summary>As <see cref="TryToStringMetamethod(LuaThread, in LuaValue, out LuaString?)"/>, also giving why a
    /// metamethod that exists gave no text: the error it raised, or luaL_tolstring's
    /// <c>'__tostring' must return a string</c>.</summary>
    internal static bool TryToStringMetamethod(LuaThread thread, in LuaValue value, out LuaString? text, out LuaRuntimeException? error)
    {
        text = null;
        error = null;
        if (thread.Global.GetMetatable(value) is not LuaTable mt) return false;
        LuaValue handler = mt.GetStr(MetaNames.ToStringName);
        if (handler.IsNil) return false;
        try
        {
            LuaValue r = thread.Call1(handler, value, LuaValue.Nil);
            text = r.O as LuaString;
            if (text is null) error = new LuaRuntimeException("'__tostring' must return a string");
            return text is not null;
        }
        catch (LuaRuntimeException e)
        {
            error = e;
            return false;
        }
    }

    /// <summary>lua.c's description of an error object that is neither text nor convertible by <c>__tostring</c>.</summary>
    internal static string TypeDescription(in LuaValue value) => "(error object is a " + value.TypeName + " value)";
}
