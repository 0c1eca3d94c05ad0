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
}
