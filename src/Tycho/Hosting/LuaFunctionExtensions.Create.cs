// Generated once by a small script from one pattern: keep the overloads uniform when editing.
using Tycho.Runtime;

namespace Tycho.Hosting;

// Host functions from .NET delegates with automatic argument conversion (LuaConvert rules). Each adapter is
// one closure allocated at creation; a call converts arguments without boxing, runs the delegate, and wraps any
// .NET exception into a Lua error (message with the Lua position, original as InnerException).
/// <summary>Host functions from .NET delegates: <c>LuaFunction.Create(...)</c> and <c>LuaFunction.CreateAsync(...)</c>
/// (static extension members of <see cref="LuaFunction"/>, so the runtime layer does not depend on the embedding API).</summary>
public static partial class LuaFunctionExtensions
{
    /// <summary>Name given to adapted delegates when none is passed (errors name functions by their call site).</summary>
    private const string DefaultName = "?";

    extension(LuaFunction)
    {
        /// <summary>A host function from the low-level, allocation-free <see cref="LuaHostDelegate"/> form
        /// (manual §4.6 <c>lua_CFunction</c>).</summary>
        /// <param name="fn">Reads arguments from the context and returns the number of results pushed.</param>
        /// <param name="name">Name for error messages when the call site gives none.</param>
        public static LuaFunction Create(LuaHostDelegate fn, string? name = null)
        {
            ArgumentNullException.ThrowIfNull(fn);
            return new LuaHostFunction(name ?? DefaultName, fn);
        }

        /// <summary>A host function calling a .NET function with 0 arguments.
        /// Arguments convert by <see cref="LuaConvert"/> rules (failures raise <c>bad argument #i to 'f' (T expected, got U)</c>);
        /// parameters of type <see cref="LuaCallContext"/>, <see cref="LuaState"/> or <see cref="CancellationToken"/> are injected,
        /// a trailing <c>LuaValue[]</c> receives the remaining arguments, <c>Nullable</c> and nullable reference (<c>string?</c>) parameters are optional (nil or absent gives null; see <see cref="LuaHostCall.OptArg{T}(in LuaCallContext, ref int)"/> for trimmed apps).
        /// The result converts to Lua; a tuple or <c>LuaValue[]</c> gives multiple results. Exceptions become Lua errors.</summary>
        public static LuaFunction Create<TResult>(Func<TResult> fn, string? name = null)
        {
            ArgumentNullException.ThrowIfNull(fn);
            return new LuaHostFunction(name ?? DefaultName, ctx =>
            {
                TResult r = default!;
                Exception? failure = null;
                try { r = fn(); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure);
                return LuaHostCall.Return(ctx, r);
            });
        }

        /// <summary>A host function calling a .NET action with 0 arguments.
        /// Arguments convert by <see cref="LuaConvert"/> rules (failures raise <c>bad argument #i to 'f' (T expected, got U)</c>);
        /// parameters of type <see cref="LuaCallContext"/>, <see cref="LuaState"/> or <see cref="CancellationToken"/> are injected,
        /// a trailing <c>LuaValue[]</c> receives the remaining arguments, <c>Nullable</c> and nullable reference (<c>string?</c>) parameters are optional (nil or absent gives null; see <see cref="LuaHostCall.OptArg{T}(in LuaCallContext, ref int)"/> for trimmed apps).
        /// Exceptions become Lua errors.</summary>
        public static LuaFunction Create(Action fn, string? name = null)
        {
            ArgumentNullException.ThrowIfNull(fn);
            return new LuaHostFunction(name ?? DefaultName, ctx =>
            {
                Exception? failure = null;
                try { fn(); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure);
                return 0;
            });
        }

