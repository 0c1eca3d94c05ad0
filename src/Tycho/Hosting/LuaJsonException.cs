using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>A Lua value has no JSON form (function, cycle, NaN, non-string key, invalid UTF-8, too deep) or a JSON
/// text is not valid (RFC 8259) or too deep. The message says where, as a path from the root <c>$</c>
/// (<c>cycle at $.a.b</c>, <c>NaN has no JSON form at $.list[3]</c>; array indices are Lua's, from 1) or as the
/// line and byte position in the JSON text.</summary>
public sealed class LuaJsonException : LuaException
{
    /// <summary>Where the problem is: a path such as <c>$.a[2]</c> when writing, the position in the text when
    /// reading, or null.</summary>
    public string? Path { get; }

    /// <summary>Creates the exception.</summary>
    public LuaJsonException(string message, string? path = null, Exception? inner = null) : base(message, inner) => Path = path;
}
