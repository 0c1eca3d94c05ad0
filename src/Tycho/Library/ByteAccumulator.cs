using Tycho.Runtime.Gc;
using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>A growable byte buffer (luaL_Buffer) for building Lua strings in the table and io libraries.</summary>
internal struct ByteAccumulator
{
    private byte[] _buf;
    private int _len;

    /// <summary>Creates a buffer with an initial capacity.</summary>
    public ByteAccumulator(int capacity) { _buf = new byte[Math.Max(capacity, 16)]; _len = 0; }

    /// <summary>Number of bytes held.</summary>
    public readonly int Length => _len;

    /// <summary>The bytes held so far.</summary>
    public readonly ReadOnlySpan<byte> Span => new(_buf, 0, _len);

    /// <summary>Appends bytes.</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buf.AsSpan(_len));
        _len += bytes.Length;
    }

    /// <summary>Appends one byte.</summary>
    public void Append(byte b)
    {
        Ensure(1);
        _buf[_len++] = b;
    }

    /// <summary>Drops the last byte.</summary>
    public void Pop() { if (_len > 0) _len--; }

    private void Ensure(int n)
    {
        if (_len + n <= _buf.Length) return;
        long size = Math.Max((long)_buf.Length * 2, (long)_len + n);
        if (size > Array.MaxLength) size = (long)_len + n;
        if (size > Array.MaxLength) throw new LuaRuntimeException("not enough memory");
        MemoryAccount.CheckCurrent(size);   // under a memory limit, fail before allocating
        Array.Resize(ref _buf, (int)size);
    }

    /// <summary>The content as a new Lua string.</summary>
    public readonly LuaString ToLuaString() => LuaString.FromBytes(Span);
}
