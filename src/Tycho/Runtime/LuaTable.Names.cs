using System.Runtime.CompilerServices;
using System.Text;

namespace Tycho.Runtime;

// Keys given as .NET strings (the host's globals and fields by name): the name is encoded on the stack and looked up
// by its bytes, so a read or the write of an existing key allocates no string (LuaString.From would allocate two
// objects per access).
public sealed partial class LuaTable
{
    /// <summary>Names whose UTF-8 form may exceed this many bytes are made into a string instead (85 characters
    /// of at most 3 bytes each).</summary>
    private const int StackNameBytes = 256;

    [SkipLocalsInit]
    private LuaValue GetByName(string name)
    {
        if (Encoding.UTF8.GetMaxByteCount(name.Length) > StackNameBytes) return GetStr(LuaString.From(name));
        Span<byte> buffer = stackalloc byte[StackNameBytes];
        ReadOnlySpan<byte> bytes = buffer[..Encoding.UTF8.GetBytes(name, buffer)];
        if (Owner is not { } owner || !owner.AccessNeedsClaim) return VmGetBytes(bytes);
        owner.ClaimForObject();
        try { return VmGetBytes(bytes); }
        finally { owner.ReleaseForObject(); }
    }

    [SkipLocalsInit]
    private void SetByName(string name, LuaValue value)
    {
        if (Encoding.UTF8.GetMaxByteCount(name.Length) <= StackNameBytes)
        {
            Span<byte> buffer = stackalloc byte[StackNameBytes];
            ReadOnlySpan<byte> bytes = buffer[..Encoding.UTF8.GetBytes(name, buffer)];
            if (TrySetExistingBytes(bytes, value)) return;
        }
        SetStr(LuaString.From(name), value);   // a new key: it needs its string
    }

    /// <summary>Writes <paramref name="value"/> to the entry of the string key <paramref name="bytes"/> if the hash
    /// part has one (live or dead), claiming the owner as <see cref="SetStr"/> does; false when there is none.</summary>
    private bool TrySetExistingBytes(ReadOnlySpan<byte> bytes, in LuaValue value)
    {
        if (Owner is not { } owner) return TrySetExistingBytesUnguarded(bytes, value);
        if (!owner.AccessNeedsClaim)
        {
            owner.Admit(value);
            return TrySetExistingBytesUnguarded(bytes, value);
        }
        owner.ClaimForObject();
        try
        {
            owner.Admit(value);
            return TrySetExistingBytesUnguarded(bytes, value);
        }
        finally { owner.ReleaseForObject(); }
    }

    private bool TrySetExistingBytesUnguarded(ReadOnlySpan<byte> bytes, in LuaValue value)
    {
        int i = FindBytes(bytes);
        if (i < 0) return false;
        NoMetaFlags = 0;   // as VmSetStr: the key may name a metamethod
        LuaValue.Assign(ref _nodes![i].Value, value);
        return true;
    }

    /// <summary>Raw read of the string key with these bytes (VmGetStr without a string object).</summary>
    private LuaValue VmGetBytes(ReadOnlySpan<byte> bytes)
    {
        int i = FindBytes(bytes);
        return i < 0 ? LuaValue.Nil : _nodes![i].Value;
    }

    /// <summary>The node holding the string key with these bytes, or -1.</summary>
    private int FindBytes(ReadOnlySpan<byte> bytes)
    {
        var nodes = _nodes;
        if (nodes is null) return -1;
        int mask = nodes.Length - 1;
        int h = LuaString.HashOf(bytes);
        for (int i = h & mask; ; i = (i + 1) & mask)
        {
            ref Node n = ref nodes[i];
            object? k = n.Key.O;
            if (k is null) return -1;
            if (k is LuaString ks && ks.GetHashCode() == h && ks.Span.SequenceEqual(bytes)) return i;
        }
    }
}
