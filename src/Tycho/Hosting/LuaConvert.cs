using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>
/// Conversions between Lua values and .NET values at the host boundary.
/// <para>Lua to .NET follows the C API's rules (manual §4.6 <c>lua_tointegerx</c>, <c>lua_tonumberx</c>,
/// <c>luaL_checklstring</c>): integer targets accept integers, floats with an exact integer value and numeric
/// strings, and are range-checked (<c>int</c>, <c>byte</c>, ... never wrap); <c>double</c>/<c>float</c> accept numbers
/// and numeric strings; <c>decimal</c> only when exact; <c>string</c> accepts strings that are valid UTF-8 (never
/// silently substituted) and numbers; <c>bool</c> accepts booleans and nil (false); <c>byte[]</c> the raw bytes of a
/// string; <see cref="LuaValue"/> and <c>object</c> anything; tables, functions, userdata and threads their own types;
/// bound user types (<see cref="ILuaUserType"/>) and other host objects the userdata wrapping them;
/// <c>Nullable&lt;T&gt;</c> nil as null; arrays, <c>List&lt;T&gt;</c> and <c>Dictionary&lt;K,V&gt;</c> tables. Lists,
/// dictionaries and delegate types (both ways) are made by reflection, which is off in NativeAOT apps and behind the
/// <c>Tycho.Hosting.ReflectionConversions.IsSupported</c> <see cref="AppContext"/> switch (set it false in trimmed
/// apps); without it they fail naming the AOT-safe alternative: <see cref="ToArray{T}"/>, <see cref="ToList{T}"/>,
/// <see cref="ToDictionary{TKey,TValue}"/>, <see cref="LuaFunction"/>.Create or an <see cref="ILuaConverter{T}"/>.</para>
/// <para>.NET to Lua: integers become Lua integers (<c>ulong</c> above <c>long.MaxValue</c> is an overflow error),
/// <c>float</c>/<c>double</c> floats, <c>decimal</c> an integer or float when exact, strings UTF-8 strings, byte arrays
/// strings, null nil, Lua objects and handles themselves, <see cref="ILuaUserType"/> objects userdata with their
/// bound metatable, dictionaries and enumerables new tables, delegates host functions, anything else an opaque userdata.</para>
/// Failures throw <see cref="LuaConversionException"/> on the host side; inside host functions they raise Lua's
/// <c>bad argument #n to 'f' (number expected, got string)</c>.
/// </summary>
public static partial class LuaConvert
{
    // ------------------------------------------------------------------ Lua -> .NET

    /// <summary>Converts <paramref name="value"/> to <typeparamref name="T"/>; false when it cannot be converted
    /// exactly. <paramref name="state"/> is needed only for delegate targets (it runs the function).</summary>
    public static bool TryTo<T>(in LuaValue value, out T result, LuaState? state = null) =>
        TryConvert(state, value, out result) == ConvertStatus.Ok;

    /// <summary>Converts <paramref name="value"/> to <typeparamref name="T"/>.
    /// Throws <see cref="LuaConversionException"/> when it cannot be converted exactly.</summary>
    public static T To<T>(in LuaValue value, LuaState? state = null)
    {
        var st = TryConvert(state, value, out T r);
        if (st != ConvertStatus.Ok) throw ConversionError(value, typeof(T), st, null, state);
        return r;
    }

