namespace Tycho.Hosting;

/// <summary>Options for a new <see cref="LuaState"/>.</summary>
public sealed partial class LuaStateOptions
{
    /// <summary>The dialect of Lua the state speaks (grammar, numbers, libraries, messages); Lua 5.4 by default.
    /// Every chunk the state loads is compiled for it, and <c>_VERSION</c> names it.</summary>
    public LuaLanguageVersion LanguageVersion { get; init; } = LuaLanguageVersion.Lua54;
    /// <summary>Libraries to open; all by default (<see cref="LuaLibrarySets.All"/>).</summary>
    public LuaLibraries Libraries { get; init; } = LuaLibrarySets.All;
    /// <summary>Standard output for <c>print</c>/<c>io.write</c>; the platform's (the process's stdout, buffered, for the host platform) when null.</summary>
    public Stream? Output { get; init; }
    /// <summary>Standard error; the platform's when null.</summary>
    public Stream? ErrorOutput { get; init; }
    /// <summary>Standard input; the platform's when null.</summary>
    public Stream? Input { get; init; }
    /// <summary>The state's name in error messages (<see cref="LuaState.Name"/>); <c>LuaState #n</c> when null.</summary>
    public string? Name { get; init; }
}
