using System.Collections.Concurrent;
using System.Collections.ObjectModel;

namespace Tycho.Hosting;

/// <summary>
/// The custom converters of a state's options (<see cref="LuaStateOptions.Converters"/>). For a type with several
/// converters the first one added wins (as in System.Text.Json). The collection becomes read-only the first time a
/// conversion looks a type up (states may share options, and a lookup result is cached per type), so register
/// every converter before using the state; changing it afterwards throws <see cref="InvalidOperationException"/>.
/// </summary>
public sealed class LuaConverterCollection : Collection<ILuaConverter>
{
    // Per-type lookup results, misses included (null), so a type without a converter is searched once.
    private readonly ConcurrentDictionary<Type, ILuaConverter?> _cache = new();
    private volatile bool _frozen;

    /// <summary>True once a conversion used the collection (it is then read-only).</summary>
    public bool IsReadOnly => _frozen;

    /// <summary>The converter for exactly <paramref name="type"/>, or null.</summary>
    public ILuaConverter? Find(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (Count == 0) return null;
        if (_cache.TryGetValue(type, out ILuaConverter? c)) return c;
        _frozen = true;
        return _cache.GetOrAdd(type, Search);
    }

    /// <summary>The converter for <typeparamref name="T"/>, or null.</summary>
    public ILuaConverter<T>? Find<T>() => Find(typeof(T)) as ILuaConverter<T>;

    private ILuaConverter? Search(Type type)
    {
        foreach (ILuaConverter c in Items) if (c.TargetType == type) return c;
        return null;
    }

    /// <inheritdoc/>
    protected override void InsertItem(int index, ILuaConverter item)
    {
        ArgumentNullException.ThrowIfNull(item);
        ThrowIfFrozen();
        base.InsertItem(index, item);
    }

    /// <inheritdoc/>
    protected override void SetItem(int index, ILuaConverter item)
    {
        ArgumentNullException.ThrowIfNull(item);
        ThrowIfFrozen();
        base.SetItem(index, item);
    }

    /// <inheritdoc/>
    protected override void RemoveItem(int index)
    {
        ThrowIfFrozen();
        base.RemoveItem(index);
    }

    /// <inheritdoc/>
    protected override void ClearItems()
    {
        ThrowIfFrozen();
        base.ClearItems();
    }

    private void ThrowIfFrozen()
    {
        if (_frozen) throw new InvalidOperationException("The converters are fixed once a state has used them: register them before the first conversion.");
    }
}
