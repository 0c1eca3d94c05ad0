using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// The standard libraries as Lua 5.5 has them (Lua 5.5 manual §6, §8.2): 5.4's, with the functions 5.5 changed
/// (<c>collectgarbage</c>, <c>error</c>, <c>coroutine.close</c>) and added (<c>table.create</c>). Built once per
/// process at its start, outside any state's account (StaticLuaObjects: built lazily inside the first 5.5 state, a
/// memory limit could fail the initializer for good); each library's <c>Open</c> asks for its version's template here.
/// </summary>
internal static class Lua55Libraries
{
    private static readonly LibraryTemplate Base55 = BaseLib.Functions.With(GcParam55.Function);

    /// <summary>The basic functions for <paramref name="p"/>: <paramref name="functions"/> as given (a sandbox's keeps
    /// its own <c>collectgarbage</c>), for 5.5 with its <c>collectgarbage</c>, else the older dialect's.</summary>
    public static LibraryTemplate Base(LanguageProfile p, LibraryTemplate? functions) =>
        functions ?? (p.Minor >= 5 ? Base55 : BaseLib.ForProfile(p));

    private static readonly LibraryTemplate Table55 = TableLib.Functions.With(TableCreate.Function);

    /// <summary>table's functions for <paramref name="p"/>.</summary>
    public static LibraryTemplate Table(LanguageProfile p) => p.Minor >= 5 ? Table55 : TableLib.Functions;

    private static readonly LibraryTemplate Utf855 = Utf8Lib.Functions.With(Utf8Offset55.Function);

    /// <summary>utf8's functions for <paramref name="p"/>.</summary>
    public static LibraryTemplate Utf8(LanguageProfile p) => p.Minor >= 5 ? Utf855 : Utf8Lib.Functions;
}