        /// <summary>A host function calling a .NET function with 1 argument.
        /// Arguments convert by <see cref="LuaConvert"/> rules (failures raise <c>bad argument #i to 'f' (T expected, got U)</c>);
        /// parameters of type <see cref="LuaCallContext"/>, <see cref="LuaState"/> or <see cref="CancellationToken"/> are injected,
        /// a trailing <c>LuaValue[]</c> receives the remaining arguments, <c>Nullable</c> and nullable reference (<c>string?</c>) parameters are optional (nil or absent gives null; see <see cref="LuaHostCall.OptArg{T}(in LuaCallContext, ref int)"/> for trimmed apps).
        /// The result converts to Lua; a tuple or <c>LuaValue[]</c> gives multiple results. Exceptions become Lua errors.</summary>
        public static LuaFunction Create<T1, TResult>(Func<T1, TResult> fn, string? name = null)
        {
            ArgumentNullException.ThrowIfNull(fn);
            int nullable = LuaHostCall.NullableParameters(fn, 1);
            return new LuaHostFunction(name ?? DefaultName, ctx =>
            {
                int next = 1;
                T1 a1 = LuaHostCall.ArgOrNull<T1>(ctx, ref next, (nullable & 1) != 0);
                TResult r = default!;
                Exception? failure = null;
                try { r = fn(a1); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure);
                return LuaHostCall.Return(ctx, r);
            });
        }

        /// <summary>A host function calling a .NET action with 1 argument.
        /// Arguments convert by <see cref="LuaConvert"/> rules (failures raise <c>bad argument #i to 'f' (T expected, got U)</c>);
        /// parameters of type <see cref="LuaCallContext"/>, <see cref="LuaState"/> or <see cref="CancellationToken"/> are injected,
        /// a trailing <c>LuaValue[]</c> receives the remaining arguments, <c>Nullable</c> and nullable reference (<c>string?</c>) parameters are optional (nil or absent gives null; see <see cref="LuaHostCall.OptArg{T}(in LuaCallContext, ref int)"/> for trimmed apps).
        /// Exceptions become Lua errors.</summary>
        public static LuaFunction Create<T1>(Action<T1> fn, string? name = null)
        {
            ArgumentNullException.ThrowIfNull(fn);
            int nullable = LuaHostCall.NullableParameters(fn, 1);
            return new LuaHostFunction(name ?? DefaultName, ctx =>
            {
                int next = 1;
                T1 a1 = LuaHostCall.ArgOrNull<T1>(ctx, ref next, (nullable & 1) != 0);
                Exception? failure = null;
                try { fn(a1); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure);
                return 0;
            });
        }

        /// <summary>A host function calling a .NET function with 2 arguments.
        /// Arguments convert by <see cref="LuaConvert"/> rules (failures raise <c>bad argument #i to 'f' (T expected, got U)</c>);
        /// parameters of type <see cref="LuaCallContext"/>, <see cref="LuaState"/> or <see cref="CancellationToken"/> are injected,
        /// a trailing <c>LuaValue[]</c> receives the remaining arguments, <c>Nullable</c> and nullable reference (<c>string?</c>) parameters are optional (nil or absent gives null; see <see cref="LuaHostCall.OptArg{T}(in LuaCallContext, ref int)"/> for trimmed apps).
        /// The result converts to Lua; a tuple or <c>LuaValue[]</c> gives multiple results. Exceptions become Lua errors.</summary>
        public static LuaFunction Create<T1, T2, TResult>(Func<T1, T2, TResult> fn, string? name = null)
        {
            ArgumentNullException.ThrowIfNull(fn);
            int nullable = LuaHostCall.NullableParameters(fn, 2);
            return new LuaHostFunction(name ?? DefaultName, ctx =>
            {
                int next = 1;
                T1 a1 = LuaHostCall.ArgOrNull<T1>(ctx, ref next, (nullable & 1) != 0);
                T2 a2 = LuaHostCall.ArgOrNull<T2>(ctx, ref next, (nullable & 2) != 0);
                TResult r = default!;
                Exception? failure = null;
                try { r = fn(a1, a2); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure);
                return LuaHostCall.Return(ctx, r);
            });
        }

