using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>Reflection-based adapters between arbitrary delegate types and Lua functions (the fallback used by
/// <see cref="LuaConvert"/>; AOT code should use <see cref="LuaFunction"/>.Create and the typed
/// <see cref="LuaHandleExtensions"/> helpers instead).</summary>
internal static class LuaDelegates
{
    /// <summary>A host function invoking <paramref name="d"/> with arguments converted to its parameter types.</summary>
    [RequiresUnreferencedCode("Invokes the delegate through reflection.")]
    [RequiresDynamicCode("Invokes the delegate through reflection.")]
    public static LuaHostFunction FromDelegate(Delegate d)
    {
        // The delegate type's Invoke has the parameters callers see (d.Method may have a closed-over first one).
        ParameterInfo[] ps = d.GetType().GetMethod("Invoke")!.GetParameters();
        Type ret = d.GetType().GetMethod("Invoke")!.ReturnType;
        return new LuaHostFunction(d.Method.Name, ctx =>
        {
            var args = new object?[ps.Length];
            int next = 1;
            for (int i = 0; i < ps.Length; i++)
            {
                Type t = ps[i].ParameterType;
                if (t == typeof(LuaState)) { args[i] = ctx.State; continue; }
                if (t == typeof(LuaValue[])) { args[i] = LuaHostCall.Rest(ctx, ref next); continue; }
                int a = next++;
                if (ctx[a].IsNil && ps[i].HasDefaultValue) { args[i] = ps[i].DefaultValue; continue; }
                var st = LuaConvert.TryConvertSlow(ctx.State, ctx[a], t, out args[i]);
                if (st != ConvertStatus.Ok) throw LuaConvert.ArgumentError(ctx, a, t, st);
            }
            object? r = null;
            Exception? failure = null;
            try { r = d.DynamicInvoke(args); }
            catch (TargetInvocationException e) when (e.InnerException is not LuaRuntimeException) { failure = e.InnerException ?? e; }
            catch (TargetInvocationException e) { failure = e.InnerException; }
            if (failure is not null) throw LuaHostCall.Wrap(ctx, failure);
            if (ret == typeof(void)) return 0;
            return LuaHostCall.Return<object?>(ctx, r);
        });
    }

    /// <summary>A delegate of type <paramref name="delegateType"/> that calls <paramref name="fn"/> in
    /// <paramref name="state"/>, converting arguments to Lua and the first result back; null if the type is not a
    /// delegate type.</summary>
    [RequiresUnreferencedCode("Builds the delegate with System.Linq.Expressions.")]
    [RequiresDynamicCode("Builds the delegate with System.Linq.Expressions.")]
    public static Delegate? TryCreate(LuaState state, LuaFunction fn, Type delegateType)
    {
        MethodInfo? invoke = delegateType.GetMethod("Invoke");
        if (invoke is null) return null;
        var ps = invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType, p.Name)).ToArray();
        var argsArray = Expression.NewArrayInit(typeof(object), ps.Select(p => Expression.Convert(p, typeof(object))));
        var call = Expression.Call(typeof(LuaDelegates).GetMethod(nameof(Invoke), BindingFlags.NonPublic | BindingFlags.Static)!,
            Expression.Constant(state), Expression.Constant(fn), argsArray, Expression.Constant(invoke.ReturnType, typeof(Type)));
        Expression body = invoke.ReturnType == typeof(void) ? call : Expression.Convert(call, invoke.ReturnType);
        return Expression.Lambda(delegateType, body, ps).Compile();
    }

    [RequiresUnreferencedCode("Converts results by reflection.")]
    [RequiresDynamicCode("Converts results by reflection.")]
    private static object? Invoke(LuaState state, LuaFunction fn, object?[] args, Type returnType)
    {
        var values = new LuaValue[args.Length];
        for (int i = 0; i < args.Length; i++) values[i] = LuaConvert.ToValueObject(args[i], state);
        LuaValue[] r = state.Call(fn, values);
        if (returnType == typeof(void)) return null;
        LuaValue first = r.Length > 0 ? r[0] : LuaValue.Nil;
        var st = LuaConvert.TryConvertSlow(state, first, returnType, out object? result);
        if (st != ConvertStatus.Ok) throw LuaConvert.ConversionError(first, returnType, st, "result");
        return result;
    }
}
