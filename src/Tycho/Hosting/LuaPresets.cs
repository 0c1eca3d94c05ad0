using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>Ready-made state options for the usual trust levels. Each call returns new options.</summary>
public static class LuaPresets
{
    /// <summary>The memory limit <see cref="Safe"/> sets when none is given: 64 MiB of Lua objects.</summary>
    public const long SafeMemoryLimit = 64L * 1024 * 1024;

    /// <summary>
    /// For untrusted scripts: <see cref="LuaLibrarySets.Safe"/> with <see cref="LuaStateOptions.Sandboxed"/> (no
    /// file, process or environment access, no binary chunks, debug only for traceback), plus optional limits.
    /// The libraries reach the machine through <paramref name="platform"/>, <see cref="LuaPlatform.Deny"/> by default
    /// (so output goes to <paramref name="output"/> or nowhere).
    /// Memory is limited to <paramref name="memoryLimit"/> bytes of Lua objects (<see cref="LuaStateOptions.MemoryLimit"/>):
    /// null for <see cref="SafeMemoryLimit"/> (64 MiB), 0 for no limit.
    /// </summary>
    public static LuaStateOptions Safe(long? instructionLimit = null, TimeSpan? timeout = null, long? memoryLimit = null,
        Stream? output = null, ILuaPlatform? platform = null) => new()
        {
            Platform = platform ?? LuaPlatform.Deny,
            Libraries = LuaLibrarySets.Safe,
            Sandboxed = true,
            InstructionLimit = instructionLimit,
            Timeout = timeout,
            MemoryLimit = memoryLimit ?? SafeMemoryLimit,
            Output = output,
            ErrorOutput = output,
            Input = Stream.Null,
        };

    /// <summary>For trusted application scripts: every library but <c>debug</c>.</summary>
    public static LuaStateOptions Standard() => new() { Libraries = LuaLibrarySets.Standard };

    /// <summary>Everything, as the standalone <c>lua</c> command.</summary>
    public static LuaStateOptions All() => new() { Libraries = LuaLibrarySets.All };
}
