namespace Tycho.Hosting;

/// <summary>The garbage collector's mode (manual §2.5.1, §2.5.2), as <c>collectgarbage("incremental")</c> and
/// <c>collectgarbage("generational")</c> select it. The values index lua's names in that order.</summary>
public enum LuaGcMode
{
    /// <summary>Incremental mode (manual §2.5.1): parameters pause, step multiplier and step size.</summary>
    Incremental,
    /// <summary>Generational mode (manual §2.5.2), the standalone interpreter's default: parameters minor and major multiplier.</summary>
    Generational,
}
