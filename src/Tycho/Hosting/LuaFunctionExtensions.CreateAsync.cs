using Tycho.Runtime;

namespace Tycho.Hosting;

// Async host functions: Func<..., ValueTask<T>> adapters. The result is a small Lua function that starts the task
// and, if it has not completed, yields it to the async driver (LuaState.CallAsync / DoStringAsync), which awaits it
// without blocking a thread and resumes the script with the result.
public static partial class LuaFunctionExtensions
{
    extension(LuaFunction)
    {
        /// <summary>An async host function with 0 arguments and a result, for scripts run by
        /// <see cref="LuaState.DoStringAsync(string, string?, CancellationToken)"/> or <see cref="LuaState.CallAsync"/>: the calling
        /// Lua code is suspended (no thread blocked) until the task completes, then continues with the converted result.
        /// Arguments convert as for <c>Create</c>; a <see cref="CancellationToken"/> parameter receives the run's token. A faulted
        /// task raises a Lua error with its message (InnerException for the host); cancellation raises <c>execution cancelled</c>.
        /// Called from synchronous code it raises a Lua error.</summary>
        /// <param name="fn">The asynchronous implementation.</param>
        /// <param name="name">The function's name (used in messages and tracebacks).</param>
        public static LuaFunction CreateAsync<TResult>(Func<ValueTask<TResult>> fn, string name = "async")
        {
            ArgumentNullException.ThrowIfNull(fn);
            return AsyncFunctionFactory.Create(name, ctx =>
            {
                AsyncFunctionFactory.RequireDriver(ctx, name);
                ValueTask<TResult> task;
                Exception? failure = null;
                try { task = fn(); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; task = default; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure, 2);
                return AsyncFunctionFactory.Started(ctx, task, false);
            });
        }

        /// <summary>An async host function with 0 arguments, for scripts run by
        /// <see cref="LuaState.DoStringAsync(string, string?, CancellationToken)"/> or <see cref="LuaState.CallAsync"/>: the calling
        /// Lua code is suspended (no thread blocked) until the task completes, then continues with no result.
        /// Arguments convert as for <c>Create</c>; a <see cref="CancellationToken"/> parameter receives the run's token. A faulted
        /// task raises a Lua error with its message (InnerException for the host); cancellation raises <c>execution cancelled</c>.
        /// Called from synchronous code it raises a Lua error.</summary>
        /// <param name="fn">The asynchronous implementation.</param>
        /// <param name="name">The function's name (used in messages and tracebacks).</param>
        public static LuaFunction CreateAsync(Func<ValueTask> fn, string name = "async")
        {
            ArgumentNullException.ThrowIfNull(fn);
            return AsyncFunctionFactory.Create(name, ctx =>
            {
                AsyncFunctionFactory.RequireDriver(ctx, name);
                ValueTask<bool> task;
                Exception? failure = null;
                try { task = AsyncFunctionFactory.AsBool(fn()); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; task = default; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure, 2);
                return AsyncFunctionFactory.Started(ctx, task, true);
            });
        }

        /// <summary>An async host function with 1 argument and a result, for scripts run by
        /// <see cref="LuaState.DoStringAsync(string, string?, CancellationToken)"/> or <see cref="LuaState.CallAsync"/>: the calling
        /// Lua code is suspended (no thread blocked) until the task completes, then continues with the converted result.
        /// Arguments convert as for <c>Create</c>; a <see cref="CancellationToken"/> parameter receives the run's token. A faulted
        /// task raises a Lua error with its message (InnerException for the host); cancellation raises <c>execution cancelled</c>.
        /// Called from synchronous code it raises a Lua error.</summary>
        /// <param name="fn">The asynchronous implementation.</param>
        /// <param name="name">The function's name (used in messages and tracebacks).</param>
        public static LuaFunction CreateAsync<T1, TResult>(Func<T1, ValueTask<TResult>> fn, string name = "async")
        {
            ArgumentNullException.ThrowIfNull(fn);
            int nullable = LuaHostCall.NullableParameters(fn, 1);
            return AsyncFunctionFactory.Create(name, ctx =>
            {
                AsyncFunctionFactory.RequireDriver(ctx, name);
                int next = 1;
                T1 a1 = LuaHostCall.ArgAt<T1>(ctx, ref next, 2, name, (nullable & 1) != 0);
                ValueTask<TResult> task;
                Exception? failure = null;
                try { task = fn(a1); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; task = default; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure, 2);
                return AsyncFunctionFactory.Started(ctx, task, false);
            });
        }

