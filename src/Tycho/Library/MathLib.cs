using Tycho.Runtime;
using Tycho.Runtime.Gc;

namespace Tycho.Library;

/// <summary>
/// The math library (manual §6.7), a port of lua5.4's lmathlib.c. Integer/float subtypes follow lua5.4:
/// <c>floor</c>/<c>ceil</c>/<c>modf</c> give integers when the result fits, <c>abs</c> and <c>fmod</c> keep integers,
/// <c>random</c> is xoshiro256** (<see cref="Xoshiro256"/>) so seeded sequences equal lua5.4's.
/// </summary>
internal static partial class MathLib
{
    /// <summary>math's state-free functions, prepared once per process (see <see cref="LibraryTemplate"/>).</summary>
    internal static readonly LibraryTemplate Functions = new("math",
        ("abs", Abs), ("ceil", Ceil), ("floor", Floor), ("fmod", FMod), ("modf", ModF),
        ("sqrt", F(Math.Sqrt)), ("exp", F(Math.Exp)), ("sin", F(Math.Sin)), ("cos", F(Math.Cos)),
        ("tan", F(Math.Tan)), ("asin", F(Math.Asin)), ("acos", F(Math.Acos)), ("atan", Atan),
        ("log", Log), ("max", Max), ("min", Min), ("tointeger", ToInteger), ("type", Type), ("ult", Ult),
        ("deg", ctx => ctx.Return(ctx.CheckNumber(1) * (180.0 / Math.PI))),
        ("rad", ctx => ctx.Return(ctx.CheckNumber(1) * (Math.PI / 180.0))),
        // LUA_COMPAT_MATHLIB functions: the oracle (Debian's lua5.4, built with LUA_COMPAT_5_3) has them.
        ("atan2", Atan), ("cosh", F(Math.Cosh)), ("sinh", F(Math.Sinh)), ("tanh", F(Math.Tanh)),
        ("log10", F(Math.Log10)), ("pow", ctx => ctx.Return(Math.Pow(ctx.CheckNumber(1), ctx.CheckNumber(2)))),
        ("frexp", FrExp), ("ldexp", LdExp));

    private static readonly LuaString RandomName = LuaString.FromAscii("random"), RandomSeedName = LuaString.FromAscii("randomseed"),
        PiName = LuaString.FromAscii("pi"), HugeName = LuaString.FromAscii("huge"),
        MaxIntegerName = LuaString.FromAscii("maxinteger"), MinIntegerName = LuaString.FromAscii("mininteger");

    private static readonly long SharedBytes = LibraryTemplate.SizeOf(RandomName, RandomSeedName, PiName, HugeName, MaxIntegerName, MinIntegerName);

    /// <summary>Registers the <c>math</c> global; <c>random</c> and <c>randomseed</c> share a generator of the state's own.</summary>
    public static void Open(GlobalState state)
    {
        var rng = new Xoshiro256();
        RandomSeed(state, rng, out _, out _);
        MemoryAccount.ChargeCurrent(SharedBytes);   // see LibraryTemplate.SizeOf
        var p = state.Profile;
        var t = LegacyLibraries.Math(p).Open(state, extra: 6);
        var random = p.Minor == 3
            ? new LuaHostFunction("random", ctx => Random53(ctx, rng))
            : new LuaHostFunction("random", ctx => Random(ctx, rng));
        var seed = p.Minor == 3
            ? new LuaHostFunction("randomseed", ctx => RandomSeed53(ctx, rng))
            : new LuaHostFunction("randomseed", ctx => RandomSeedFn(ctx, rng));
        t.VmSetStr(RandomName, LegacyLibraries.FloatsOnly(p.LibrariesConvertNumbers ? LegacyLibVariants.Random(random) : random, p));
        t.VmSetStr(RandomSeedName, LegacyLibraries.FloatsOnly(seed, p));
        t.VmSetStr(PiName, Math.PI);
        t.VmSetStr(HugeName, double.PositiveInfinity);
        if (!p.HasIntegers) return;   // 5.1 and 5.2 have floats only
        t.VmSetStr(MaxIntegerName, long.MaxValue);
        t.VmSetStr(MinIntegerName, long.MinValue);
    }

    private static LuaHostDelegate F(Func<double, double> f) => ctx => ctx.Return(f(ctx.CheckNumber(1)));

