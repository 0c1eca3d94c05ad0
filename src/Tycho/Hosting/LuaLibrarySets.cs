namespace Tycho.Hosting;

/// <summary>Common sets of standard libraries (combinations of <see cref="LuaLibraries"/> flags).</summary>
public static class LuaLibrarySets
{
    /// <summary>Every standard library (what the standalone <c>lua</c> opens).</summary>
    public const LuaLibraries All = LuaLibraries.Base | LuaLibraries.Package | LuaLibraries.Coroutine | LuaLibraries.String
        | LuaLibraries.Utf8 | LuaLibraries.Table | LuaLibraries.Math | LuaLibraries.IO | LuaLibraries.OS | LuaLibraries.Debug
        | LuaLibraries.Bit32;

    /// <summary>Every library except <c>debug</c> (which can break any invariant): the usual set for trusted
    /// application scripts.</summary>
    public const LuaLibraries Standard = All & ~LuaLibraries.Debug;

    /// <summary>The libraries of the Safe preset: everything but <c>io</c>. Combine with
    /// <see cref="LuaStateOptions.Sandboxed"/>, which trims <c>os</c>, <c>debug</c>, <c>package</c> and <c>load</c>.</summary>
    public const LuaLibraries Safe = All & ~LuaLibraries.IO;
}
