using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>One event delivered to a <see cref="LuaHookHandler"/>.</summary>
public readonly struct LuaHookEventArgs
{
    internal LuaHookEventArgs(LuaHookEvent evt, int line, LuaValue error, bool isCaught)
    {
        Event = evt;
        Line = line;
        Error = error;
        IsCaught = isCaught;
    }

    /// <summary>What happened.</summary>
    public LuaHookEvent Event { get; }

    /// <summary>For <see cref="LuaHookEvent.Line"/>: the line entered (-1 for code without debug information);
    /// -1 for other events (the running line is in <see cref="LuaStackFrame.GetInfo"/>'s
    /// <see cref="LuaDebugInfo.CurrentLine"/>).</summary>
    public int Line { get; }

    /// <summary>For <see cref="LuaHookEvent.Error"/>: the error value being raised (a message already carries its
    /// "chunk:line:" position); nil for other events.</summary>
    public LuaValue Error { get; }

    /// <summary>For <see cref="LuaHookEvent.Error"/>: true when a protected call inside Lua (<c>pcall</c>,
    /// <c>xpcall</c>, or the <c>coroutine.resume</c> that runs this coroutine) will catch the error; false when it
    /// escapes to the host (an "uncaught" error in debugger terms). False for other events.</summary>
    public bool IsCaught { get; }
}
