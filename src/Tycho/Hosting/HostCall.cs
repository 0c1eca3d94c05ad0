using System.Reflection;
using System.Runtime.CompilerServices;
using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>
/// The pieces generated and hand-written host adapters share: argument binding (with injection of
/// <see cref="LuaCallContext"/>, <see cref="LuaState"/>, <see cref="CancellationToken"/> and a trailing
/// <c>LuaValue[]</c> for varargs), result pushing (tuples become multiple results), and exception wrapping.
/// Public so that source-generated bindings can call it; not meant for direct use.
/// </summary>
public static class LuaHostCall
{
    /// <summary>Binds the next parameter of type <typeparamref name="T"/>: context, state and token parameters are
    /// injected without consuming an argument; a <c>LuaValue[]</c> takes all remaining arguments; anything else
    /// converts argument <paramref name="next"/> (then advanced) or raises Lua's argument error.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Arg<T>(in LuaCallContext ctx, ref int next)
    {
        if (typeof(T) == typeof(LuaCallContext)) { LuaCallContext c = ctx; return Unsafe.As<LuaCallContext, T>(ref c); }
        if (typeof(T) == typeof(CancellationToken)) { CancellationToken tok = ctx.State.AsyncTokenFor(ctx.Thread); return Unsafe.As<CancellationToken, T>(ref tok); }
        if (typeof(T) == typeof(LuaState)) return (T)(object)ctx.State;
        if (typeof(T) == typeof(LuaValue[])) return (T)(object)Rest(ctx, ref next);
        return LuaConvert.CheckArgument<T>(ctx, next++);
    }

    /// <summary>Like <see cref="Arg{T}"/>; when <paramref name="nullable"/> (a nullable reference parameter such as
    /// <c>string?</c>) an absent or nil argument gives null instead of an argument error.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static T ArgOrNull<T>(in LuaCallContext ctx, ref int next, bool nullable)
    {
        if (nullable && !IsInjected<T>() && ctx[next].IsNil) { next++; return default!; }
        return Arg<T>(ctx, ref next);
    }

    /// <summary>Like <see cref="Arg{T}"/> for an optional parameter without a default value, such as a nullable
    /// reference (<c>string?</c>): absent or nil gives <c>default</c> (null), anything else converts or raises the
    /// argument error.</summary>
    public static T? OptArg<T>(in LuaCallContext ctx, ref int next) => ArgOrNull<T>(ctx, ref next, nullable: true);

    private static bool IsInjected<T>() =>
        typeof(T) == typeof(LuaCallContext) || typeof(T) == typeof(CancellationToken) || typeof(T) == typeof(LuaState) || typeof(T) == typeof(LuaValue[]);

    /// <summary>
    /// Which of the first <paramref name="arity"/> parameters of <paramref name="fn"/> are nullable reference types
    /// (<c>string?</c>, <c>LuaTable?</c>): bit i for parameter i. Read once when the host function is created, from
    /// the compiler's nullable annotations (<see cref="NullabilityInfoContext"/>). When the application is trimmed
    /// with <c>NullabilityInfoContextSupport</c> off (the default of trimmed and AOT publishing) those annotations are
    /// not available: the mask is 0 and every reference parameter is required (use <c>Nullable</c> value types, a
    /// default-valued <see cref="LuaValue"/>, or set <c>&lt;NullabilityInfoContextSupport&gt;true&lt;/NullabilityInfoContextSupport&gt;</c>).
    /// </summary>
    internal static int NullableParameters(Delegate fn, int arity)
    {
        if (!IsNullabilitySupported) return 0;
        ParameterInfo[] ps = fn.Method.GetParameters();
        // A delegate closed over its method's first parameter has one more parameter than callers pass.
        int offset = ps.Length - arity;
        if (offset < 0) return 0;
        var context = new NullabilityInfoContext();
        int mask = 0;
        for (int i = 0; i < arity && i < 31; i++)
        {
            ParameterInfo p = ps[i + offset];
            if (p.ParameterType.IsValueType) continue;
            if (context.Create(p).ReadState == NullabilityState.Nullable) mask |= 1 << i;
        }
        return mask;
    }

    private static bool IsNullabilitySupported =>
        !AppContext.TryGetSwitch("System.Reflection.NullabilityInfoContext.IsSupported", out bool supported) || supported;