        /// <summary>A host function calling a .NET action with 2 arguments.
        /// Arguments convert by <see cref="LuaConvert"/> rules (failures raise <c>bad argument #i to 'f' (T expected, got U)</c>);
        /// parameters of type <see cref="LuaCallContext"/>, <see cref="LuaState"/> or <see cref="CancellationToken"/> are injected,
        /// a trailing <c>LuaValue[]</c> receives the remaining arguments, <c>Nullable</c> and nullable reference (<c>string?</c>) parameters are optional (nil or absent gives null; see <see cref="LuaHostCall.OptArg{T}(in LuaCallContext, ref int)"/> for trimmed apps).
        /// Exceptions become Lua errors.</summary>
        public static LuaFunction Create<T1, T2>(Action<T1, T2> fn, string? name = null)
        {
            ArgumentNullException.ThrowIfNull(fn);
            int nullable = LuaHostCall.NullableParameters(fn, 2);
            return new LuaHostFunction(name ?? DefaultName, ctx =>
            {
                int next = 1;
                T1 a1 = LuaHostCall.ArgOrNull<T1>(ctx, ref next, (nullable & 1) != 0);
                T2 a2 = LuaHostCall.ArgOrNull<T2>(ctx, ref next, (nullable & 2) != 0);
                Exception? failure = null;
                try { fn(a1, a2); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure);
                return 0;
            });
        }

        /// <summary>A host function calling a .NET function with 3 arguments.
        /// Arguments convert by <see cref="LuaConvert"/> rules (failures raise <c>bad argument #i to 'f' (T expected, got U)</c>);
        /// parameters of type <see cref="LuaCallContext"/>, <see cref="LuaState"/> or <see cref="CancellationToken"/> are injected,
        /// a trailing <c>LuaValue[]</c> receives the remaining arguments, <c>Nullable</c> and nullable reference (<c>string?</c>) parameters are optional (nil or absent gives null; see <see cref="LuaHostCall.OptArg{T}(in LuaCallContext, ref int)"/> for trimmed apps).
        /// The result converts to Lua; a tuple or <c>LuaValue[]</c> gives multiple results. Exceptions become Lua errors.</summary>
        public static LuaFunction Create<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> fn, string? name = null)
        {
            ArgumentNullException.ThrowIfNull(fn);
            int nullable = LuaHostCall.NullableParameters(fn, 3);
            return new LuaHostFunction(name ?? DefaultName, ctx =>
            {
                int next = 1;
                T1 a1 = LuaHostCall.ArgOrNull<T1>(ctx, ref next, (nullable & 1) != 0);
                T2 a2 = LuaHostCall.ArgOrNull<T2>(ctx, ref next, (nullable & 2) != 0);
                T3 a3 = LuaHostCall.ArgOrNull<T3>(ctx, ref next, (nullable & 4) != 0);
                TResult r = default!;
                Exception? failure = null;
                try { r = fn(a1, a2, a3); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure);
                return LuaHostCall.Return(ctx, r);
            });
        }

        /// <summary>A host function calling a .NET action with 3 arguments.
        /// Arguments convert by <see cref="LuaConvert"/> rules (failures raise <c>bad argument #i to 'f' (T expected, got U)</c>);
        /// parameters of type <see cref="LuaCallContext"/>, <see cref="LuaState"/> or <see cref="CancellationToken"/> are injected,
        /// a trailing <c>LuaValue[]</c> receives the remaining arguments, <c>Nullable</c> and nullable reference (<c>string?</c>) parameters are optional (nil or absent gives null; see <see cref="LuaHostCall.OptArg{T}(in LuaCallContext, ref int)"/> for trimmed apps).
        /// Exceptions become Lua errors.</summary>
        public static LuaFunction Create<T1, T2, T3>(Action<T1, T2, T3> fn, string? name = null)
        {
            ArgumentNullException.ThrowIfNull(fn);
            int nullable = LuaHostCall.NullableParameters(fn, 3);
            return new LuaHostFunction(name ?? DefaultName, ctx =>
            {
                int next = 1;
                T1 a1 = LuaHostCall.ArgOrNull<T1>(ctx, ref next, (nullable & 1) != 0);
                T2 a2 = LuaHostCall.ArgOrNull<T2>(ctx, ref next, (nullable & 2) != 0);
                T3 a3 = LuaHostCall.ArgOrNull<T3>(ctx, ref next, (nullable & 4) != 0);
                Exception? failure = null;
                try { fn(a1, a2, a3); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure);
                return 0;
            });
        }

