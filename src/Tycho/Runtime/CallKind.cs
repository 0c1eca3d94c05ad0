namespace Tycho.Runtime;

/// <summary>How <see cref="LuaThread.PreCall"/> started a call.</summary>
internal enum CallKind : byte
{
    /// <summary>A Lua frame was pushed: the dispatch loop continues in it.</summary>
    Lua,
    /// <summary>A host function ran to completion; its results are in place.</summary>
    Host,
    /// <summary>The call was <c>coroutine.yield</c>: the running loop must return a "yielded" status.</summary>
    Yield,
}
