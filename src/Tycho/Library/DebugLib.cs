namespace Tycho.Library;

/// <summary>Placeholder until the library is written.</summary>
internal static class DebugLib
{
    public static void Open(LuaState state) { }
}
