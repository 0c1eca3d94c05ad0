using Tycho.Compiler;
using Tycho.Syntax;

namespace Tycho;

/// <summary>
/// An independent Lua state (manual §4): globals, registry, metatables of the basic types, the main thread and
/// the standard streams. Single-threaded: use it from one thread at a time.
/// </summary>
public sealed partial class LuaState : IDisposable
{
    /// <summary>The global table <c>_G</c> (the default <c>_ENV</c> of loaded chunks).</summary>
    public LuaTable Globals { get; }
    /// <summary>The registry (manual §4.3): a table only host code can reach.</summary>
    public LuaTable Registry { get; }
    /// <summary>The main thread.</summary>
    public LuaThread MainThread { get; }
    /// <summary>The options the state was created with.</summary>
    public LuaStateOptions Options { get; }

    /// <summary>Metatables for non-table, non-userdata types, indexed by <see cref="LuaType"/> (strings get one from the string library).</summary>
    internal readonly LuaTable?[] TypeMetatables = new LuaTable?[9];

    /// <summary>What the libraries take from the machine (<see cref="LuaStateOptions.Platform"/>, else <see cref="LuaPlatform.Host"/>).</summary>
    public ILuaPlatform Platform { get; }

    /// <summary>Buffered standard output shared by <c>print</c> and <c>io.write</c>, so their order is kept.</summary>
    public Stream StandardOutput { get; }
    /// <summary>Standard error (warnings, <c>io.stderr</c>).</summary>
    public Stream StandardError { get; }
    /// <summary>Standard input (<c>io.read</c>, <c>io.stdin</c>).</summary>
    public Stream StandardInput { get; }

    /// <summary>Creates a state with the standard libraries the options select (all of them by default).</summary>
    public LuaState(LuaStateOptions? options = null)
    {
        StaticLuaObjects.EnsureInitialized();
        // A state created by a host function of another state must not charge that state for its setup.
        var outer = MemoryAccount.Suspend();
        try
        {
            Options = options ?? new LuaStateOptions();
            Globals = new LuaTable();
            Registry = new LuaTable();
            MainThread = new LuaThread(this);
            Platform = Options.Platform ?? LuaPlatform.Host;
            StandardOutput = Options.Output ?? Platform.OpenStandardOutput();
            StandardError = Options.ErrorOutput ?? Platform.OpenStandardError();
            StandardInput = Options.Input ?? Platform.OpenStandardInput();
            Registry.SetInt(1, LuaValue.FromObject(MainThread));
            Registry.SetInt(2, Globals);
            OpenLibraries(Options.Libraries);
            InstallHostSearcher();
            InitMemory();
        }
        finally { MemoryAccount.Resume(outer); }
    }

    private void OpenLibraries(LuaLibraries libs)
    {
        LuaLibraryRegistry.OpenAll(this, libs);
        if (Options.Sandboxed) ApplySandbox(); // Hosting/LuaState.Sandbox.cs
    }

    /// <summary>The metatable of any value (tables and userdata have their own; other types share one per type).</summary>
    public LuaTable? GetMetatable(in LuaValue v)
    {
        switch (v.O)
        {
            case LuaTable t: return t.Metatable;
            case LuaUserdata u: return u.Metatable;
            case null: return TypeMetatables[0];
            case LuaObject o: return TypeMetatables[(int)o.LuaType];
            default: return TypeMetatables[(int)v.Type];
        }
    }

    /// <summary>Sets the shared metatable for values of type <paramref name="type"/> (not tables or userdata).</summary>
    public void SetTypeMetatable(LuaType type, LuaTable? mt) => TypeMetatables[(int)type] = mt;

    /// <summary>
    /// Compiles a chunk of Lua source text (manual §3.3.2, §4.7 <c>lua_load</c>) into a function without running
    /// it. <paramref name="chunkName"/> is as lua's: <c>"@file.lua"</c>, <c>"=stdin"</c>, or source text (shown as
    /// <c>[string "..."]</c>). The function's single upvalue <c>_ENV</c> is <paramref name="env"/> or the globals.
    /// Throws <see cref="LuaSyntaxException"/> on a syntax error.
    /// </summary>
    public LuaClosure Load(ReadOnlySpan<byte> source, string chunkName, LuaTable? env = null)
    {
        var memory = Memory.Enter(Memory.Running ?? MainThread);   // compiled code is charged to this state
        try
        {
            var proto = CompileChunk(source, chunkName);
            return CreateMainClosure(proto, env is null ? Globals : env);
        }
        finally { memory.Exit(); }
    }

