using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// Functions of the string, table, math and coroutine libraries whose behaviour Lua 5.1 and 5.2 define otherwise
/// than 5.4: <c>string.rep</c> without a separator (5.1), <c>table.insert</c>/<c>remove</c> reading and writing raw
/// (5.1 clips instead of raising "position out of bounds"), <c>table.pack</c>'s float <c>n</c>, math functions on
/// floats only (<c>math.floor(-0.5)</c> is <c>-0</c>), one-argument <c>math.atan</c>, and 5.1's
/// <c>coroutine.running</c>. <see cref="LegacyLibraries"/> puts them in place of 5.4's.
/// </summary>
internal static class LegacyLibVariants
{
    // ------------------------------------------------------------------ string

    /// <summary>string.rep(s, n) of 5.1 (Lua 5.1 manual §5.4): no separator; a third argument is ignored.</summary>
    public static readonly LuaHostFunction Rep51 = new("rep", ctx =>
        StringLib.Functions["rep"].Delegate(new LuaCallContext(ctx.Thread, ctx.Base, Math.Min(ctx.ArgCount, 2), ctx.Function)));

    // ------------------------------------------------------------------ table

    /// <summary>table.insert of 5.1 (Lua 5.1 manual §5.5): raw, and a position past the end is simply used.</summary>
    public static readonly LuaHostFunction Insert51 = new("insert", ctx => Insert(ctx, 1));

    /// <summary>table.insert of 5.2 (Lua 5.2 manual §6.5): raw, the length by luaL_len, a position within 1..#t+1.</summary>
    public static readonly LuaHostFunction Insert52 = new("insert", ctx => Insert(ctx, 2));

    private static int Insert(LuaCallContext ctx, int minor)
    {
        LuaTable t = ctx.CheckTable(1);
        long e = unchecked((minor == 1 ? t.Length : LibOps.LenI(ctx, ctx[1])) + 1);
        long pos;
        switch (ctx.ArgCount)
        {
            case 2: pos = e; break;
            case 3:
                pos = ctx.CheckInteger(2);
                if (minor == 1) { if (pos > e) e = pos; }
                else if (pos < 1 || pos > e) throw ctx.ArgError(2, "position out of bounds");
                for (long i = e; i > pos; i--) { ctx.Global.Charge(1); t.Set(i, t.VmGetInt(i - 1)); }
                break;
            default: throw ctx.Error("wrong number of arguments to 'insert'");
        }
        t.Set(pos, ctx[ctx.ArgCount]);
        return 0;
    }

    /// <summary>table.remove of 5.1: raw; a position outside 1..#t removes nothing and returns nothing.</summary>
    public static readonly LuaHostFunction Remove51 = new("remove", ctx =>
    {
        LuaTable t = ctx.CheckTable(1);
        long e = t.Length;
        long pos = ctx.OptInteger(2, e);
        if (e == 0 || pos < 1 || pos > e) return 0;
        LuaValue v = t.VmGetInt(pos);
        for (; pos < e; pos++) { ctx.Global.Charge(1); t.Set(pos, t.VmGetInt(pos + 1)); }
        t.Set(e, LuaValue.Nil);
        return ctx.Return(v);
    });

    /// <summary>table.remove of 5.2: raw, the length by luaL_len; a given position must be within 1..#t+1 (5.2
    /// reports it as argument #1).</summary>
    public static readonly LuaHostFunction Remove52 = new("remove", ctx =>
    {
        LuaTable t = ctx.CheckTable(1);
        long size = LibOps.LenI(ctx, ctx[1]);
        long pos = ctx.OptInteger(2, size);
        if (pos != size && (pos < 1 || pos > size + 1)) throw ctx.ArgError(1, "position out of bounds");
        LuaValue v = t.VmGetInt(pos);
        for (; pos < size; pos++) { ctx.Global.Charge(1); t.Set(pos, t.VmGetInt(pos + 1)); }
        t.Set(pos, LuaValue.Nil);
        return ctx.Return(v);
    });

    private static readonly LuaString NField = LuaString.FromAscii("n");

    /// <summary>table.pack of 5.2 (Lua 5.2 manual §6.5): its <c>n</c> is a number, that is a float.</summary>
    public static readonly LuaHostFunction Pack52 = new("pack", ctx =>
    {
        int n = ctx.ArgCount;
        ctx.Global.Charge(n);
        var t = new LuaTable(n, 1);
        for (int i = 1; i <= n; i++) t.VmSetInt(i, ctx[i]);
        t.SetStr(NField, (double)n);
        return ctx.Return(t);
    });

    // ------------------------------------------------------------------ math

