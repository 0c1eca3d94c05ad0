namespace Tycho.Runtime;

/// <summary>
/// What one dialect of Lua (the hosting layer's <c>LuaLanguageVersion</c>) changes, as data the lexer, parser, compiler, VM and
/// libraries read: a state has one (<see cref="GlobalState.Profile"/>) and every chunk it compiles carries it
/// (<c>Chunk.Profile</c>). One core serves every version; nothing forks the VM or a whole library. The 5.4 profile
/// must cost nothing on hot paths: its checks belong at compile time, library opening or error paths.
/// </summary>
internal sealed class LanguageProfile
{
    /// <summary>The minor version number: 1 to 5.</summary>
    public int Minor { get; }
    /// <summary><c>_VERSION</c>: <c>"Lua 5.4"</c>.</summary>
    public string VersionName => "Lua 5." + Minor;

    // ------------------------------------------------------------------ grammar

    /// <summary><c>goto</c> and labels (5.2 on).</summary>
    public bool HasGoto => Minor >= 2;
    /// <summary>The integer subtype: integer numerals, <c>//</c>, the bitwise operators, <c>math.type</c> (5.3 on).
    /// Without it every number is a float printed with <c>%.14g</c>.</summary>
    public bool HasIntegers => Minor >= 3;
    /// <summary>Local attributes <c>&lt;const&gt;</c> and <c>&lt;close&gt;</c> (5.4 on).</summary>
    public bool HasAttributes => Minor >= 4;
    /// <summary><c>global</c> declarations and read-only loop variables (5.5).</summary>
    public bool HasGlobalDeclarations => Minor >= 5;
    /// <summary>Function environments (<c>setfenv</c>/<c>getfenv</c>) instead of <c>_ENV</c> (5.1).</summary>
    public bool HasFunctionEnvironments => Minor == 1;

    // ------------------------------------------------------------------ standard libraries (v51lib)

    /// <summary>The <c>bit32</c> library: 5.2's, and 5.3's release build keeps it (LUA_COMPAT_5_2, lbitlib.c).</summary>
    public bool HasBit32 => Minor is 2 or 3;
    /// <summary>Lua 5.1's library set (Lua 5.1 manual §5): <c>unpack</c>, <c>loadstring</c>, <c>table.getn</c>,
    /// <c>string.gfind</c>, <c>math.mod</c>, <c>gcinfo</c>, <c>newproxy</c>; no <c>rawlen</c>, <c>table.pack</c>.</summary>
    public bool HasLua51Library => Minor == 1;
    /// <summary>What Debian's 5.2 keeps of 5.1 through LUA_COMPAT_ALL and 5.1 has: <c>unpack</c>, <c>loadstring</c>,
    /// <c>module</c>, <c>package.seeall</c>, <c>package.loaders</c>, <c>table.maxn</c>.</summary>
    public bool HasModuleSystem => Minor <= 2;
    /// <summary><c>pairs</c> honours <c>__pairs</c> (Lua 5.2 manual §6.1; 5.1's ignores it).</summary>
    public bool HasPairsMetamethod => Minor >= 2;
    /// <summary><c>ipairs</c> honours <c>__ipairs</c> (Lua 5.2 manual §6.1; 5.3 keeps it under LUA_COMPAT_IPAIRS).</summary>
    public bool HasIPairsMetamethod => Minor is 2 or 3;
    /// <summary>Library functions take any number where an integer is expected, converting it as the C cast does
    /// (5.1 and 5.2's <c>luaL_checkinteger</c>), and give floats only: there is no integer subtype to give.</summary>
    public bool LibrariesConvertNumbers => !HasIntegers;

    private LanguageProfile(int minor) { Minor = minor; }

    /// <summary>Lua 5.1.</summary>
    public static readonly LanguageProfile Lua51 = new(1);
    /// <summary>Lua 5.2.</summary>
    public static readonly LanguageProfile Lua52 = new(2);
    /// <summary>Lua 5.3.</summary>
    public static readonly LanguageProfile Lua53 = new(3);
    /// <summary>Lua 5.4, the default.</summary>
    public static readonly LanguageProfile Lua54 = new(4);
    /// <summary>Lua 5.5.</summary>
    public static readonly LanguageProfile Lua55 = new(5);

    /// <summary>The profile of Lua 5.<paramref name="minor"/>, or null for a version Tycho does not speak.</summary>
    public static LanguageProfile? ForMinor(int minor) => minor switch
    {
        1 => Lua51, 2 => Lua52, 3 => Lua53, 4 => Lua54, 5 => Lua55, _ => null,
    };
}
