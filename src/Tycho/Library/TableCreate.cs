using Tycho.Runtime;

namespace Tycho.Library;

/// <summary><c>table.create(nseq [, nrec])</c> (Lua 5.5 manual §6.6): an empty table with room for <c>nseq</c>
/// sequence elements and <c>nrec</c> other fields, so that filling it does not rehash.</summary>
internal static class TableCreate
{
    /// <summary>The function, for the 5.5 library template.</summary>
    public static readonly LuaHostFunction Function = new("create", Create);

    private static int Create(LuaCallContext ctx)
    {
        long narr = ctx.CheckInteger(1);
        if ((ulong)narr > int.MaxValue) throw ctx.ArgError(1, "out of range");
        long nrec = ctx.OptInteger(2, 0);
        if ((ulong)nrec > int.MaxValue) throw ctx.ArgError(2, "out of range");
        // ltable.c setnodevector: a hash part beyond 2^30 nodes (MAXHBITS) is refused, without a position.
        if (nrec > 1 << 30) throw new LuaRuntimeException(LuaValue.FromString("table overflow"));
        return ctx.Return(new LuaTable((int)narr, (int)nrec, ctx.Global.Memory));
    }
}