        /// <summary>An async host function with 1 argument, for scripts run by
        /// <see cref="LuaState.DoStringAsync(string, string?, CancellationToken)"/> or <see cref="LuaState.CallAsync"/>: the calling
        /// Lua code is suspended (no thread blocked) until the task completes, then continues with no result.
        /// Arguments convert as for <c>Create</c>; a <see cref="CancellationToken"/> parameter receives the run's token. A faulted
        /// task raises a Lua error with its message (InnerException for the host); cancellation raises <c>execution cancelled</c>.
        /// Called from synchronous code it raises a Lua error.</summary>
        /// <param name="fn">The asynchronous implementation.</param>
        /// <param name="name">The function's name (used in messages and tracebacks).</param>
        public static LuaFunction CreateAsync<T1>(Func<T1, ValueTask> fn, string name = "async")
        {
            ArgumentNullException.ThrowIfNull(fn);
            int nullable = LuaHostCall.NullableParameters(fn, 1);
            return AsyncFunctionFactory.Create(name, ctx =>
            {
                AsyncFunctionFactory.RequireDriver(ctx, name);
                int next = 1;
                T1 a1 = LuaHostCall.ArgAt<T1>(ctx, ref next, 2, name, (nullable & 1) != 0);
                ValueTask<bool> task;
                Exception? failure = null;
                try { task = AsyncFunctionFactory.AsBool(fn(a1)); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; task = default; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure, 2);
                return AsyncFunctionFactory.Started(ctx, task, true);
            });
        }

        /// <summary>An async host function with 2 arguments and a result, for scripts run by
        /// <see cref="LuaState.DoStringAsync(string, string?, CancellationToken)"/> or <see cref="LuaState.CallAsync"/>: the calling
        /// Lua code is suspended (no thread blocked) until the task completes, then continues with the converted result.
        /// Arguments convert as for <c>Create</c>; a <see cref="CancellationToken"/> parameter receives the run's token. A faulted
        /// task raises a Lua error with its message (InnerException for the host); cancellation raises <c>execution cancelled</c>.
        /// Called from synchronous code it raises a Lua error.</summary>
        /// <param name="fn">The asynchronous implementation.</param>
        /// <param name="name">The function's name (used in messages and tracebacks).</param>
        public static LuaFunction CreateAsync<T1, T2, TResult>(Func<T1, T2, ValueTask<TResult>> fn, string name = "async")
        {
            ArgumentNullException.ThrowIfNull(fn);
            int nullable = LuaHostCall.NullableParameters(fn, 2);
            return AsyncFunctionFactory.Create(name, ctx =>
            {
                AsyncFunctionFactory.RequireDriver(ctx, name);
                int next = 1;
                T1 a1 = LuaHostCall.ArgAt<T1>(ctx, ref next, 2, name, (nullable & 1) != 0);
                T2 a2 = LuaHostCall.ArgAt<T2>(ctx, ref next, 2, name, (nullable & 2) != 0);
                ValueTask<TResult> task;
                Exception? failure = null;
                try { task = fn(a1, a2); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; task = default; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure, 2);
                return AsyncFunctionFactory.Started(ctx, task, false);
            });
        }

        /// <summary>An async host function with 2 arguments, for scripts run by
        /// <see cref="LuaState.DoStringAsync(string, string?, CancellationToken)"/> or <see cref="LuaState.CallAsync"/>: the calling
        /// Lua code is suspended (no thread blocked) until the task completes, then continues with no result.
        /// Arguments convert as for <c>Create</c>; a <see cref="CancellationToken"/> parameter receives the run's token. A faulted
        /// task raises a Lua error with its message (InnerException for the host); cancellation raises <c>execution cancelled</c>.
        /// Called from synchronous code it raises a Lua error.</summary>
        /// <param name="fn">The asynchronous implementation.</param>
        /// <param name="name">The function's name (used in messages and tracebacks).</param>
        public static LuaFunction CreateAsync<T1, T2>(Func<T1, T2, ValueTask> fn, string name = "async")
        {
            ArgumentNullException.ThrowIfNull(fn);
            int nullable = LuaHostCall.NullableParameters(fn, 2);
            return AsyncFunctionFactory.Create(name, ctx =>
            {
                AsyncFunctionFactory.RequireDriver(ctx, name);
                int next = 1;
                T1 a1 = LuaHostCall.ArgAt<T1>(ctx, ref next, 2, name, (nullable & 1) != 0);
                T2 a2 = LuaHostCall.ArgAt<T2>(ctx, ref next, 2, name, (nullable & 2) != 0);
                ValueTask<bool> task;
                Exception? failure = null;
                try { task = AsyncFunctionFactory.AsBool(fn(a1, a2)); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; task = default; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure, 2);
                return AsyncFunctionFactory.Started(ctx, task, true);
            });
        }