        /// <summary>A host function calling a .NET function with 4 arguments.
        /// Arguments convert by <see cref="LuaConvert"/> rules (failures raise <c>bad argument #i to 'f' (T expected, got U)</c>);
        /// parameters of type <see cref="LuaCallContext"/>, <see cref="LuaState"/> or <see cref="CancellationToken"/> are injected,
        /// a trailing <c>LuaValue[]</c> receives the remaining arguments, <c>Nullable</c> and nullable reference (<c>string?</c>) parameters are optional (nil or absent gives null; see <see cref="LuaHostCall.OptArg{T}(in LuaCallContext, ref int)"/> for trimmed apps).
        /// The result converts to Lua; a tuple or <c>LuaValue[]</c> gives multiple results. Exceptions become Lua errors.</summary>
        public static LuaFunction Create<T1, T2, T3, T4, TResult>(Func<T1, T2, T3, T4, TResult> fn, string? name = null)
        {
            ArgumentNullException.ThrowIfNull(fn);
            int nullable = LuaHostCall.NullableParameters(fn, 4);
            return new LuaHostFunction(name ?? DefaultName, ctx =>
            {
                int next = 1;
                T1 a1 = LuaHostCall.ArgOrNull<T1>(ctx, ref next, (nullable & 1) != 0);
                T2 a2 = LuaHostCall.ArgOrNull<T2>(ctx, ref next, (nullable & 2) != 0);
                T3 a3 = LuaHostCall.ArgOrNull<T3>(ctx, ref next, (nullable & 4) != 0);
                T4 a4 = LuaHostCall.ArgOrNull<T4>(ctx, ref next, (nullable & 8) != 0);
                TResult r = default!;
                Exception? failure = null;
                try { r = fn(a1, a2, a3, a4); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure);
                return LuaHostCall.Return(ctx, r);
            });
        }

        /// <summary>A host function calling a .NET action with 4 arguments.
        /// Arguments convert by <see cref="LuaConvert"/> rules (failures raise <c>bad argument #i to 'f' (T expected, got U)</c>);
        /// parameters of type <see cref="LuaCallContext"/>, <see cref="LuaState"/> or <see cref="CancellationToken"/> are injected,
        /// a trailing <c>LuaValue[]</c> receives the remaining arguments, <c>Nullable</c> and nullable reference (<c>string?</c>) parameters are optional (nil or absent gives null; see <see cref="LuaHostCall.OptArg{T}(in LuaCallContext, ref int)"/> for trimmed apps).
        /// Exceptions become Lua errors.</summary>
        public static LuaFunction Create<T1, T2, T3, T4>(Action<T1, T2, T3, T4> fn, string? name = null)
        {
            ArgumentNullException.ThrowIfNull(fn);
            int nullable = LuaHostCall.NullableParameters(fn, 4);
            return new LuaHostFunction(name ?? DefaultName, ctx =>
            {
                int next = 1;
                T1 a1 = LuaHostCall.ArgOrNull<T1>(ctx, ref next, (nullable & 1) != 0);
                T2 a2 = LuaHostCall.ArgOrNull<T2>(ctx, ref next, (nullable & 2) != 0);
                T3 a3 = LuaHostCall.ArgOrNull<T3>(ctx, ref next, (nullable & 4) != 0);
                T4 a4 = LuaHostCall.ArgOrNull<T4>(ctx, ref next, (nullable & 8) != 0);
                Exception? failure = null;
                try { fn(a1, a2, a3, a4); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure);
                return 0;
            });
        }