    /// <summary>The core generic conversion; the <c>typeof(T)</c> tests fold away for value types, so the
    /// common numeric cases neither box nor allocate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ConvertStatus TryConvert<T>(LuaState? state, in LuaValue v, out T r)
    {
        if (typeof(T) == typeof(LuaValue)) { r = Unsafe.As<LuaValue, T>(ref Unsafe.AsRef(in v)); return ConvertStatus.Ok; }
        if (typeof(T) == typeof(long)) { var st = ToInt64(v, out long x); r = Unsafe.As<long, T>(ref x); return st; }
        if (typeof(T) == typeof(int)) { var st = Narrow(v, int.MinValue, int.MaxValue, out long x); int y = (int)x; r = Unsafe.As<int, T>(ref y); return st; }
        if (typeof(T) == typeof(double)) { var st = ToDouble(v, out double x); r = Unsafe.As<double, T>(ref x); return st; }
        if (typeof(T) == typeof(bool)) { var st = ToBoolean(v, out bool x); r = Unsafe.As<bool, T>(ref x); return st; }
        if (typeof(T) == typeof(float)) { var st = ToDouble(v, out double x); float y = (float)x; r = Unsafe.As<float, T>(ref y); return st; }
        if (typeof(T) == typeof(short)) { var st = Narrow(v, short.MinValue, short.MaxValue, out long x); short y = (short)x; r = Unsafe.As<short, T>(ref y); return st; }
        if (typeof(T) == typeof(sbyte)) { var st = Narrow(v, sbyte.MinValue, sbyte.MaxValue, out long x); sbyte y = (sbyte)x; r = Unsafe.As<sbyte, T>(ref y); return st; }
        if (typeof(T) == typeof(byte)) { var st = Narrow(v, byte.MinValue, byte.MaxValue, out long x); byte y = (byte)x; r = Unsafe.As<byte, T>(ref y); return st; }
        if (typeof(T) == typeof(ushort)) { var st = Narrow(v, ushort.MinValue, ushort.MaxValue, out long x); ushort y = (ushort)x; r = Unsafe.As<ushort, T>(ref y); return st; }
        if (typeof(T) == typeof(uint)) { var st = Narrow(v, uint.MinValue, uint.MaxValue, out long x); uint y = (uint)x; r = Unsafe.As<uint, T>(ref y); return st; }
        if (typeof(T) == typeof(ulong)) { var st = ToUInt64(v, out ulong x); r = Unsafe.As<ulong, T>(ref x); return st; }
        if (typeof(T) == typeof(decimal)) { var st = ToDecimal(v, out decimal x); r = Unsafe.As<decimal, T>(ref x); return st; }
        if (typeof(T) == typeof(long?)) { long? x = null; var st = ConvertStatus.Ok; if (!v.IsNil) { st = ToInt64(v, out long y); x = y; } r = Unsafe.As<long?, T>(ref x); return st; }
        if (typeof(T) == typeof(int?)) { int? x = null; var st = ConvertStatus.Ok; if (!v.IsNil) { st = Narrow(v, int.MinValue, int.MaxValue, out long y); x = (int)y; } r = Unsafe.As<int?, T>(ref x); return st; }
        if (typeof(T) == typeof(double?)) { double? x = null; var st = ConvertStatus.Ok; if (!v.IsNil) { st = ToDouble(v, out double y); x = y; } r = Unsafe.As<double?, T>(ref x); return st; }
        if (typeof(T) == typeof(bool?)) { bool? x = null; var st = ConvertStatus.Ok; if (!v.IsNil) { st = ToBoolean(v, out bool y); x = y; } r = Unsafe.As<bool?, T>(ref x); return st; }
        return TryConvertReference(state, v, out r);
    }

    private static ConvertStatus TryConvertReference<T>(LuaState? state, in LuaValue v, out T r)
    {
        object? o = v.O;
        if (typeof(T) == typeof(string))
        {
            var st = ToStringStrict(v, out string? s);
            r = (T)(object)s!;
            return st;
        }
        if (typeof(T) == typeof(object)) { r = (T)ToNatural(v)!; return ConvertStatus.Ok; }
        if (o is T direct && o is LuaObject) { r = direct; return ConvertStatus.Ok; }     // LuaTable, LuaFunction, ...
        if (typeof(T) == typeof(LuaString) || typeof(T) == typeof(LuaTable) || typeof(T) == typeof(LuaFunction)
            || typeof(T) == typeof(LuaUserdata) || typeof(T) == typeof(LuaThread) || typeof(T) == typeof(LuaObject))
        {
            if (typeof(T) == typeof(LuaString) && v.IsNumber) { r = (T)(object)LuaString.ToDisplay(v); return ConvertStatus.Ok; }
            r = default!; return ConvertStatus.WrongType;
        }
        if (typeof(T) == typeof(byte[]))
        {
            if (o is LuaString bs) { r = (T)(object)bs.Span.ToArray(); return ConvertStatus.Ok; }
            r = default!; return ConvertStatus.WrongType;
        }
        if (typeof(T) == typeof(ReadOnlyMemory<byte>))
        {
            // Lua strings are immutable, so the bytes can be shared without a copy.
            ReadOnlyMemory<byte> m = o is LuaString ms ? ms.Bytes : default;
            r = Unsafe.As<ReadOnlyMemory<byte>, T>(ref m);
            return o is LuaString ? ConvertStatus.Ok : ConvertStatus.WrongType;
        }
        if (o is LuaUserdata u && u.Value is T t) { r = t; return ConvertStatus.Ok; }
        if (v.IsNil && default(T) is null && typeof(T).IsValueType) { r = default!; return ConvertStatus.Ok; }   // Nullable<X>
        if (state?.Options.Converters.Find<T>() is { } converter)
            return converter.TryFromLua(state, v, out r) ? ConvertStatus.Ok : ConvertStatus.WrongType;
        var status = TryConvertSlow(state, v, typeof(T), out object? boxed);
        r = status == ConvertStatus.Ok ? (T)boxed! : default!;
        return status;
    }

