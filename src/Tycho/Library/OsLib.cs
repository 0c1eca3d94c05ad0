namespace Tycho.Library;

/// <summary>Placeholder until the library is written.</summary>
internal static class OsLib
{
    public static void Open(LuaState state) { }
}