        /// <summary>An async host function with 3 arguments and a result, for scripts run by
        /// <see cref="LuaState.DoStringAsync(string, string?, CancellationToken)"/> or <see cref="LuaState.CallAsync"/>: the calling
        /// Lua code is suspended (no thread blocked) until the task completes, then continues with the converted result.
        /// Arguments convert as for <c>Create</c>; a <see cref="CancellationToken"/> parameter receives the run's token. A faulted
        /// task raises a Lua error with its message (InnerException for the host); cancellation raises <c>execution cancelled</c>.
        /// Called from synchronous code it raises a Lua error.</summary>
        /// <param name="fn">The asynchronous implementation.</param>
        /// <param name="name">The function's name (used in messages and tracebacks).</param>
        public static LuaFunction CreateAsync<T1, T2, T3, TResult>(Func<T1, T2, T3, ValueTask<TResult>> fn, string name = "async")
        {
            ArgumentNullException.ThrowIfNull(fn);
            int nullable = LuaHostCall.NullableParameters(fn, 3);
            return AsyncFunctionFactory.Create(name, ctx =>
            {
                AsyncFunctionFactory.RequireDriver(ctx, name);
                int next = 1;
                T1 a1 = LuaHostCall.ArgAt<T1>(ctx, ref next, 2, name, (nullable & 1) != 0);
                T2 a2 = LuaHostCall.ArgAt<T2>(ctx, ref next, 2, name, (nullable & 2) != 0);
                T3 a3 = LuaHostCall.ArgAt<T3>(ctx, ref next, 2, name, (nullable & 4) != 0);
                ValueTask<TResult> task;
                Exception? failure = null;
                try { task = fn(a1, a2, a3); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; task = default; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure, 2);
                return AsyncFunctionFactory.Started(ctx, task, false);
            });
        }

        /// <summary>An async host function with 3 arguments, for scripts run by
        /// <see cref="LuaState.DoStringAsync(string, string?, CancellationToken)"/> or <see cref="LuaState.CallAsync"/>: the calling
        /// Lua code is suspended (no thread blocked) until the task completes, then continues with no result.
        /// Arguments convert as for <c>Create</c>; a <see cref="CancellationToken"/> parameter receives the run's token. A faulted
        /// task raises a Lua error with its message (InnerException for the host); cancellation raises <c>execution cancelled</c>.
        /// Called from synchronous code it raises a Lua error.</summary>
        /// <param name="fn">The asynchronous implementation.</param>
        /// <param name="name">The function's name (used in messages and tracebacks).</param>
        public static LuaFunction CreateAsync<T1, T2, T3>(Func<T1, T2, T3, ValueTask> fn, string name = "async")
        {
            ArgumentNullException.ThrowIfNull(fn);
            int nullable = LuaHostCall.NullableParameters(fn, 3);
            return AsyncFunctionFactory.Create(name, ctx =>
            {
                AsyncFunctionFactory.RequireDriver(ctx, name);
                int next = 1;
                T1 a1 = LuaHostCall.ArgAt<T1>(ctx, ref next, 2, name, (nullable & 1) != 0);
                T2 a2 = LuaHostCall.ArgAt<T2>(ctx, ref next, 2, name, (nullable & 2) != 0);
                T3 a3 = LuaHostCall.ArgAt<T3>(ctx, ref next, 2, name, (nullable & 4) != 0);
                ValueTask<bool> task;
                Exception? failure = null;
                try { task = AsyncFunctionFactory.AsBool(fn(a1, a2, a3)); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; task = default; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure, 2);
                return AsyncFunctionFactory.Started(ctx, task, true);
            });
        }

