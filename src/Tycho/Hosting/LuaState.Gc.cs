namespace Tycho.Hosting;

// The garbage-collector controls of the embedding API (lua_gc).
public sealed partial class LuaState
{
    private LuaGc? _gc;

    /// <summary>The state's garbage-collector controls (manual §2.5, §4.6 <c>lua_gc</c>), the host's
    /// <c>collectgarbage</c>: one object per state.</summary>
    public LuaGc Gc => _gc ??= new LuaGc(this);

    /// <summary>At the end of an API call that ran Lua code: throws the limit that fired meanwhile (the code caught
    /// its error) when this call is the outermost one.</summary>
    internal void ThrowIfLimitFiredAtTop() => Core.ThrowIfLimitFired(_apiDepth <= 1);
}
