namespace Tycho;

// State kept for the base library (collectgarbage, warn).
public sealed partial class LuaState
{
    /// <summary>collectgarbage("isrunning").</summary>
    internal bool GcRunning = true;
    /// <summary>Mode reported by collectgarbage("incremental"/"generational") (lua.c starts in generational mode).</summary>
    internal string GcMode = "generational";
    internal long GcPause = 200, GcStepMul = 100;
    /// <summary>warn's on/off switch (off by default, as in the standalone lua).</summary>
    internal bool WarningsOn;

    private LuaCollector? _collector;
    /// <summary>Weak-table and finalizer semantics (§2.5).</summary>
    internal LuaCollector Collector => _collector ??= new LuaCollector(this);

    /// <summary>Objects the host holds that the collector must treat as reachable.</summary>
    internal IEnumerable<LuaObjectWithId> GcRoots() => _hostRoots ?? Enumerable.Empty<LuaObjectWithId>();
    private HashSet<LuaObjectWithId>? _hostRoots;

    /// <summary>Keeps <paramref name="o"/> alive for the collector while the host holds it (counted by identity).</summary>
    internal void AddHostRoot(LuaObjectWithId o) => (_hostRoots ??= new(ReferenceEqualityComparer.Instance)).Add(o);
    /// <summary>Releases a root added by <see cref="AddHostRoot"/>.</summary>
    internal void RemoveHostRoot(LuaObjectWithId o) => _hostRoots?.Remove(o);

    /// <summary>Emits a warning (lua_warning) when warnings are on: "Lua warning: msg" on standard error.</summary>
    internal void EmitWarning(string message)
    {
        if (!WarningsOn) return;
        try
        {
            StandardOutput.Flush();
            var bytes = System.Text.Encoding.UTF8.GetBytes("Lua warning: " + message + "\n");
            StandardError.Write(bytes);
            StandardError.Flush();
        }
        catch (IOException) { }
    }
}
