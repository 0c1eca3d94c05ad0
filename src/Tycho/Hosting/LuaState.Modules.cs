using Tycho.Runtime;

namespace Tycho.Hosting;

// Modules for require (manual §6.3): registered tables and loaders, and a searcher over the host file system.
public sealed partial class LuaState
{
    private static readonly LuaString PreloadKey = LuaString.From("_PRELOAD");

    /// <summary>Makes <c>require(name)</c> return <paramref name="module"/> (stored in <c>package.loaded</c>; no global
    /// is set). Kept across <see cref="Reset"/>.</summary>
    public void RegisterModule(string name, LuaTable module)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(module);
        AddRegistration(s => s.Core.LoadedTable[name] = module);
    }

    /// <summary>Registers a loader in <c>package.preload</c>: the first <c>require(name)</c> calls it with the
    /// module name and <c>":preload:"</c> and caches its result. Kept across <see cref="Reset"/>.</summary>
    public void RegisterModule(string name, LuaFunction loader)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(loader);
        AddRegistration(s => s.PreloadTable[name] = loader);
    }

    /// <summary>Registers a module built on first <c>require(name)</c> by <paramref name="factory"/> (run in the
    /// state; its result is converted with <see cref="LuaConvert"/>). Kept across <see cref="Reset"/>.</summary>
    public void RegisterModule(string name, Func<LuaState, object?> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        RegisterModule(name, LuaFunction.Create((LuaState s) => LuaConvert.ToValueObject(factory(s), s), name));
    }

    /// <summary><c>package.preload</c> (registry._PRELOAD, shared with the package library).</summary>
    private LuaTable PreloadTable
    {
        get
        {
            if (Registry.GetStr(PreloadKey).AsTable is LuaTable t) return t;
            t = new LuaTable();
            Registry.SetStr(PreloadKey, t);
            return t;
        }
    }

    /// <summary>
    /// When <see cref="LuaStateOptions.FileSystem"/> is set, inserts a searcher into <c>package.searchers</c> right
    /// after the preload searcher: it tries <see cref="LuaStateOptions.ModuleSearchPaths"/> in the host file system
    /// (before <c>package.path</c> on disk). Uses the standard searcher protocol, so the package library needs no change.
    /// </summary>
    private void InstallHostSearcher()
    {
        if (Options.FileSystem is null) return;
        if (Core.LoadedTable["package"].AsTable is not LuaTable pkg || pkg["searchers"].AsTable is not LuaTable searchers) return;
        long n = searchers.Length;
        int at = Math.Min(2, (int)n + 1);
        for (long i = n; i >= at; i--) searchers.SetInt(i + 1, searchers.GetInt(i));
        searchers.SetInt(at, new LuaHostFunction("searcher_host", HostSearcher));
    }

    private static int HostSearcher(LuaCallContext ctx)
    {
        LuaState state = ctx.State;
        ILuaFileSystem fs = state.Options.FileSystem!;
        LuaString name = ctx.CheckString(1);
        string rel = name.ToStringLossy().Replace('.', '/');
        var tried = new System.Text.StringBuilder();
        foreach (string template in state.Options.ModuleSearchPaths)
        {
            string path = template.Replace("?", rel);
            if (!fs.FileExists(path))
            {
                if (tried.Length > 0) tried.Append("\n\t");
                tried.Append("no host file '").Append(path).Append('\'');
                continue;
            }
            byte[] bytes = fs.ReadAllBytes(path) ?? Array.Empty<byte>();
            LuaClosure f;
            try { f = state.Load(StripFileHeader(bytes), "@" + path); }
            catch (LuaRuntimeException e)
            {
                throw new LuaRuntimeException($"error loading module '{name}' from file '{path}':\n\t{e.Message}");
            }
            return ctx.Return(f, path);
        }
        return ctx.Return(tried.ToString());
    }
}
