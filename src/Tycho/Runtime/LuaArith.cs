using System.Runtime.CompilerServices;

namespace Tycho.Runtime;

/// <summary>Outcome of a raw arithmetic attempt.</summary>
internal enum ArithStatus
{
    /// <summary>The result was computed.</summary>
    Ok,
    /// <summary>An operand is not a number (the caller tries metamethods).</summary>
    NotNumbers,
    /// <summary>Integer division by zero: lua5.4 raises <c>attempt to divide by zero</c>.</summary>
    IntegerDivideByZero,
    /// <summary>Integer modulo by zero: lua5.4 raises <c>attempt to perform 'n%0'</c> (lvm.c writes <c>'n%%0'</c> in a format string).</summary>
    IntegerModuloByZero,
    /// <summary>A bitwise operand is a float without an integer value: <c>number has no integer representation</c>.</summary>
    NoIntegerRepresentation,
}

/// <summary>
/// Arithmetic and bitwise operations on numbers with lua5.4's semantics (manual §3.4.1, §3.4.2, §3.4.3):
/// integer operations wrap around, <c>//</c> and <c>%</c> round toward minus infinity, <c>/</c> and <c>^</c> are
/// always float, bitwise operations convert floats with exact integer values. No string coercion here (in 5.4
/// that lives in the string metatable) and no metamethods.
/// </summary>
internal static class LuaArith
{
    /// <summary>Integer floor division (luaV_idiv); <paramref name="b"/> must not be 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long IDiv(long a, long b)
    {
        if (b == -1) return unchecked(0 - a);   // avoids overflow of mininteger // -1
        return IDivNoOverflow(a, b);
    }

    /// <summary><see cref="IDiv"/> for <paramref name="b"/> neither 0 nor -1 (the dispatch loop's fast path,
    /// which checks that first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long IDivNoOverflow(long a, long b)
    {
        System.Diagnostics.Debug.Assert(b is not (0 or -1));
        long q = a / b;
        if ((a ^ b) < 0 && q * b != a) q--;   // signs differ and not exact: floor instead of truncation
        return q;
    }

    /// <summary>Integer modulo with the sign of the divisor (luaV_mod); <paramref name="b"/> must not be 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Mod(long a, long b)
    {
        if (b == -1) return 0;   // avoids overflow of mininteger % -1
        return ModNoOverflow(a, b);
    }

    /// <summary><see cref="Mod"/> for <paramref name="b"/> neither 0 nor -1 (see <see cref="IDivNoOverflow"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long ModNoOverflow(long a, long b)
    {
        System.Diagnostics.Debug.Assert(b is not (0 or -1));
        long r = a % b;
        if (r != 0 && (r ^ b) < 0) r += b;   // signs differ: the result takes the divisor's sign
        return r;
    }

    /// <summary>Float modulo (luai_nummod): C fmod adjusted toward the divisor's sign.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double FMod(double a, double b)
    {
        double m = a % b;
        if ((m > 0) ? b < 0 : (m < 0 && b > 0)) m += b; // signs differ: floor instead of truncation
        return m;
    }

    /// <summary>C's fmod (truncated remainder), which .NET's % on doubles implements.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double CFmod(double a, double b) => a % b;

    /// <summary>Float floor division (luai_numidiv).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double FIDiv(double a, double b) => Math.Floor(a / b);

    /// <summary>Float power (luai_numpow): squares exactly when the exponent is 2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Pow(double a, double b) => b == 2 ? a * a : Math.Pow(a, b);

    /// <summary>Logical shift left by <paramref name="y"/> (negative shifts right), luaV_shiftl: shifts of 64 or more give 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ShiftLeft(long x, long y)
    {
        if (y < 0)
        {
            if (y <= -64) return 0;
            return (long)((ulong)x >> (int)-y);
        }
        if (y >= 64) return 0;
        return x << (int)y;
    }

    /// <summary>Converts a number operand for a bitwise operation (luaV_tointegerns with F2Ieq).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ToIntegerStrict(in LuaValue v, out long i)
    {
        if (v.IsInteger) { i = v.RawInteger; return true; }
        if (v.IsFloat) return LuaValue.FloatToInteger(v.RawFloat, out i);
        i = 0; return false;
    }

