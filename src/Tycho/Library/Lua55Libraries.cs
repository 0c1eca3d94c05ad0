using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// The standard libraries as Lua 5.5 has them (Lua 5.5 manual §6, §8.2): 5.4's, with the functions 5.5 changed
/// (<c>collectgarbage</c>, <c>error</c>, <c>coroutine.close</c>) and added (<c>table.create</c>). Built once per
/// process; each library's <c>Open</c> asks for its version's template here.
/// </summary>
internal static class Lua55Libraries
{
    private static readonly Lazy<LibraryTemplate> Base55 = new(() => BaseLib.Functions.With(GcParam55.Function, NilErrorObject55.Error));

    /// <summary>The basic functions for <paramref name="p"/>: <paramref name="functions"/> as given, or for 5.5 with
    /// its <c>collectgarbage</c> and <c>error</c> (a sandbox's own <c>collectgarbage</c> stays).</summary>
    public static LibraryTemplate Base(LanguageProfile p, LibraryTemplate? functions)
    {
        if (p.Minor < 5) return functions ?? BaseLib.Functions;
        if (functions is null) return Base55.Value;
        return functions.With(NilErrorObject55.Error);
    }

    private static readonly Lazy<LibraryTemplate> Table55 = new(() => TableLib.Functions.With(TableCreate.Function));

    /// <summary>table's functions for <paramref name="p"/>.</summary>
    public static LibraryTemplate Table(LanguageProfile p) => p.Minor >= 5 ? Table55.Value : TableLib.Functions;
}