    /// <summary>Compiles source text to a prototype (parser then compiler).</summary>
    internal static Prototype CompileChunk(ReadOnlySpan<byte> source, string chunkName)
    {
        if (source.Length < LargeSourceBytes) return ParseAndCompile(source, chunkName);
        // A long source can nest deeply (a left-deep chain of 100000 operators is legal Lua): compile it on a
        // thread with a large stack so the recursive tree walks can never overflow the caller's stack.
        byte[] copy = source.ToArray();
        Prototype? result = null;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try { result = ParseAndCompile(copy, chunkName); }
            catch (Exception e) { failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e); }
        }, CompilerStackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result!;
    }

    /// <summary>Sources shorter than this (in bytes) cannot nest deeply enough to need the big-stack thread.</summary>
    private const int LargeSourceBytes = 4096;
    /// <summary>Stack size of the compilation thread for large sources.</summary>
    private const int CompilerStackBytes = 512 * 1024 * 1024;

    private static Prototype ParseAndCompile(ReadOnlySpan<byte> source, string chunkName)
    {
        Chunk chunk = Parser.Parse(source, chunkName);
        return LuaCompiler.Compile(chunk);
    }

    /// <summary>Makes the closure for a main chunk: its first upvalue (if any) is set to <paramref name="env"/>.</summary>
    internal static LuaClosure CreateMainClosure(Prototype proto, LuaValue env)
    {
        MemoryAccount.ChargeCurrent(MemorySizes.PrototypeTree(proto));   // loaded code counts too (see MemoryAccount)
        var cl = new LuaClosure(proto);
        for (int i = 0; i < cl.UpValues.Length; i++) cl.UpValues[i] = new UpValue(LuaValue.Nil);
        if (cl.UpValues.Length > 0) cl.UpValues[0].Closed = env;
        return cl;
    }

    /// <summary>Loads and runs a chunk given as a .NET string (UTF-8), returning all its results.</summary>
    public LuaValue[] DoString(string code, string? chunkName = null)
    {
        using var scope = EnterApi();
        var bytes = System.Text.Encoding.UTF8.GetBytes(code);
        var f = Load(bytes, chunkName ?? code);
        return RunTopLevel(f, ReadOnlySpan<LuaValue>.Empty);
    }

    /// <summary>Registers a library table under <paramref name="name"/> in the globals and in <c>package.loaded</c>.</summary>
    public LuaTable RegisterLibrary(string name, params (string Name, LuaHostDelegate Fn)[] functions)
    {
        var t = new LuaTable(0, functions.Length);
        foreach (var (n, fn) in functions) t.SetStr(LuaString.From(n), new LuaHostFunction(n, fn));
        Globals.SetStr(LuaString.From(name), t);
        LoadedTable.SetStr(LuaString.From(name), t);
        return t;
    }

    /// <summary><c>package.loaded</c> (registry["_LOADED"]).</summary>
    internal LuaTable LoadedTable
    {
        get
        {
            var key = LuaString.FromAscii("_LOADED");
            if (Registry.GetStr(key).AsTable is LuaTable t) return t;
            t = new LuaTable();
            Registry.SetStr(key, t);
            return t;
        }
    }

    /// <summary>Flushes the output streams and ends the state: its handles become unusable and later API calls
    /// throw <see cref="ObjectDisposedException"/>. Calling it again does nothing.</summary>
    public void Dispose()
    {
        if (_disposed || _closing) return;
        _closing = true;
        // lua_close: every pending finalizer runs (§2.5.3), newest first.
        // Finalizers run under the state's limits, so a looping __gc cannot hang Dispose.
        if (_apiDepth == 0) BeginDefaultRun();
        try { _collector?.FinalizeAll(MainThread); }
        finally
        {
            MarkDisposed(); // sets _disposed and invalidates host handles (Hosting/LuaState.Guard.cs)
            try { StandardOutput.Flush(); } catch (IOException) { }
        }
    }

    private bool _disposed;
    private bool _closing;
}

/// <summary>The standard libraries, one flag each (manual §6). Common combinations are in <see cref="LuaLibrarySets"/>.</summary>
[Flags]
public enum LuaLibraries
{
    /// <summary>No library.</summary>
    None = 0,
    /// <summary>Basic functions (§6.1).</summary>
    Base = 1 << 0,
    /// <summary>package and require (§6.3).</summary>
    Package = 1 << 1,
    /// <summary>coroutine (§6.2).</summary>
    Coroutine = 1 << 2,
    /// <summary>string (§6.4).</summary>
    String = 1 << 3,
    /// <summary>utf8 (§6.5).</summary>
    Utf8 = 1 << 4,
    /// <summary>table (§6.6).</summary>
    Table = 1 << 5,
    /// <summary>math (§6.7).</summary>
    Math = 1 << 6,
    /// <summary>io (§6.8).</summary>
    IO = 1 << 7,
    /// <summary>os (§6.9).</summary>
    OS = 1 << 8,
    /// <summary>debug (§6.10).</summary>
    Debug = 1 << 9,
}

/// <summary>Options for a new <see cref="LuaState"/>.</summary>
public sealed partial class LuaStateOptions
{
    /// <summary>Libraries to open; all by default (<see cref="LuaLibrarySets.All"/>).</summary>
    public LuaLibraries Libraries { get; init; } = LuaLibrarySets.All;
    /// <summary>Standard output for <c>print</c>/<c>io.write</c>; the platform's (the process's stdout, buffered, for the host platform) when null.</summary>
    public Stream? Output { get; init; }
    /// <summary>Standard error; the platform's when null.</summary>
    public Stream? ErrorOutput { get; init; }
    /// <summary>Standard input; the platform's when null.</summary>
    public Stream? Input { get; init; }
}
