using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>Typed accessors for <see cref="LuaValue"/> and <see cref="LuaString"/> at the host boundary
/// (conversion rules: <see cref="LuaConvert"/>).</summary>
public static class LuaValueExtensions
{
    /// <summary>Converts to <typeparamref name="T"/>; false when the value cannot be converted exactly.</summary>
    public static bool TryGet<T>(this LuaValue value, out T result) => LuaConvert.TryTo(value, out result);

    /// <summary>Converts to <typeparamref name="T"/>; throws <see cref="LuaConversionException"/> when impossible.</summary>
    public static T Get<T>(this LuaValue value) => LuaConvert.To<T>(value);

    /// <summary>The userdata, or null if the value is not a userdata.</summary>
    public static LuaUserdata? AsUserdata(this LuaValue value) => value.AsObject as LuaUserdata;

    /// <summary>The thread (coroutine), or null if the value is not a thread.</summary>
    public static LuaThread? AsThread(this LuaValue value) => value.AsObject as LuaThread;

    /// <summary>A string value decoded as UTF-8; false for non-strings and for bytes that are not valid UTF-8
    /// (never substitutes U+FFFD). Numbers are not converted.</summary>
    public static bool TryGetString(this LuaValue value, out string result)
    {
        if (value.AsString is LuaString s && LuaConvert.TryDecode(s, out string? r)) { result = r; return true; }
        result = "";
        return false;
    }

    /// <summary>A string that is valid UTF-8 decoded exactly; false otherwise (no substitution).</summary>
    public static bool TryGetString(this LuaString s, out string result)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (LuaConvert.TryDecode(s, out string? r)) { result = r; return true; }
        result = "";
        return false;
    }

    /// <summary>Decodes as UTF-8, replacing invalid sequences with U+FFFD: explicitly lossy, for display.</summary>
    public static string ToStringLossy(this LuaString s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return System.Text.Encoding.UTF8.GetString(s.Span);
    }

    /// <summary>A copy of the string's bytes.</summary>
    public static byte[] ToArray(this LuaString s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Span.ToArray();
    }

    /// <summary>The string's bytes without copying (Lua strings are immutable).</summary>
    public static ReadOnlyMemory<byte> AsMemory(this LuaString s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Bytes;
    }
}
