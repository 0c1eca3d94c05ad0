using System.Text;
using Tycho.Runtime;

namespace Tycho.Hosting;

// The embedding API of LuaState: running code, calling functions, globals, handles, registrations, Reset and Info.
public sealed partial class LuaState
{
    /// <summary>Host registrations (Register*, RegisterModule, RegisterType), replayed by <see cref="Reset"/>.</summary>
    private readonly List<Action<LuaState>> _registrations = new();

    // ------------------------------------------------------------------ running code

    /// <summary>Runs a chunk (see <see cref="DoString(string, string?)"/>) and converts its first result to
    /// <typeparamref name="T"/> (nil when it returns nothing): <c>lua.DoString&lt;long&gt;("return 1 + 1")</c>.
    /// Throws <see cref="LuaSyntaxException"/>, <see cref="LuaRuntimeException"/> or <see cref="LuaConversionException"/>.</summary>
    public T DoString<T>(string code, string? chunkName = null)
    {
        var r = DoString(code, chunkName);
        return LuaConvert.To<T>(r.Length > 0 ? r[0] : LuaValue.Nil, this);
    }

    /// <summary>Compiles a chunk from a .NET string without running it (manual §4.7 <c>lua_load</c>). The chunk
    /// name follows Lua's conventions: <c>"@file.lua"</c> (shown as <c>file.lua</c>), <c>"=name"</c> (shown as
    /// <c>name</c>), otherwise source text shown as <c>[string "..."]</c>; by default the code itself.
    /// Call the result with <see cref="Call(in LuaValue, ReadOnlySpan{LuaValue})"/>. Throws <see cref="LuaSyntaxException"/>.</summary>
    public LuaClosure Load(string code, string? chunkName = null, LuaTable? env = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        using var scope = EnterApi();
        Admit(env);
        return Load(Encoding.UTF8.GetBytes(code), chunkName ?? code, env);
    }

    /// <summary>Loads and runs a Lua file (luaL_dofile) and returns all its results. The file is read through
    /// <see cref="LuaStateOptions.FileSystem"/> when set, else from disk; the chunk name is <c>"@path"</c>. A UTF-8
    /// BOM and a first line starting with <c>#</c> are skipped. Throws <see cref="FileNotFoundException"/>,
    /// <see cref="LuaSyntaxException"/> or <see cref="LuaRuntimeException"/>.</summary>
    public LuaValue[] DoFile(string path)
    {
        using var scope = EnterApi();
        var f = LoadFile(path);
        return RunTopLevel(f, ReadOnlySpan<LuaValue>.Empty);
    }

    /// <summary>Runs a Lua file (see <see cref="DoFile(string)"/>) and converts its first result.</summary>
    public T DoFile<T>(string path)
    {
        var r = DoFile(path);
        return LuaConvert.To<T>(r.Length > 0 ? r[0] : LuaValue.Nil, this);
    }

    /// <summary>Compiles a Lua file without running it (luaL_loadfile); see <see cref="DoFile(string)"/>.</summary>
    public LuaClosure LoadFile(string path, LuaTable? env = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var scope = EnterApi();
        Admit(env);
        byte[] bytes = Options.FileSystem is { } fs
            ? fs.ReadAllBytes(path) ?? throw new FileNotFoundException($"cannot open {path}", path)
            : Platform.ReadAllBytes(path);
        return Load(StripFileHeader(bytes), "@" + path, env);
    }

    /// <summary>Skips a UTF-8 BOM and a '#' first line (keeping its newline so line numbers stay right).</summary>
    internal static ReadOnlySpan<byte> StripFileHeader(ReadOnlySpan<byte> src)
    {
        if (src.StartsWith("\xEF\xBB\xBF"u8)) src = src[3..];
        if (src.Length > 0 && src[0] == '#')
        {
            int nl = src.IndexOf((byte)'\n');
            src = nl < 0 ? ReadOnlySpan<byte>.Empty : src[nl..];
        }
        return src;
    }

    // ------------------------------------------------------------------ calling