        /// <summary>A host function calling a .NET function with 5 arguments.
        /// Arguments convert by <see cref="LuaConvert"/> rules (failures raise <c>bad argument #i to 'f' (T expected, got U)</c>);
        /// parameters of type <see cref="LuaCallContext"/>, <see cref="LuaState"/> or <see cref="CancellationToken"/> are injected,
        /// a trailing <c>LuaValue[]</c> receives the remaining arguments, <c>Nullable</c> and nullable reference (<c>string?</c>) parameters are optional (nil or absent gives null; see <see cref="LuaHostCall.OptArg{T}(in LuaCallContext, ref int)"/> for trimmed apps).
        /// The result converts to Lua; a tuple or <c>LuaValue[]</c> gives multiple results. Exceptions become Lua errors.</summary>
        public static LuaFunction Create<T1, T2, T3, T4, T5, TResult>(Func<T1, T2, T3, T4, T5, TResult> fn, string? name = null)
        {
            ArgumentNullException.ThrowIfNull(fn);
            int nullable = LuaHostCall.NullableParameters(fn, 5);
            return new LuaHostFunction(name ?? DefaultName, ctx =>
            {
                int next = 1;
                T1 a1 = LuaHostCall.ArgOrNull<T1>(ctx, ref next, (nullable & 1) != 0);
                T2 a2 = LuaHostCall.ArgOrNull<T2>(ctx, ref next, (nullable & 2) != 0);
                T3 a3 = LuaHostCall.ArgOrNull<T3>(ctx, ref next, (nullable & 4) != 0);
                T4 a4 = LuaHostCall.ArgOrNull<T4>(ctx, ref next, (nullable & 8) != 0);
                T5 a5 = LuaHostCall.ArgOrNull<T5>(ctx, ref next, (nullable & 16) != 0);
                TResult r = default!;
                Exception? failure = null;
                try { r = fn(a1, a2, a3, a4, a5); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure);
                return LuaHostCall.Return(ctx, r);
            });
        }

        /// <summary>A host function calling a .NET action with 5 arguments.
        /// Arguments convert by <see cref="LuaConvert"/> rules (failures raise <c>bad argument #i to 'f' (T expected, got U)</c>);
        /// parameters of type <see cref="LuaCallContext"/>, <see cref="LuaState"/> or <see cref="CancellationToken"/> are injected,
        /// a trailing <c>LuaValue[]</c> receives the remaining arguments, <c>Nullable</c> and nullable reference (<c>string?</c>) parameters are optional (nil or absent gives null; see <see cref="LuaHostCall.OptArg{T}(in LuaCallContext, ref int)"/> for trimmed apps).
        /// Exceptions become Lua errors.</summary>
        public static LuaFunction Create<T1, T2, T3, T4, T5>(Action<T1, T2, T3, T4, T5> fn, string? name = null)
        {
            ArgumentNullException.ThrowIfNull(fn);
            int nullable = LuaHostCall.NullableParameters(fn, 5);
            return new LuaHostFunction(name ?? DefaultName, ctx =>
            {
                int next = 1;
                T1 a1 = LuaHostCall.ArgOrNull<T1>(ctx, ref next, (nullable & 1) != 0);
                T2 a2 = LuaHostCall.ArgOrNull<T2>(ctx, ref next, (nullable & 2) != 0);
                T3 a3 = LuaHostCall.ArgOrNull<T3>(ctx, ref next, (nullable & 4) != 0);
                T4 a4 = LuaHostCall.ArgOrNull<T4>(ctx, ref next, (nullable & 8) != 0);
                T5 a5 = LuaHostCall.ArgOrNull<T5>(ctx, ref next, (nullable & 16) != 0);
                Exception? failure = null;
                try { fn(a1, a2, a3, a4, a5); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure);
                return 0;
            });
        }
    }
}
