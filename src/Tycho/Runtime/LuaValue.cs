using System.Runtime.CompilerServices;

namespace Tycho.Runtime;

/// <summary>
/// A Lua value: nil, boolean, integer (64-bit, wrap-around), float (IEEE double), string, table, function,
/// userdata or thread (manual §2.1). A 16-byte readonly struct: one object reference, which tells the type
/// (<c>null</c> is nil, a <see cref="ValueTag"/> marks a number or boolean, anything else is the heap object itself),
/// and a 64-bit payload holding the integer, the float's bits or the boolean. Numbers never box.
/// </summary>
public readonly struct LuaValue : IEquatable<LuaValue>
{
    internal readonly object? O;
    internal readonly long N;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal LuaValue(object? o, long n) { O = o; N = n; }

    /// <summary>The nil value.</summary>
    public static readonly LuaValue Nil = default;
    /// <summary>The boolean <c>true</c>.</summary>
    public static readonly LuaValue True = new(ValueTag.Boolean, 1);
    /// <summary>The boolean <c>false</c>.</summary>
    public static readonly LuaValue False = new(ValueTag.Boolean, 0);

    // ---- construction ----
    /// <summary>An integer value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue FromInteger(long i) => new(ValueTag.Integer, i);
    /// <summary>A float value (kept a float even when integral).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue FromFloat(double d) => new(ValueTag.Float, BitConverter.DoubleToInt64Bits(d));
    /// <summary>A boolean value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue FromBoolean(bool b) => b ? True : False;
    /// <summary>A string value (nil when <paramref name="s"/> is null).</summary>
    public static LuaValue FromString(LuaString? s) => new(s, 0);
    /// <summary>A string value from a .NET string, encoded as UTF-8 (nil when null).</summary>
    public static LuaValue FromString(string? s) => s is null ? Nil : new(LuaString.From(s), 0);
    /// <summary>Wraps a heap object (table, function, userdata, thread, string); null gives nil.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue FromObject(LuaObject? o) => new(o, 0);

    /// <summary>Integer conversion.</summary>
    public static implicit operator LuaValue(long i) => FromInteger(i);
    /// <summary>Integer conversion.</summary>
    public static implicit operator LuaValue(int i) => FromInteger(i);
    /// <summary>Float conversion.</summary>
    public static implicit operator LuaValue(double d) => FromFloat(d);
    /// <summary>Boolean conversion.</summary>
    public static implicit operator LuaValue(bool b) => FromBoolean(b);
    /// <summary>UTF-8 string conversion; null gives nil.</summary>
    public static implicit operator LuaValue(string? s) => FromString(s);
    /// <summary>String conversion; null gives nil.</summary>
    public static implicit operator LuaValue(LuaString? s) => new(s, 0);
    /// <summary>Table conversion; null gives nil.</summary>
    public static implicit operator LuaValue(LuaTable? t) => new(t, 0);
    /// <summary>Function conversion; null gives nil.</summary>
    public static implicit operator LuaValue(LuaFunction? f) => new(f, 0);

    // ---- type tests ----
    /// <summary>True for nil.</summary>
    public bool IsNil { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => O is null; }
    /// <summary>True for the integer subtype of numbers.</summary>
    public bool IsInteger { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => ReferenceEquals(O, ValueTag.Integer); }
    /// <summary>True for the float subtype of numbers.</summary>
    public bool IsFloat { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => ReferenceEquals(O, ValueTag.Float); }
    /// <summary>True for numbers of either subtype.</summary>
    public bool IsNumber { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => ReferenceEquals(O, ValueTag.Integer) || ReferenceEquals(O, ValueTag.Float); }
    /// <summary>True for booleans.</summary>
    public bool IsBoolean { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => ReferenceEquals(O, ValueTag.Boolean); }
    /// <summary>True for strings.</summary>
    public bool IsString { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => O is LuaString; }
    /// <summary>True for tables.</summary>
    public bool IsTable { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => O is LuaTable; }
    /// <summary>True for functions (Lua closures and host functions).</summary>
    public bool IsFunction { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => O is LuaFunction; }
    /// <summary>False only for nil and false (manual §2.1: both make a condition false).</summary>
    public bool IsFalsy { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => O is null || (ReferenceEquals(O, ValueTag.Boolean) && N == 0); }
    /// <summary>True for every value except nil and false.</summary>
    public bool IsTruthy { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => !IsFalsy; }

    /// <summary>The value's basic type.</summary>
    public LuaType Type
    {
        get
        {
            object? o = O;
            if (o is null) return LuaType.Nil;
            if (o is ValueTag) return ReferenceEquals(o, ValueTag.Boolean) ? LuaType.Boolean : LuaType.Number;
            return ((LuaObject)o).LuaType;
        }
    }

    /// <summary>The type's name as <c>type()</c> returns it: "nil", "number", "string", ...</summary>
    public string TypeName => TypeNames[(int)Type];

    internal static readonly string[] TypeNames =
        { "nil", "boolean", "userdata", "number", "string", "table", "function", "userdata", "thread" };

    // ---- raw accessors (caller has checked the type) ----
    /// <summary>The integer payload; only meaningful when <see cref="IsInteger"/>.</summary>
    public long RawInteger { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => N; }
    /// <summary>The float payload; only meaningful when <see cref="IsFloat"/>.</summary>
    public double RawFloat { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => BitConverter.Int64BitsToDouble(N); }
    /// <summary>The boolean payload; only meaningful when <see cref="IsBoolean"/>.</summary>
    public bool RawBoolean => N != 0;
    /// <summary>The heap object (string, table, function, userdata, thread) or null.</summary>
    public LuaObject? AsObject => O as LuaObject;
    /// <summary>The string, or null if the value is not a string.</summary>
    public LuaString? AsString => O as LuaString;
    /// <summary>The table, or null if the value is not a table.</summary>
    public LuaTable? AsTable => O as LuaTable;
    /// <summary>The function, or null if the value is not a function.</summary>
    public LuaFunction? AsFunction => O as LuaFunction;

    /// <summary>The number as a double (integers converted); only meaningful when <see cref="IsNumber"/>.</summary>
    public double NumberAsDouble
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ReferenceEquals(O, ValueTag.Integer) ? N : BitConverter.Int64BitsToDouble(N);
    }

    // ---- conversions following §3.4.3 ----
    /// <summary>
    /// Converts to a float: numbers directly, strings by Lua's numeral syntax (§3.4.3). False for anything else.
    /// </summary>
    public bool TryToNumber(out double d)
    {
        if (ReferenceEquals(O, ValueTag.Float)) { d = RawFloat; return true; }
        if (ReferenceEquals(O, ValueTag.Integer)) { d = N; return true; }
        if (O is LuaString s && NumberParser.TryParse(s.Span, out LuaValue v)) { d = v.NumberAsDouble; return true; }
        d = 0; return false;
    }

    /// <summary>
    /// Converts to an integer without loss: integers directly, floats with an exact integral value, strings whose
    /// numeral converts so (§3.4.3). False for anything else (including 2.5 and 2^63).
    /// </summary>
    public bool TryToInteger(out long i)
    {
        if (ReferenceEquals(O, ValueTag.Integer)) { i = N; return true; }
        if (ReferenceEquals(O, ValueTag.Float)) return FloatToInteger(RawFloat, out i);
        if (O is LuaString s && NumberParser.TryParse(s.Span, out LuaValue v)) return v.TryToInteger(out i);
        i = 0; return false;
    }

    /// <summary>Converts a string to a number value (integer or float) as Lua's coercion does; numbers pass through.</summary>
    public bool TryToNumberValue(out LuaValue n)
    {
        if (IsNumber) { n = this; return true; }
        if (O is LuaString s && NumberParser.TryParse(s.Span, out n)) return true;
        n = Nil; return false;
    }

    /// <summary>Float to integer when the float has an exact integer representation in range (lua's luaV_flttointns with F2Ieq).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool FloatToInteger(double d, out long i)
    {
        // -2^63 <= d < 2^63 and integral
        if (d >= -9223372036854775808.0 && d < 9223372036854775808.0)
        {
            long l = (long)d;
            if (l == d) { i = l; return true; }
        }
        i = 0; return false;
    }

    /// <summary>
    /// Stores <paramref name="v"/> into <paramref name="dst"/> (a stack slot, table slot or upvalue). When the slot
    /// already holds the same reference (the same number subtype, a boolean, or the same object) only the payload
    /// is written: no GC write barrier, which is the common case for numbers in loops and numeric fields.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Assign(ref LuaValue dst, in LuaValue v)
    {
        ref MutableValue d = ref Unsafe.As<LuaValue, MutableValue>(ref dst);
        if (ReferenceEquals(d.O, v.O)) d.N = v.N;
        else dst = v;
    }

    // ---- equality (raw, §3.4.4 without metamethods) ----
    /// <summary>Raw equality (no <c>__eq</c>): same type and value; integers and floats compare by mathematical value.</summary>
    public static bool RawEquals(in LuaValue a, in LuaValue b)
    {
        if (ReferenceEquals(a.O, b.O))
        {
            if (ReferenceEquals(a.O, ValueTag.Float)) return a.RawFloat == b.RawFloat;
            if (a.O is ValueTag) return a.N == b.N;
            return true;
        }
        if (a.O is LuaString sa && b.O is LuaString sb) return sa.Equals(sb);
        if (ReferenceEquals(a.O, ValueTag.Integer) && ReferenceEquals(b.O, ValueTag.Float)) return a.N == b.RawFloat && FloatToInteger(b.RawFloat, out long x) && x == a.N;
        if (ReferenceEquals(a.O, ValueTag.Float) && ReferenceEquals(b.O, ValueTag.Integer)) return b.N == a.RawFloat && FloatToInteger(a.RawFloat, out long y) && y == b.N;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(LuaValue other) => RawEquals(this, other);
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is LuaValue v && RawEquals(this, v);
    /// <inheritdoc/>
    public override int GetHashCode()
    {
        if (O is ValueTag)
        {
            if (ReferenceEquals(O, ValueTag.Float) && FloatToInteger(RawFloat, out long i)) return i.GetHashCode();
            return N.GetHashCode();
        }
        return O?.GetHashCode() ?? 0;
    }
    /// <summary>Raw equality.</summary>
    public static bool operator ==(LuaValue a, LuaValue b) => RawEquals(a, b);
    /// <summary>Raw inequality.</summary>
    public static bool operator !=(LuaValue a, LuaValue b) => !RawEquals(a, b);

    /// <summary>The value as <c>tostring</c> shows it without metamethods: numbers as lua5.4 prints them
    /// (<c>%.14g</c>, integral floats with <c>.0</c>), strings decoded as UTF-8, others as <c>type: 0x...</c>.</summary>
    public override string ToString()
    {
        if (O is LuaString s) return s.ToString();
        return LuaString.ToDisplay(this).ToString();
    }
}
