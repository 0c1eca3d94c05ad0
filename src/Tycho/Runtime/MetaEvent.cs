namespace Tycho.Runtime;

/// <summary>
/// Metamethod events (manual §2.4), in the order of lua5.4's <c>ltm.h</c> TMS enumeration. The first six
/// (<see cref="Index"/> to <see cref="Eq"/>) are the "fast" ones whose absence a table caches in
/// <see cref="LuaTable.NoMetaFlags"/>.
/// </summary>
internal enum MetaEvent
{
    Index, NewIndex, Gc, Mode, Len, Eq,
    Add, Sub, Mul, Mod, Pow, Div, IDiv,
    BAnd, BOr, BXor, Shl, Shr,
    Unm, BNot, Lt, Le, Concat, Call, Close,
}