    /// <summary>
    /// Raw arithmetic/bitwise operation on two numbers (for unary operations pass the operand twice).
    /// <paramref name="op"/> is one of <see cref="MetaEvent.Add"/> .. <see cref="MetaEvent.BNot"/>.
    /// </summary>
    public static ArithStatus TryArith(MetaEvent op, in LuaValue a, in LuaValue b, out LuaValue result)
    {
        result = LuaValue.Nil;
        if (!a.IsNumber || !b.IsNumber) return ArithStatus.NotNumbers;
        switch (op)
        {
            case MetaEvent.BAnd: case MetaEvent.BOr: case MetaEvent.BXor:
            case MetaEvent.Shl: case MetaEvent.Shr: case MetaEvent.BNot:
            {
                if (!ToIntegerStrict(a, out long x) || !ToIntegerStrict(b, out long y)) return ArithStatus.NoIntegerRepresentation;
                result = LuaValue.FromInteger(op switch
                {
                    MetaEvent.BAnd => x & y,
                    MetaEvent.BOr => x | y,
                    MetaEvent.BXor => x ^ y,
                    MetaEvent.Shl => ShiftLeft(x, y),
                    MetaEvent.Shr => ShiftLeft(x, unchecked(0 - y)),
                    _ => ~x,
                });
                return ArithStatus.Ok;
            }
            case MetaEvent.Div:
                result = LuaValue.FromFloat(a.NumberAsDouble / b.NumberAsDouble);
                return ArithStatus.Ok;
            case MetaEvent.Pow:
                result = LuaValue.FromFloat(Pow(a.NumberAsDouble, b.NumberAsDouble));
                return ArithStatus.Ok;
        }
        if (a.IsInteger && b.IsInteger)
        {
            long x = a.RawInteger, y = b.RawInteger;
            switch (op)
            {
                case MetaEvent.Add: result = LuaValue.FromInteger(unchecked(x + y)); return ArithStatus.Ok;
                case MetaEvent.Sub: result = LuaValue.FromInteger(unchecked(x - y)); return ArithStatus.Ok;
                case MetaEvent.Mul: result = LuaValue.FromInteger(unchecked(x * y)); return ArithStatus.Ok;
                case MetaEvent.Unm: result = LuaValue.FromInteger(unchecked(0 - x)); return ArithStatus.Ok;
                case MetaEvent.Mod:
                    if (y == 0) return ArithStatus.IntegerModuloByZero;
                    result = LuaValue.FromInteger(Mod(x, y)); return ArithStatus.Ok;
                case MetaEvent.IDiv:
                    if (y == 0) return ArithStatus.IntegerDivideByZero;
                    result = LuaValue.FromInteger(IDiv(x, y)); return ArithStatus.Ok;
            }
        }
        double p = a.NumberAsDouble, q = b.NumberAsDouble;
        result = LuaValue.FromFloat(op switch
        {
            MetaEvent.Add => p + q,
            MetaEvent.Sub => p - q,
            MetaEvent.Mul => p * q,
            MetaEvent.Unm => -p,
            MetaEvent.Mod => FMod(p, q),
            MetaEvent.IDiv => FIDiv(p, q),
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        });
        return ArithStatus.Ok;
    }
    /// <summary>Whether <paramref name="op"/> is a bitwise operation (its operands must have integer values).</summary>
    public static bool IsBitwise(MetaEvent op) =>
        op is MetaEvent.BAnd or MetaEvent.BOr or MetaEvent.BXor or MetaEvent.Shl or MetaEvent.Shr or MetaEvent.BNot;

    /// <summary>lvm.c's tonumber of Lua 5.3 (and older): a number, or a string converted to one.</summary>
    public static bool ToNumberCoerced(in LuaValue v, out LuaValue n)
    {
        if (v.IsNumber) { n = v; return true; }
        if (v.O is LuaString) return v.TryToNumberValue(out n);
        n = LuaValue.Nil;
        return false;
    }

    /// <summary>
    /// Lua 5.3's arithmetic with numeric strings, which its core converts (5.3 manual §3.4.3): an arithmetic
    /// operation on a converted string is done in floats (lvm.c's <c>tonumber</c> gives a float), a bitwise one on
    /// the integer the numeral has. <see cref="ArithStatus.NotNumbers"/> when an operand does not convert.
    /// </summary>
    public static ArithStatus TryArithCoerced(MetaEvent op, in LuaValue a, in LuaValue b, out LuaValue result)
    {
        result = LuaValue.Nil;
        if (!ToNumberCoerced(a, out LuaValue x) || !ToNumberCoerced(b, out LuaValue y)) return ArithStatus.NotNumbers;
        if (IsBitwise(op)) return TryArith(op, x, y, out result);
        return TryArith(op, LuaValue.FromFloat(x.NumberAsDouble), LuaValue.FromFloat(y.NumberAsDouble), out result);
    }
}