    /// <summary>math.floor of 5.1/5.2: C's floor, a float (-0.0 stays negative).</summary>
    public static readonly LuaHostFunction Floor = new("floor", ctx => ctx.Return(Math.Floor(ctx.CheckNumber(1))));
    /// <summary>math.ceil of 5.1/5.2: C's ceil, a float.</summary>
    public static readonly LuaHostFunction Ceil = new("ceil", ctx => ctx.Return(Math.Ceiling(ctx.CheckNumber(1))));
    /// <summary>math.abs of 5.1/5.2: C's fabs.</summary>
    public static readonly LuaHostFunction Abs = new("abs", ctx => ctx.Return(Math.Abs(ctx.CheckNumber(1))));
    /// <summary>math.fmod of 5.1/5.2: C's fmod, NaN for a zero divisor (no integer division to refuse it).</summary>
    public static readonly LuaHostFunction FMod = new("fmod", ctx => ctx.Return(ctx.CheckNumber(1) % ctx.CheckNumber(2)));
    /// <summary>math.atan of 5.1/5.2: one argument (two-argument arctangent is <c>atan2</c>).</summary>
    public static readonly LuaHostFunction Atan = new("atan", ctx => ctx.Return(Math.Atan(ctx.CheckNumber(1))));
    /// <summary>math.log of 5.1: natural logarithm only (a base is ignored).</summary>
    public static readonly LuaHostFunction Log51 = new("log", ctx => ctx.Return(Math.Log(ctx.CheckNumber(1))));
    /// <summary>math.log of 5.2: an optional base, log10 for base 10.</summary>
    public static readonly LuaHostFunction Log52 = new("log", ctx =>
    {
        double x = ctx.CheckNumber(1);
        if (ctx.IsNoneOrNil(2)) return ctx.Return(Math.Log(x));
        double b = ctx.CheckNumber(2);
        return ctx.Return(b == 10.0 ? Math.Log10(x) : Math.Log(x) / Math.Log(b));
    });

    /// <summary>math.modf of 5.1/5.2: C's modf, floats both (modf(-0.5) is -0 and -0.5, modf(-inf) is -inf and -0).</summary>
    public static readonly LuaHostFunction ModF = new("modf", ctx =>
    {
        double n = ctx.CheckNumber(1);
        double ip = n < 0 ? Math.Ceiling(n) : Math.Floor(n);
        double fp = double.IsInfinity(n) ? Math.CopySign(0.0, n) : n - ip;
        return ctx.Return(ip, fp);
    });

    /// <summary>math.random of 5.1/5.2 around the state's generator: the bounds are checked as they check them
    /// ("interval is empty" of argument #2 for m..n, no random(0)), then 5.4's draws the number.</summary>
    public static LuaHostFunction Random(LuaHostFunction random)
    {
        LuaHostDelegate inner = random.Delegate;
        return new LuaHostFunction(random.Name, ctx =>
        {
            switch (ctx.ArgCount)
            {
                case 0: break;
                case 1: if (ctx.CheckInteger(1) < 1) throw ctx.ArgError(1, "interval is empty"); break;
                case 2: if (ctx.CheckInteger(1) > ctx.CheckInteger(2)) throw ctx.ArgError(2, "interval is empty"); break;
                default: throw ctx.Error("wrong number of arguments");
            }
            return inner(ctx);
        });
    }

    /// <summary>math.max of 5.1/5.2: numbers only, the first required ("number expected, got no value").</summary>
    public static readonly LuaHostFunction Max = new("max", ctx => MaxMin(ctx, max: true));
    /// <summary>math.min of 5.1/5.2.</summary>
    public static readonly LuaHostFunction Min = new("min", ctx => MaxMin(ctx, max: false));

    private static int MaxMin(LuaCallContext ctx, bool max)
    {
        double r = ctx.CheckNumber(1);
        for (int i = 2; i <= ctx.ArgCount; i++)
        {
            double d = ctx.CheckNumber(i);
            if (max ? d > r : d < r) r = d;
        }
        return ctx.Return(r);
    }

    // ------------------------------------------------------------------ coroutine

    /// <summary>coroutine.create of 5.1: the body must be a Lua function (a C function cannot yield there).</summary>
    public static readonly LuaHostFunction Create51 = LuaBodyOnly("create");

    /// <summary>coroutine.wrap of 5.1, which creates as <see cref="Create51"/> does.</summary>
    public static readonly LuaHostFunction Wrap51 = LuaBodyOnly("wrap");

    private static LuaHostFunction LuaBodyOnly(string name)
    {
        LuaHostDelegate inner = CoroutineLib.Functions[name].Delegate;
        return new LuaHostFunction(name, ctx =>
        {
            if (ctx[1].O is not LuaClosure) throw ctx.ArgError(1, "Lua function expected");
            return inner(ctx);
        });
    }

    /// <summary>coroutine.running of 5.1 (Lua 5.1 manual §5.2): the running coroutine, or nil in the main thread.</summary>
    public static readonly LuaHostFunction Running51 = new("running", ctx =>
        ctx.Thread.IsMainThread ? ctx.Return(LuaValue.Nil) : ctx.Return(LuaValue.FromObject(ctx.Thread)));
}
