using Tycho.Runtime;

namespace Tycho.Library;

// The string library as Lua 5.3 has it (5.3 manual §6.4).
internal static partial class StringLib
{
    /// <summary>string's functions in Lua 5.3: 5.3's <c>format</c> and <c>unpack</c>.</summary>
    internal static readonly LibraryTemplate Functions53 = Functions
        .Replacing(new LuaHostFunction("format", StringFormat.Format53))
        .Replacing(new LuaHostFunction("unpack", StringPack.Unpack53));

    /// <summary>5.3's posrelat: a negative position counts from the end; one before the start becomes 0.</summary>
    internal static long PosRelat53(long pos, long len)
    {
        if (pos >= 0) return pos;
        if (unchecked(0UL - (ulong)pos) > (ulong)len) return 0;
        return len + pos + 1;
    }
}
