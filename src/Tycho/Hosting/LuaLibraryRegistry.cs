using Tycho.Library;
using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>Opens the standard libraries selected by a <see cref="LuaLibraries"/> mask, in lua5.4's order (linit.c),
/// as they are or as a sandbox has them (<see cref="LuaStateOptions.Sandboxed"/>; the rules are in LuaState.Sandbox.cs).</summary>
internal static class LuaLibraryRegistry
{
    public static void OpenAll(GlobalState state, LuaLibraries libs, bool sandboxed)
    {
        if (libs.HasFlag(LuaLibraries.Base)) BaseLib.Open(state, sandboxed ? LuaState.SandboxBase : null);
        if (libs.HasFlag(LuaLibraries.Package)) PackageLib.Open(state, sandboxed);
        if (libs.HasFlag(LuaLibraries.Coroutine)) CoroutineLib.Open(state);
        if (libs.HasFlag(LuaLibraries.Table)) TableLib.Open(state);
        if (libs.HasFlag(LuaLibraries.IO)) IoLib.Open(state, sandboxed ? LuaState.SandboxIo : null);
        if (libs.HasFlag(LuaLibraries.OS)) OsLib.Open(state, sandboxed ? LuaState.SandboxOs : null);
        if (libs.HasFlag(LuaLibraries.String)) StringLib.Open(state);
        if (libs.HasFlag(LuaLibraries.Math)) MathLib.Open(state);
        if (libs.HasFlag(LuaLibraries.Bit32)) Bit32Lib.Open(state);
        if (libs.HasFlag(LuaLibraries.Utf8) && state.Profile.Minor >= 3) Utf8Lib.Open(state);
        if (libs.HasFlag(LuaLibraries.Debug))
        {
            if (sandboxed) LuaState.SandboxDebug.Open(state);
            else DebugLib.Open(state);
        }
    }
}
