using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>
/// The iterator function a user type's <c>__pairs</c> returns for a .NET sequence (manual §6.1 <c>pairs</c>): each
/// call advances one enumerator and returns the next key and value, then nil at the end. The enumerator is disposed
/// when it is exhausted or throws; a loop left early by <c>break</c> leaves it to the .NET collector, because
/// <c>pairs</c> passes on no closing value.
/// </summary>
internal static class UserTypeIterator
{
    public static LuaHostFunction Pairs<TKey, TValue>(IEnumerator<KeyValuePair<TKey, TValue>> items) =>
        new("pairs_iterator", ctx =>
        {
            if (!Advance(ctx, items)) return ctx.Return(LuaValue.Nil);
            var (key, value) = items.Current;
            return ctx.Return(LuaConvert.ToValue(key, ctx.State), LuaConvert.ToValue(value, ctx.State));
        });

    public static LuaHostFunction Sequence<T>(IEnumerator<T> items)
    {
        long index = 0;
        return new("pairs_iterator", ctx =>
        {
            if (!Advance(ctx, items)) return ctx.Return(LuaValue.Nil);
            return ctx.Return(LuaValue.FromInteger(++index), LuaConvert.ToValue(items.Current, ctx.State));
        });
    }

    /// <summary>MoveNext, with a .NET exception (a collection changed during the loop) raised as a Lua error.</summary>
    private static bool Advance<T>(in LuaCallContext ctx, IEnumerator<T> items)
    {
        bool more;
        try { more = items.MoveNext(); }
        catch (Exception e) when (e is not LuaRuntimeException)
        {
            items.Dispose();
            throw LuaHostCall.Wrap(ctx, e);
        }
        if (!more) items.Dispose();
        return more;
    }
}
