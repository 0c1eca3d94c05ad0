using Tycho.Runtime.Gc;

namespace Tycho.Runtime;

/// <summary>
/// What the threads of one Lua state share (lstate.h's <c>global_State</c>): globals, registry, metatables of the
/// basic types, the main thread, the standard streams, the platform, memory accounting, the collector and the
/// running call's limits. The public <c>Tycho.Hosting.LuaState</c> owns one and is its <see cref="Host"/>; the
/// runtime and the libraries see only this type, so they never depend on the embedding API.
/// </summary>
internal sealed partial class GlobalState
{
    /// <summary>The dialect of Lua the state speaks: every chunk it compiles and every library it opens follow it.</summary>
    internal LanguageProfile Profile { get; init; } = LanguageProfile.Lua54;
    /// <summary>The global table <c>_G</c> (the default <c>_ENV</c> of loaded chunks).</summary>
    internal LuaTable Globals { get; }
    /// <summary>The registry (manual §4.3): a table only host code can reach.</summary>
    internal LuaTable Registry { get; }
    /// <summary>The main thread.</summary>
    internal LuaThread MainThread { get; }

    /// <summary>Metatables for non-table, non-userdata types, indexed by <see cref="LuaType"/> (strings get one from the string library).</summary>
    internal readonly LuaTable?[] TypeMetatables = new LuaTable?[9];

    /// <summary>What the libraries take from the machine (files, clock, environment, processes).</summary>
    internal ILuaPlatform Platform { get; }
    /// <summary>Buffered standard output shared by <c>print</c> and <c>io.write</c>, so their order is kept.</summary>
    internal Stream StandardOutput { get; }
    /// <summary>Standard error (warnings, <c>io.stderr</c>).</summary>
    internal Stream StandardError { get; }
    /// <summary>Standard input (<c>io.read</c>, <c>io.stdin</c>).</summary>
    internal Stream StandardInput { get; }

    /// <summary>True when <see cref="StandardOutput"/> is the process's own standard output (a child process run by
    /// <c>os.execute</c> may then write to it directly).</summary>
    internal bool OutputIsProcessStdout;

    /// <summary>The embedding object that owns this state (a <c>Tycho.Hosting.LuaState</c>); null for a bare runtime.
    /// Typed <see cref="object"/> because the runtime layer does not know the hosting layer.</summary>
    internal object? Host;

    /// <summary>Objects the host holds through handles (roots for the collector); set by the host.</summary>
    internal Func<List<LuaObject>>? HostRoots;

    /// <summary>Creates the shared state and its main thread; the standard libraries are opened by the host.</summary>
    internal GlobalState(ILuaPlatform platform, Stream output, Stream error, Stream input)
    {
        // At their final size for the standard libraries (37 globals, a few registry entries): growing them key by
        // key rehashed the globals six times per new state.
        Globals = new LuaTable(0, 40);
        Registry = new LuaTable(2, 6);
        MainThread = new LuaThread(this);
        Platform = platform;
        StandardOutput = output;
        StandardError = error;
        StandardInput = input;
        Registry.SetInt(1, LuaValue.FromObject(MainThread));
        Registry.SetInt(2, Globals);
    }

    /// <summary>The metatable of any value (tables and userdata have their own; other types share one per type).</summary>
    internal LuaTable? GetMetatable(in LuaValue v)
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
    internal void SetTypeMetatable(LuaType type, LuaTable? mt) => TypeMetatables[(int)type] = mt;

    /// <summary>Makes the closure for a main chunk: its first upvalue (if any) is set to <paramref name="env"/>.</summary>
    internal static LuaClosure CreateMainClosure(Prototype proto, LuaValue env)
    {
        MemoryAccount.ChargeCurrent(MemorySizes.PrototypeTree(proto));   // loaded code counts too (see MemoryAccount)
        var cl = new LuaClosure(proto);
        for (int i = 0; i < cl.UpValues.Length; i++) cl.UpValues[i] = new UpValue(LuaValue.Nil);
        if (cl.UpValues.Length > 0) cl.UpValues[0].Closed = env;
        return cl;
    }

    private static readonly LuaString LoadedKey = LuaString.FromAscii("_LOADED");

    /// <summary><c>package.loaded</c> (registry["_LOADED"]).</summary>
    internal LuaTable LoadedTable
    {
        get
        {
            if (Registry.VmGetStr(LoadedKey).AsTable is LuaTable t) return t;
            t = new LuaTable(0, 12);   // room for the standard libraries
            MemoryAccount.ChargeCurrent(MemorySizes.String(LoadedKey.Length));   // shared: see LibraryTemplate.SizeOf
            Registry.VmSetStr(LoadedKey, t);
            return t;
        }
    }

    /// <summary>Registers a library table under <paramref name="name"/> in the globals and in <c>package.loaded</c>
    /// (luaL_requiref with glb true).</summary>
    internal LuaTable RegisterLibrary(string name, params (string Name, LuaHostDelegate Fn)[] functions)
    {
        var t = new LuaTable(0, functions.Length);
        foreach (var (n, fn) in functions) t.SetStr(LuaString.From(n), new LuaHostFunction(n, fn));
        Globals.SetStr(LuaString.From(name), t);
        LoadedTable.SetStr(LuaString.From(name), t);
        return t;
    }
}
