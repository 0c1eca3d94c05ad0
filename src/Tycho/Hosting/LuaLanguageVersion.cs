namespace Tycho.Hosting;

/// <summary>
/// The dialect of Lua a state speaks (<see cref="LuaStateOptions.LanguageVersion"/>, <c>tycho --lua 5.1</c>): its
/// grammar, its numbers, its standard libraries and its error messages, each as that version's reference
/// interpreter has them. One core runs every dialect; the default is Lua 5.4.
/// </summary>
public enum LuaLanguageVersion
{
    /// <summary>Lua 5.4 (the default): the manual of Lua 5.4, as PUC-Rio's lua 5.4.8 behaves.</summary>
    Lua54 = 0,
    /// <summary>Lua 5.1 (Redis, LuaJIT's dialect): floats only, function environments (<c>setfenv</c>), <c>module</c>,
    /// no <c>goto</c>, integer division or bitwise operators.</summary>
    Lua51 = 51,
    /// <summary>Lua 5.2: floats only, <c>goto</c> and <c>_ENV</c>, <c>bit32</c>.</summary>
    Lua52 = 52,
    /// <summary>Lua 5.3: integers and floats, <c>//</c> and bitwise operators, as its release build (with
    /// <c>LUA_COMPAT_5_2</c>).</summary>
    Lua53 = 53,
    /// <summary>Lua 5.5: what its manual's §8 lists as new or changed (<c>global</c> declarations, read-only loop
    /// variables, ...).</summary>
    Lua55 = 55,
}
