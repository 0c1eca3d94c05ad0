using Tycho.Runtime;

namespace Tycho.Hosting;

// Host-facing helpers of LuaTable (the storage itself is in Runtime/LuaTable.cs), as C# 14 extension members so
// that the runtime layer does not depend on the embedding API. Everything here is raw access
// (no metamethods); metamethod-honouring access goes through a state: LuaState.GetIndex/SetIndex/Length or
// the LuaHandle<LuaTable> extensions.
/// <summary>Host-facing members of <see cref="LuaTable"/>: creation from .NET values, raw typed access, traversal.</summary>
public static class LuaTableExtensions
{
    extension(LuaTable table)
    {
        /// <summary>Creates an empty table (same as <c>new LuaTable()</c>).</summary>
        public static LuaTable Create() => new();

        /// <summary>Creates a sequence <c>{v1, v2, ...}</c> from the values.</summary>
        public static LuaTable Create(params ReadOnlySpan<LuaValue> sequence)
        {
            var t = new LuaTable(sequence.Length, 0);
            for (int i = 0; i < sequence.Length; i++) t.SetInt(i + 1, sequence[i]);
            return t;
        }

        /// <summary>Creates a table from .NET key/value pairs (converted with <see cref="LuaConvert.ToValue{T}"/>;
        /// <paramref name="state"/> is needed only for bound user types).</summary>
        public static LuaTable Create<TKey, TValue>(IEnumerable<KeyValuePair<TKey, TValue>> pairs, LuaState? state = null)
        {
            ArgumentNullException.ThrowIfNull(pairs);
            var t = new LuaTable();
            foreach (var kv in pairs) t.Set(LuaConvert.ToValue(kv.Key, state), LuaConvert.ToValue(kv.Value, state));
            return t;
        }

        /// <summary>Creates a sequence from .NET values (converted with <see cref="LuaConvert.ToValue{T}"/>).</summary>
        public static LuaTable CreateSequence<T>(IEnumerable<T> values, LuaState? state = null)
        {
            ArgumentNullException.ThrowIfNull(values);
            var t = new LuaTable(values is ICollection<T> c ? c.Count : 0, 0);
            long n = 0;
            foreach (T v in values) t.SetInt(++n, LuaConvert.ToValue(v, state));
            return t;
        }

        /// <summary>Raw read (<c>rawget</c>, manual §6.1) of any key; nil when absent.</summary>
        public LuaValue RawGet(in LuaValue key) => table.Get(key);

        /// <summary>Raw write (<c>rawset</c>); nil or NaN keys throw <see cref="LuaRuntimeException"/>.</summary>
        public void RawSet(in LuaValue key, in LuaValue value) => table.Set(key, value);

        /// <summary>Raw length (<c>rawlen</c>): a border of the sequence (manual §3.4.7).</summary>
        public long RawLength => table.Length;

        /// <summary>Raw read of <paramref name="key"/> converted to <typeparamref name="T"/>.
        /// Throws <see cref="LuaConversionException"/> when the value does not convert (nil included, unless
        /// <typeparamref name="T"/> accepts nil).</summary>
        public T Get<T>(string key) => LuaConvert.To<T>(table[key]);

        /// <summary>Raw read of an integer key converted to <typeparamref name="T"/>.</summary>
        public T Get<T>(long key) => LuaConvert.To<T>(table.GetInt(key));

        /// <summary>Raw read of any key converted to <typeparamref name="T"/>.</summary>
        public T Get<T>(in LuaValue key) => LuaConvert.To<T>(table.Get(key));

        /// <summary>Raw read converted to <typeparamref name="T"/>; false when absent or not convertible.</summary>
        public bool TryGet<T>(string key, out T value) => LuaConvert.TryTo(table[key], out value);

        /// <summary>Raw read converted to <typeparamref name="T"/>; false when absent or not convertible.</summary>
        public bool TryGet<T>(in LuaValue key, out T value) => LuaConvert.TryTo(table.Get(key), out value);

        /// <summary>Raw write of a .NET value (converted with <see cref="LuaConvert.ToValue{T}"/>).</summary>
        public void Set<T>(string key, T value) => table.Set(LuaValue.FromString(key), LuaConvert.ToValue(value));

        /// <summary>Raw write of a .NET value at an integer key.</summary>
        public void Set<T>(long key, T value) => table.SetInt(key, LuaConvert.ToValue(value));

        /// <summary>True when <paramref name="key"/> has a non-nil value (raw).</summary>
        public bool ContainsKey(in LuaValue key) => !key.IsNil && !table.Get(key).IsNil;

        /// <summary>Removes every entry (raw); the metatable is kept.</summary>
        public void Clear()
        {
            // Collect the keys first: assigning nil during a traversal is allowed, but only for existing keys.
            var keys = new List<LuaValue>();
            LuaValue k = LuaValue.Nil;
            while (table.Next(k, out LuaValue nk, out _)) { keys.Add(nk); k = nk; }
            foreach (var key in keys) table.Set(key, LuaValue.Nil);
        }

        /// <summary>
        /// Raw traversal in <c>next</c> order (manual §6.1): <c>foreach (var (key, value) in table.Pairs())</c>.
        /// The enumerator is a struct and allocates nothing. Assigning nil to existing fields while enumerating is
        /// allowed; adding keys is not (as in Lua).
        /// </summary>
        public LuaTablePairs Pairs() => new(table);
    }
}
