using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>Operations on handles: calling function handles and metamethod-honouring access through table handles.
/// All check that the handle and its state are alive (<see cref="ObjectDisposedException"/>).</summary>
public static class LuaHandleExtensions
{
    /// <summary>Calls the function with the arguments and returns all results (see <see cref="LuaState.Call(in LuaValue, ReadOnlySpan{LuaValue})"/>).</summary>
    public static LuaValue[] Call(this LuaHandle<LuaFunction> function, params ReadOnlySpan<LuaValue> args)
    {
        ArgumentNullException.ThrowIfNull(function);
        return function.State.Call(function.Value, args);
    }

    /// <summary>Calls the function and converts its first result (nil when none) to <typeparamref name="TResult"/>.</summary>
    public static TResult Call<TResult>(this LuaHandle<LuaFunction> function, params ReadOnlySpan<LuaValue> args)
    {
        ArgumentNullException.ThrowIfNull(function);
        return function.State.Call<TResult>(function.Value, args);
    }

    /// <summary>The allocation-free call: results copied into <paramref name="results"/>; returns how many the function produced.</summary>
    public static int Call(this LuaHandle<LuaFunction> function, ReadOnlySpan<LuaValue> args, Span<LuaValue> results)
    {
        ArgumentNullException.ThrowIfNull(function);
        return function.State.Call(function.Value, args, results);
    }

    /// <summary>Calls the function asynchronously (see <see cref="LuaState.CallAsync"/>).</summary>
    public static Task<LuaValue[]> CallAsync(this LuaHandle<LuaFunction> function, ReadOnlyMemory<LuaValue> args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(function);
        return function.State.CallAsync(function.Value, args, cancellationToken);
    }

    /// <summary>A typed .NET delegate calling the Lua function (AOT-safe). The delegate keeps the handle's state
    /// rules: it throws <see cref="ObjectDisposedException"/> once the handle is disposed.</summary>
    public static Func<TResult> AsFunc<TResult>(this LuaHandle<LuaFunction> f) => () => f.Call<TResult>();

    /// <summary>A typed delegate calling the Lua function with one argument.</summary>
    public static Func<T1, TResult> AsFunc<T1, TResult>(this LuaHandle<LuaFunction> f) =>
        a => f.Call<TResult>(LuaConvert.ToValue(a, f.State));

    /// <summary>A typed delegate calling the Lua function with two arguments.</summary>
    public static Func<T1, T2, TResult> AsFunc<T1, T2, TResult>(this LuaHandle<LuaFunction> f) =>
        (a, b) => f.Call<TResult>(LuaConvert.ToValue(a, f.State), LuaConvert.ToValue(b, f.State));

    /// <summary>A typed delegate calling the Lua function with three arguments.</summary>
    public static Func<T1, T2, T3, TResult> AsFunc<T1, T2, T3, TResult>(this LuaHandle<LuaFunction> f) =>
        (a, b, c) => f.Call<TResult>(LuaConvert.ToValue(a, f.State), LuaConvert.ToValue(b, f.State), LuaConvert.ToValue(c, f.State));

    /// <summary>A typed delegate calling the Lua function without arguments, ignoring results.</summary>
    public static Action AsAction(this LuaHandle<LuaFunction> f) => () => f.Call();

    /// <summary>A typed delegate calling the Lua function with one argument, ignoring results.</summary>
    public static Action<T1> AsAction<T1>(this LuaHandle<LuaFunction> f) => a => f.Call(LuaConvert.ToValue(a, f.State));

    /// <summary>A typed delegate calling the Lua function with two arguments, ignoring results.</summary>
    public static Action<T1, T2> AsAction<T1, T2>(this LuaHandle<LuaFunction> f) =>
        (a, b) => f.Call(LuaConvert.ToValue(a, f.State), LuaConvert.ToValue(b, f.State));

    /// <summary><c>t[key]</c> honouring <c>__index</c>.</summary>
    public static LuaValue Get(this LuaHandle<LuaTable> table, in LuaValue key)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.State.GetIndex(table.Value, key);
    }

    /// <summary><c>t[key]</c> honouring <c>__index</c>, converted to <typeparamref name="T"/>
    /// (<see cref="LuaConversionException"/> when it does not convert).</summary>
    public static T Get<T>(this LuaHandle<LuaTable> table, in LuaValue key) => LuaConvert.To<T>(table.Get(key), table.State);

    /// <summary><c>t[key] = value</c> honouring <c>__newindex</c>.</summary>
    public static void Set(this LuaHandle<LuaTable> table, in LuaValue key, in LuaValue value)
    {
        ArgumentNullException.ThrowIfNull(table);
        table.State.SetIndex(table.Value, key, value);
    }

    /// <summary><c>t[key] = value</c> honouring <c>__newindex</c>, converting a .NET value.</summary>
    public static void Set<T>(this LuaHandle<LuaTable> table, in LuaValue key, T value) =>
        table.Set(key, LuaConvert.ToValue(value, table.State));

    /// <summary><c>#t</c> honouring <c>__len</c>.</summary>
    public static LuaValue Length(this LuaHandle<LuaTable> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.State.Length(table.Value);
    }

    /// <summary>Raw traversal (<see cref="LuaTableExtensions.extension(LuaTable).Pairs"/>).</summary>
    public static LuaTablePairs Pairs(this LuaHandle<LuaTable> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Target.Pairs();
    }
}
