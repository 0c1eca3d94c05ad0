using Tycho.Compiler;
using Tycho.Runtime;
using Tycho.Runtime.Gc;

namespace Tycho.Hosting;

/// <summary>
/// An independent Lua state (manual §4): globals, registry, metatables of the basic types, the main thread and
/// the standard streams, with the standard libraries its options select. The embedding API's front door: every
/// public call enters through the ownership guard and the state's limits. Single-threaded: use it from one
/// thread at a time.
/// </summary>
public sealed partial class LuaState : IDisposable
{
    /// <summary>The runtime's shared state (globals, registry, threads, memory, limits).</summary>
    internal readonly GlobalState Core;

    /// <summary>The global table <c>_G</c> (the default <c>_ENV</c> of loaded chunks).</summary>
    public LuaTable Globals => Core.Globals;
    /// <summary>The registry (manual §4.3): a table only host code can reach.</summary>
    public LuaTable Registry => Core.Registry;
    /// <summary>The main thread.</summary>
    public LuaThread MainThread => Core.MainThread;
    /// <summary>The options the state was created with.</summary>
    public LuaStateOptions Options { get; }
    /// <summary>What the libraries take from the machine (<see cref="LuaStateOptions.Platform"/>, else <see cref="LuaPlatform.Host"/>).</summary>
    public ILuaPlatform Platform => Core.Platform;
    /// <summary>Buffered standard output shared by <c>print</c> and <c>io.write</c>, so their order is kept.</summary>
    public Stream StandardOutput => DeferredStream.Unwrap(Core.StandardOutput);
    /// <summary>Standard error (warnings, <c>io.stderr</c>).</summary>
    public Stream StandardError => DeferredStream.Unwrap(Core.StandardError);
    /// <summary>Standard input (<c>io.read</c>, <c>io.stdin</c>).</summary>
    public Stream StandardInput => DeferredStream.Unwrap(Core.StandardInput);

    /// <summary>Creates a state with the standard libraries the options select (all of them by default).</summary>
    public LuaState(LuaStateOptions? options = null)
    {
        StaticLuaObjects.EnsureInitialized();
        // A state created by a host function of another state must not charge that state for its setup.
        var outer = MemoryAccount.Suspend();
        try
        {
            Options = options ?? new LuaStateOptions();
            Name = Options.Name ?? DefaultName();
            Owner = new StateOwner(this);
            var platform = Options.Platform ?? LuaPlatform.Host;
            // The platform's standard streams open on first use (DeferredStream: most states never touch stdin).
            Core = new GlobalState(platform, Options.Output ?? new DeferredStream(platform.OpenStandardOutput),
                Options.ErrorOutput ?? new DeferredStream(platform.OpenStandardError),
                Options.Input ?? new DeferredStream(platform.OpenStandardInput))
            {
                Host = this,
                Profile = ProfileOf(Options.LanguageVersion),
                OutputIsProcessStdout = Options.Output is null,
                InstructionLimit = Options.InstructionLimit,
                Timeout = Options.Timeout,
                ReadSourceFile = Options.FileSystem is { } fs ? fs.ReadAllBytes : null,
            };
            Core.HostRoots = HandleObjects;
            Core.Memory.Owner = Owner;
            // The setup runs under the state's own account: its objects are owned and charged as they are
            // created, which measures the fresh state without a collection cycle (InitMemoryFromCharges).
            var memory = Core.Memory.Enter(MainThread);
            try
            {
                Core.ChargeCoreObjects();
                OpenLibraries(Options.Libraries);
                InstallHostSearcher();
                ClaimSetupObjects();
            }
            finally { memory.Exit(); }
            Core.InitMemoryFromCharges(Options.MemoryLimit ?? 0);
        }
        finally { MemoryAccount.Resume(outer); }
    }

    /// <summary>The dialect of Lua the state speaks (<see cref="LuaStateOptions.LanguageVersion"/>).</summary>
    public LuaLanguageVersion LanguageVersion => Options.LanguageVersion;

    /// <summary>The runtime's profile of <paramref name="version"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined <see cref="LuaLanguageVersion"/>.</exception>
    internal static LanguageProfile ProfileOf(LuaLanguageVersion version) =>
        (version == LuaLanguageVersion.Lua54 ? LanguageProfile.Lua54 : LanguageProfile.ForMinor((int)version - 50))
        ?? throw new ArgumentOutOfRangeException(nameof(version), version, "not a Lua version Tycho speaks");

    /// <summary>Compiles the interpreter's dispatch loop now (it is excluded from ReadyToRun and otherwise compiled
    /// at the first Lua call of the process). A host that starts scripts under latency constraints can call it once,
    /// e.g. on a background thread at start-up; it is thread-safe and does nothing the second time.</summary>
    public static void PrepareInterpreter() => LuaThread.PrepareDispatchLoop();

    /// <summary>The state that owns <paramref name="thread"/>.</summary>
    internal static LuaState Of(LuaThread thread) => (LuaState)thread.Global.Host!;

    private void OpenLibraries(LuaLibraries libs)
    {
        LuaLibraryRegistry.OpenAll(Core, libs, Options.Sandboxed);
        if (Options.Sandboxed) ApplySandbox(); // LuaState.Sandbox.cs
    }

    /// <summary>The metatable of any value (tables and userdata have their own; other types share one per type).</summary>
    public LuaTable? GetMetatable(in LuaValue v) => Core.GetMetatable(v);

