namespace Tycho.Runtime;

/// <summary>
/// Formats a chunk name for messages as lua5.4's luaO_chunkid (LUA_IDSIZE 60): <c>"=stdin"</c> gives
/// <c>stdin</c>, <c>"@file.lua"</c> gives <c>file.lua</c> (long names keep their end, after <c>...</c>), and
/// source text gives <c>[string "first line..."]</c>.
/// </summary>
internal static class ChunkId
{
    private const int IdSize = 60;

    /// <summary>Debian's lua5.1 is built with LUA_IDSIZE 80.</summary>
    private const int IdSize51 = 80;

    /// <summary>The display form of <paramref name="source"/> in a dialect: Lua 5.1's luaO_chunkid (as Debian
    /// builds it) keeps longer names and cuts source text at 63 bytes.</summary>
    public static string Format(string source, LanguageProfile profile)
    {
        if (!profile.HasFunctionEnvironments) return Format(source);
        if (source.Length > 0 && source[0] == '=')
            return source.Length <= IdSize51 ? source.Substring(1) : source.Substring(1, IdSize51 - 1);
        if (source.Length > 0 && source[0] == '@')
            return source.Length <= IdSize51 ? source.Substring(1) : "..." + source.Substring(source.Length - (IdSize51 - 4));
        int len = Math.Min(source.Length, IdSize51 - 17);   // sizeof(" [string \"...\"] ")
        int nl = source.IndexOf('\n');
        if (nl >= 0 && nl < len) len = nl;
        return len < source.Length ? "[string \"" + source.Substring(0, len) + "...\"]" : "[string \"" + source + "\"]";
    }

    /// <summary>The display form of <paramref name="source"/>.</summary>
    public static string Format(string source)
    {
        if (source.Length > 0 && source[0] == '=')
            return source.Length <= IdSize ? source.Substring(1) : source.Substring(1, IdSize - 1);
        if (source.Length > 0 && source[0] == '@')
        {
            if (source.Length <= IdSize) return source.Substring(1);
            // lua copies IdSize-3 bytes counting the terminating '\0', so 56 visible characters follow "...".
            int keep = IdSize - 3 - 1;
            return "..." + source.Substring(source.Length - keep);
        }
        int nl = source.IndexOf('\n');
        int bufflen = IdSize - ("[string \"".Length + "...".Length + "\"]".Length) - 1;
        if (source.Length < bufflen && nl < 0) return "[string \"" + source + "\"]";
        int len = nl >= 0 ? nl : source.Length;
        if (len > bufflen) len = bufflen;
        return "[string \"" + source.Substring(0, len) + "...\"]";
    }
}
