using System.Runtime.CompilerServices;
using System.Text;
using Tycho.Runtime.Gc;

namespace Tycho.Runtime;

/// <summary>
/// An immutable Lua string: a sequence of bytes of any value, including zero (manual §2.1, §3.1).
/// Length counts bytes (<c>#"é"</c> is 2). Converted to and from .NET strings as UTF-8 only at the host boundary.
/// The hash is computed once, lazily, with a seed chosen at random per process, so attacker-chosen keys cannot
/// predict collisions.
/// </summary>
public sealed class LuaString : LuaObject, IEquatable<LuaString>, IComparable<LuaString>
{
    internal readonly byte[] Bytes;
    private int _hash;   // 0 until computed (a computed 0 is stored as 1): no separate flag, so the object stays 32 bytes
    /// <summary>Mark of the collector's last cycle that counted this string (see LuaCollector).</summary>
    internal uint GcEpoch;

    private static readonly uint Seed = (uint)Random.Shared.Next() | 1u;

    /// <summary>The empty string.</summary>
    public static readonly LuaString Empty = new(Array.Empty<byte>());

    private LuaString(byte[] bytes)
    {
        // Charged to the state executing on this thread, if any (see MemoryAccount).
        MemoryAccount.ChargeCurrent(MemorySizes.String(bytes.Length));
        Bytes = bytes;
    }

    /// <inheritdoc/>
    public override LuaType LuaType => LuaType.String;

    /// <summary>Length in bytes.</summary>
    public int Length { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => Bytes.Length; }

    /// <summary>The bytes, read-only.</summary>
    public ReadOnlySpan<byte> Span { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => Bytes; }

    /// <summary>The byte at zero-based <paramref name="index"/>.</summary>
    public byte this[int index] => Bytes[index];

    /// <summary>Encodes a .NET string as UTF-8.</summary>
    public static LuaString From(string s) => s.Length == 0 ? Empty : Wrap(Encoding.UTF8.GetBytes(s));

    // The 256 one-byte strings exist once per process, as the empty string does: s:sub(i, i), string.char(c)
    // and one-character literals are everywhere in scanners and parsers written in Lua, and sharing them means
    // no allocation and equality by reference (lua5.4 gets the same from interning short strings).
    private static readonly LuaString[] SingleBytes = CreateSingleBytes();

    private static LuaString[] CreateSingleBytes()
    {
        var all = new LuaString[256];
        for (int i = 0; i < 256; i++) all[i] = new LuaString(new[] { (byte)i }, charged: false);
        return all;
    }

