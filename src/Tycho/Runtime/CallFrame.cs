namespace Tycho.Runtime;

/// <summary>What kind of call frame this is and how its return must be finished.</summary>
[Flags]
internal enum FrameFlags : uint
{
    /// <summary>The thread's base frame (no function).</summary>
    None = 0,
    /// <summary>A Lua closure runs in this frame.</summary>
    Lua = 1,
    /// <summary>A host function runs in this frame.</summary>
    Host = 2,
    /// <summary>A <c>pcall</c> run by the VM itself: the protected function is called above it; errors unwind to it.</summary>
    PCall = 4,
    /// <summary>An <c>xpcall</c> run by the VM itself; the message handler sits in the frame's function slot.</summary>
    XPCall = 8,
    /// <summary>The frame runs a metamethod called by the caller's current instruction: when it returns, the
    /// caller's interrupted instruction is finished with the result (lvm.c's luaV_finishOp).</summary>
    FinishOp = 16,
    /// <summary>The frame was reused by a tail call (tracebacks show "(...tail calls...)").</summary>
    Tail = 32,
    /// <summary>The frame is a pending <c>coroutine.yield</c>; resuming delivers the resume arguments as its results.</summary>
    Yield = 64,
    /// <summary>A <see cref="HostFunctionKind.CallK"/> host function waiting for the function it called (above
    /// it, at Func + 1): that function's results become this frame's results (lua_callk's continuation).</summary>
    Continue = 128,
    /// <summary>A pcall/xpcall frame unwinding after an error: its pending to-be-closed variables are being
    /// closed one <c>__close</c> frame at a time (so they may yield), the error object at Func + 1 (ldo.c's
    /// finishpcallk with luaF_close's yieldable mode).</summary>
    Recovering = 256,
    /// <summary>The pseudo frames <see cref="LuaThread.CompleteReturn"/> finishes when the frame above returns.</summary>
    Pending = PCall | XPCall | Continue,
    /// <summary>A hook is running for this frame (ldo.c's CIST_HOOKED): the hook function is named "hook".</summary>
    Hooked = 512,
    /// <summary>The running hook carries transfer information for this frame (CIST_TRAN, getinfo's 'r').</summary>
    Transfer = 1024,
    /// <summary>A <c>__gc</c> finalizer called by the collector runs above this frame (CIST_FIN): it is named
    /// "metamethod '__gc'".</summary>
    Finalizer = 2048,
    /// <summary>Lua 5.5: how many <c>__call</c> metamethods this call went through (0 to 15, ldo.c's CIST_CCMT
    /// counter; <c>debug.getinfo</c>'s <c>extraargs</c>), in these four bits. Never set under other profiles.</summary>
    CallChain = 15u << (int)CallChainShift,
    /// <summary>The position of <see cref="CallChain"/>.</summary>
    CallChainShift = 12,
    /// <summary>The metamethod called by this frame's current instruction is <c>__lt(b, a)</c> standing in for a
    /// missing <c>__le(a, b)</c>: its result is negated when the instruction is finished (Lua 5.3's CIST_LEQ).</summary>
    LeViaLt = 1 << 16,
}

/// <summary>
/// One activation record (lua5.4's CallInfo). Frames live in an array of structs in the owning
/// <see cref="LuaThread"/>; a Lua-to-Lua call pushes one and keeps running in the same dispatch loop.
/// </summary>
internal struct CallFrame
{
    /// <summary>The function running in this frame (null for the base frame and protected-call pseudo frames).</summary>
    public LuaFunction? Function;
    /// <summary>The Lua closure, when <see cref="FrameFlags.Lua"/>.</summary>
    public readonly LuaClosure? Closure => Function as LuaClosure;
    /// <summary>Stack slot of the called function: results are moved here when the frame returns.</summary>
    public int Func;
    /// <summary>First register (Lua) or first argument (host).</summary>
    public int Base;
    /// <summary>Lua: Base + MaxStackSize, the first slot free for metamethod calls. Host: top at entry.</summary>
    public int Top;
    /// <summary>Lua: index of the next instruction (saved on calls and before anything that can raise an error).</summary>
    public int Pc;
    /// <summary>Number of results the caller wants; -1 for all of them.</summary>
    public int NResults;
    /// <summary>Vararg functions: number of extra arguments, stored just below <see cref="Base"/>.</summary>
    public int NExtraArgs;
    /// <summary>OP_RETURN interrupted by a <c>__close</c> call: the number of values being returned, restored
    /// (as Top) when the instruction is executed again (lua5.4's ci->u2.nres).</summary>
    public int CloseNRes;
    /// <summary>Protected pseudo frames: the thread's host-nesting counters at entry, restored on error.</summary>
    public int SavedCCalls, SavedNonYieldable;
    /// <summary>Kind and pending continuation.</summary>
    public FrameFlags Flags;

    public readonly bool IsLua => (Flags & FrameFlags.Lua) != 0;
}