    /// <summary>pushnumint: an integer when the float has an exact integer value in range, else the float.</summary>
    private static LuaValue NumInt(double d) =>
        LuaValue.FloatToInteger(d, out long i) ? LuaValue.FromInteger(i) : LuaValue.FromFloat(d);

    private static int Abs(LuaCallContext ctx)
    {
        if (ctx[1].IsInteger)
        {
            long n = ctx[1].RawInteger;
            return ctx.Return(n < 0 ? unchecked(0 - n) : n);
        }
        return ctx.Return(Math.Abs(ctx.CheckNumber(1)));
    }

    private static int Floor(LuaCallContext ctx)
    {
        if (ctx[1].IsInteger) return ctx.Return(ctx[1]);
        return ctx.Return(NumInt(Math.Floor(ctx.CheckNumber(1))));
    }

    private static int Ceil(LuaCallContext ctx)
    {
        if (ctx[1].IsInteger) return ctx.Return(ctx[1]);
        return ctx.Return(NumInt(Math.Ceiling(ctx.CheckNumber(1))));
    }

    /// <summary>§6.7 math.fmod: C's fmod for floats; for integers truncated remainder, "bad argument #2 to 'fmod' (zero)".</summary>
    private static int FMod(LuaCallContext ctx)
    {
        if (ctx[1].IsInteger && ctx[2].IsInteger)
        {
            long m = ctx[1].RawInteger, d = ctx[2].RawInteger;
            if (unchecked((ulong)d + 1UL) <= 1UL)
            {
                if (d == 0) throw ctx.ArgError(2, "zero");
                return ctx.Return(0L); // m % -1 (avoids overflow for mininteger)
            }
            return ctx.Return(m % d);
        }
        // lmathlib checks both in one call's argument list, and the release build (gcc, x86-64) evaluates the
        // second first: with two bad arguments, lua5.4 names #2.
        double b = ctx.CheckNumber(2), a = ctx.CheckNumber(1);
        return ctx.Return(a % b); // .NET's % on doubles is C's fmod
    }

    /// <summary>§6.7 math.modf: integral part (an integer when it fits, else a float) and fractional part (0.0 for infinities).</summary>
    private static int ModF(LuaCallContext ctx)
    {
        if (ctx[1].IsInteger)
        {
            return ctx.Return(ctx[1], 0.0);
        }
        double n = ctx.CheckNumber(1);
        double ip = n < 0 ? Math.Ceiling(n) : Math.Floor(n);
        return ctx.Return(NumInt(ip), n == ip ? 0.0 : n - ip);
    }

    /// <summary>Compat math.frexp(x): mantissa in [0.5, 1) and exponent with x = m * 2^e, as C's frexp.</summary>
    private static int FrExp(LuaCallContext ctx)
    {
        double x = ctx.CheckNumber(1);
        if (x == 0 || double.IsNaN(x) || double.IsInfinity(x)) return ctx.Return(x, 0L);
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exp = (int)((bits >> 52) & 0x7FF);
        int extra = 0;
        if (exp == 0)
        {   // subnormal: scale into the normal range first
            x *= 18014398509481984.0; // 2^54
            bits = BitConverter.DoubleToInt64Bits(x);
            exp = (int)((bits >> 52) & 0x7FF);
            extra = -54;
        }
        bits = (bits & unchecked((long)0x800FFFFFFFFFFFFFUL)) | (1022L << 52);
        return ctx.Return(BitConverter.Int64BitsToDouble(bits), (long)(exp - 1022 + extra));
    }

    /// <summary>Compat math.ldexp(m, e): m * 2^e, e an int.</summary>
    private static int LdExp(LuaCallContext ctx)
    {
        double m = ctx.CheckNumber(1);
        long e = ctx.CheckInteger(2);
        return ctx.Return(Math.ScaleB(m, (int)Math.Clamp(e, int.MinValue, int.MaxValue)));
    }

    private static int Atan(LuaCallContext ctx)
    {
        double y = ctx.CheckNumber(1);
        double x = ctx.OptNumber(2, 1);
        return ctx.Return(Math.Atan2(y, x));
    }

    /// <summary>§6.7 math.log(x [, base]): bases 2 and 10 use log2/log10 as lmathlib does.</summary>
    private static int Log(LuaCallContext ctx)
    {
        double x = ctx.CheckNumber(1);
        double res;
        if (ctx.IsNoneOrNil(2)) res = CLog(x);
        else
        {
            double b = ctx.CheckNumber(2);
            if (b == 2.0) res = x < 0 ? NegativeNaN : Math.Log2(x);
            else if (b == 10.0) res = Math.Log10(x);
            else res = CLog(x) / CLog(b);
        }
        return ctx.Return(res);
    }