    /// <summary>Like <see cref="Arg{T}"/>, for the start step of an async function: errors are positioned at
    /// <paramref name="level"/> (the script calling the async wrapper) and name <paramref name="name"/>.</summary>
    internal static T ArgAt<T>(in LuaCallContext ctx, ref int next, int level, string name, bool nullable = false)
    {
        if (nullable && !IsInjected<T>() && ctx[next].IsNil) { next++; return default!; }
        if (typeof(T) == typeof(LuaCallContext) || typeof(T) == typeof(CancellationToken) || typeof(T) == typeof(LuaState) || typeof(T) == typeof(LuaValue[]))
            return Arg<T>(ctx, ref next);
        int i = next++;
        var st = LuaConvert.TryConvert(ctx.State, ctx[i], out T r);
        if (st != ConvertStatus.Ok)
            throw new LuaRuntimeException(LuaValue.FromString(
                ctx.Thread.Where(level) + $"bad argument #{i} to '{name}' ({LuaConvert.ArgumentDetail(ctx, i, typeof(T), st)})"));
        return r;
    }

    /// <summary>Like <see cref="Arg{T}"/> for an optional parameter: absent or nil gives <paramref name="defaultValue"/>.</summary>
    public static T OptArg<T>(in LuaCallContext ctx, ref int next, T defaultValue)
    {
        if (typeof(T) == typeof(LuaCallContext) || typeof(T) == typeof(CancellationToken) || typeof(T) == typeof(LuaState) || typeof(T) == typeof(LuaValue[]))
            return Arg<T>(ctx, ref next);
        return LuaConvert.OptArgument(ctx, next++, defaultValue);
    }

    /// <summary>The arguments from <paramref name="next"/> on, as a new array (varargs).</summary>
    public static LuaValue[] Rest(in LuaCallContext ctx, ref int next)
    {
        int from = next;
        next = Math.Max(next, ctx.ArgCount + 1);
        return from <= ctx.ArgCount ? ctx.Args[(from - 1)..].ToArray() : Array.Empty<LuaValue>();
    }

    /// <summary>Pushes a result: a <c>LuaValue[]</c> or a tuple pushes each element (multiple results), anything
    /// else one converted value. Returns the number of results.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Return<T>(in LuaCallContext ctx, T result)
    {
        if (typeof(T) == typeof(LuaValue)) { ctx.Push(Unsafe.As<T, LuaValue>(ref result)); return 1; }
        if (typeof(T) == typeof(LuaValue[])) return ReturnMany(ctx, (LuaValue[])(object)result!);
        if (result is ITuple tuple) return ReturnTuple(ctx, tuple);
        ctx.Push(LuaConvert.ToValue(result, ctx.State));
        return 1;
    }

    private static int ReturnMany(in LuaCallContext ctx, LuaValue[]? values)
    {
        if (values is null) return 0;
        foreach (var v in values) ctx.Push(v);
        return values.Length;
    }

    private static int ReturnTuple(in LuaCallContext ctx, ITuple tuple)
    {
        for (int i = 0; i < tuple.Length; i++) ctx.Push(LuaConvert.ToValueObject(tuple[i], ctx.State));
        return tuple.Length;
    }

    /// <summary>
    /// Turns a .NET exception thrown by host code into a Lua error: the message gets the calling Lua line's
    /// <c>chunk:line:</c> prefix (as <c>error</c> would) so <c>pcall</c> sees a normal error string, and the original
    /// exception travels along as <see cref="Exception.InnerException"/> for the host. (A coroutine's self-close
    /// passing through host code is thrown on as it is.)
    /// </summary>
    public static LuaRuntimeException Wrap(in LuaCallContext ctx, Exception e, int level = 1)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e is LuaRuntimeException lre) return lre;
        // A Lua 5.5 coroutine that closed itself inside a callback is leaving, not failing: it goes on unwrapped.
        if (e is CoroutineClosedItself) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e);
        var wrapped = new LuaRuntimeException(LuaValue.FromString(ctx.Thread.Where(level) + e.Message), e);
        ctx.State.NoteAsyncError(ctx.Thread, wrapped);
        return wrapped;
    }
}