    /// <summary>Sets the shared metatable for values of type <paramref name="type"/> (not tables or userdata).</summary>
    public void SetTypeMetatable(LuaType type, LuaTable? mt) => Core.SetTypeMetatable(type, mt);

    /// <summary>
    /// Loads a chunk without running it (manual §3.3.2, §4.7 <c>lua_load</c>): Lua source text, or a binary chunk
    /// (starting with ESC) as <c>LuaFunction.Dump</c> (<see cref="LuaFunctionExtensions"/>), <c>string.dump</c> or luac write them, as
    /// <paramref name="mode"/> allows. <paramref name="chunkName"/> is as lua's: <c>"@file.lua"</c>, <c>"=stdin"</c>,
    /// or source text (shown as <c>[string "..."]</c>). The function's first upvalue <c>_ENV</c> is
    /// <paramref name="env"/> or the globals. A binary chunk is untrusted input: it goes through the undumper's
    /// checks and the bytecode verifier, so a truncated or corrupted one is an error, never a crash.
    /// Throws <see cref="LuaSyntaxException"/> on a syntax error, a rejected binary chunk
    /// (<c>NAME: bad binary format (truncated chunk)</c>, ...) or a chunk the mode refuses (<c>attempt to load a
    /// binary chunk (mode is 't')</c>); <see cref="LuaLimitException"/> when loading passes the state's memory
    /// limit, instruction limit or timeout; <see cref="ArgumentOutOfRangeException"/> for a mode that is not a
    /// combination of <see cref="LuaChunkMode.Text"/> and <see cref="LuaChunkMode.Binary"/>.
    /// </summary>
    public LuaClosure Load(ReadOnlySpan<byte> chunk, string chunkName, LuaChunkMode mode = LuaChunkMode.TextOrBinary, LuaTable? env = null)
    {
        ArgumentNullException.ThrowIfNull(chunkName);
        if (mode is not (LuaChunkMode.Text or LuaChunkMode.Binary or LuaChunkMode.TextOrBinary))
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "a chunk mode must allow text, binary chunks or both");
        using var scope = EnterApi();   // loading is charged to the call's limits like running (see CompileMeter)
        Admit(env);   // an env of another state is refused (LuaState.Ownership.cs)
        if (ChunkLoader.ModeError(ChunkLoader.IsBinary(chunk), ModeString(mode)) is { } refused)
            throw new LuaSyntaxException(refused);
        var memory = Core.Memory.Enter(Core.Memory.Running ?? MainThread);   // loaded code is charged to this state
        try
        {
            var proto = ChunkLoader.Load(chunk, chunkName, Core);
            return GlobalState.CreateMainClosure(proto, env is null ? Globals : env);
        }
        catch (Exception e) when (e is not (LuaException or OutOfMemoryException or InsufficientExecutionStackException))
        {
            // A compiler bug must reach the host as a Lua error, like every other failure of a chunk.
            throw new LuaRuntimeException(LuaValue.FromString(InternalErrors.Text + " in load"), e);
        }
        finally { memory.Exit(); }
    }

    /// <summary>Loads a chunk of source text or a binary chunk (see
    /// <see cref="Load(ReadOnlySpan{byte}, string, LuaChunkMode, LuaTable?)"/>, with <see cref="LuaChunkMode.TextOrBinary"/>)
    /// whose <c>_ENV</c> is <paramref name="env"/>, or the globals when null.</summary>
    public LuaClosure Load(ReadOnlySpan<byte> source, string chunkName, LuaTable? env) =>
        Load(source, chunkName, LuaChunkMode.TextOrBinary, env);

    /// <summary>lua_load's mode string for <paramref name="mode"/>.</summary>
    private static string ModeString(LuaChunkMode mode) => mode switch
    {
        LuaChunkMode.Text => "t",
        LuaChunkMode.Binary => "b",
        _ => "bt",
    };

    /// <summary>Loads and runs a chunk given as a .NET string (UTF-8), returning all its results. When called from a host function, the chunk runs on the calling coroutine, as <see cref="Call(in LuaValue, ReadOnlySpan{LuaValue})"/>.</summary>
    public LuaValue[] DoString(string code, string? chunkName = null)
    {
        using var scope = EnterApi();
        var bytes = System.Text.Encoding.UTF8.GetBytes(code);
        var f = Load(bytes, chunkName ?? code);
        return RunTopLevel(f, ReadOnlySpan<LuaValue>.Empty);
    }

    /// <summary>Registers a library table under <paramref name="name"/> in the globals and in <c>package.loaded</c>.</summary>
    public LuaTable RegisterLibrary(string name, params (string Name, LuaHostDelegate Fn)[] functions) =>
        Core.RegisterLibrary(name, functions);

    /// <summary>Flushes the output streams and ends the state: its handles become unusable and later API calls
    /// throw <see cref="ObjectDisposedException"/>. Calling it again does nothing.</summary>
    public void Dispose()
    {
        if (_disposed || _closing) return;
        _closing = true;
        // lua_close: every pending finalizer runs (§2.5.3), newest first.
        // Finalizers run under the state's limits, so a looping __gc cannot hang Dispose.
        if (_apiDepth == 0) Core.BeginDefaultRun();
        try { Core.FinalizeAll(); }
        finally
        {
            MarkDisposed(); // sets _disposed: host handles report themselves disposed (LuaState.Guard.cs)
            ReleaseAllHandleSlots();
            try { Core.StandardOutput.Flush(); } catch (IOException) { }
        }
    }

    private bool _disposed;
    private bool _closing;
}