    /// <summary>glibc's log and log2 return a NaN with the sign bit set for negative arguments (lua5.4 prints
    /// "-nan"); .NET's return the positive one. (log10 gives a positive NaN in both.)</summary>
    private static readonly double NegativeNaN = BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8000000000000UL));

    private static double CLog(double x) => x < 0 ? NegativeNaN : Math.Log(x);

    /// <summary>§6.7 math.max: compares with <c>&lt;</c> (any comparable values); "value expected" without arguments.</summary>
    private static int Max(LuaCallContext ctx)
    {
        int n = ctx.ArgCount;
        if (n < 1) throw ctx.ArgError(1, "value expected");
        int imax = 1;
        for (int i = 2; i <= n; i++)
            if (LibOps.LessThan(ctx.Thread, ctx[imax], ctx[i])) imax = i;
        return ctx.Return(ctx[imax]);
    }

    private static int Min(LuaCallContext ctx)
    {
        int n = ctx.ArgCount;
        if (n < 1) throw ctx.ArgError(1, "value expected");
        int imin = 1;
        for (int i = 2; i <= n; i++)
            if (LibOps.LessThan(ctx.Thread, ctx[i], ctx[imin])) imin = i;
        return ctx.Return(ctx[imin]);
    }

    /// <summary>§6.7 math.tointeger: lua5.4.4 converts numbers and numeric strings; fail (nil) otherwise.</summary>
    private static int ToInteger(LuaCallContext ctx)
    {
        if (ctx[1].TryToInteger(out long i)) return ctx.Return(i);
        ctx.CheckAny(1);
        return ctx.Return(LuaValue.Nil);
    }

    private static readonly LuaString IntegerName = LuaString.FromAscii("integer");
    private static readonly LuaString FloatName = LuaString.FromAscii("float");

    private static int Type(LuaCallContext ctx)
    {
        LuaValue v = ctx[1];
        if (v.IsInteger) return ctx.Return(IntegerName);
        if (v.IsFloat) return ctx.Return(FloatName);
        ctx.CheckAny(1);
        return ctx.Return(LuaValue.Nil);
    }

    private static int Ult(LuaCallContext ctx)
    {
        long a = ctx.CheckInteger(1), b = ctx.CheckInteger(2);
        return ctx.Return((ulong)a < (ulong)b);
    }

    /// <summary>§6.7 math.random([m [, n]]): float in [0,1), integer in [1,m] or [m,n]; random(0) is a full 64-bit integer.</summary>
    private static int Random(LuaCallContext ctx, Xoshiro256 rng)
    {
        ulong rv = rng.Next();
        long low, up;
        switch (ctx.ArgCount)
        {
            case 0:
                return ctx.Return(Xoshiro256.ToDouble(rv));
            case 1:
                low = 1;
                up = ctx.CheckInteger(1);
                if (up == 0) return ctx.Return(unchecked((long)rv));
                break;
            case 2:
                low = ctx.CheckInteger(1);
                up = ctx.CheckInteger(2);
                break;
            default:
                throw ctx.Error("wrong number of arguments");
        }
        if (low > up) throw ctx.ArgError(1, "interval is empty");
        ulong p = rng.Project(rv, unchecked((ulong)up - (ulong)low));
        return ctx.Return(unchecked((long)(p + (ulong)low)));
    }

    /// <summary>§6.7 math.randomseed([x [, y]]): returns the two seed components.</summary>
    private static int RandomSeedFn(LuaCallContext ctx, Xoshiro256 rng)
    {
        long n1, n2;
        if (ctx.ArgCount == 0) RandomSeed(ctx.Global, rng, out n1, out n2);
        else
        {
            n1 = ctx.CheckInteger(1);
            n2 = ctx.OptInteger(2, 0);
            rng.Seed((ulong)n1, (ulong)n2);
        }
        return ctx.Return(n1, n2);
    }

    /// <summary>randseed: the platform's seed (the host's: the current time and a per-call value, as lmathlib).</summary>
    private static void RandomSeed(GlobalState state, Xoshiro256 rng, out long n1, out long n2)
    {
        (n1, n2) = state.Platform.RandomSeed();
        rng.Seed((ulong)n1, (ulong)n2);
    }
}
