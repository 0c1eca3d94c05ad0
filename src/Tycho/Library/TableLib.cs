namespace Tycho.Library;

/// <summary>Placeholder until the library is written.</summary>
internal static class TableLib
{
    public static void Open(LuaState state) { }
}
