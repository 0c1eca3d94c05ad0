using Tycho.Runtime;
using Tycho.Runtime.Gc;

namespace Tycho.Library;

/// <summary>
/// The functions of a standard library, prepared once per process: names encoded (and hashed) as Lua strings, each
/// function wrapped in its <see cref="LuaHostFunction"/>. Opening the library in a state then builds its table
/// at its final size from these, with no per-state name encoding, delegate or function allocation, and no
/// rehashing (state creation is dominated by library opening otherwise).
/// <para>Sharing is safe: Lua strings are immutable, and host functions without upvalues are state-free (as
/// <c>LuaFunction.Create</c>'s are, and lua's light C functions); functions that need a state's data (math's
/// generator, package's searchers) are made per state by the library instead.</para>
/// </summary>
internal sealed class LibraryTemplate
{
    private readonly LuaString[] _keys;
    private readonly LuaHostFunction[] _functions;

    /// <summary>The library's global name (<c>"string"</c>).</summary>
    public LuaString Name { get; }

    /// <summary>The number of functions.</summary>
    public int Count => _keys.Length;

    /// <summary>What the collector counts for the shared names and functions when it finds them in a state.</summary>
    private readonly long _sharedBytes;

    private LibraryTemplate(LuaString name, LuaString[] keys, LuaHostFunction[] functions)
    {
        Name = name; _keys = keys; _functions = functions;
        foreach (var k in keys) _sharedBytes += MemorySizes.String(k.Length);
        foreach (var f in functions) _sharedBytes += MemorySizes.HostFunction(f.UpValues.Length);
    }

    /// <summary>A template of ordinary functions (each named by its key in error messages).</summary>
    public LibraryTemplate(string name, params (string Name, LuaHostDelegate Fn)[] functions)
        : this(name, Array.ConvertAll(functions, f => new LuaHostFunction(f.Name, f.Fn))) { }

    /// <summary>A template of prepared functions (for those the VM treats specially, see <see cref="HostFunctionKind"/>),
    /// each under its <see cref="LuaHostFunction.Name"/>.</summary>
    public LibraryTemplate(string name, params LuaHostFunction[] functions)
        : this(LuaString.FromAscii(name), Array.ConvertAll(functions, f => LuaString.FromAscii(f.Name)), functions) { }

    /// <summary>
    /// What the collector counts for process-wide strings and host functions a library puts in a state besides its
    /// template (field names, metamethod names, constant values): a library charges it when it opens, so that the
    /// fresh state's count is what a cycle measures (GlobalState.InitMemoryFromCharges). Computed once per library.
    /// </summary>
    public static long SizeOf(params LuaObject[] shared)
    {
        long bytes = 0;
        foreach (var o in shared)
            bytes += o switch
            {
                LuaString s => MemorySizes.String(s.Length),
                LuaHostFunction f => MemorySizes.HostFunction(f.UpValues.Length),
                _ => throw new ArgumentException("only strings and host functions are shared", nameof(shared)),
            };
        return bytes;
    }

    /// <summary>The function named <paramref name="name"/>.</summary>
    public LuaHostFunction this[string name] => Array.Find(_functions, f => f.Name == name)
        ?? throw new ArgumentException($"no function '{name}' in {Name}", nameof(name));

    /// <summary>Whether the library has a function named <paramref name="name"/>.</summary>
    public bool Contains(string name) => Array.Exists(_functions, f => f.Name == name);

    /// <summary>The same library restricted to <paramref name="keep"/> (a sandbox's variant).</summary>
    public LibraryTemplate Only(params string[] keep) => Where(n => Array.IndexOf(keep, n) >= 0);

    /// <summary>The same library without <paramref name="drop"/>.</summary>
    public LibraryTemplate Without(params string[] drop) => Where(n => Array.IndexOf(drop, n) < 0);

    /// <summary>The same library with <paramref name="function"/> in place of the function of the same name.</summary>
    public LibraryTemplate Replacing(LuaHostFunction function)
    {
        var functions = (LuaHostFunction[])_functions.Clone();
        functions[Array.IndexOf(functions, this[function.Name])] = function;
        return new LibraryTemplate(Name, _keys, functions);
    }

