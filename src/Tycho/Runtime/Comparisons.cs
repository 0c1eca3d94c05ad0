using System.Runtime.CompilerServices;

namespace Tycho.Runtime;

/// <summary>
/// Exact number comparisons mixing integers and floats (lvm.c LTnum/LEnum): an integer is compared with a float by
/// mathematical value, never by converting a large integer to a rounded double.
/// </summary>
internal static class Comparisons
{
    /// <summary>True when <paramref name="i"/> converts to a double exactly (|i| &lt;= 2^53).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IntFitsFloat(long i) => (ulong)(i + (1L << 53)) <= (2UL << 53);

    /// <summary><c>a &lt; b</c> for two numbers.</summary>
    public static bool LessThanNumbers(in LuaValue a, in LuaValue b)
    {
        if (a.IsInteger)
        {
            long i = a.RawInteger;
            if (b.IsInteger) return i < b.RawInteger;
            return LtIntFloat(i, b.RawFloat);
        }
        double f = a.RawFloat;
        if (b.IsFloat) return f < b.RawFloat;
        return LtFloatInt(f, b.RawInteger);
    }

    /// <summary><c>a &lt;= b</c> for two numbers.</summary>
    public static bool LessEqualNumbers(in LuaValue a, in LuaValue b)
    {
        if (a.IsInteger)
        {
            long i = a.RawInteger;
            if (b.IsInteger) return i <= b.RawInteger;
            return LeIntFloat(i, b.RawFloat);
        }
        double f = a.RawFloat;
        if (b.IsFloat) return f <= b.RawFloat;
        return LeFloatInt(f, b.RawInteger);
    }

    /// <summary>luaV_flttointns with floor (mode 1) or ceiling (mode 2).</summary>
    private static bool FloatToIntRounded(double f, bool ceil, out long i)
    {
        double r = ceil ? Math.Ceiling(f) : Math.Floor(f);
        return LuaValue.FloatToInteger(r, out i);
    }

    public static bool LtIntFloat(long i, double f)
    {
        if (IntFitsFloat(i)) return i < f;
        if (FloatToIntRounded(f, true, out long fi)) return i < fi;
        return f > 0;
    }

    public static bool LeIntFloat(long i, double f)
    {
        if (IntFitsFloat(i)) return i <= f;
        if (FloatToIntRounded(f, false, out long fi)) return i <= fi;
        return f > 0;
    }

    public static bool LtFloatInt(double f, long i)
    {
        if (IntFitsFloat(i)) return f < i;
        if (FloatToIntRounded(f, false, out long fi)) return fi < i;
        return f < 0;
    }

    public static bool LeFloatInt(double f, long i)
    {
        if (IntFitsFloat(i)) return f <= i;
        if (FloatToIntRounded(f, true, out long fi)) return fi <= i;
        return f < 0;
    }
}
