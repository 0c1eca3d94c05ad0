namespace Tycho.Runtime;

/// <summary>
/// Lua's memory error (lua5.4's <c>LUA_ERRMEM</c>): raised when an allocation would take the state's Lua objects
/// over <see cref="Tycho.Hosting.LuaStateOptions.MemoryLimit"/> even after a full collection. Its error object is the string
/// <c>"not enough memory"</c> with no position; as in lua5.4, an <c>xpcall</c> message handler is not called for it
/// (manual §4.4.1). When the limit fired, <c>pcall</c> catches it only for a cleanup grace: then it is raised again at
/// every safepoint until the top-level call ends (a sandbox choice stricter than lua's). The state stays usable.
/// </summary>
public sealed class LuaMemoryException : LuaLimitException
{
    /// <summary>The error message, as lua5.4's.</summary>
    public const string NotEnoughMemory = "not enough memory";

    /// <summary>The error object, preallocated (lua's G(L)->memerrmsg): raising the error allocates no Lua object.</summary>
    private static readonly LuaString ErrorObject = LuaString.Uncharged(NotEnoughMemory);

    /// <summary>Creates the error.</summary>
    public LuaMemoryException() : base(LuaLimitKind.Memory, LuaValue.FromString(ErrorObject)) { }
}
