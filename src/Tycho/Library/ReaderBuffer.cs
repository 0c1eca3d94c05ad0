using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// Collects the pieces a <c>load</c> reader function returns. The buffer is not a Lua object, so the collector
/// cannot see it: each piece is checked against the memory limit with what is already held, and the copying is
/// charged as work, so an endless reader ends with the memory or instruction limit. Past what a .NET array can hold,
/// the chunk is <c>not enough memory</c>, as lua's failed allocation would be.
/// </summary>
internal sealed class ReaderBuffer
{
    private readonly GlobalState _global;
    private byte[] _bytes = Array.Empty<byte>();
    private int _length;

    /// <summary>An empty buffer charged to <paramref name="global"/>.</summary>
    public ReaderBuffer(GlobalState global) { _global = global; }

    /// <summary>Appends one piece, raising <c>not enough memory</c> when the chunk would not fit.</summary>
    public void Append(ReadOnlySpan<byte> piece)
    {
        long length = (long)_length + piece.Length;
        if (length > Array.MaxLength) throw new LuaMemoryException();
        _global.ChargeBytes(piece.Length);
        if (length > _bytes.Length)
        {
            long capacity = Math.Min(Math.Max(length, 2L * _bytes.Length), Array.MaxLength);
            // The old array and the new one coexist while copying.
            _global.CheckAllocation(_bytes.Length + capacity);
            byte[] grown;
            try { grown = new byte[capacity]; }
            catch (OutOfMemoryException) { throw new LuaMemoryException(); }
            _bytes.AsSpan(0, _length).CopyTo(grown);
            _bytes = grown;
        }
        piece.CopyTo(_bytes.AsSpan(_length));
        _length = (int)length;
    }

    /// <summary>The chunk: the buffer itself when it is full, so no second copy is made.</summary>
    public byte[] ToArray()
    {
        if (_length == _bytes.Length) return _bytes;
        _global.CheckAllocation(_length);
        var exact = _bytes.AsSpan(0, _length).ToArray();
        _bytes = exact;
        return exact;
    }
}
