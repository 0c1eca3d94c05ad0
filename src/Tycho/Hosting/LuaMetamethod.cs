namespace Tycho.Hosting;

/// <summary>Metamethods a user type can define (manual §2.4; event names in the comments).</summary>
public enum LuaMetamethod
{
    /// <summary>__add</summary>
    Add,
    /// <summary>__sub</summary>
    Sub,
    /// <summary>__mul</summary>
    Mul,
    /// <summary>__div</summary>
    Div,
    /// <summary>__mod</summary>
    Mod,
    /// <summary>__pow</summary>
    Pow,
    /// <summary>__unm</summary>
    Unm,
    /// <summary>__idiv</summary>
    IDiv,
    /// <summary>__band</summary>
    BAnd,
    /// <summary>__bor</summary>
    BOr,
    /// <summary>__bxor</summary>
    BXor,
    /// <summary>__shl</summary>
    Shl,
    /// <summary>__shr</summary>
    Shr,
    /// <summary>__bnot</summary>
    BNot,
    /// <summary>__concat</summary>
    Concat,
    /// <summary>__len</summary>
    Len,
    /// <summary>__eq</summary>
    Eq,
    /// <summary>__lt</summary>
    Lt,
    /// <summary>__le</summary>
    Le,
    /// <summary>__call</summary>
    Call,
    /// <summary>__tostring</summary>
    ToString,
    /// <summary>__close</summary>
    Close,
    /// <summary>__index, consulted for keys that are not bound members.</summary>
    Index,
    /// <summary>__newindex, consulted for keys that are not bound writable members.</summary>
    NewIndex,
    /// <summary>__gc (manual §2.5.3): called once when Lua's collector finds the userdata unreachable, or when the
    /// state is disposed (lua_close). Replaces the default <see cref="IDisposable.Dispose"/> call; see
    /// <see cref="LuaUserTypeBinding"/>.</summary>
    Gc,
    /// <summary>__pairs (manual §6.1 <c>pairs</c>): a method returning an
    /// <see cref="IEnumerable{T}"/> of <see cref="KeyValuePair{TKey, TValue}"/> iterates as key/value pairs, any other
    /// <see cref="IEnumerable{T}"/> as <c>1, v1, 2, v2, ...</c>; any other result is returned as is (the iterator
    /// function, state and control value).</summary>
    Pairs,
}
