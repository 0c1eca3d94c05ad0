using Tycho.Runtime;

namespace Tycho.Library;

// math.random and math.randomseed as Lua 5.3 has them (5.3 manual §6.7). 5.3 draws from the C library's rand(),
// whose sequence no portable program can rely on: Tycho keeps its own generator and 5.3's ranges, arguments and
// results.
internal static partial class MathLib
{
    /// <summary>math.random([m [, n]]) of 5.3: a float in [0,1) scaled onto the interval, which must not be empty
    /// nor wider than maxinteger (so <c>random(0)</c> is an error, not 5.4's full 64-bit integer).</summary>
    private static int Random53(LuaCallContext ctx, Xoshiro256 rng)
    {
        double r = Xoshiro256.ToDouble(rng.Next());
        long low, up;
        switch (ctx.ArgCount)
        {
            case 0: return ctx.Return(r);
            case 1: low = 1; up = ctx.CheckInteger(1); break;
            case 2: low = ctx.CheckInteger(1); up = ctx.CheckInteger(2); break;
            default: throw ctx.Error("wrong number of arguments");
        }
        if (low > up) throw ctx.ArgError(1, "interval is empty");
        if (!(low >= 0 || up <= long.MaxValue + low)) throw ctx.ArgError(1, "interval too large");
        r *= (double)(up - low) + 1.0;
        return ctx.Return((long)r + low);
    }

    /// <summary>math.randomseed(x) of 5.3: a number is required (a float is truncated) and nothing is returned.</summary>
    private static int RandomSeed53(LuaCallContext ctx, Xoshiro256 rng)
    {
        double x = ctx.CheckNumber(1);
        long n = x >= -9.2233720368547758e18 && x < 9.2233720368547758e18 ? (long)x : 0;
        rng.Seed((ulong)(uint)n, 0);
        return 0;
    }
}
