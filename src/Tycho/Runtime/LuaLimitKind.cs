namespace Tycho.Runtime;

/// <summary>Which execution limit stopped a script (see <see cref="LuaLimitException"/>).</summary>
public enum LuaLimitKind
{
    /// <summary>The instruction budget (<see cref="Tycho.Hosting.LuaStateOptions.InstructionLimit"/>): <c>instruction limit exceeded</c>.</summary>
    Instructions,
    /// <summary>The wall-clock limit (<see cref="Tycho.Hosting.LuaStateOptions.Timeout"/>): <c>execution timeout</c>.</summary>
    Timeout,
    /// <summary>The host's cancellation token fired: <c>execution cancelled</c>.</summary>
    Cancelled,
    /// <summary>The memory limit (<see cref="Tycho.Hosting.LuaStateOptions.MemoryLimit"/>): lua's <c>not enough memory</c>.</summary>
    Memory,
}
