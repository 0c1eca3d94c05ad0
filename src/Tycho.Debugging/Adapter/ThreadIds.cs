using System.Runtime.CompilerServices;
using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Debugging;

/// <summary>
/// Stable DAP thread ids of a state's threads: the main thread is 1, each coroutine gets the next number the first
/// time the debugger sees it, and keeps it while it lives (the table does not keep a dead coroutine alive). Used on
/// the Lua thread only.
/// </summary>
internal sealed class ThreadIds
{
    public const int MainThreadId = 1;
    private readonly ConditionalWeakTable<LuaThread, StrongBox<int>> _ids = new();
    private int _next = MainThreadId + 1;

    public int IdOf(LuaState state, LuaThread thread)
    {
        if (ReferenceEquals(thread, state.MainThread)) return MainThreadId;
        return _ids.GetValue(thread, _ => new StrongBox<int>(_next++)).Value;
    }

    /// <summary>The live thread with id <paramref name="id"/>; a <see cref="DapException"/> when there is none.</summary>
    public LuaThread Find(LuaState state, int id)
    {
        foreach (var thread in state.GetThreads())
            if (IdOf(state, thread) == id) return thread;
        throw new DapException($"no thread {id} (a coroutine that finished?)");
    }

    public string NameOf(LuaState state, LuaThread thread) =>
        ReferenceEquals(thread, state.MainThread) ? "main" : $"coroutine {IdOf(state, thread)}";
}
