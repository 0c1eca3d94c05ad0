namespace Tycho.Hosting;

/// <summary>What <see cref="LuaState.Info"/> reports.</summary>
/// <param name="Version">The Lua language version the state speaks, <c>"Lua 5.4"</c> by default (the value of
/// <c>_VERSION</c>, see <see cref="LuaStateOptions.LanguageVersion"/>).</param>
/// <param name="MemoryInUse">Estimated bytes used by the state's Lua objects (<see cref="LuaState.MemoryInUse"/>: live
/// objects measured by the last collection cycle plus allocations since; <c>collectgarbage("count")</c> * 1024),
/// not the .NET heap size.</param>
/// <param name="MemoryLimit">The current memory limit in bytes (<see cref="LuaState.MemoryLimit"/>, initially
/// <see cref="LuaStateOptions.MemoryLimit"/>), or null when there is none.</param>
/// <param name="InstructionLimit">The configured instruction budget (<see cref="LuaStateOptions.InstructionLimit"/>), or null.</param>
/// <param name="MaxStackSlots">Maximum value-stack slots of one thread (LUAI_MAXSTACK).</param>
/// <param name="MaxHostNesting">Maximum nesting of host-to-Lua calls before "C stack overflow" (LUAI_MAXCCALLS).</param>
/// <param name="Handles">Live host handles (<see cref="LuaState.HandleCount"/>: neither disposed nor collected).</param>
public sealed record LuaStateInfo(string Version, long MemoryInUse, long? MemoryLimit, long? InstructionLimit,
    int MaxStackSlots, int MaxHostNesting, int Handles)
{
    /// <summary>The default language version string (<see cref="LuaLanguageVersion.Lua54"/>'s).</summary>
    public const string LuaVersion = "Lua 5.4";
}
