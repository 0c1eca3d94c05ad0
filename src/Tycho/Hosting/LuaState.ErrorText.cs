using System.Diagnostics.CodeAnalysis;
using Tycho.Runtime;

namespace Tycho.Hosting;

// The text of error objects, as lua.c's message handler makes it (also what LuaRuntimeException.Message shows).
public sealed partial class LuaState
{
    /// <summary>
    /// Calls <paramref name="value"/>'s <c>__tostring</c> metamethod as lua.c's message handler does for an error
    /// object that is not a string (manual §7; <c>luaL_callmeta(L, 1, "__tostring")</c>): true with the result when
    /// the metamethod exists and returns a string; false when there is none, it raises an error or it returns
    /// another type (the caller then shows <c>(error object is a T value)</c>). Runs as an API call, so under the
    /// state's limits (a fresh run of them when called from outside Lua); a limit that fires ends it with
    /// <see cref="LuaLimitException"/>.
    /// </summary>
    public bool TryCallToStringMetamethod(in LuaValue value, [NotNullWhen(true)] out LuaString? text)
    {
        using var scope = EnterApi();
        bool found = ErrorText.TryToStringMetamethod(MainThread, value, out text);
        Core.ThrowIfLimitFired(_apiDepth <= 1);
        return found;
    }
}