    /// <summary>The same library with <paramref name="functions"/> added, each replacing a function of the same name
    /// if there is one (a version's variant or its extra functions, see <see cref="LanguageProfile"/>).</summary>
    public LibraryTemplate With(params LuaHostFunction[] functions)
    {
        var keys = new List<LuaString>(_keys);
        var fns = new List<LuaHostFunction>(_functions);
        foreach (var f in functions)
        {
            int i = keys.FindIndex(k => k.ToString() == f.Name);
            if (i >= 0) { fns[i] = f; continue; }
            keys.Add(LuaString.FromAscii(f.Name));
            fns.Add(f);
        }
        return new LibraryTemplate(Name, keys.ToArray(), fns.ToArray());
    }

    /// <summary>The same library with <paramref name="functions"/> (ordinary functions named by their keys) added or
    /// replacing those of the same name.</summary>
    public LibraryTemplate With(params (string Name, LuaHostDelegate Fn)[] functions) =>
        With(Array.ConvertAll(functions, f => new LuaHostFunction(f.Name, f.Fn)));

    /// <summary>The same library with <paramref name="function"/> also (or instead) under <paramref name="key"/>.</summary>
    public LibraryTemplate WithAs(string key, LuaHostFunction function)
    {
        var keys = new List<LuaString>(_keys);
        var fns = new List<LuaHostFunction>(_functions);
        int i = keys.FindIndex(k => k.ToString() == key);
        if (i >= 0) fns[i] = function;
        else { keys.Add(LuaString.FromAscii(key)); fns.Add(function); }
        return new LibraryTemplate(Name, keys.ToArray(), fns.ToArray());
    }

    /// <summary>The same library with its function <paramref name="existing"/> also under <paramref name="key"/>
    /// (one function, two names: 5.1's <c>string.gfind</c> is <c>string.gmatch</c>).</summary>
    public LibraryTemplate Alias(string key, string existing) => WithAs(key, this[existing]);

    /// <summary>The same library giving floats where it gave integers, for the versions without the integer subtype
    /// (see <see cref="FloatResults"/>).</summary>
    public LibraryTemplate WithFloatResults() =>
        new(Name, _keys, Array.ConvertAll(_functions, FloatResults.Wrap));

    private LibraryTemplate Where(Func<string, bool> keep)
    {
        var keys = new List<LuaString>();
        var functions = new List<LuaHostFunction>();
        for (int i = 0; i < _keys.Length; i++)
        {
            if (!keep(_functions[i].Name)) continue;
            keys.Add(_keys[i]);
            functions.Add(_functions[i]);
        }
        return new LibraryTemplate(Name, keys.ToArray(), functions.ToArray());
    }

    /// <summary>A new table holding the functions, with room for <paramref name="extra"/> more fields.</summary>
    public LuaTable CreateTable(int extra = 0)
    {
        var t = new LuaTable(0, _keys.Length + extra);
        AddTo(t);
        return t;
    }

    /// <summary>Adds the functions to <paramref name="t"/> (the base library's go straight into the globals).</summary>
    public void AddTo(LuaTable t)
    {
        // Charged to the state being built like the objects it would otherwise have made, so that its count is
        // what a cycle measures (GlobalState.InitMemoryFromCharges).
        MemoryAccount.ChargeCurrent(_sharedBytes);
        for (int i = 0; i < _keys.Length; i++) t.VmSetStr(_keys[i], _functions[i]);
    }

    /// <summary>Opens the library (luaL_requiref with glb true): a new table of its functions, with room for
    /// <paramref name="extra"/> more fields, set as global <see cref="Name"/> and in <c>package.loaded</c>.</summary>
    public LuaTable Open(GlobalState state, int extra = 0)
    {
        var t = CreateTable(extra);
        MemoryAccount.ChargeCurrent(MemorySizes.String(Name.Length));   // the shared name, see SizeOf
        state.Globals.VmSetStr(Name, t);
        state.LoadedTable.VmSetStr(Name, t);
        return t;
    }
}
