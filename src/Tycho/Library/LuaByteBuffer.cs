using System.Buffers;
using System.Runtime.CompilerServices;
using Tycho.Runtime.Gc;
using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// A growable byte buffer for building string results (lauxlib's luaL_Buffer): starts in caller-provided
/// (usually stack) memory, moves to pooled arrays when it grows, and produces the final <see cref="LuaString"/>
/// with a single allocation. Call <see cref="Dispose"/> to return a pooled array.
/// </summary>
internal ref struct LuaByteBuffer
{
    /// <summary>Largest string a buffer may build (lstrlib's MAXSIZE is INT_MAX; .NET arrays stop a bit earlier).</summary>
    public static readonly int MaxSize = Array.MaxLength;

    private Span<byte> _span;
    private byte[]? _rented;
    private int _length;

    /// <summary>Starts with <paramref name="initial"/> as storage.</summary>
    public LuaByteBuffer(Span<byte> initial) { _span = initial; _rented = null; _length = 0; }

    /// <summary>Bytes written so far.</summary>
    public readonly int Length => _length;

    /// <summary>The bytes written so far (valid until the next append).</summary>
    public readonly ReadOnlySpan<byte> Written => _span.Slice(0, _length);

    /// <summary>Appends one byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(byte b)
    {
        if (_length >= _span.Length) Grow(1);
        _span[_length++] = b;
    }

    /// <summary>Appends bytes.</summary>
    public void Append(scoped ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _span.Length - _length) Grow(bytes.Length);
        bytes.CopyTo(_span.Slice(_length));
        _length += bytes.Length;
    }

    /// <summary>Appends an ASCII .NET string (each char one byte).</summary>
    public void AppendAscii(scoped ReadOnlySpan<char> s)
    {
        if (s.Length > _span.Length - _length) Grow(s.Length);
        for (int i = 0; i < s.Length; i++) _span[_length + i] = (byte)s[i];
        _length += s.Length;
    }

    /// <summary>Appends <paramref name="count"/> copies of <paramref name="b"/>.</summary>
    public void AppendRepeat(byte b, int count)
    {
        if (count <= 0) return;
        if (count > _span.Length - _length) Grow(count);
        _span.Slice(_length, count).Fill(b);
        _length += count;
    }

    /// <summary>Reserves <paramref name="count"/> bytes at the end and returns them for the caller to fill.</summary>
    public Span<byte> AppendSpan(int count)
    {
        if (count > _span.Length - _length) Grow(count);
        var s = _span.Slice(_length, count);
        _length += count;
        return s;
    }

    /// <summary>Drops the last <paramref name="count"/> bytes.</summary>
    public void Shrink(int count) => _length -= count;

    private void Grow(int extra)
    {
        long needed = (long)_length + extra;
        if (needed > MaxSize) throw new LuaRuntimeException("resulting string too large");
        long size = Math.Max(needed, Math.Max(256, (long)_span.Length * 2));
        if (size > MaxSize) size = MaxSize;
        // Under a memory limit, fail before allocating; the old storage lives until it is copied.
        MemoryAccount.CheckCurrent(size + _length);
        byte[] next = ArrayPool<byte>.Shared.Rent((int)size);
        _span.Slice(0, _length).CopyTo(next);
        if (_rented is not null) ArrayPool<byte>.Shared.Return(_rented);
        _rented = next;
        _span = next;
    }

    /// <summary>The bytes as a new Lua string.</summary>
    public readonly LuaString ToLuaString() => LuaString.FromBytes(_span.Slice(0, _length));

    /// <summary>Returns pooled storage.</summary>
    public void Dispose()
    {
        if (_rented is not null) { ArrayPool<byte>.Shared.Return(_rented); _rented = null; }
        _span = default;
    }
}
