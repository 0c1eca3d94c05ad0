using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>The allocation-free enumerable returned by <see cref="LuaTableExtensions.extension(LuaTable).Pairs"/>.</summary>
public readonly struct LuaTablePairs
{
    private readonly LuaTable _table;
    internal LuaTablePairs(LuaTable table) => _table = table;

    /// <summary>Gets the struct enumerator.</summary>
    public Enumerator GetEnumerator() => new(_table);

    /// <summary>Struct enumerator over (key, value) pairs.</summary>
    public struct Enumerator
    {
        private readonly LuaTable _table;
        private LuaValue _key, _value;

        internal Enumerator(LuaTable table) { _table = table; _key = LuaValue.Nil; _value = LuaValue.Nil; }

        /// <summary>The current pair.</summary>
        public readonly KeyValuePair<LuaValue, LuaValue> Current => new(_key, _value);

        /// <summary>Advances to the next pair; false at the end.</summary>
        public bool MoveNext()
        {
            if (_table.Next(_key, out LuaValue k, out LuaValue v)) { _key = k; _value = v; return true; }
            _key = LuaValue.Nil;
            return false;
        }
    }
}
