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

    // ------------------------------------------------------------------ Lua 5.3 and older: core and libraries (v53)

    /// <summary>The core converts numeric strings in arithmetic and bitwise operations before trying metamethods
    /// (5.3 manual §3.4.3); from 5.4 the string metatable's arithmetic metamethods do it (and bitwise operations
    /// on strings are errors).</summary>
    public bool CoercesStringsInCore => Minor <= 3;
    /// <summary>A missing <c>__le</c> falls back to <c>not __lt(b, a)</c> (5.3 manual §2.4, "le").</summary>
    public bool LeFallsBackToLt => Minor <= 3;
    /// <summary>A closure whose upvalues all match those of the last closure made from the same prototype is that
    /// closure again (5.2/5.3 lvm.c's cache; the 5.3 manual §3.4.4 leaves closure identity unspecified).</summary>
    public bool CachesClosures => Minor is 2 or 3;
    /// <summary>A label may repeat one of an enclosing block (5.3 manual §3.3.4: visible in its block only, checked
    /// per block); from 5.4 no visible label may share its name.</summary>
    public bool LabelsUniquePerBlock => Minor is 2 or 3;
    /// <summary><c>\u{XXX}</c> escapes up to 2^31 (5.4 manual §3.1); 5.3's stop at U+10FFFF (5.3 manual §3.1).</summary>
    public bool HasExtendedUtf8Escapes => Minor >= 4;
    /// <summary>Runtime messages name a called value by how the call site called it ("for iterator", a
    /// metamethod), say "bad 'for' limit (number expected, got x)" and place a call on the line of its arguments;
    /// 5.3's use the called register's variable name only, say "'for' limit must be a number" and place a call on
    /// the line where its prefix expression starts (5.3 ldebug.c, lvm.c, lparser.c).</summary>
    public bool HasLua54RuntimeMessages => Minor >= 4;
    /// <summary>The debug library's names of unnamed slots are "(vararg)", "(temporary)" and metamethods are named
    /// without their "__"; 5.3's are "(*vararg)", "(*temporary)" and "__add" (5.3 ldebug.c).</summary>
    public bool HasLua54DebugNames => Minor >= 4;
    /// <summary>The generational collector mode and collectgarbage's "generational"/"incremental" (5.4 manual §2.5.2);
    /// 5.3's collector is incremental only, so <c>collectgarbage("step")</c> reports each finished cycle.</summary>
    public bool HasGenerationalCollector => Minor >= 4;
    /// <summary><c>warn</c> and warnings (5.4 manual §6.1); in 5.3 an error in a <c>__gc</c> finalizer is raised
    /// again, as "error in __gc metamethod (msg)", by whatever ran the collector (5.3 manual §2.5.1).</summary>
    public bool HasWarnings => Minor >= 4;
    /// <summary><c>coroutine.close</c> (5.4 manual §6.2).</summary>
    public bool HasCoroutineClose => Minor >= 4;
    /// <summary><c>print</c> converts its arguments by calling the global <c>tostring</c> (5.3 manual §6.1, print).</summary>
    public bool PrintCallsGlobalTostring => Minor <= 3;

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
