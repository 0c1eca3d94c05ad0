using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>
/// An active frame of a thread's stack (manual §4.7 <c>lua_getstack</c>'s activation record), from
/// <c>LuaThread.TryGetFrame</c> or <c>LuaThread.GetStackFrames</c>. It stays valid while the frame is
/// active and the thread has not run meanwhile (a hook handler returning lets it run); after that its members throw
/// <see cref="InvalidOperationException"/>. Use it on the thread that runs the state, like the rest of the API.
/// </summary>
public readonly struct LuaStackFrame
{
    private readonly int _index;
    private readonly int _frameCount;
    private readonly int _stamp;
    private readonly int _func;
    private readonly LuaFunction? _function;

    internal LuaStackFrame(LuaThread thread, int level, int index)
    {
        Thread = thread;
        Level = level;
        _index = index;
        _frameCount = thread.FrameCount;
        _stamp = thread.DebugStamp;
        _func = thread.Frames[index].Func;
        _function = thread.Frames[index].Function;
    }

    /// <summary>The thread whose stack holds the frame.</summary>
    public LuaThread Thread { get; }

    /// <summary>The frame's level: 0 for the running function, 1 for its caller, and so on.</summary>
    public int Level { get; }

    /// <summary>True while the frame is still active and the thread has not run since the frame was obtained.</summary>
    public bool IsValid => Thread is { } t && t.FrameCount == _frameCount && t.DebugStamp == _stamp
        && ReferenceEquals(t.Frames[_index].Function, _function) && t.Frames[_index].Func == _func;

    /// <summary>Enters the state's API guard (a default frame has no thread: stale by definition).</summary>
    private LuaState.ApiScope? Guard() =>
        Thread is { } t ? LuaThreadExtensions.EnterDebugApi(t) : throw new InvalidOperationException("The stack frame is empty (default).");

    /// <summary>The frame index, after checking that the frame is still valid.</summary>
    private int Index()
    {
        if (!IsValid)
            throw new InvalidOperationException("The stack frame is no longer active: its thread has run since it was obtained.");
        return _index;
    }

    /// <summary>What <c>lua_getinfo</c> reports for this frame with "nSltuL" and 'f' (manual §4.7): source, lines,
    /// name, shape and function. Throws <see cref="InvalidOperationException"/> when the frame is no longer valid.</summary>
    public LuaDebugInfo GetInfo()
    {
        using var scope = Guard();
        return LuaDebugInfo.OfFrame(Thread, Index());
    }

    /// <summary>
    /// The frame's active named local variables in order (<c>lua_getlocal</c> 1..n, manual §4.7; internal ones such
    /// as "(for state)" included, unnamed temporaries left out), then its extra arguments as "(vararg)" with indices
    /// -1, -2, ... A host function's frame has none. Throws <see cref="InvalidOperationException"/> when the frame is
    /// no longer valid.
    /// </summary>
    public IReadOnlyList<LuaVariable> GetLocals()
    {
        using var scope = Guard();
        int fi = Index();
        var list = new List<LuaVariable>();
        var t = Thread;
        if (!t.Frames[fi].IsLua) return list;
        for (int n = 1; ; n++)
        {
            string? name = t.FindLocal(fi, n, out int pos);
            if (name is null || name is "(temporary)" or "(*temporary)") break;
            list.Add(new LuaVariable(n, name, t.Stack[pos]));
        }
        for (int n = -1; ; n--)
        {
            string? name = t.FindLocal(fi, n, out int pos);
            if (name is null) break;
            list.Add(new LuaVariable(n, name, t.Stack[pos]));
        }
        return list;
    }

    /// <summary>
    /// Assigns local <paramref name="index"/> of the frame (<c>lua_setlocal</c>'s numbering, manual §4.7: 1-based in
    /// the order of <see cref="GetLocals"/>, negative for extra arguments; a number past the named locals reaches a
    /// live temporary as lua does). Returns false when there is no such local. Throws
    /// <see cref="InvalidOperationException"/> when the frame is no longer valid and
    /// <see cref="ArgumentException"/> when <paramref name="value"/> belongs to another state.
    /// </summary>
    public bool TrySetLocal(int index, LuaValue value)
    {
        using var scope = Guard();
        int fi = Index();
        LuaThreadExtensions.AdmitDebugValue(Thread, value);
        if (Thread.FindLocal(fi, index, out int pos) is null) return false;
        Thread.Stack[pos] = value;
        return true;
    }

    /// <summary>The upvalues of the frame's function (<c>lua_getupvalue</c> 1..n, manual §4.7). Throws
    /// <see cref="InvalidOperationException"/> when the frame is no longer valid.</summary>
    public IReadOnlyList<LuaVariable> GetUpvalues()
    {
        using var scope = Guard();
        var fn = Thread.Frames[Index()].Function!;
        var list = new List<LuaVariable>();
        for (int n = 1; LuaThread.TryGetUpvalue(fn, n, out string name, out LuaValue value); n++)
            list.Add(new LuaVariable(n, name, value));
        return list;
    }

    /// <summary>Assigns upvalue <paramref name="index"/> (1-based) of the frame's Lua function (<c>lua_setupvalue</c>,
    /// manual §4.7); every closure sharing the upvalue sees the change. Returns false when there is no such upvalue
    /// (or the function is a host function). Throws <see cref="InvalidOperationException"/> when the frame is no
    /// longer valid and <see cref="ArgumentException"/> when <paramref name="value"/> belongs to another state.</summary>
    public bool TrySetUpvalue(int index, LuaValue value)
    {
        using var scope = Guard();
        var fn = Thread.Frames[Index()].Function!;
        LuaThreadExtensions.AdmitDebugValue(Thread, value);
        return LuaThread.SetUpvalue(fn, index, value) is not null;
    }
}
