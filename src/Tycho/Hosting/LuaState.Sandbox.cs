using System.Text;
using Tycho.Library;
using Tycho.Runtime;
using Tycho.Runtime.Gc;

namespace Tycho.Hosting;

// Running untrusted code: calls with per-call limits, the Safe capability rules, and tenant environments.
public sealed partial class LuaState
{
    // ------------------------------------------------------------------ calls with limits

    /// <summary>Runs a chunk under per-call <paramref name="limits"/> (each set value replaces the state's option for
    /// this call). Throws <see cref="LuaLimitException"/> when a limit fires, else as <see cref="DoString(string, string?)"/>.</summary>
    public LuaValue[] DoString(string code, LuaExecutionLimits limits, string? chunkName = null) =>
        DoString(code, null, limits, chunkName);

    /// <summary>Runs a chunk that <paramref name="cancellationToken"/> can stop (polled before the chunk starts, at
    /// safepoints and whenever a host function returns): the script gets the Lua error <c>execution cancelled</c>
    /// and the host a <see cref="LuaLimitException"/> of kind <see cref="LuaLimitKind.Cancelled"/>. With a token
    /// already cancelled none of the chunk runs.</summary>
    public LuaValue[] DoString(string code, CancellationToken cancellationToken, string? chunkName = null) =>
        DoString(code, null, new LuaExecutionLimits { CancellationToken = cancellationToken }, chunkName);

    /// <summary>Runs a chunk with <paramref name="env"/> as its <c>_ENV</c> (a tenant environment from
    /// <see cref="CreateEnvironment(IEnumerable{string}, bool)"/>), under the state's limits.</summary>
    public LuaValue[] DoString(string code, LuaTable env, string? chunkName = null) => DoString(code, env, null, chunkName);

    /// <summary>Runs a chunk in a tenant environment (see <see cref="DoString(string, LuaTable, string?)"/>) and converts
    /// its first result to <typeparamref name="T"/>.</summary>
    public T DoString<T>(string code, LuaTable env, string? chunkName = null)
    {
        var r = DoString(code, env, null, chunkName);
        return LuaConvert.To<T>(r.Length > 0 ? r[0] : LuaValue.Nil, this);
    }

    /// <summary>Runs a chunk with <paramref name="env"/> as <c>_ENV</c> (the globals when null) under
    /// <paramref name="limits"/> (the state's options when null).</summary>
    public LuaValue[] DoString(string code, LuaTable? env, LuaExecutionLimits? limits, string? chunkName = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        LimitRun? run = limits is null ? null : Core.CreateRun(limits);
        using var scope = EnterApi(run);
        Admit(env);   // ownership (LuaState.Ownership.cs)
        var f = Load(Encoding.UTF8.GetBytes(code), chunkName ?? code, env);
        return RunTopLevel(f, ReadOnlySpan<LuaValue>.Empty);
    }

    /// <summary>Calls <paramref name="function"/> under per-call <paramref name="limits"/>; see
    /// <see cref="Call(in LuaValue, ReadOnlySpan{LuaValue})"/>. Throws <see cref="LuaLimitException"/> when a limit fires
    /// (before the function starts when the token is already cancelled).</summary>
    public LuaValue[] Call(in LuaValue function, LuaExecutionLimits limits, params ReadOnlySpan<LuaValue> args)
    {
        ArgumentNullException.ThrowIfNull(limits);
        using var scope = EnterApi(Core.CreateRun(limits));
        return RunTopLevel(function, args);
    }

    // ------------------------------------------------------------------ the Safe capability rules

    private static readonly string[] SafeOsFunctions = { "clock", "date", "time", "difftime" };
    private static readonly string[] SafeIoFunctions = { "read", "write", "type" };   // and the standard files
    private static readonly string[] SafeGcOptions = { "collect", "count", "step", "isrunning" };

    // The Safe libraries, prepared once per process: a sandboxed state opens these variants directly instead of
    // opening everything and removing entries (LuaLibraryRegistry).