        /// <summary>An async host function with 4 arguments and a result, for scripts run by
        /// <see cref="LuaState.DoStringAsync(string, string?, CancellationToken)"/> or <see cref="LuaState.CallAsync"/>: the calling
        /// Lua code is suspended (no thread blocked) until the task completes, then continues with the converted result.
        /// Arguments convert as for <c>Create</c>; a <see cref="CancellationToken"/> parameter receives the run's token. A faulted
        /// task raises a Lua error with its message (InnerException for the host); cancellation raises <c>execution cancelled</c>.
        /// Called from synchronous code it raises a Lua error.</summary>
        /// <param name="fn">The asynchronous implementation.</param>
        /// <param name="name">The function's name (used in messages and tracebacks).</param>
        public static LuaFunction CreateAsync<T1, T2, T3, T4, TResult>(Func<T1, T2, T3, T4, ValueTask<TResult>> fn, string name = "async")
        {
            ArgumentNullException.ThrowIfNull(fn);
            int nullable = LuaHostCall.NullableParameters(fn, 4);
            return AsyncFunctionFactory.Create(name, ctx =>
            {
                AsyncFunctionFactory.RequireDriver(ctx, name);
                int next = 1;
                T1 a1 = LuaHostCall.ArgAt<T1>(ctx, ref next, 2, name, (nullable & 1) != 0);
                T2 a2 = LuaHostCall.ArgAt<T2>(ctx, ref next, 2, name, (nullable & 2) != 0);
                T3 a3 = LuaHostCall.ArgAt<T3>(ctx, ref next, 2, name, (nullable & 4) != 0);
                T4 a4 = LuaHostCall.ArgAt<T4>(ctx, ref next, 2, name, (nullable & 8) != 0);
                ValueTask<TResult> task;
                Exception? failure = null;
                try { task = fn(a1, a2, a3, a4); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; task = default; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure, 2);
                return AsyncFunctionFactory.Started(ctx, task, false);
            });
        }

        /// <summary>An async host function with 4 arguments, for scripts run by
        /// <see cref="LuaState.DoStringAsync(string, string?, CancellationToken)"/> or <see cref="LuaState.CallAsync"/>: the calling
        /// Lua code is suspended (no thread blocked) until the task completes, then continues with no result.
        /// Arguments convert as for <c>Create</c>; a <see cref="CancellationToken"/> parameter receives the run's token. A faulted
        /// task raises a Lua error with its message (InnerException for the host); cancellation raises <c>execution cancelled</c>.
        /// Called from synchronous code it raises a Lua error.</summary>
        /// <param name="fn">The asynchronous implementation.</param>
        /// <param name="name">The function's name (used in messages and tracebacks).</param>
        public static LuaFunction CreateAsync<T1, T2, T3, T4>(Func<T1, T2, T3, T4, ValueTask> fn, string name = "async")
        {
            ArgumentNullException.ThrowIfNull(fn);
            int nullable = LuaHostCall.NullableParameters(fn, 4);
            return AsyncFunctionFactory.Create(name, ctx =>
            {
                AsyncFunctionFactory.RequireDriver(ctx, name);
                int next = 1;
                T1 a1 = LuaHostCall.ArgAt<T1>(ctx, ref next, 2, name, (nullable & 1) != 0);
                T2 a2 = LuaHostCall.ArgAt<T2>(ctx, ref next, 2, name, (nullable & 2) != 0);
                T3 a3 = LuaHostCall.ArgAt<T3>(ctx, ref next, 2, name, (nullable & 4) != 0);
                T4 a4 = LuaHostCall.ArgAt<T4>(ctx, ref next, 2, name, (nullable & 8) != 0);
                ValueTask<bool> task;
                Exception? failure = null;
                try { task = AsyncFunctionFactory.AsBool(fn(a1, a2, a3, a4)); }
                catch (Exception e) when (e is not LuaRuntimeException) { failure = e; task = default; }
                if (failure is not null) throw LuaHostCall.Wrap(ctx, failure, 2);
                return AsyncFunctionFactory.Started(ctx, task, true);
            });
        }
    }
}
