using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>The untyped side of <see cref="ILuaConverter{T}"/>: what <see cref="LuaConverterCollection"/> stores and
/// what the non-generic conversions (<see cref="LuaConvert.ToValueObject"/>, collection elements, tuple results)
/// call. Implement <see cref="ILuaConverter{T}"/>, not this interface: its members have default implementations there.</summary>
public interface ILuaConverter
{
    /// <summary>The .NET type the converter handles (exactly; subclasses are not matched).</summary>
    Type TargetType { get; }

    /// <summary>The name error messages use for the expected value (<c>Vector2 expected, got string</c>).</summary>
    string ExpectedName { get; }

    /// <summary>Boxed form of <see cref="ILuaConverter{T}.TryFromLua"/>.</summary>
    bool TryFromLuaObject(LuaState state, in LuaValue value, out object? result);

    /// <summary>Boxed form of <see cref="ILuaConverter{T}.ToLua"/>; <paramref name="value"/> is a
    /// <see cref="TargetType"/>.</summary>
    LuaValue ToLuaObject(LuaState state, object value);
}

/// <summary>
/// A custom conversion between Lua values and <typeparamref name="T"/>, registered in
/// <see cref="LuaStateOptions.Converters"/> (<c>options.Converters.Add(new Vector2Converter())</c>). The state's
/// conversions use it for every <typeparamref name="T"/> that the built-in rules do not handle themselves (numbers,
/// booleans, strings, <see cref="LuaValue"/>, <c>object</c>, Lua objects and byte arrays are never looked up, so their
/// conversions stay free): <c>LuaConvert.To&lt;T&gt;(value, state)</c>, <see cref="LuaConvert.ToValue{T}"/> with a
/// state, host-function parameters and results (<see cref="LuaHostCall.Arg{T}"/>, <see cref="LuaHostCall.Return{T}"/>,
/// hence <c>LuaFunction.Create</c> and generated bindings), and elements of arrays, lists and dictionaries.
/// </summary>
/// <typeparam name="T">The .NET type converted (matched exactly).</typeparam>
public interface ILuaConverter<T> : ILuaConverter
{
    /// <summary>Converts a Lua value to <typeparamref name="T"/>; false when it has the wrong shape (the caller then
    /// reports <c>ExpectedName expected, got type</c>: a Lua argument error inside host functions,
    /// <see cref="LuaConversionException"/> on the host side). Must not throw for bad input; may read tables raw.</summary>
    bool TryFromLua(LuaState state, in LuaValue value, out T result);

    /// <summary>Converts <paramref name="value"/> to a Lua value (for example a new table). May throw
    /// <see cref="LuaConversionException"/> for values with no Lua form.</summary>
    LuaValue ToLua(LuaState state, T value);

    Type ILuaConverter.TargetType => typeof(T);

    string ILuaConverter.ExpectedName => typeof(T).Name;

    bool ILuaConverter.TryFromLuaObject(LuaState state, in LuaValue value, out object? result)
    {
        bool ok = TryFromLua(state, value, out T r);
        result = ok ? r : null;
        return ok;
    }

    LuaValue ILuaConverter.ToLuaObject(LuaState state, object value) => ToLua(state, (T)value);
}