    /// <summary>The basic functions without dofile and loadfile, load restricted to text chunks and collectgarbage
    /// to the options that leave the collector running.</summary>
    internal static readonly LibraryTemplate SandboxBase = BaseLib.Functions.Without("dofile", "loadfile")
        .Replacing(BoundLoad(BaseLib.Functions["load"], null))
        .Replacing(RestrictedCollectGarbage(BaseLib.Functions["collectgarbage"]));
    /// <summary>os with its clock functions only.</summary>
    internal static readonly LibraryTemplate SandboxOs = OsLib.Functions.Only(SafeOsFunctions);
    /// <summary>io with read, write, type and the standard files only (which the host's options give).</summary>
    internal static readonly LibraryTemplate SandboxIo = IoLib.Functions.Only(SafeIoFunctions);
    /// <summary>debug with traceback only.</summary>
    internal static readonly LibraryTemplate SandboxDebug = new("debug", ("traceback", DebugLib.Traceback));

    /// <summary>What the Safe rules (see <see cref="LuaStateOptions.Sandboxed"/>) add once the sandboxed libraries are
    /// open (LuaLibraryRegistry; package opens without loadlib, searchpath and the file searchers): the string
    /// metatable is protected.</summary>
    private void ApplySandbox()
    {
        if (Core.TypeMetatables[(int)LuaType.String] is null) return;
        ProtectStringMetatable();
        MemoryAccount.ChargeCurrent(LibraryTemplate.SizeOf(MetaNames.Metatable));   // a shared key: see SizeOf
    }

    /// <summary>Sets <c>__metatable</c> on the shared string metatable, so <c>getmetatable("")</c> returns false
    /// instead of a table through which a script could change string methods for everyone.</summary>
    public void ProtectStringMetatable()
    {
        if (Core.TypeMetatables[(int)LuaType.String] is LuaTable mt) mt.SetStr(MetaNames.Metatable, LuaValue.False);
    }

    /// <summary>load restricted to text chunks whose default environment is <paramref name="env"/> (the globals
    /// when null): <c>load(chunk [, name [, mode [, env]]])</c> with the mode forced to "t".</summary>
    private static LuaHostFunction BoundLoad(LuaHostFunction load, LuaTable? env) => new("load", ctx =>
    {
        var th = ctx.Thread;
        int nargs = ctx.ArgCount;
        int bas = ctx.Base;
        th.EnsureSlots(bas + 4 + LuaThread.ExtraStack);
        for (int i = nargs; i < 4; i++) th.Stack[bas + i] = LuaValue.Nil;
        // A binary chunk could break the VM's invariants: text only, whatever the script asks for.
        th.Stack[bas + 2] = LuaValue.FromString("t");
        if (nargs < 4 && env is not null) th.Stack[bas + 3] = env;
        th.Top = bas + 4;
        return load.Delegate(new LuaCallContext(th, bas, nargs < 4 && env is null ? 3 : 4, ctx.Function));
    });

    /// <summary>collectgarbage without the options that stop or retune the (shared) collector.</summary>
    private static LuaHostFunction RestrictedCollectGarbage(LuaHostFunction gc) => new("collectgarbage", ctx =>
    {
        string opt = ctx.OptString(1, null)?.ToString() ?? "collect";
        if (Array.IndexOf(SafeGcOptions, opt) < 0) throw ctx.ArgError(1, $"option '{opt}' is not allowed in a sandbox");
        return gc.Delegate(ctx);
    });

    // ------------------------------------------------------------------ tenant environments

    /// <summary>The globals a tenant may have by default (<see cref="CreateEnvironment(IEnumerable{string}, bool)"/>):
    /// the pure functions and libraries, without io, os (except its clock functions), debug, package/require,
    /// dofile/loadfile and the raw metatable access to shared values.</summary>
    public static IReadOnlyList<string> SafeGlobals { get; } = new[]
    {
        "assert", "error", "ipairs", "next", "pairs", "pcall", "print", "select", "tonumber", "tostring", "type",
        "xpcall", "rawequal", "rawget", "rawlen", "rawset", "setmetatable", "getmetatable", "load", "collectgarbage",
        "_VERSION", "string", "table", "math", "utf8", "coroutine", "os.clock", "os.date", "os.time", "os.difftime",
    };

