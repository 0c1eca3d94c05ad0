using System.Collections.Concurrent;
using System.Text;
using Tycho.Compiler;
using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>Builds the Lua wrapper that turns an async host function into a yield to the driver.</summary>
internal static class AsyncFunctionFactory
{
    private static readonly ConcurrentDictionary<string, Prototype> Protos = new();
    private static readonly LuaHostFunction YieldFn = new("yield", YieldOutside) { Kind = HostFunctionKind.Yield };
    private static readonly LuaHostFunction CheckFn = new("check", ctx =>
        ((AsyncOperation)((LuaUserdata)ctx[1].AsObject!).Value!).PushResults(ctx));

    private static int YieldOutside(LuaCallContext ctx) => throw ctx.Error("attempt to yield from outside a coroutine");

    /// <summary>
    /// A Lua function <c>NAME(...)</c>: calls <paramref name="start"/> (which converts the arguments, starts the
    /// task and returns the operation and whether it is still pending), yields the operation to the driver if it is,
    /// then returns its results (or raises its error).
    /// </summary>
    public static LuaFunction Create(string name, LuaHostDelegate start)
    {
        string id = IsIdentifier(name) ? name : "async_function";
        var proto = Protos.GetOrAdd(id, n => LuaCompiler.CompileSource(Encoding.UTF8.GetBytes(
            $"local op, pending = {n}(...) if pending then __yield(op) end return __check(op)"), "=[async " + n + "]"));
        var env = new LuaTable(0, 3);
        env[id] = new LuaHostFunction(name, start);
        env["__yield"] = YieldFn;
        env["__check"] = CheckFn;
        return GlobalState.CreateMainClosure(proto, env);
    }

    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || s.StartsWith("__", StringComparison.Ordinal) || !(char.IsAsciiLetter(s[0]) || s[0] == '_')) return false;
        foreach (char c in s) if (!(char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
        return s is not ("and" or "break" or "do" or "else" or "elseif" or "end" or "false" or "for" or "function" or "goto" or "if"
            or "in" or "local" or "nil" or "not" or "or" or "repeat" or "return" or "then" or "true" or "until" or "while");
    }

    /// <summary>Checks that the call runs under an async driver, else the Lua error naming the function.</summary>
    public static void RequireDriver(in LuaCallContext ctx, string name)
    {
        if (!ctx.State.IsAsyncThread(ctx.Thread))
            throw new LuaRuntimeException(LuaValue.FromString(ctx.Thread.Where(2) +
                $"async function '{name}' must run under DoStringAsync/CallAsync (and not inside a coroutine it created)"));
    }

    /// <summary>Wraps the started task and returns (operation, pending).</summary>
    public static int Started<T>(in LuaCallContext ctx, ValueTask<T> task, bool isVoid)
    {
        var op = new AsyncOperation<T>(task, isVoid);
        return ctx.Return(LuaValue.FromObject(new LuaUserdata(op)), LuaValue.FromBoolean(!op.IsCompleted));
    }

    /// <summary>Adapts a non-generic ValueTask.</summary>
    public static async ValueTask<bool> AsBool(ValueTask t) { await t.ConfigureAwait(false); return true; }
}
