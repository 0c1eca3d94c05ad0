using Tycho.Library;
using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>Opens the standard libraries selected by a <see cref="LuaLibraries"/> mask, in lua5.4's order (linit.c).</summary>
internal static class LuaLibraryRegistry
{
    public static void OpenAll(GlobalState state, LuaLibraries libs)
    {
        if (libs.HasFlag(LuaLibraries.Base)) BaseLib.Open(state);
        if (libs.HasFlag(LuaLibraries.Package)) PackageLib.Open(state);
        if (libs.HasFlag(LuaLibraries.Coroutine)) CoroutineLib.Open(state);
        if (libs.HasFlag(LuaLibraries.Table)) TableLib.Open(state);
        if (libs.HasFlag(LuaLibraries.IO)) IoLib.Open(state);
        if (libs.HasFlag(LuaLibraries.OS)) OsLib.Open(state);
        if (libs.HasFlag(LuaLibraries.String)) StringLib.Open(state);
        if (libs.HasFlag(LuaLibraries.Math)) MathLib.Open(state);
        if (libs.HasFlag(LuaLibraries.Utf8)) Utf8Lib.Open(state);
        if (libs.HasFlag(LuaLibraries.Debug)) DebugLib.Open(state);
    }
}
