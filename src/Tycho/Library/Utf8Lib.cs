namespace Tycho.Library;

/// <summary>Placeholder until the library is written.</summary>
internal static class Utf8Lib
{
    public static void Open(LuaState state) { }
}
