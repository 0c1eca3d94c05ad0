using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>Lua 5.5's <c>error</c> (manual §8.1): a nil error object becomes the message <c>"&lt;no error object&gt;"</c>,
/// so that every error carries a value a handler can show.</summary>
internal static class NilErrorObject55
{
    /// <summary>The message that stands for a nil error object (ldebug.c luaG_errormsg).</summary>
    internal static readonly LuaString Message = LuaString.FromAscii("<no error object>");

    /// <summary>The function, for the 5.5 library template.</summary>
    public static readonly LuaHostFunction Error = new("error", ErrorFn);

    private static int ErrorFn(LuaCallContext ctx)
    {
        if (ctx[1].IsNil) throw new LuaRuntimeException(LuaValue.FromString(Message));
        return BaseLib.Error(ctx);
    }
}
