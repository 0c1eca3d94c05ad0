namespace Tycho;

/// <summary>Opens the standard libraries selected by a <see cref="LuaLibraries"/> mask, in lua5.4's order (linit.c).</summary>
internal static class LuaLibraryRegistry
{
    public static void OpenAll(LuaState state, LuaLibraries libs)
    {
        if (libs.HasFlag(LuaLibraries.Base)) Library.BaseLib.Open(state);
        if (libs.HasFlag(LuaLibraries.Package)) Library.PackageLib.Open(state);
        if (libs.HasFlag(LuaLibraries.Coroutine)) Library.CoroutineLib.Open(state);
        if (libs.HasFlag(LuaLibraries.Table)) Library.TableLib.Open(state);
        if (libs.HasFlag(LuaLibraries.IO)) Library.IoLib.Open(state);
        if (libs.HasFlag(LuaLibraries.OS)) Library.OsLib.Open(state);
        if (libs.HasFlag(LuaLibraries.String)) Library.StringLib.Open(state);
        if (libs.HasFlag(LuaLibraries.Math)) Library.MathLib.Open(state);
        if (libs.HasFlag(LuaLibraries.Utf8)) Library.Utf8Lib.Open(state);
        if (libs.HasFlag(LuaLibraries.Debug)) Library.DebugLib.Open(state);
    }
}
