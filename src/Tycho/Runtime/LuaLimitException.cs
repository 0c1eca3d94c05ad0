namespace Tycho.Runtime;

/// <summary>
/// A script was stopped by an execution limit. Inside Lua it is an ordinary error whose value is the message
/// (<c>instruction limit exceeded</c>, <c>execution timeout</c>, <c>execution cancelled</c>, <c>not enough memory</c>),
/// so <c>pcall</c> can catch it to run cleanup (a grace of about 10k instructions in total), after which the
/// limit fires at every safepoint until the top-level call ends. The host always receives this exception when a limit fired during its call, even if the
/// script caught the error and returned. The state stays usable: the next call starts with fresh counters.
/// The memory limit raises the subclass <see cref="LuaMemoryException"/> (<see cref="LuaLimitKind.Memory"/>), sticky
/// in the same way once the limit fired.
/// </summary>
public class LuaLimitException : LuaRuntimeException
{
    /// <summary>The limit that fired.</summary>
    public LuaLimitKind Kind { get; }

    /// <summary>Creates the exception; <paramref name="message"/> is the Lua error value.</summary>
    public LuaLimitException(LuaLimitKind kind, string message, Exception? inner = null)
        : base(LuaValue.FromString(message), inner) { Kind = kind; }

    /// <summary>For <see cref="LuaMemoryException"/>: a limit error with a preallocated error object.</summary>
    private protected LuaLimitException(LuaLimitKind kind, LuaValue value) : base(value) { Kind = kind; }

    /// <summary>The Lua error text of a limit.</summary>
    public static string MessageOf(LuaLimitKind kind) => kind switch
    {
        LuaLimitKind.Instructions => "instruction limit exceeded",
        LuaLimitKind.Timeout => "execution timeout",
        LuaLimitKind.Cancelled => "execution cancelled",
        _ => "not enough memory",
    };
}
