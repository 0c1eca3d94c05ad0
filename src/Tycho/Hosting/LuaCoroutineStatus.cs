namespace Tycho.Hosting;

/// <summary>The status of a coroutine as <c>coroutine.status</c> reports it (manual §2.6, §6.2); see
/// <see cref="LuaCoroutine.Status"/>.</summary>
public enum LuaCoroutineStatus
{
    /// <summary>Not started yet, or stopped in a yield: <see cref="LuaCoroutine.Resume(ReadOnlySpan{Runtime.LuaValue})"/> continues it.</summary>
    Suspended,
    /// <summary>Running: the caller is code inside it (a host function it called).</summary>
    Running,
    /// <summary>Active but not running: it resumed another coroutine, which is running now.</summary>
    Normal,
    /// <summary>Finished its body, stopped with an error, or closed: it cannot be resumed.</summary>
    Dead,
}
