using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>Builds the metatable of a bound type: <c>__index</c>/<c>__newindex</c> dispatchers over member tables
/// (lookups by interned string keys, no allocation) plus the declared metamethods.</summary>
internal static class UserTypeMetatable
{
    private static readonly string[] EventNames =
    {
        "__add", "__sub", "__mul", "__div", "__mod", "__pow", "__unm", "__idiv", "__band", "__bor", "__bxor", "__shl",
        "__shr", "__bnot", "__concat", "__len", "__eq", "__lt", "__le", "__call", "__tostring", "__close", "__index", "__newindex", "__gc", "__pairs",
    };

    /// <summary>The default <c>__gc</c> of a disposable type without a <see cref="LuaMetamethod.Gc"/> method: disposes
    /// the instances Lua created (see <see cref="LuaState.DisposeLuaOwned"/>). It checks its operand, since
    /// <c>debug.setmetatable</c> can give the metatable to other values. One per metatable: a static Lua object
    /// would have to be listed in <see cref="StaticLuaObjects"/>.</summary>
    private static LuaHostFunction DisposeFinalizer() => new("__gc", ctx =>
    {
        if (ctx[1].AsObject is LuaUserdata u) ctx.State.DisposeLuaOwned(ctx, u);
        return 0;
    });

    /// <param name="binding">The type.</param>
    /// <param name="protect">Sets <c>__metatable</c> to false, so <c>getmetatable</c> hides the shared table
    /// (<see cref="LuaStateOptions.Sandboxed"/>).</param>
    public static LuaTable Build(LuaUserTypeBinding binding, bool protect)
    {
        var d = binding.Description;
        string typeName = binding.Name;
        var mt = new LuaTable();
        var methods = new LuaTable();
        var getters = new LuaTable();
        var setters = new LuaTable();
        foreach (var (name, fn) in d.Methods) methods[name] = new LuaHostFunction(name, fn);
        foreach (var (name, get, set) in d.Properties)
        {
            if (get is not null) getters[name] = new LuaHostFunction(name, get);
            if (set is not null) setters[name] = new LuaHostFunction(name, set);
        }
        LuaHostDelegate? indexFallback = null, newIndexFallback = null;
        foreach (var (kind, fn) in d.Metamethods)
        {
            if (kind == LuaMetamethod.Index) { indexFallback = fn; continue; }
            if (kind == LuaMetamethod.NewIndex) { newIndexFallback = fn; continue; }
            mt[EventNames[(int)kind]] = new LuaHostFunction(EventNames[(int)kind], fn);
        }
        if (binding.IsDisposable && !binding.HasMetamethod(LuaMetamethod.Gc)) mt["__gc"] = DisposeFinalizer();
        if (binding.IsDisposable && !binding.HasMetamethod(LuaMetamethod.Close))
            mt["__close"] = new LuaHostFunction("__close", ctx =>
            {
                // A host-owned instance is refused, not ignored: the script asked for it to be closed.
                if (ctx[1].AsObject is not LuaUserdata u || ctx.State.DisposeLuaOwned(ctx, u) is null)
                    throw ctx.Error($"cannot close a '{typeName}' the host owns");
                return 0;
            });
        if (protect) mt["__metatable"] = LuaValue.False;
        mt["__name"] = typeName;
        mt["__index"] = new LuaHostFunction("__index", ctx =>
        {
            LuaValue key = ctx[2];
            if (key.AsString is LuaString ks)
            {
                LuaValue m = methods.GetStr(ks);
                if (!m.IsNil) return ctx.Return(m);
                if (getters.GetStr(ks).AsObject is LuaHostFunction g) return g.Delegate(ctx);
            }
            if (indexFallback is not null) return indexFallback(ctx);
            if (key.IsString && !setters.GetStr(key.AsString!).IsNil)
                throw ctx.Error($"member '{key}' of '{typeName}' is write-only");
            throw ctx.Error($"'{typeName}' has no member '{LuaString.ToDisplay(key)}'");
        }) { IndexTable = methods };
        mt["__newindex"] = new LuaHostFunction("__newindex", ctx =>
        {
            LuaValue key = ctx[2];
            if (key.AsString is LuaString ks && setters.GetStr(ks).AsObject is LuaHostFunction s) return s.Delegate(ctx);
            if (newIndexFallback is not null) return newIndexFallback(ctx);
            if (key.AsString is LuaString k2 && (!getters.GetStr(k2).IsNil || !methods.GetStr(k2).IsNil))
                throw ctx.Error($"member '{key}' of '{typeName}' is read-only");
            throw ctx.Error($"'{typeName}' has no member '{LuaString.ToDisplay(key)}'");
        });
        return mt;
    }
}
