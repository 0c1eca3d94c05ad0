namespace Tycho.Runtime;

/// <summary>The metamethod names as interned Lua strings (<c>"__index"</c>, ...).</summary>
internal static class MetaNames
{
    private static readonly string[] Names =
    {
        "__index", "__newindex", "__gc", "__mode", "__len", "__eq",
        "__add", "__sub", "__mul", "__mod", "__pow", "__div", "__idiv",
        "__band", "__bor", "__bxor", "__shl", "__shr",
        "__unm", "__bnot", "__lt", "__le", "__concat", "__call", "__close",
    };

    /// <summary>Indexed by <see cref="MetaEvent"/>.</summary>
    public static readonly LuaString[] Strings = Array.ConvertAll(Names, LuaString.FromAscii);

    /// <summary><c>"__name"</c>.</summary>
    public static readonly LuaString Name = LuaString.FromAscii("__name");
    /// <summary><c>"__tostring"</c>.</summary>
    public static readonly LuaString ToStringName = LuaString.FromAscii("__tostring");
    /// <summary><c>"__metatable"</c>.</summary>
    public static readonly LuaString Metatable = LuaString.FromAscii("__metatable");
    /// <summary><c>"__pairs"</c>.</summary>
    public static readonly LuaString Pairs = LuaString.FromAscii("__pairs");

    /// <summary>The event's name without the leading underscores, as used in error messages ("index", "add", ...).</summary>
    public static string ShortName(MetaEvent e) => Names[(int)e].Substring(2);

    /// <summary>Looks the event's metamethod up in a metatable (raw), or nil.</summary>
    public static LuaValue Get(LuaTable? mt, MetaEvent e) => mt is null ? LuaValue.Nil : mt.GetStr(Strings[(int)e]);
}