    /// <summary>Calls any callable value (a function or a value with <c>__call</c>) and returns all results
    /// (lua_call with LUA_MULTRET). Lua errors propagate as <see cref="LuaRuntimeException"/>. With
    /// <c>params ReadOnlySpan</c> the argument list itself does not allocate; the result array does.
    /// <para>The function and arguments must belong to this state: a table, Lua function, userdata or coroutine of
    /// another state throws <see cref="InvalidOperationException"/>; tables the host built outside any state join
    /// this one (and are charged to its memory). Called from a host function (a nested call), the function runs on
    /// the coroutine that called the host function, under the running call's limits; it cannot yield across the
    /// host function (Lua's error <c>attempt to yield across a C-call boundary</c>).</para></summary>
    public LuaValue[] Call(in LuaValue function, params ReadOnlySpan<LuaValue> args)
    {
        using var scope = EnterApi();
        return RunTopLevel(function, args);
    }

    /// <summary>Calls <paramref name="function"/> and converts its first result (nil when none) to <typeparamref name="TResult"/>.
    /// Does not allocate for numeric, boolean and Lua-object results.</summary>
    public TResult Call<TResult>(in LuaValue function, params ReadOnlySpan<LuaValue> args)
    {
        LuaValue first = default;
        Call(function, args, new Span<LuaValue>(ref first));
        return LuaConvert.To<TResult>(first, this);
    }

    /// <summary>
    /// The allocation-free, stack-style call: pushes <paramref name="function"/> and <paramref name="args"/> on the
    /// main thread's stack, calls, and copies up to <c>results.Length</c> results into <paramref name="results"/>
    /// (the rest of the span is set to nil). Returns the number of results the function produced (which may be more
    /// or fewer than the span holds).
    /// </summary>
    public int Call(in LuaValue function, ReadOnlySpan<LuaValue> args, Span<LuaValue> results)
    {
        using var scope = EnterApi();
        // Admission inlined for the function and each argument (Admit(span) is a call of its own).
        var owner = Owner;
        owner.Admit(function);
        foreach (ref readonly var a in args) owner.Admit(a);
        LuaThread th = CallingThread;
        int func = th.Top;
        th.EnsureSlots(func + args.Length + 1 + LuaThread.ExtraStack);
        var stack = th.Stack;
        stack[func] = function;
        // Element loops rather than span copies and clears: calls usually pass and return a few values, for which
        // the bulk helpers (one call each, three per call) cost more than the stores.
        for (int i = 0; i < args.Length; i++) stack[func + 1 + i] = args[i];
        th.Top = func + 1 + args.Length;
        try { th.CallAt(func, args.Length, -1); }
        catch (LuaRuntimeException e) { if (Core.LimitOutcome(e) is { } le) throw le; throw; }
        Core.ThrowIfLimitFired(_apiDepth <= 1);
        int n = th.Top - func;
        int copy = Math.Min(n, results.Length);
        stack = th.Stack;   // the call may have grown it
        for (int i = 0; i < copy; i++) results[i] = stack[func + i];
        for (int i = copy; i < results.Length; i++) results[i] = default;
        for (int i = 0; i < n; i++) stack[func + i] = default;   // do not keep results alive from dead stack slots
        th.Top = func;
        return n;
    }

    /// <summary>The thread API calls run on: the main thread, or in a nested call (an API call made by a host
    /// function) the coroutine running that host function, so that <c>coroutine.running()</c> and yields behave
    /// as in lua_call from a C function.</summary>
    private LuaThread CallingThread => _apiDepth > 1 && Core.Memory.Running is { } running ? running : MainThread;

