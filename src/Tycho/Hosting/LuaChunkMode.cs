namespace Tycho.Hosting;

/// <summary>Which kinds of chunk <see cref="LuaState.Load(ReadOnlySpan{byte}, string, LuaChunkMode, Runtime.LuaTable?)"/>
/// accepts: the <c>mode</c> of <c>load</c> and <c>lua_load</c> (manual §6.1, §4.7): <c>"t"</c>, <c>"b"</c>,
/// <c>"bt"</c>. A binary chunk is one that starts with ESC (<c>\x1b</c>), as <c>string.dump</c> and luac write them.</summary>
[Flags]
public enum LuaChunkMode
{
    /// <summary>Source text only (<c>"t"</c>).</summary>
    Text = 1,
    /// <summary>Precompiled binary chunks only (<c>"b"</c>).</summary>
    Binary = 2,
    /// <summary>Either (<c>"bt"</c>, lua's default).</summary>
    TextOrBinary = Text | Binary,
}
