using System.Buffers;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Tycho.Runtime.Gc;

namespace Tycho.Runtime;

/// <summary>
/// A Lua table (manual §2.1): an associative array with an array part for the keys 1..n and a hash part
/// (open addressing, linear probing) for everything else. Float keys with an integral value are stored as
/// integers; nil and NaN are never keys. <see cref="Length"/> finds a border in O(log n) as lua5.4's luaH_getn.
/// All methods here are raw (no metamethods).
/// </summary>
public sealed partial class LuaTable : LuaObjectWithId
{
    private struct Node
    {
        public LuaValue Key;   // nil = empty slot; a key whose value is nil is a dead entry kept for next()
        public LuaValue Value;
    }

    private LuaValue[] _array;          // keys 1.._array.Length
    private Node[]? _nodes;             // power-of-two length
    private int _used;                  // slots with a non-nil key (live or dead)
    // The number of hash nodes lua5.4 would have allocated (a power of two, or 0): lua rehashes when a new key
    // finds all of them taken, and where keys land after a rehash decides the borders # reports for tables with
    // holes (§3.4.7). The physical hash part is larger (open addressing needs free slots); this keeps rehashes,
    // and so borders, where lua's are.
    private int _refNodes;
    private LuaTable? _metatable;

    /// <summary>Bit i set: the metatable of some table using this one as metatable has no metamethod event i
    /// (i below 6); cleared when the table changes. Same role as lua5.4's Table.flags.</summary>
    internal byte NoMetaFlags;

    private static readonly LuaValue[] EmptyArray = Array.Empty<LuaValue>();

    /// <summary>Creates an empty table.</summary>
    public LuaTable()
    {
        // Created inside a state's execution: charged to it and owned by it; else unowned until a state adopts it.
        var account = MemoryAccount.Current;
        if (account is not null) { account.Charge(MemorySizes.TableBase); Owner = account.Owner; }
        _array = EmptyArray;
    }

    /// <summary>Creates a table with room for <paramref name="arrayCapacity"/> sequence elements and
    /// <paramref name="hashCapacity"/> other keys.</summary>
    public LuaTable(int arrayCapacity, int hashCapacity)
    {
        int nodeCapacity = hashCapacity > 0 ? RoundUpPow2(hashCapacity + hashCapacity / 3 + 1) : 0;
        var account = MemoryAccount.Current;
        if (account is not null) { account.Charge(MemorySizes.Table(Math.Max(arrayCapacity, 0), nodeCapacity)); Owner = account.Owner; }
        _array = arrayCapacity > 0 ? new LuaValue[arrayCapacity] : EmptyArray;
        if (nodeCapacity > 0) _nodes = new Node[nodeCapacity];
        _refNodes = RefNodeCount(hashCapacity);
    }

    /// <summary>OP_NEWTABLE's constructor: charges <paramref name="account"/> (the running thread's state) directly,
    /// which is cheaper than finding the current account through the thread-static (see MemoryAccount).</summary>
    internal LuaTable(int arrayCapacity, int hashCapacity, MemoryAccount account)
    {
        Owner = account.Owner;
        if ((arrayCapacity | hashCapacity) == 0)
        {
            account.Charge(MemorySizes.TableBase);
            _array = EmptyArray;
            return;
        }
        int nodeCapacity = hashCapacity > 0 ? RoundUpPow2(hashCapacity + hashCapacity / 3 + 1) : 0;
        account.Charge(MemorySizes.Table(arrayCapacity, nodeCapacity));
        _array = arrayCapacity > 0 ? new LuaValue[arrayCapacity] : EmptyArray;
        if (nodeCapacity > 0) _nodes = new Node[nodeCapacity];
        _refNodes = RefNodeCount(hashCapacity);
    }

    /// <inheritdoc/>
    public override LuaType LuaType => LuaType.Table;