    /// <summary>Calls <paramref name="function"/> on the calling thread (see <see cref="CallingThread"/>) as (part of) a top-level call: an error after
    /// a limit fired becomes a <see cref="LuaLimitException"/>, and so does a normal return after the script caught it.</summary>
    internal LuaValue[] RunTopLevel(in LuaValue function, ReadOnlySpan<LuaValue> args)
    {
        Admit(function);
        Admit(args);
        LuaValue[] r;
        try { r = CallingThread.Call(function, args); }
        catch (LuaRuntimeException e)
        {
            if (Core.LimitOutcome(e) is { } le) { le.LuaTraceback ??= e.LuaTraceback; throw le; }
            throw;
        }
        Core.ThrowIfLimitFired(_apiDepth <= 1);
        return r;
    }

    // ------------------------------------------------------------------ globals and metamethod-honouring access

    /// <summary>The global <paramref name="name"/> (raw read of <see cref="Globals"/>) converted to <typeparamref name="T"/>.
    /// Throws <see cref="LuaConversionException"/> when it does not convert.</summary>
    public T GetGlobal<T>(string name)
    {
        ThrowIfDisposed();
        return LuaConvert.To<T>(Globals[name], this);
    }

    /// <summary>Sets the global <paramref name="name"/> (raw) to a converted .NET value (functions: see
    /// <see cref="LuaFunction"/>.Create; user types get their metatable).</summary>
    public void SetGlobal<T>(string name, T value)
    {
        ThrowIfDisposed();
        Globals[name] = LuaConvert.ToValue(value, this);
    }

    /// <summary><c>obj[key]</c> honouring <c>__index</c> (lua_gettable). Throws <see cref="LuaRuntimeException"/>
    /// ("attempt to index a nil value") for non-indexable values.</summary>
    public LuaValue GetIndex(in LuaValue obj, in LuaValue key)
    {
        using var scope = EnterApi();
        Admit(obj);
        Admit(key);
        return CallingThread.GetIndex(obj, key);
    }

    /// <summary><c>obj[key] = value</c> honouring <c>__newindex</c> (lua_settable).</summary>
    public void SetIndex(in LuaValue obj, in LuaValue key, in LuaValue value)
    {
        using var scope = EnterApi();
        Admit(obj);
        Admit(key);
        Admit(value);
        CallingThread.SetIndex(obj, key, value);
    }

    /// <summary><c>#obj</c> honouring <c>__len</c> (lua_len); the result may be any value.</summary>
    public LuaValue Length(in LuaValue obj)
    {
        using var scope = EnterApi();
        Admit(obj);
        return CallingThread.Length(obj);
    }

    /// <summary><c>tostring(value)</c> honouring <c>__tostring</c> and <c>__name</c> (luaL_tolstring), decoded lossily for display.</summary>
    public string ToDisplayString(in LuaValue value)
    {
        using var scope = EnterApi();
        Admit(value);
        return CallingThread.ToDisplayString(value).ToStringLossy();
    }

    /// <summary>Converts a .NET value to a Lua value in this state (user types get their metatable); see
    /// <see cref="LuaConvert"/>. The result belongs to this state; a table, Lua function, userdata or coroutine of
    /// another state (or a handle of one) throws <see cref="InvalidOperationException"/>.</summary>
    public LuaValue ToValue<T>(T value)
    {
        using var scope = EnterApi();
        var v = LuaConvert.ToValue(value, this);
        Admit(v);
        return v;
    }

    // ------------------------------------------------------------------ handles

    /// <summary>A handle keeping <paramref name="obj"/> alive for the host (see <see cref="LuaHandle"/>). Throws
    /// <see cref="InvalidOperationException"/> when <paramref name="obj"/> belongs to another state.</summary>
    public LuaHandle<T> CreateHandle<T>(T obj) where T : LuaObject
    {
        ArgumentNullException.ThrowIfNull(obj);
        using var scope = EnterApi();
        Admit(obj);
        return new LuaHandle<T>(this, obj);
    }

    /// <summary>A handle to the global function <paramref name="name"/>. Throws <see cref="LuaConversionException"/>
    /// if the global is not a function.</summary>
    public LuaHandle<LuaFunction> GetFunction(string name) => CreateHandle(GetGlobal<LuaFunction>(name));