    /// <summary>Copies the given bytes into a new string (the shared instance for zero or one byte).</summary>
    public static LuaString FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= 1) return Shared(bytes);
        CheckLarge(bytes.Length);
        return new LuaString(bytes.ToArray());
    }

    /// <summary>Bytes from which a string is checked against the memory limit before its bytes are allocated (the
    /// size of .NET's large objects, which only a full .NET collection frees).</summary>
    private const int LargeBytes = 85_000;

    /// <summary>Under a memory limit, checks a big string before its bytes exist (lua's allocator fails before the
    /// copy), which also counts it towards the garbage that makes .NET release memory; a string of a library
    /// called in a loop would otherwise leave many copies waiting for .NET to collect them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckLarge(long length)
    {
        if (length >= LargeBytes) MemoryAccount.CheckCurrent(length);
    }

    /// <summary>Takes ownership of <paramref name="bytes"/> (the caller must never modify it again).</summary>
    internal static LuaString Wrap(byte[] bytes) => bytes.Length <= 1 ? Shared(bytes) : new LuaString(bytes);

    /// <summary>The shared instance of a string of zero or one byte.</summary>
    private static LuaString Shared(ReadOnlySpan<byte> bytes) => bytes.Length == 0 ? Empty : SingleBytes[bytes[0]];

    /// <summary>A string no state is charged for (preallocated messages such as the memory error's: creating them
    /// must never itself run out of memory).</summary>
    internal static LuaString Uncharged(string ascii)
    {
        var b = new byte[ascii.Length];
        for (int i = 0; i < ascii.Length; i++) b[i] = (byte)ascii[i];
        return new LuaString(b, charged: false);
    }

    private LuaString(byte[] bytes, bool charged) { Bytes = bytes; }

    /// <summary>A string made of Latin-1 characters (each char is one byte); used for ASCII literals in the runtime.</summary>
    internal static LuaString FromAscii(string s)
    {
        var b = new byte[s.Length];
        for (int i = 0; i < s.Length; i++) b[i] = (byte)s[i];
        return Wrap(b);
    }

    /// <summary>The cached, seeded hash of the bytes.</summary>
    public override int GetHashCode()
    {
        int h = _hash;
        return h != 0 ? h : ComputeHash();
    }

    // Strings are immutable, so this runs once per string.
    private int ComputeHash() => _hash = HashOf(Bytes);

    /// <summary>The hash <see cref="GetHashCode"/> gives a string of these bytes (never 0), for lookups by bytes
    /// that have no string object.</summary>
    internal static int HashOf(ReadOnlySpan<byte> bytes)
    {
        // FNV-1a style over all bytes, seeded.
        uint h = Seed ^ (uint)bytes.Length;
        foreach (byte b in bytes) h = (h ^ b) * 16777619u;
        h ^= h >> 15; h *= 0x2c1b3c6du; h ^= h >> 12;
        return h == 0 ? 1 : (int)h;
    }

    /// <summary>Byte-wise equality.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(LuaString? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other.Bytes.Length != Bytes.Length) return false;
        if (_hash != 0 && other._hash != 0 && _hash != other._hash) return false;
        return Bytes.AsSpan().SequenceEqual(other.Bytes);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is LuaString s && Equals(s);

    /// <summary>Byte-wise comparison, as lua5.4 compares strings in the "C" locale (strcoll = strcmp).</summary>
    public int CompareTo(LuaString? other) => other is null ? 1 : Bytes.AsSpan().SequenceCompareTo(other.Bytes);

    /// <summary>Decodes the bytes as UTF-8 (invalid sequences become U+FFFD). For display; see <see cref="TryDecodeUtf8"/> for a lossless check.</summary>
    public override string ToString() => Encoding.UTF8.GetString(Bytes);

    /// <summary>Decodes as UTF-8, failing (instead of substituting) when the bytes are not valid UTF-8.</summary>
    public bool TryDecodeUtf8(out string s)
    {
        try { s = new UTF8Encoding(false, true).GetString(Bytes); return true; }
        catch (DecoderFallbackException) { s = ""; return false; }
    }

    /// <summary>Concatenates two strings.</summary>
    public static LuaString Concat(LuaString a, LuaString b)
    {
        if (a.Length == 0) return b;
        if (b.Length == 0) return a;
        CheckLarge((long)a.Length + b.Length);
        var r = new byte[a.Length + b.Length];   // at least two bytes: never a shared one-byte string
        a.Bytes.CopyTo(r, 0);
        b.Bytes.CopyTo(r, a.Length);
        return new LuaString(r);
    }

    /// <summary>
    /// The raw string form of a value (no <c>__tostring</c>/<c>__name</c>): numbers as lua5.4's <c>tostring</c>,
    /// booleans, nil, strings as themselves, other objects as <c>"table: 0x..."</c>.
    /// </summary>
    public static LuaString ToDisplay(in LuaValue v)
    {
        switch (v.O)
        {
            case null: return FromAscii("nil");
            case LuaString s: return s;
        }
        if (v.IsInteger) return FromAscii(v.RawInteger.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (v.IsFloat) return FromAscii(NumberFormatter.FloatToString(v.RawFloat));
        if (v.IsBoolean) return FromAscii(v.RawBoolean ? "true" : "false");
        return FromAscii(v.TypeName + ": " + AddressOf(v.O));
    }

    /// <summary><see cref="ToDisplay(in LuaValue)"/> in a dialect: without integers (5.1, 5.2) every number is
    /// shown as C's <c>%.14g</c> shows it (Lua 5.1 manual §2.2.1), so <c>1.0</c> is <c>1</c> and integers that
    /// library functions return look like the floats they stand for; Lua 5.5 writes a float with <c>%.15g</c>, or
    /// <c>%.17g</c> when that would not read back as the same number (Lua 5.5 lobject.c tostringbuffFloat).</summary>
    internal static LuaString ToDisplay(in LuaValue v, LanguageProfile profile)
    {
        if (!profile.HasIntegers && v.IsNumber)
            return FromAscii(NumberFormatter.FloatToString(v.NumberAsDouble, integralSuffix: false));
        if (v.IsFloat && profile.HasRoundTripFloats) return FromAscii(NumberFormatter.FloatToStringRoundTrip(v.RawFloat));
        return ToDisplay(v);
    }

    /// <summary>A stable fake address for an object, printed as lua5.4 prints pointers (<c>%p</c>: <c>0x</c> and lowercase hex digits).</summary>
    internal static string AddressOf(object o) => "0x" + ObjectIds.Get(o).ToString("x");
}
