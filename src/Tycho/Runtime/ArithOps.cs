using System.Runtime.CompilerServices;

namespace Tycho.Runtime;

// The operators of the dispatch loop's instruction families (lvm.c writes each family once as a macro: op_arith,
// op_arithK, op_arithf, op_bitwise, op_order, op_orderI). Each family is one generic method in LuaThread.Execute.cs taking
// one of these operators as a struct type argument: the JIT compiles a separate body for every value-type
// instantiation and inlines it with the operator's static method, so each case of Run compiles to the same code
// as when it was written out by hand (bench/RESULTS.md, "Instruction families written once").

/// <summary>A float operation (lvm.c op_arithf: <c>/</c>, the only float-only operator with an inline fast path).</summary>
internal interface IFloatOp
{
    static abstract double Float(double a, double b);
}

/// <summary>An operation defined on integers and floats with the same symbol (op_arith: <c>+ - *</c>).</summary>
internal interface IArithOp : IFloatOp
{
    /// <summary>The integer result (wraps around).</summary>
    static abstract long Int(long a, long b);
}

/// <summary>An operation the loop inlines for integer operands only (op_bitwise, and the integer half of
/// <c>%</c> and <c>//</c>); everything else goes through ArithSlow.</summary>
internal interface IIntOp
{
    /// <summary>False when the integer divisor <paramref name="b"/> needs the slow path (0 raises an error, -1
    /// would overflow .NET's division).</summary>
    static abstract bool Inline(long b);
    static abstract long Int(long a, long b);
}

/// <summary>A numeric comparison (op_order, op_orderI).</summary>
internal interface IOrderOp
{
    static abstract bool Int(long a, long b);
    static abstract bool Float(double a, double b);
}

internal struct AddOp : IArithOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long Int(long a, long b) => unchecked(a + b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Float(double a, double b) => a + b;
}

internal struct SubOp : IArithOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long Int(long a, long b) => unchecked(a - b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Float(double a, double b) => a - b;
}

internal struct MulOp : IArithOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long Int(long a, long b) => unchecked(a * b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Float(double a, double b) => a * b;
}

internal struct DivOp : IFloatOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Float(double a, double b) => a / b;
}

internal struct ModOp : IIntOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Inline(long b) => (ulong)(b + 1) > 1;   // b not in {-1, 0}
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long Int(long a, long b) => LuaArith.ModNoOverflow(a, b);
}

internal struct IDivOp : IIntOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Inline(long b) => (ulong)(b + 1) > 1;   // b not in {-1, 0}
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long Int(long a, long b) => LuaArith.IDivNoOverflow(a, b);
}

// MODK and IDIVK: a constant divisor is nearly always positive, and for a positive divisor the rounding fix is
// one sign test (the divisor's sign is known). Other constants go to ArithSlow. The K forms used ModOp/IDivOp at
// first: int_loop (`% 1000000007` per iteration) was 1-3% slower.
internal struct ModKOp : IIntOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Inline(long b) => b > 0;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Int(long a, long b)
    {
        long r = a % b;
        if (r < 0) r += b;   // b > 0
        return r;
    }
}

internal struct IDivKOp : IIntOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Inline(long b) => b > 0;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Int(long a, long b)
    {
        long q = a / b;
        if (a % b < 0) q--;   // b > 0: floor, not truncation, of a negative quotient
        return q;
    }
}

internal struct BAndOp : IIntOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Inline(long b) => true;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long Int(long a, long b) => a & b;
}

internal struct BOrOp : IIntOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Inline(long b) => true;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long Int(long a, long b) => a | b;
}

internal struct BXorOp : IIntOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Inline(long b) => true;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long Int(long a, long b) => a ^ b;
}

internal struct ShlOp : IIntOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Inline(long b) => true;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long Int(long a, long b) => LuaArith.ShiftLeft(a, b);
}

internal struct ShrOp : IIntOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Inline(long b) => true;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long Int(long a, long b) => LuaArith.ShiftLeft(a, unchecked(0 - b));
}

internal struct LtOp : IOrderOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Int(long a, long b) => a < b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Float(double a, double b) => a < b;
}

internal struct LeOp : IOrderOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Int(long a, long b) => a <= b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Float(double a, double b) => a <= b;
}

internal struct GtOp : IOrderOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Int(long a, long b) => a > b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Float(double a, double b) => a > b;
}

internal struct GeOp : IOrderOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Int(long a, long b) => a >= b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Float(double a, double b) => a >= b;
}