    /// <summary>Creates a tenant environment with <see cref="SafeGlobals"/>; see
    /// <see cref="CreateEnvironment(IEnumerable{string}, bool)"/>.</summary>
    public LuaTable CreateEnvironment() => CreateEnvironment(SafeGlobals);

    /// <summary>
    /// Builds an <c>_ENV</c> table for running untrusted code beside other tenants in this state
    /// (<see cref="DoString(string, LuaTable, string?)"/>). <paramref name="globals"/> lists what it may use: a global
    /// name (<c>"print"</c>; a library table such as <c>"string"</c> is copied, so the tenant cannot change it for
    /// others) or one library function (<c>"os.time"</c>). <c>_G</c> is the environment itself; <c>load</c> compiles
    /// text only and defaults to the environment (never the real globals); <c>collectgarbage</c> cannot stop the
    /// collector; <c>require</c> returns only the tenant's own whitelisted libraries. The shared string metatable is
    /// protected (<see cref="ProtectStringMetatable"/>).
    /// <para>With <paramref name="readThroughGlobals"/>, names not in the environment are read from the real globals
    /// (tables as per-tenant shallow copies, made on first use; <c>package</c>, <c>debug</c>, <c>io</c>,
    /// <c>os</c>, <c>require</c>, <c>dofile</c> and <c>loadfile</c> excepted): convenient, but only the
    /// whitelist form is airtight against a host that keeps sensitive values in nested global tables.</para>
    /// </summary>
    public LuaTable CreateEnvironment(IEnumerable<string> globals, bool readThroughGlobals = false)
    {
        ArgumentNullException.ThrowIfNull(globals);
        using var scope = EnterApi();
        ProtectStringMetatable();
        var env = new LuaTable();
        foreach (string name in globals)
        {
            int dot = name.IndexOf('.');
            if (dot < 0) { env[name] = TenantValue(name, Globals[name], env); continue; }
            string lib = name[..dot], fn = name[(dot + 1)..];
            if (Globals[lib].AsTable is not LuaTable src) continue;
            if (env[lib].AsTable is not LuaTable dst) env[lib] = dst = new LuaTable();
            dst[fn] = src[fn];
        }
        env["_G"] = env;
        env["require"] = new LuaHostFunction("require", ctx =>
        {
            LuaString n = ctx.CheckString(1);
            LuaValue v = env.Get(LuaValue.FromObject(n));
            if (v.AsTable is null) throw ctx.Error($"module '{n}' not found in this environment");
            return ctx.Return(v);
        });
        if (readThroughGlobals)
        {
            var mt = new LuaTable();
            mt["__metatable"] = false;
            mt["__index"] = new LuaHostFunction("__index", ctx =>
            {
                if (ctx[2].AsObject is not LuaString key) return ctx.Return(LuaValue.Nil);
                string k = key.ToString();
                if (k is "package" or "debug" or "io" or "os" or "require" or "dofile" or "loadfile") return ctx.Return(LuaValue.Nil);
                LuaValue v = TenantValue(k, Globals[k], env);
                if (v.AsTable is not null) env[k] = v; // cache the copy so changes stay the tenant's own
                return ctx.Return(v);
            });
            env.Metatable = mt;
        }
        return env;
    }

    /// <summary>A global's value as a tenant sees it: bound load and collectgarbage, copies of tables.</summary>
    private LuaValue TenantValue(string name, LuaValue v, LuaTable env)
    {
        if (name == "load" && v.AsObject is LuaHostFunction load) return BoundLoad(load, env);
        if (name == "collectgarbage" && v.AsObject is LuaHostFunction gc) return RestrictedCollectGarbage(gc);
        if (v.AsTable is LuaTable t && !ReferenceEquals(t, Globals))
        {
            var copy = new LuaTable();
            LuaValue key = LuaValue.Nil;
            while (t.Next(key, out LuaValue k, out LuaValue val)) { key = k; copy[k] = val; }
            return copy;
        }
        return ReferenceEquals(v.AsTable, Globals) ? env : v;
    }
}