    /// <summary>Non-generic conversion to <paramref name="type"/> (boxes; used for collections, enums, nullables
    /// and delegates). False when impossible, and also for <c>List&lt;T&gt;</c>, <c>Dictionary&lt;K,V&gt;</c> (and
    /// their interfaces) and delegate targets when conversions by reflection are switched off: in NativeAOT apps, or
    /// when the <c>Tycho.Hosting.ReflectionConversions.IsSupported</c> <see cref="AppContext"/> switch is false
    /// (set it so in trimmed apps). Arrays always convert.</summary>
    public static bool TryTo(in LuaValue value, Type type, out object? result, LuaState? state = null) =>
        TryConvertSlow(state, value, type, out result) == ConvertStatus.Ok;

    internal static ConvertStatus TryConvertSlow(LuaState? state, in LuaValue v, Type type, out object? result)
    {
        result = null;
        object? o = v.O;
        if (type == typeof(LuaValue)) { result = v; return ConvertStatus.Ok; }
        if (type == typeof(object)) { result = ToNatural(v); return ConvertStatus.Ok; }
        if (o is not null && type.IsInstanceOfType(o) && o is LuaObject) { result = o; return ConvertStatus.Ok; }
        if (o is LuaUserdata u && u.Value is not null && type.IsInstanceOfType(u.Value)) { result = u.Value; return ConvertStatus.Ok; }
        Type? underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            if (v.IsNil) return ConvertStatus.Ok;
            type = underlying;
        }
        ConvertStatus st;
        switch (Type.GetTypeCode(type))
        {
            case TypeCode.Boolean: st = ToBoolean(v, out bool b); result = b; return st;
            case TypeCode.Int64: st = ToInt64(v, out long l); result = l; return EnumOrNumber(type, st, l, ref result);
            case TypeCode.Int32: st = Narrow(v, int.MinValue, int.MaxValue, out l); result = (int)l; return EnumOrNumber(type, st, l, ref result);
            case TypeCode.Int16: st = Narrow(v, short.MinValue, short.MaxValue, out l); result = (short)l; return EnumOrNumber(type, st, l, ref result);
            case TypeCode.SByte: st = Narrow(v, sbyte.MinValue, sbyte.MaxValue, out l); result = (sbyte)l; return EnumOrNumber(type, st, l, ref result);
            case TypeCode.Byte: st = Narrow(v, byte.MinValue, byte.MaxValue, out l); result = (byte)l; return EnumOrNumber(type, st, l, ref result);
            case TypeCode.UInt16: st = Narrow(v, ushort.MinValue, ushort.MaxValue, out l); result = (ushort)l; return EnumOrNumber(type, st, l, ref result);
            case TypeCode.UInt32: st = Narrow(v, uint.MinValue, uint.MaxValue, out l); result = (uint)l; return EnumOrNumber(type, st, l, ref result);
            case TypeCode.UInt64: st = ToUInt64(v, out ulong ul); result = ul; return EnumOrNumber(type, st, (long)ul, ref result);
            case TypeCode.Double: st = ToDouble(v, out double d); result = d; return st;
            case TypeCode.Single: st = ToDouble(v, out d); result = (float)d; return st;
            case TypeCode.Decimal: st = ToDecimal(v, out decimal m); result = m; return st;
            case TypeCode.String: st = ToStringStrict(v, out string? s); result = s; return st;
            case TypeCode.Char:
                st = ToStringStrict(v, out s);
                if (st != ConvertStatus.Ok) return st;
                if (s!.Length != 1) return ConvertStatus.OutOfRange;
                result = s[0]; return ConvertStatus.Ok;
        }
        if (type == typeof(byte[])) { if (o is LuaString bs) { result = bs.Span.ToArray(); return ConvertStatus.Ok; } return ConvertStatus.WrongType; }
        if (state?.Options.Converters.Find(type) is { } converter)
            return converter.TryFromLuaObject(state, v, out result) ? ConvertStatus.Ok : ConvertStatus.WrongType;
        if (o is LuaTable table)
        {
            // Arrays need no run-time code generation: the array type is at hand, so this path stays AOT-safe.
            if (type.IsArray && type.GetArrayRank() == 1) return TableToArray(state, table, type, out result);
            if (type.IsGenericType && (IsListShape(type.GetGenericTypeDefinition()) || IsDictionaryShape(type.GetGenericTypeDefinition())))
            {
                if (LuaFeatureSwitches.ReflectionConversions && !LuaFeatureSwitches.DisabledOnThisThread)
                    return TableToCollection(state, table, type, out result);
                return ConvertStatus.NeedsReflection;
            }
        }
        if (o is LuaFunction fn && state is not null && typeof(Delegate).IsAssignableFrom(type))
        {
            if (LuaFeatureSwitches.ReflectionConversions && !LuaFeatureSwitches.DisabledOnThisThread)
            {
                var del = LuaDelegates.TryCreate(state, fn, type);
                if (del is not null) { result = del; return ConvertStatus.Ok; }
                return ConvertStatus.WrongType;
            }
            return ConvertStatus.NeedsReflection;
        }
        return ConvertStatus.WrongType;
    }

    private static ConvertStatus EnumOrNumber(Type type, ConvertStatus st, long value, ref object? result)
    {
        if (st == ConvertStatus.Ok && type.IsEnum) result = Enum.ToObject(type, value);
        return st;
    }

    /// <summary>The sequence <c>t[1..#t]</c> as a new array of <paramref name="arrayType"/> (one-dimensional).
    /// AOT-safe: <see cref="Array.CreateInstanceFromArrayType(Type, int)"/> needs no code that the array type does not already
    /// have.</summary>
    private static ConvertStatus TableToArray(LuaState? state, LuaTable table, Type arrayType, out object? result)
    {
        result = null;
        long n = table.Length;
        if (n > Array.MaxLength) return ConvertStatus.OutOfRange;
        Type elementType = arrayType.GetElementType()!;
        var arr = Array.CreateInstanceFromArrayType(arrayType, (int)n);
        for (int i = 0; i < n; i++)
        {
            var st = TryConvertSlow(state, table.GetInt(i + 1), elementType, out object? e);
            if (st == ConvertStatus.NeedsReflection) return st;
            if (st != ConvertStatus.Ok) return ConvertStatus.BadElement;
            arr.SetValue(e, i);
        }
        result = arr;
        return ConvertStatus.Ok;
    }

    /// <summary>A table as a new <c>List&lt;T&gt;</c> (for list-shaped targets) or <c>Dictionary&lt;K,V&gt;</c>
    /// (dictionary-shaped targets): these generic instantiations are made at run time.</summary>
    [RequiresUnreferencedCode("Instantiates List<T> or Dictionary<K,V> over run-time element types.")]
    [RequiresDynamicCode("Instantiates List<T> or Dictionary<K,V> over run-time element types.")]
    private static ConvertStatus TableToCollection(LuaState? state, LuaTable table, Type type, out object? result)
    {
        result = null;
        Type[] args = type.GetGenericArguments();
        ConvertStatus st;
        if (IsListShape(type.GetGenericTypeDefinition()))
        {
            st = TableToArray(state, table, args[0].MakeArrayType(), out object? arr);
            if (st != ConvertStatus.Ok) return st;
            result = Activator.CreateInstance(typeof(List<>).MakeGenericType(args[0]), arr);
            return ConvertStatus.Ok;
        }
        var dict = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(args))!;
        LuaValue k = LuaValue.Nil;
        while (table.Next(k, out LuaValue nk, out LuaValue nv))
        {
            k = nk;
            st = TryConvertSlow(state, nk, args[0], out object? ck);
            if (st == ConvertStatus.NeedsReflection) return st;
            if (st != ConvertStatus.Ok) return ConvertStatus.BadElement;
            st = TryConvertSlow(state, nv, args[1], out object? cv);
            if (st == ConvertStatus.NeedsReflection) return st;
            if (st != ConvertStatus.Ok) return ConvertStatus.BadElement;
            dict[ck!] = cv;
        }
        result = dict;
        return ConvertStatus.Ok;
    }

    /// <summary>The sequence <c>t[1..#t]</c> (raw) as an array of <typeparamref name="T"/> (AOT-safe).
    /// Throws <see cref="LuaConversionException"/> naming the first element that does not convert.</summary>
    public static T[] ToArray<T>(LuaTable table, LuaState? state = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        long n = table.Length;
        var r = new T[n];
        for (int i = 0; i < r.Length; i++)
        {
            LuaValue e = table.GetInt(i + 1);
            var st = TryConvert(state, e, out r[i]);
            if (st != ConvertStatus.Ok) throw ConversionError(e, typeof(T), st, $"element [{i + 1}]");
        }
        return r;
    }

    /// <summary>The sequence <c>t[1..#t]</c> (raw) as a list (AOT-safe); see <see cref="ToArray{T}"/>.</summary>
    public static List<T> ToList<T>(LuaTable table, LuaState? state = null) => new(ToArray<T>(table, state));

    /// <summary>All pairs of <paramref name="table"/> (raw) as a dictionary (AOT-safe). Throws
    /// <see cref="LuaConversionException"/> when a key or value does not convert.</summary>
    public static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>(LuaTable table, LuaState? state = null) where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(table);
        var d = new Dictionary<TKey, TValue>();
        foreach (var (k, v) in table.Pairs())
        {
            var st = TryConvert(state, k, out TKey ck);
            if (st != ConvertStatus.Ok) throw ConversionError(k, typeof(TKey), st, "key");
            st = TryConvert(state, v, out TValue cv);
            if (st != ConvertStatus.Ok) throw ConversionError(v, typeof(TValue), st, $"value at key {k}");
            d[ck] = cv;
        }
        return d;
    }

    /// <summary>The value as a natural .NET object: null, bool, long, double, string (or <see cref="LuaString"/> when
    /// not valid UTF-8), the .NET object inside a userdata, or the Lua object itself.</summary>
    public static object? ToNatural(in LuaValue v)
    {
        object? o = v.O;
        if (o is null) return null;
        if (v.IsInteger) return v.RawInteger;
        if (v.IsFloat) return v.RawFloat;
        if (v.IsBoolean) return v.RawBoolean;
        if (o is LuaString s) return TryDecode(s, out string? str) ? str : s;
        if (o is LuaUserdata u && u.Value is not null) return u.Value;
        return o;
    }

    // ---- scalar conversions ----

    internal static ConvertStatus ToInt64(in LuaValue v, out long x)
    {
        if (v.IsInteger) { x = v.RawInteger; return ConvertStatus.Ok; }
        if (v.TryToInteger(out x)) return ConvertStatus.Ok;
        return v.TryToNumber(out _) ? ConvertStatus.NoInteger : ConvertStatus.WrongType;
    }

    private static ConvertStatus Narrow(in LuaValue v, long min, long max, out long x)
    {
        var st = ToInt64(v, out x);
        if (st == ConvertStatus.Ok && (x < min || x > max)) st = ConvertStatus.OutOfRange;
        return st;
    }

    private static ConvertStatus ToUInt64(in LuaValue v, out ulong x)
    {
        x = 0;
        if (v.IsFloat)
        {
            double d = v.RawFloat;
            if (d >= 0 && d < 18446744073709551616.0 && Math.Floor(d) == d) { x = (ulong)d; return ConvertStatus.Ok; }
        }
        var st = ToInt64(v, out long l);
        if (st != ConvertStatus.Ok) return st;
        if (l < 0) return ConvertStatus.OutOfRange;
        x = (ulong)l;
        return ConvertStatus.Ok;
    }

    internal static ConvertStatus ToDouble(in LuaValue v, out double x)
    {
        if (v.IsFloat) { x = v.RawFloat; return ConvertStatus.Ok; }
        return v.TryToNumber(out x) ? ConvertStatus.Ok : ConvertStatus.WrongType;
    }

    private static ConvertStatus ToBoolean(in LuaValue v, out bool x)
    {
        x = false;
        if (v.IsBoolean) { x = v.RawBoolean; return ConvertStatus.Ok; }
        return v.IsNil ? ConvertStatus.Ok : ConvertStatus.WrongType;
    }

    private static ConvertStatus ToDecimal(in LuaValue v, out decimal x)
    {
        x = 0;
        if (!v.TryToNumberValue(out LuaValue n)) return ConvertStatus.WrongType;
        if (n.IsInteger) { x = n.RawInteger; return ConvertStatus.Ok; }
        double d = n.RawFloat;
        if (double.IsNaN(d) || double.IsInfinity(d) || Math.Abs(d) >= 7.9e28) return ConvertStatus.OutOfRange;
        try { x = (decimal)d; } catch (OverflowException) { return ConvertStatus.OutOfRange; }
        return (double)x == d ? ConvertStatus.Ok : ConvertStatus.Inexact;
    }

    private static ConvertStatus ToStringStrict(in LuaValue v, out string? s)
    {
        s = null;
        if (v.O is LuaString ls) return TryDecode(ls, out s) ? ConvertStatus.Ok : ConvertStatus.InvalidUtf8;
        if (v.IsNumber) { s = LuaString.ToDisplay(v).ToString(); return ConvertStatus.Ok; }
        return ConvertStatus.WrongType;
    }

    /// <summary>Strict UTF-8 decoding: false (and no substitution) when the bytes are not valid UTF-8.</summary>
    internal static bool TryDecode(LuaString s, [NotNullWhen(true)] out string? result)
    {
        ReadOnlySpan<byte> b = s.Span;
        if (!System.Text.Unicode.Utf8.IsValid(b)) { result = null; return false; }
        result = b.Length == 0 ? "" : Encoding.UTF8.GetString(b);
        return true;
    }

    // ------------------------------------------------------------------ .NET -> Lua

    /// <summary>Converts a .NET value to a Lua value (see the class remarks). <paramref name="state"/> is needed for
    /// bound user types (their metatable lives in the state); without it they throw <see cref="LuaConversionException"/>.
    /// Numbers, booleans and strings never box.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaValue ToValue<T>(T value, LuaState? state = null)
    {
        if (typeof(T) == typeof(LuaValue)) return Unsafe.As<T, LuaValue>(ref value);
        if (typeof(T) == typeof(long)) return LuaValue.FromInteger(Unsafe.As<T, long>(ref value));
        if (typeof(T) == typeof(int)) return LuaValue.FromInteger(Unsafe.As<T, int>(ref value));
        if (typeof(T) == typeof(double)) return LuaValue.FromFloat(Unsafe.As<T, double>(ref value));
        if (typeof(T) == typeof(bool)) return LuaValue.FromBoolean(Unsafe.As<T, bool>(ref value));
        if (typeof(T) == typeof(float)) return LuaValue.FromFloat(Unsafe.As<T, float>(ref value));
        if (typeof(T) == typeof(short)) return LuaValue.FromInteger(Unsafe.As<T, short>(ref value));
        if (typeof(T) == typeof(sbyte)) return LuaValue.FromInteger(Unsafe.As<T, sbyte>(ref value));
        if (typeof(T) == typeof(byte)) return LuaValue.FromInteger(Unsafe.As<T, byte>(ref value));
        if (typeof(T) == typeof(ushort)) return LuaValue.FromInteger(Unsafe.As<T, ushort>(ref value));
        if (typeof(T) == typeof(uint)) return LuaValue.FromInteger(Unsafe.As<T, uint>(ref value));
        if (typeof(T) == typeof(ulong)) return FromUInt64(Unsafe.As<T, ulong>(ref value));
        if (typeof(T) == typeof(decimal)) return FromDecimal(Unsafe.As<T, decimal>(ref value));
        if (typeof(T) == typeof(string)) return LuaValue.FromString(Unsafe.As<T, string?>(ref value));
        if (value is null) return LuaValue.Nil;
        if (value is LuaObject lo) return LuaValue.FromObject(lo);
        if (state?.Options.Converters.Find<T>() is { } converter) return converter.ToLua(state, value);
        return ToValueObject(value, state);
    }

    /// <summary>Non-generic <see cref="ToValue{T}"/> (boxed values). Delegates become host functions by reflection:
    /// with conversions by reflection switched off (NativeAOT, or the
    /// <c>Tycho.Hosting.ReflectionConversions.IsSupported</c> switch false) they throw
    /// <see cref="LuaConversionException"/>; use <see cref="LuaFunction"/>.Create instead.</summary>
    public static LuaValue ToValueObject(object? value, LuaState? state = null)
    {
        switch (value)
        {
            case null: return LuaValue.Nil;
            case LuaValue v: return v;
            case LuaObject o: return LuaValue.FromObject(o);
            case LuaHandle h:
                if (state is not null && !ReferenceEquals(h.State, state)) state.CheckOwn(h);
                return h.Value;
            case string s: return LuaValue.FromString(s);
            case bool b: return LuaValue.FromBoolean(b);
            case long l: return l;
            case int i: return i;
            case double d: return d;
            case float f: return (double)f;
            case short sh: return sh;
            case sbyte sb: return sb;
            case byte by: return by;
            case ushort us: return us;
            case uint ui: return (long)ui;
            case ulong ul: return FromUInt64(ul);
            case decimal m: return FromDecimal(m);
            case char c: return LuaValue.FromString(c.ToString());
            case Enum e: return LuaValue.FromInteger(Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture));
            case byte[] bytes: return LuaValue.FromString(LuaString.FromBytes(bytes));
            case ReadOnlyMemory<byte> mem: return LuaValue.FromString(LuaString.FromBytes(mem.Span));
        }
        // Custom converters come after the built-in scalar rules (which they cannot change) and before the
        // structural ones, so a converted type is never mistaken for a collection or wrapped as userdata.
        if (state?.Options.Converters.Find(value.GetType()) is { } converter) return converter.ToLuaObject(state, value);
        switch (value)
        {
            case ILuaUserType ut: return LuaValue.FromObject(RequireState(state, value).GetUserdata(value, ut.LuaBinding));
            case Delegate del:
                if (LuaFeatureSwitches.ReflectionConversions && !LuaFeatureSwitches.DisabledOnThisThread)
                    return LuaValue.FromObject(LuaDelegates.FromDelegate(del));
                throw new LuaConversionException(NeedsReflectionMessage(del.GetType()), LuaType.Function, del.GetType());
            case IDictionary dict:
            {
                var t = new LuaTable(0, dict.Count);
                foreach (DictionaryEntry e in dict) t.Set(ToValueObject(e.Key, state), ToValueObject(e.Value, state));
                return t;
            }
            case IEnumerable seq:
            {
                var t = new LuaTable(seq is ICollection c ? c.Count : 0, 0);
                long n = 0;
                foreach (object? e in seq) t.SetInt(++n, ToValueObject(e, state));
                return t;
            }
        }
        if (state is not null) return LuaValue.FromObject(state.GetUserdata(value, state.FindBinding(value.GetType())));
        return LuaValue.FromObject(new LuaUserdata(value));
    }

    private static LuaState RequireState(LuaState? state, object value) =>
        state ?? throw new LuaConversionException($"a {value.GetType().Name} becomes a userdata with its state's metatable: pass the LuaState", LuaType.Userdata, value.GetType());

    private static LuaValue FromUInt64(ulong u)
    {
        if (u > long.MaxValue) throw new LuaConversionException($"{u} does not fit a Lua integer (arithmetic overflow)", LuaType.Number, typeof(ulong));
        return LuaValue.FromInteger((long)u);
    }

    private static LuaValue FromDecimal(decimal m)
    {
        if (decimal.Truncate(m) == m && m >= long.MinValue && m <= long.MaxValue) return LuaValue.FromInteger((long)m);
        double d = (double)m;
        if ((decimal)d == m) return LuaValue.FromFloat(d);
        throw new LuaConversionException($"decimal {m} has no exact Lua number representation", LuaType.Number, typeof(decimal));
    }

    // ------------------------------------------------------------------ errors

    internal static LuaConversionException ConversionError(in LuaValue v, Type target, ConvertStatus st, string? what = null, LuaState? state = null)
    {
        string subject = what is null ? "" : what + ": ";
        if (st == ConvertStatus.NeedsReflection)
            return new LuaConversionException(subject + NeedsReflectionMessage(target), v.Type, target);
        if (st == ConvertStatus.BadElement)
            return new LuaConversionException($"{subject}{DescribeBadElement(state, v, target)} (converting to {target.Name})", v.Type, target);
        string msg = st switch
        {
            ConvertStatus.NoInteger => $"{subject}number has no integer representation (converting to {target.Name})",
            ConvertStatus.OutOfRange => $"{subject}value {v} out of range for {target.Name}",
            ConvertStatus.InvalidUtf8 => $"{subject}string is not valid UTF-8 (use LuaString or ToStringLossy to read raw bytes)",
            ConvertStatus.Inexact => $"{subject}number {v} cannot be represented exactly as {target.Name}",
            _ => $"{subject}{ExpectedName(target, state)} expected, got {v.TypeName} (converting to {target.Name})",
        };
        return new LuaConversionException(msg, v.Type, target);
    }

    /// <summary>Why a list, dictionary or delegate conversion is unavailable with reflection switched off, and what
    /// to use instead.</summary>
    internal static string NeedsReflectionMessage(Type target)
    {
        string alternative = typeof(Delegate).IsAssignableFrom(target)
            ? "use LuaFunction.Create to expose a host function, or a LuaHandle<LuaFunction> and its AsFunc/AsAction to call a Lua one"
            : "use LuaConvert.ToArray<T>, ToList<T> or ToDictionary<TKey,TValue>, or an array target";
        return $"converting to {DisplayName(target)} needs reflection, which is off in trimmed and NativeAOT apps "
            + $"(AppContext switch {LuaFeatureSwitches.ReflectionConversionsName}): {alternative}, or register an ILuaConverter<T>";
    }

    /// <summary>A type's name as C# writes it for generic types (<c>List&lt;Int32&gt;[]</c>, not <c>List`1[]</c>).</summary>
    private static string DisplayName(Type t)
    {
        if (t.IsArray) return DisplayName(t.GetElementType()!) + "[" + new string(',', t.GetArrayRank() - 1) + "]";
        if (!t.IsGenericType) return t.Name;
        string name = t.Name;
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0) name = name[..tick];
        return name + "<" + string.Join(", ", t.GetGenericArguments().Select(DisplayName)) + ">";
    }

    /// <summary>The Lua type name an argument of type <paramref name="t"/> expects, for error messages.</summary>
    internal static string ExpectedName(Type t, LuaState? state = null)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        if (state?.Options.Converters.Find(t) is { } converter) return converter.ExpectedName;
        if (t.IsEnum) return "number";
        switch (Type.GetTypeCode(t))
        {
            case TypeCode.Boolean: return "boolean";
            case TypeCode.String: case TypeCode.Char: return "string";
            case TypeCode.Int64: case TypeCode.Int32: case TypeCode.Int16: case TypeCode.SByte: case TypeCode.Byte:
            case TypeCode.UInt16: case TypeCode.UInt32: case TypeCode.UInt64: case TypeCode.Double: case TypeCode.Single:
            case TypeCode.Decimal:
                return "number";
        }
        if (t == typeof(LuaString) || t == typeof(byte[]) || t == typeof(ReadOnlyMemory<byte>)) return "string";
        if (t == typeof(LuaTable) || t.IsArray || typeof(IEnumerable).IsAssignableFrom(t)) return "table";
        if (t == typeof(LuaFunction) || typeof(Delegate).IsAssignableFrom(t)) return "function";
        if (t == typeof(LuaThread)) return "thread";
        if (t == typeof(LuaUserdata)) return "userdata";
        if (t == typeof(LuaValue) || t == typeof(object)) return "value";
        if (LuaUserTypeBinding.TryGetName(t) is string bound) return bound;
        return t.Name;
    }

    /// <summary>The parenthesised detail of an argument error (<c>number expected, got string</c>).</summary>
    internal static string ArgumentDetail(in LuaCallContext ctx, int arg, Type target, ConvertStatus st)
    {
        switch (st)
        {
            case ConvertStatus.NoInteger: return "number has no integer representation";
            case ConvertStatus.OutOfRange: return "value out of range";
            case ConvertStatus.InvalidUtf8: return "string is not valid UTF-8";
            case ConvertStatus.Inexact: return "number has no exact decimal representation";
            case ConvertStatus.BadElement: return DescribeBadElement(ctx.State, ctx[arg], target);
            case ConvertStatus.NeedsReflection: return NeedsReflectionMessage(target);
        }
        LuaValue v = ctx[arg];
        string actual = arg > ctx.ArgCount ? "no value"
            : ctx.State.GetMetatable(v)?.GetStr(LuaString.From("__name")).AsString is LuaString n ? n.ToStringLossy() : v.TypeName;
        return $"{ExpectedName(target, ctx.State)} expected, got {actual}";
    }

    /// <summary>Raises the Lua argument error for a failed conversion of argument <paramref name="arg"/>.</summary>
    internal static LuaRuntimeException ArgumentError(in LuaCallContext ctx, int arg, Type target, ConvertStatus st) => st switch
    {
        ConvertStatus.NoInteger => ctx.ArgError(arg, "number has no integer representation"),
        ConvertStatus.OutOfRange => ctx.ArgError(arg, "value out of range"),
        ConvertStatus.InvalidUtf8 => ctx.ArgError(arg, "string is not valid UTF-8"),
        ConvertStatus.Inexact => ctx.ArgError(arg, "number has no exact decimal representation"),
        ConvertStatus.BadElement => ctx.ArgError(arg, DescribeBadElement(ctx.State, ctx[arg], target)),
        ConvertStatus.NeedsReflection => ctx.ArgError(arg, NeedsReflectionMessage(target)),
        _ => ctx.TypeError(arg, ExpectedName(target, ctx.State)),
    };

    /// <summary>Argument <paramref name="arg"/> of a host call converted to <typeparamref name="T"/>, raising
    /// <c>bad argument #arg to 'f' (T expected, got U)</c> inside Lua when it does not convert. Absent arguments
    /// are nil (so they fail unless <typeparamref name="T"/> accepts nil: <c>Nullable</c>, <c>bool</c>,
    /// <see cref="LuaValue"/>, <c>object</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T CheckArgument<T>(in LuaCallContext ctx, int arg)
    {
        var st = TryConvert(ctx.State, ctx[arg], out T r);
        if (st != ConvertStatus.Ok) throw ArgumentError(ctx, arg, typeof(T), st);
        return r;
    }

    /// <summary>Like <see cref="CheckArgument{T}"/> but returns <paramref name="defaultValue"/> when the argument is
    /// absent or nil (luaL_opt).</summary>
    public static T OptArgument<T>(in LuaCallContext ctx, int arg, T defaultValue) =>
        ctx[arg].IsNil ? defaultValue : CheckArgument<T>(ctx, arg);
}
