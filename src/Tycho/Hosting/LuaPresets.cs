using Tycho.Compiler;
using Tycho.Library;
using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>Common sets of standard libraries (combinations of <see cref="LuaLibraries"/> flags).</summary>
public static class LuaLibrarySets
{
    /// <summary>Every standard library (what the standalone <c>lua</c> opens).</summary>
    public const LuaLibraries All = LuaLibraries.Base | LuaLibraries.Package | LuaLibraries.Coroutine | LuaLibraries.String
        | LuaLibraries.Utf8 | LuaLibraries.Table | LuaLibraries.Math | LuaLibraries.IO | LuaLibraries.OS | LuaLibraries.Debug;

    /// <summary>Every library except <c>debug</c> (which can break any invariant): the usual set for trusted
    /// application scripts.</summary>
    public const LuaLibraries Standard = All & ~LuaLibraries.Debug;

    /// <summary>The libraries of the Safe preset: everything but <c>io</c>. Combine with
    /// <see cref="LuaStateOptions.Sandboxed"/>, which trims <c>os</c>, <c>debug</c>, <c>package</c> and <c>load</c>.</summary>
    public const LuaLibraries Safe = All & ~LuaLibraries.IO;
}

/// <summary>Ready-made state options for the usual trust levels. Each call returns new options.</summary>
public static class LuaPresets
{
    /// <summary>
    /// For untrusted scripts: <see cref="LuaLibrarySets.Safe"/> with <see cref="LuaStateOptions.Sandboxed"/> (no
    /// file, process or environment access, no binary chunks, debug only for traceback), plus optional limits.
    /// The libraries reach the machine through <paramref name="platform"/>, <see cref="LuaPlatform.Deny"/> by default
    /// (so output goes to <paramref name="output"/> or nowhere).
    /// Memory is limited by <paramref name="memoryLimit"/> (bytes) once the memory accounting enforces it.
    /// </summary>
    public static LuaStateOptions Safe(long? instructionLimit = null, TimeSpan? timeout = null, long? memoryLimit = null,
        Stream? output = null, ILuaPlatform? platform = null) => new()
        {
            Platform = platform ?? LuaPlatform.Deny,
            Libraries = LuaLibrarySets.Safe,
            Sandboxed = true,
            InstructionLimit = instructionLimit,
            Timeout = timeout,
            MemoryLimit = memoryLimit,
            Output = output,
            ErrorOutput = output,
            Input = Stream.Null,
        };

    /// <summary>For trusted application scripts: every library but <c>debug</c>.</summary>
    public static LuaStateOptions Standard() => new() { Libraries = LuaLibrarySets.Standard };

    /// <summary>Everything, as the standalone <c>lua</c> command.</summary>
    public static LuaStateOptions All() => new() { Libraries = LuaLibrarySets.All };
}
