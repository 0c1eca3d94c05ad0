using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>Options of <see cref="LuaJson"/>. Immutable once created; <see cref="Default"/> is shared.</summary>
public sealed class LuaJsonOptions
{
    /// <summary>The defaults: compact output, depth 64, empty tables as <c>{}</c>, JSON null as nil.</summary>
    public static LuaJsonOptions Default { get; } = new();

    /// <summary>Write with newlines and two-space indentation (default false: compact).</summary>
    public bool Indented { get; init; }

    /// <summary>Maximum nesting of arrays and objects, both ways (default 64, as System.Text.Json). Deeper input
    /// throws <see cref="LuaJsonException"/>; it also bounds the recursion, so no input can overflow the stack.</summary>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value is > 0 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxDepth must be in 1..1000.");
    }
    private readonly int _maxDepth = 64;

    /// <summary>Write an empty table as <c>[]</c> instead of <c>{}</c> (default false: an empty Lua table cannot tell
    /// which it was, and <c>{}</c> is what most JSON consumers expect of a missing map).</summary>
    public bool EmptyTableAsArray { get; init; }

    /// <summary>What JSON <c>null</c> decodes to (default nil, which leaves a hole in arrays and drops the key in
    /// objects). A sentinel such as a light userdata or a unique table keeps them; a value equal to it (raw equality)
    /// is written back as <c>null</c>.</summary>
    public LuaValue NullValue { get; init; }
}
