namespace Tycho.Library;

/// <summary>Placeholder until the library is written.</summary>
internal static class PackageLib
{
    public static void Open(LuaState state) { }
}