    /// <summary>The metatable, or null. Setting it follows the rules of the other writes (see LuaTable.Api.cs).</summary>
    public LuaTable? Metatable
    {
        get => _metatable;
        set
        {
            if (Owner is { } owner)
            {
                if (owner.AccessNeedsClaim) { SetMetatableGuarded(value); return; }
                owner.Admit(value);
            }
            _metatable = value;
        }
    }

    /// <summary>Size of the array part (slots for keys 1..ArrayCapacity).</summary>
    internal int ArrayCapacity => _array.Length;
    /// <summary>Direct access to the array part for the VM (index 0 holds key 1).</summary>
    internal LuaValue[] ArrayPart => _array;

    /// <summary>lua5.4's hash part size for <paramref name="keys"/> keys (setnodevector: 2^ceil(log2 n), none for 0).</summary>
    private static int RefNodeCount(int keys) =>
        keys <= 0 ? 0 : (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)keys);

    private static int RoundUpPow2(int n)
    {
        int p = 4;
        while (p < n) p <<= 1;
        return p;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int HashInt(long k)
    {
        ulong x = (ulong)k * 0x9E3779B97F4A7C15UL;
        return (int)(x >> 32);
    }

    private static int HashOf(in LuaValue key)
    {
        object? o = key.O;
        if (o is LuaString s) return s.GetHashCode();
        if (ReferenceEquals(o, ValueTag.Integer)) return HashInt(key.N);
        if (o is ValueTag) return HashInt(key.N ^ 0x5bd1e995);   // floats (non-integral) and booleans
        return RuntimeHelpers.GetHashCode(o);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool KeyEquals(in LuaValue a, in LuaValue b)
    {
        if (ReferenceEquals(a.O, b.O)) return a.O is not ValueTag || a.N == b.N;
        return a.O is LuaString sa && b.O is LuaString sb && sa.Equals(sb);
    }

    // ---------------- reads ----------------

    /// <summary>Raw read of any key; nil when absent (the VM's entry: no ownership guard, see LuaTable.Api.cs).</summary>
    internal LuaValue VmGet(in LuaValue key)
    {
        object? o = key.O;
        if (ReferenceEquals(o, ValueTag.Integer)) return VmGetInt(key.N);
        if (o is LuaString s) return VmGetStr(s);
        if (ReferenceEquals(o, ValueTag.Float))
        {
            if (LuaValue.FloatToInteger(key.RawFloat, out long i)) return VmGetInt(i);
            if (double.IsNaN(key.RawFloat)) return LuaValue.Nil;
        }
        if (o is null) return LuaValue.Nil;
        int idx = FindNode(key, HashOf(key));
        return idx >= 0 ? _nodes![idx].Value : LuaValue.Nil;
    }

    /// <summary>Raw read of an integer key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal LuaValue VmGetInt(long key)
    {
        var arr = _array;
        if ((ulong)(key - 1) < (ulong)arr.Length) return arr[key - 1];
        if (_nodes is null) return LuaValue.Nil;
        return GetIntFromHash(key);
    }

    private LuaValue GetIntFromHash(long key)
    {
        var nodes = _nodes!;
        int mask = nodes.Length - 1;
        int h = HashInt(key);
        for (int i = h & mask; ; i = (i + 1) & mask)
        {
            ref Node n = ref nodes[i];
            if (n.Key.O is null) return LuaValue.Nil;
            if (ReferenceEquals(n.Key.O, ValueTag.Integer) && n.Key.N == key) return n.Value;
        }
    }

    /// <summary>Raw read of a string key.</summary>
    internal LuaValue VmGetStr(LuaString key)
    {
        var nodes = _nodes;
        if (nodes is null) return LuaValue.Nil;
        int mask = nodes.Length - 1;
        int h = key.GetHashCode();
        for (int i = h & mask; ; i = (i + 1) & mask)
        {
            ref Node n = ref nodes[i];
            object? k = n.Key.O;
            if (k is null) return LuaValue.Nil;
            if (ReferenceEquals(k, key)) return n.Value;
            if (SameString(k, key)) return n.Value;
        }
    }

    /// <summary>
    /// Raw read of the string constant in <paramref name="keySlot"/> (a prototype's constant) for the VM. When the
    /// key is found by content under another instance, the slot is replaced by the table's own key instance
    /// (strings are immutable values, so this changes nothing observable): later lookups then match by reference.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal LuaValue GetStrConstant(ref LuaValue keySlot)
    {
        var nodes = _nodes;
        if (nodes is null) return LuaValue.Nil;
        // The VM passes constants its instruction requires to be strings (GETFIELD, GETTABUP, SELF k: the
        // compiler emits only those, the bytecode verifier checks them in binary chunks).
        Debug.Assert(keySlot.O is LuaString, "string constant expected");
        var key = Unsafe.As<LuaString>(keySlot.O!);
        AssertProbeable(nodes);
        int mask = nodes.Length - 1;
        int h = key.GetHashCode();
        ref Node first = ref MemoryMarshal.GetArrayDataReference(nodes);
        for (int i = h & mask; ; i = (i + 1) & mask)
        {
            Debug.Assert((uint)i < (uint)nodes.Length);   // masked by a power of two minus one
            ref Node n = ref Unsafe.Add(ref first, i);
            object? k = n.Key.O;
            if (ReferenceEquals(k, key)) return n.Value;
            if (k is null) return LuaValue.Nil;
            if (SameString(k, key))
            {
                keySlot = n.Key;
                return n.Value;
            }
        }
    }

    /// <summary>Raw write of the string constant in <paramref name="keySlot"/> (see <see cref="GetStrConstant"/>).</summary>
    internal void SetStrConstant(ref LuaValue keySlot, in LuaValue value)
    {
        NoMetaFlags = 0;
        Debug.Assert(keySlot.O is LuaString, "string constant expected");   // SETFIELD, SETTABUP (see GetStrConstant)
        var key = Unsafe.As<LuaString>(keySlot.O!);
        int h = key.GetHashCode();
        var nodes = _nodes;
        if (nodes is not null)
        {
            AssertProbeable(nodes);
            int mask = nodes.Length - 1;
            ref Node first = ref MemoryMarshal.GetArrayDataReference(nodes);
            for (int i = h & mask; ; i = (i + 1) & mask)
            {
                Debug.Assert((uint)i < (uint)nodes.Length);   // masked by a power of two minus one
                ref Node n = ref Unsafe.Add(ref first, i);
                object? k = n.Key.O;
                if (ReferenceEquals(k, key)) { LuaValue.Assign(ref n.Value, value); return; }
                if (k is null) break;
                if (SameString(k, key))
                {
                    keySlot = n.Key;
                    n.Value = value;
                    return;
                }
            }
        }
        SetInHash(new LuaValue(key, 0), h, value);
    }

    /// <summary>Whether node key <paramref name="k"/> (not <paramref name="key"/> itself) is a string with
    /// <paramref name="key"/>'s bytes: a probe's rare path (constants and keys are mostly the same instance), kept
    /// out of line so that the lookups the dispatch loop inlines stay small.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool SameString(object? k, LuaString key) => k is LuaString ks && ks.Equals(key);

    /// <summary>What the unchecked probe loops over <paramref name="nodes"/> rely on: a power-of-two length (so
    /// <c>i &amp; mask</c> is an index) and at least one empty slot (so a probe for a missing key ends).
    /// SetInHash keeps the hash part at most 3/4 full.</summary>
    [Conditional("DEBUG")]
    private void AssertProbeable(Node[] nodes)
    {
        Debug.Assert(nodes.Length > 0 && (nodes.Length & (nodes.Length - 1)) == 0, $"hash part of {nodes.Length} slots, not a power of two");
        Debug.Assert(_used < nodes.Length, "hash part without an empty slot: probes for missing keys would not end");
    }

    private int FindNode(in LuaValue key, int h)
    {
        var nodes = _nodes;
        if (nodes is null) return -1;
        int mask = nodes.Length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask)
        {
            ref Node n = ref nodes[i];
            if (n.Key.O is null) return -1;
            if (KeyEquals(n.Key, key)) return i;
        }
    }

    // ---------------- writes ----------------

    /// <summary>
    /// Raw write (rawset). Throws <see cref="LuaRuntimeException"/> for a nil or NaN key
    /// ("index is nil" / "index is NaN"). Writing nil removes the entry.
    /// </summary>
    internal void VmSet(in LuaValue key, in LuaValue value)
    {
        object? o = key.O;
        if (ReferenceEquals(o, ValueTag.Integer)) { VmSetInt(key.N, value); return; }
        if (o is LuaString s) { VmSetStr(s, value); return; }
        if (ReferenceEquals(o, ValueTag.Float))
        {
            double d = key.RawFloat;
            if (LuaValue.FloatToInteger(d, out long i)) { VmSetInt(i, value); return; }
            if (double.IsNaN(d)) throw new LuaRuntimeException("index is NaN");
        }
        if (o is null) throw new LuaRuntimeException("index is nil");
        SetInHash(key, HashOf(key), value);
    }

    /// <summary>Raw write of an integer key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void VmSetInt(long key, in LuaValue value)
    {
        var arr = _array;
        if ((ulong)(key - 1) < (ulong)arr.Length) { LuaValue.Assign(ref arr[key - 1], value); return; }
        SetIntSlow(key, value);
    }

    private void SetIntSlow(long key, in LuaValue value)
    {
        // As lua5.4's luaH_newkey: a key outside the array part goes to the hash part while lua's would have a free
        // node, else the table is rehashed (which grows the array part when the key extends a dense sequence).
        SetInHash(LuaValue.FromInteger(key), HashInt(key), value);
    }

    /// <summary>Raw write of a string key.</summary>
    internal void VmSetStr(LuaString key, in LuaValue value)
    {
        NoMetaFlags = 0;
        SetInHash(new LuaValue(key, 0), key.GetHashCode(), value);
    }

    private void SetInHash(in LuaValue key, int h, in LuaValue value)
    {
        int idx = FindNode(key, h);
        if (idx >= 0) { LuaValue.Assign(ref _nodes![idx].Value, value); return; }
        if (value.IsNil) return;
        NoMetaFlags = 0;
        if (_nodes is null || (_used + 1) * 4 > _nodes.Length * 3 || _used >= _refNodes)
        {
            // The hash part is full: resize both parts as lua5.4's rehash does, then insert again, since the
            // key may now belong to the array part.
            Rehash(key);
            if (ReferenceEquals(key.O, ValueTag.Integer) && (ulong)(key.N - 1) < (ulong)_array.Length)
            {
                _array[key.N - 1] = value;
                return;
            }
        }
        InsertNew(key, h, value);
    }

    private void InsertNew(in LuaValue key, int h, in LuaValue value)
    {
        var nodes = _nodes!;
        int mask = nodes.Length - 1;
        int i = h & mask;
        while (nodes[i].Key.O is not null) i = (i + 1) & mask;
        nodes[i].Key = key; nodes[i].Value = value;
        _used++;
    }

    /// <summary>Bits of the largest array size considered (lua5.4's MAXABITS, kept within .NET array limits).</summary>
    private const int MaxArrayBits = 26;

    /// <summary>
    /// ltable.c rehash: counts the integer keys of both parts (and <paramref name="extraKey"/>, about to be inserted)
    /// by power-of-two slices, picks the largest array size n such that more than n/2 of the slots 1..n would be in
    /// use (computesizes), and moves entries between the parts accordingly.
    /// </summary>
    private void Rehash(in LuaValue extraKey)
    {
        Span<int> nums = stackalloc int[MaxArrayBits + 1];
        nums.Clear();
        int intKeys = CountArrayKeys(nums);
        int total = intKeys;
        var nodes = _nodes;
        if (nodes is not null)
        {
            for (int i = 0; i < nodes.Length; i++)
            {
                ref Node n = ref nodes[i];
                if (n.Value.IsNil) continue;
                total++;
                if (ReferenceEquals(n.Key.O, ValueTag.Integer) && CountIntKey(n.Key.N, nums)) intKeys++;
            }
        }
        total++;
        if (ReferenceEquals(extraKey.O, ValueTag.Integer) && CountIntKey(extraKey.N, nums)) intKeys++;
        int arraySize = ComputeSizes(nums, ref intKeys);
        Resize(arraySize, total - intKeys);
    }

    /// <summary>numusearray: adds the non-nil array slots to <paramref name="nums"/> by slice; returns their count.</summary>
    private int CountArrayKeys(Span<int> nums)
    {
        var arr = _array;
        int total = 0;
        int i = 1; // key being examined
        for (int lg = 0, ttlg = 1; lg <= MaxArrayBits; lg++, ttlg *= 2)
        {
            int lim = Math.Min(ttlg, arr.Length);
            if (i > lim) break;
            int c = 0;
            for (; i <= lim; i++) if (!arr[i - 1].IsNil) c++;
            nums[lg] += c;
            total += c;
        }
        return total;
    }

    /// <summary>countint: counts <paramref name="key"/> in its slice when it is a candidate array index.</summary>
    private static bool CountIntKey(long key, Span<int> nums)
    {
        if (key < 1 || key > (1L << MaxArrayBits)) return false;
        nums[key == 1 ? 0 : 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)(key - 1))]++;
        return true;
    }

    /// <summary>computesizes: the optimal array size; <paramref name="count"/> becomes the number of keys going there.</summary>
    private static int ComputeSizes(Span<int> nums, ref int count)
    {
        int a = 0, na = 0, optimal = 0;
        for (int i = 0, twotoi = 1; i <= MaxArrayBits && count > twotoi / 2; i++, twotoi *= 2)
        {
            a += nums[i];
            if (a > twotoi / 2) { optimal = twotoi; na = a; }
        }
        count = na;
        return optimal;
    }

    /// <summary>luaH_resize: array part of exactly <paramref name="arraySize"/> slots, hash part with room for
    /// <paramref name="hashCount"/> keys; entries move to the part that now holds their key.</summary>
    private void Resize(int arraySize, int hashCount)
    {
        int nodeCount = hashCount > 0 ? RoundUpPow2((hashCount + 1) * 2) : 0;
        ChargeResize(arraySize, nodeCount);
        var oldArray = _array;
        var oldNodes = _nodes;
        bool arrayReplaced = arraySize != oldArray.Length;
        if (arrayReplaced)
        {
            int kept = Math.Min(arraySize, oldArray.Length);
            var arr = arraySize == 0 ? EmptyArray : NewArrayPart(arraySize, kept);
            oldArray.AsSpan(0, kept).CopyTo(arr);
            _array = arr;
        }
        _nodes = nodeCount > 0 ? new Node[nodeCount] : null;
        _refNodes = RefNodeCount(hashCount);
        _used = 0;
        // Array slots beyond the new size go to the hash part.
        for (int i = arraySize; i < oldArray.Length; i++)
        {
            if (oldArray[i].IsNil) continue;
            _nodes ??= new Node[4];
            InsertNew(LuaValue.FromInteger(i + 1), HashInt(i + 1), oldArray[i]);
        }
        if (arrayReplaced) FreeArrayPart(oldArray);
        if (oldNodes is null) return;
        var newArray = _array;
        foreach (ref readonly Node n in oldNodes.AsSpan())
        {
            if (n.Value.IsNil) continue;
            if (ReferenceEquals(n.Key.O, ValueTag.Integer) && (ulong)(n.Key.N - 1) < (ulong)newArray.Length)
                newArray[n.Key.N - 1] = n.Value;
            else
            {
                _nodes ??= new Node[4];
                InsertNew(n.Key, HashOf(n.Key), n.Value);
            }
        }
    }

    /// <summary>Rebuilds the hash part without dead entries (after keys moved to the array part).</summary>
    private void RebuildHash()
    {
        var old = _nodes;
        int live = 0;
        if (old is not null) foreach (ref readonly Node n in old.AsSpan()) if (!n.Value.IsNil) live++;
        int size = RoundUpPow2((live + 1) * 2);
        ChargeResize(_array.Length, size);
        _nodes = new Node[size];
        _used = 0;
        if (old is null) return;
        foreach (ref readonly Node n in old.AsSpan())
            if (!n.Value.IsNil) InsertNew(n.Key, HashOf(n.Key), n.Value);
    }

    private void GrowArray(int newSize)
    {
        ChargeResize(newSize, _nodes?.Length ?? 0);
        var old = _array;
        int oldSize = old.Length;
        var arr = NewArrayPart(newSize, oldSize);
        old.AsSpan().CopyTo(arr);
        _array = arr;
        FreeArrayPart(old);
        if (_nodes is null || _used == 0) return;
        // Move integer keys now covered by the array part out of the hash part.
        bool moved = false;
        for (int i = 0; i < _nodes.Length; i++)
        {
            ref Node n = ref _nodes[i];
            if (ReferenceEquals(n.Key.O, ValueTag.Integer) && n.Key.N > oldSize && n.Key.N <= newSize)
            {
                if (!n.Value.IsNil) arr[n.Key.N - 1] = n.Value;
                n.Value = LuaValue.Nil; moved = true;
            }
        }
        if (moved) RebuildHash();
    }

    // Large array parts replaced by a bigger one are recycled through the shared array pool: a table filled
    // element by element doubles its array part about twenty times on the way to a million elements, and fresh
    // large-object-heap arrays cost page faults and zeroing that lua5.4's realloc does not pay (bench/RESULTS.md,
    // sieve). Only power-of-two sizes (what rehash and doubling produce) in this range are pooled.
    private const int PooledArrayMin = 8192, PooledArrayMax = 1 << 22;

    private static bool IsPooledSize(int n) => n >= PooledArrayMin && n <= PooledArrayMax && (n & (n - 1)) == 0;

    /// <summary>A new array part of <paramref name="size"/> nil slots, except the first <paramref name="kept"/>,
    /// which the caller overwrites at once.</summary>
    private static LuaValue[] NewArrayPart(int size, int kept)
    {
        if (!IsPooledSize(size)) return new LuaValue[size];
        var arr = ArrayPool<LuaValue>.Shared.Rent(size);
        // The array part's length is its size (keys 1..Length): a larger rented array would change the table.
        Debug.Assert(arr.Length == size, "the pool returned a larger array than a power-of-two request");
        // Returned arrays are cleared by FreeArrayPart, but the pool is shared with other code: clear what the
        // caller will not overwrite.
        arr.AsSpan(kept).Clear();
        return arr;
    }

    /// <summary>Gives a replaced array part back to the pool, cleared so it keeps no Lua value alive. The table
    /// was its only holder.</summary>
    private static void FreeArrayPart(LuaValue[] arr)
    {
        if (IsPooledSize(arr.Length)) ArrayPool<LuaValue>.Shared.Return(arr, clearArray: true);
    }

    /// <summary>Ensures the array part has at least <paramref name="size"/> slots (used by table constructors).</summary>
    internal void EnsureArray(int size)
    {
        if (size > _array.Length) GrowArray(size);
    }

    /// <summary>Resizes for a constructor: array part exactly <paramref name="arraySize"/>, hash part room for
    /// <paramref name="hashSize"/> keys (as lua's OP_NEWTABLE).</summary>
    internal void Presize(int arraySize, int hashSize)
    {
        if (arraySize > _array.Length) GrowArray(arraySize);
        if (hashSize > 0 && _nodes is null)
        {
            int size = RoundUpPow2(hashSize + hashSize / 3 + 1);
            ChargeResize(_array.Length, size);
            _nodes = new Node[size];
            _refNodes = RefNodeCount(hashSize);
        }
    }

    // ---------------- length and traversal ----------------

    /// <summary>
    /// A border of the table (manual §3.4.7): an n with t[n] non-nil and t[n+1] nil (0 if t[1] is nil), found as
    /// lua5.4's luaH_getn does: binary search in the array part when its last slot is empty, else probing the hash.
    /// </summary>
    internal long VmLength
    {
        get
        {
            var arr = _array;
            int n = arr.Length;
            if (n > 0 && arr[n - 1].IsNil)
            {
                // lua5.4's luaH_getn: the slot before the last first, else its binsearch over [0, n), which
                // returns the same border as lua5.4 even when t[1] is nil (arr[lo-1] non-nil or lo = 0).
                if (n >= 2 && !arr[n - 2].IsNil) return n - 1;
                int lo = 0, hi = n;
                while (hi - lo > 1)
                {
                    int m = (lo + hi) >>> 1;
                    if (arr[m - 1].IsNil) hi = m; else lo = m;
                }
                return lo;
            }
            if (_nodes is null || GetIntFromHash(n + 1L).IsNil) return n;
            return HashBorder(n);
        }
    }

    private long HashBorder(long j)
    {
        // unbound search (luaH_getn's hash_search): t[j] non-nil.
        long i = j; j = j == 0 ? 1 : j * 2;
        while (!VmGetInt(j).IsNil)
        {
            i = j;
            if (j > long.MaxValue / 2)
            {
                long k = 1;
                while (!VmGetInt(k).IsNil) k++;
                return k - 1;
            }
            j *= 2;
        }
        while (j - i > 1)
        {
            long m = (i + j) / 2;
            if (VmGetInt(m).IsNil) j = m; else i = m;
        }
        return i;
    }

    /// <summary>
    /// Traversal step (manual §6.1 <c>next</c>): given a key (nil to start), produces the following key and value.
    /// Returns false at the end. Throws "invalid key to 'next'" if <paramref name="key"/> is not in the table.
    /// Assigning nil to existing fields during a traversal is allowed.
    /// </summary>
    internal bool VmNext(in LuaValue key, out LuaValue nextKey, out LuaValue nextValue)
    {
        int start; // position in the combined sequence: array slots then hash nodes
        if (key.IsNil) start = 0;
        else
        {
            LuaValue k = key;
            if (key.IsFloat && LuaValue.FloatToInteger(key.RawFloat, out long fk)) k = LuaValue.FromInteger(fk);
            if (k.IsInteger && k.N >= 1 && k.N <= _array.Length) start = (int)k.N;
            else
            {
                int idx = FindNode(k, HashOf(k));
                if (idx < 0) throw new LuaRuntimeException("invalid key to 'next'");
                start = _array.Length + idx + 1;
            }
        }
        var arr = _array;
        for (int i = start; i < arr.Length; i++)
        {
            if (!arr[i].IsNil) { nextKey = LuaValue.FromInteger(i + 1); nextValue = arr[i]; return true; }
        }
        var nodes = _nodes;
        if (nodes is not null)
        {
            for (int i = Math.Max(0, start - arr.Length); i < nodes.Length; i++)
            {
                if (!nodes[i].Value.IsNil) { nextKey = nodes[i].Key; nextValue = nodes[i].Value; return true; }
            }
        }
        nextKey = LuaValue.Nil; nextValue = LuaValue.Nil;
        return false;
    }

    /// <summary>Approximate bytes used by the table's storage (for memory accounting).</summary>
    internal long ApproximateSize => MemorySizes.Table(_array.Length, _nodes?.Length ?? 0);
}
