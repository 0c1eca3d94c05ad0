using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Debugging;

internal enum StepKind { In, Over, Out }

/// <summary>
/// A step in progress: where it started (a thread and its stack depth) and when it ends. Steps are per thread:
/// stepping over <c>coroutine.resume</c> does not stop inside the coroutine, and a step that leaves its coroutine
/// (a yield, or the coroutine's end) stops at the next line of whoever runs next (the resumer). Step in stops at the
/// next line anywhere, a coroutine's first line included.
/// </summary>
internal sealed class StepRequest(StepKind kind, LuaThread thread, int depth)
{
    public StepKind Kind => kind;

    /// <summary>Whether the line event now in <paramref name="current"/> ends the step;
    /// <paramref name="hasLeftThread"/> tells whether the stepping thread yielded or finished.</summary>
    public bool IsDone(LuaThread current, Func<LuaThread, bool> hasLeftThread)
    {
        if (kind == StepKind.In) return true;
        if (!ReferenceEquals(current, thread)) return hasLeftThread(thread);
        int now = current.StackDepth;
        return kind == StepKind.Over ? now <= depth : now < depth;
    }
}