    /// <summary>A handle to the global table <paramref name="name"/>. Throws <see cref="LuaConversionException"/>
    /// if the global is not a table.</summary>
    public LuaHandle<LuaTable> GetTable(string name) => CreateHandle(GetGlobal<LuaTable>(name));

    /// <summary>A handle to a new empty table.</summary>
    public LuaHandle<LuaTable> CreateTable() => CreateHandle(new LuaTable());

    // ------------------------------------------------------------------ registrations (kept across Reset)

    /// <summary>Sets global <paramref name="name"/> to <paramref name="value"/> and remembers it as a host
    /// registration, so <see cref="Reset"/> restores it.</summary>
    public void Register(string name, LuaValue value)
    {
        ArgumentNullException.ThrowIfNull(name);
        AddRegistration(s => s.Globals[name] = value);
    }

    /// <summary>Registers a host function as global <paramref name="name"/> (kept across <see cref="Reset"/>):
    /// <c>lua.Register("add", LuaFunction.Create((long a, long b) =&gt; a + b))</c>.</summary>
    public void Register(string name, LuaFunction function) => Register(name, LuaValue.FromObject(function));

    /// <summary>Runs <paramref name="apply"/> now and again after every <see cref="Reset"/>.</summary>
    public void AddRegistration(Action<LuaState> apply)
    {
        ArgumentNullException.ThrowIfNull(apply);
        using var scope = EnterApi();
        apply(this);
        _registrations.Add(apply);
    }

    // ------------------------------------------------------------------ reset and info

    /// <summary>
    /// Returns the state to a fresh one with the same options: globals, registry, type metatables and module
    /// caches are emptied, the standard libraries reopened and the host registrations (<see cref="Register(string, LuaValue)"/>,
    /// <see cref="RegisterModule(string, LuaTable)"/>, <see cref="RegisterType{T}"/>, <see cref="AddRegistration"/>)
    /// replayed. The <see cref="Globals"/> and <see cref="Registry"/> table objects are kept (emptied), so handles to
    /// them stay valid; handles to other objects stay valid too but no longer reachable from Lua.
    /// Throws <see cref="InvalidOperationException"/> when called from Lua code running in this state, or while an
    /// asynchronous run of it (<see cref="CallAsync"/>, <see cref="DoStringAsync(string, string?, CancellationToken)"/>)
    /// is suspended (awaiting): it would continue on the wiped globals.
    /// </summary>
    public void Reset()
    {
        using var scope = EnterApi();
        if (_apiDepth > 1 || MainThread.FrameCount > 1)
            throw new InvalidOperationException("Reset cannot be called while Lua code of this state is running.");
        if (_asyncDrivers.Count > 0)
            throw new InvalidOperationException(
                $"Reset cannot be called while {_asyncDrivers.Count} asynchronous run(s) of {Name} are suspended; await or cancel them first.");
        Globals.Clear();
        Globals.Metatable = null;
        Registry.Clear();
        Registry.Metatable = null;
        Array.Clear(Core.TypeMetatables);
        _typeMetatables.Clear();
        _userdataCache = new();
        MainThread.Top = 0;
        Registry.SetInt(1, LuaValue.FromObject(MainThread));
        Registry.SetInt(2, Globals);
        Core.GcRunning = true; Core.WarningsOn = false;
        OpenLibraries(Options.Libraries);
        InstallHostSearcher();
        foreach (var r in _registrations) r(this);
        ClaimSetupObjects();
        Core.InitMemory(Options.MemoryLimit ?? 0);
    }

    /// <summary>Facts about the state: Lua version, estimated memory in use, the current memory limit
    /// (<see cref="MemoryLimit"/>, null when none), live handles.</summary>
    public LuaStateInfo Info
    {
        get
        {
            using var scope = EnterApi();
            long limit = Core.MemoryLimit;
            return new LuaStateInfo(Core.Profile.VersionName, Core.MemoryInUse, limit > 0 ? limit : null,
                Options.InstructionLimit, LuaLimits.MaxStack, LuaLimits.MaxCCalls, HandleCount);
        }
    }
}
