using System.Runtime.CompilerServices;
using Tycho.Runtime.Gc;

namespace Tycho.Runtime;

// Call frames, calls and returns, upvalues, to-be-closed variables and error recovery (ldo.c, lfunc.c).
public sealed partial class LuaThread
{
    /// <summary>Maximum number of call frames of one thread ("stack overflow" past it).</summary>
    internal const int MaxFrames = LuaLimits.MaxStack; // every frame holds at least its function slot: the slot limit decides
    /// <summary>Maximum __index/__newindex chain length (MAXTAGLOOP).</summary>
    internal const int MaxTagLoop = 2000;
    /// <summary>Free slots guaranteed above a Lua frame's registers for metamethod calls (EXTRA_STACK + LUA_MINSTACK).</summary>
    internal const int ExtraStack = 24;

    internal CallFrame[] Frames = new CallFrame[8];
    /// <summary>Number of live frames; frame 0 is the thread's base frame.</summary>
    internal int FrameCount = 1;
    /// <summary>Open upvalues, sorted by decreasing stack index.</summary>
    internal UpValue? OpenUpvalues;
    /// <summary>Stack slots of pending to-be-closed variables, in creation order.</summary>
    internal int[] TbcList = new int[4];
    internal int TbcCount;
    /// <summary>Nesting of host-level calls into Lua and metamethod frames (lua5.4's nCcalls).</summary>
    internal int CCalls;
    /// <summary>Greater than zero when a yield is impossible (a host function is running Lua code through <see cref="Call"/>).</summary>
    internal int NonYieldable;
    /// <summary>True while an xpcall message handler runs (errors inside it do not call the handler again).</summary>
    internal bool InErrorHandler;

    // ------------------------------------------------------------------ frames

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int PushFrame()
    {
        int n = FrameCount;
        if (n >= Frames.Length) GrowFrames();
        FrameCount = n + 1;
        return n;
    }

    private void GrowFrames()
    {
        int limit = InErrorHandler ? MaxFrames + 2000 : MaxFrames;
        if (FrameCount >= limit) throw RuntimeError("stack overflow");
        int size = Math.Min(Frames.Length * 2, limit);
        Global.Memory.Charge((size - Frames.Length) * MemorySizes.Frame);
        Array.Resize(ref Frames, size);
    }

    /// <summary>Makes sure slots up to <paramref name="needed"/> (exclusive) exist; "stack overflow" past LUAI_MAXSTACK.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void EnsureSlots(int needed)
    {
        if (needed > Stack.Length) GrowSlots(needed);
    }

    private void GrowSlots(int needed)
    {
        int limit = InErrorHandler ? LuaLimits.MaxStack + 5000 : LuaLimits.MaxStack;
        if (needed > limit) throw RuntimeError("stack overflow");
        int size = Stack.Length;
        while (size < needed) size *= 2;
        if (size > limit) size = limit;
        Global.Memory.Charge((size - Stack.Length) * 16L);
        ResizeStack(size);
    }

    // ------------------------------------------------------------------ calls

    /// <summary>
    /// Starts calling the value at <c>Stack[func]</c> with the <paramref name="nargs"/> arguments above it
    /// (luaD_precall). Lua closures get a frame (the loop then runs it); host functions run now and their results
    /// are moved to <paramref name="func"/>. Non-functions use <c>__call</c>. With <paramref name="special"/>,
    /// pcall/xpcall/yield are run by the VM itself (only the dispatch loop may ask for that).
    /// <paramref name="popped"/> receives the flags of the host frame that completed, for <see cref="CompleteReturn"/>.
    /// </summary>
    internal CallKind PreCall(int func, int nargs, int nresults, FrameFlags extra, bool special, out FrameFlags popped)
    {
        popped = FrameFlags.None;
        while (true)
        {
            object? o = Stack[func].O;
            if (o is LuaClosure cl)
            {
                Prototype p = cl.Proto;
                int np = p.NumParams;
                EnsureSlots(func + 1 + nargs + np + p.MaxStackSize + ExtraStack);
                var stack = Stack;
                int bas = func + 1, nextra = 0;
                if (nargs < np)
                {
                    for (int i = nargs; i < np; i++) stack[bas + i] = default;
                }
                else if (p.IsVararg && nargs > np)
                {
                    // luaT_adjustvarargs: fixed parameters move above the extra arguments.
                    nextra = nargs - np;
                    int nb = func + 1 + nargs;
                    for (int i = 0; i < np; i++) { stack[nb + i] = stack[bas + i]; stack[bas + i] = default; }
                    bas = nb;
                }
                if ((extra & FrameFlags.FinishOp) != 0) EnterMetaCall();
                int fi = PushFrame();
                ref CallFrame f = ref Frames[fi];
                f.Function = cl; f.Func = func; f.Base = bas; f.Top = bas + p.MaxStackSize;
                f.Pc = 0; f.NResults = nresults; f.NExtraArgs = nextra; f.Flags = FrameFlags.Lua | extra;
                return CallKind.Lua;
            }
            if (o is LuaHostFunction hf)
            {
                if (special && hf.Kind != HostFunctionKind.Normal)
                    return PreCallSpecial(hf, func, nargs, nresults, extra, out popped);
                CallHost(hf, func, nargs, nresults, extra);
                popped = FrameFlags.Host | extra;
                return CallKind.Host;
            }
            // Not a function: __call shifts the arguments and calls the metamethod with the object first.
            LuaValue tm = GetMetamethod(Stack[func], MetaEvent.Call);
            if (tm.IsNil) throw CallError(func);
            ChargeCallChain(nargs);
            EnsureSlots(func + nargs + 2 + ExtraStack);
            Array.Copy(Stack, func, Stack, func + 1, nargs + 1);
            Stack[func] = tm;
            nargs++;
            Top = func + 1 + nargs;
            if (Global.Profile.LimitsCallChains) extra = CountCallChain(extra);
        }
    }

    /// <summary>Runs host function <paramref name="hf"/> at <c>Stack[func]</c> in a frame of its own and moves its
    /// results to <paramref name="func"/> (the host half of luaD_precall plus luaD_poscall), then polls the call's
    /// token and deadline (<see cref="GlobalState.PollBoundary"/>).</summary>
    internal void CallHost(LuaHostFunction hf, int func, int nargs, int nresults, FrameFlags extra)
    {
        PushHostFrame(hf, func, nargs, nresults, extra);
        if (HookMask != HookMask.None) CallHookHost(nargs);
        int n = hf.Delegate(new LuaCallContext(this, func + 1, nargs, hf));
        if (HookMask != HookMask.None) ReturnHookHost(func, n);   // also when the function set the hook
        PosCall(Top - n, n);
        Global.PollBoundary(this);   // a host function can outlast a deadline without reaching a safepoint
    }

    /// <summary>Pushes the frame of host function <paramref name="hf"/> called at <c>Stack[func]</c> with
    /// <paramref name="nargs"/> arguments (a metamethod call counts as a C call); returns its index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int PushHostFrame(LuaHostFunction hf, int func, int nargs, int nresults, FrameFlags extra)
    {
        if ((extra & FrameFlags.FinishOp) != 0) EnterMetaCall();
        int fi = PushFrame();
        ref CallFrame f = ref Frames[fi];
        f.Function = hf; f.Func = func; f.Base = func + 1; f.Top = func + 1 + nargs;
        f.Pc = 0; f.NResults = nresults; f.NExtraArgs = 0; f.Flags = FrameFlags.Host | extra;
        Top = func + 1 + nargs;
        EnsureSlots(Top + ExtraStack);
        return fi;
    }

    /// <summary>Lua 5.1 yields only through plain Lua-to-Lua calls: a pcall, a metamethod or a generic for's
    /// iterator call between the yield and the coroutine's body is a C boundary there (5.1 manual §2.11).</summary>
    private bool YieldCrossesBoundary51()
    {
        for (int fi = FrameCount - 1; fi >= 1; fi--)
        {
            ref CallFrame f = ref Frames[fi];
            if ((f.Flags & (FrameFlags.PCall | FrameFlags.XPCall | FrameFlags.FinishOp | FrameFlags.Continue)) != 0) return true;
            if (fi > 1 && Frames[fi - 1].IsLua && (f.Flags & FrameFlags.Tail) == 0)
            {
                ref CallFrame c = ref Frames[fi - 1];
                if (Instruction.Op(c.Closure!.Proto.Code[c.Pc - 1]) == OpCode.TForCall) return true;
            }
        }
        return false;
    }

    private CallKind PreCallSpecial(LuaHostFunction hf, int func, int nargs, int nresults, FrameFlags extra, out FrameFlags popped)
    {
        popped = FrameFlags.None;
        switch (hf.Kind)
        {
            case HostFunctionKind.Yield:
            {
                // Lua 5.1's main thread is itself inside a C call: the same boundary error.
                if (Global.Profile.Minor == 1 && (ReferenceEquals(this, Global.MainThread) || NonYieldable > 0 || (extra & FrameFlags.FinishOp) != 0 || YieldCrossesBoundary51()))
                    throw new LuaRuntimeException("attempt to yield across metamethod/C-call boundary");
                if (ReferenceEquals(this, Global.MainThread)) throw new LuaRuntimeException("attempt to yield from outside a coroutine");
                if (NonYieldable > 0) throw new LuaRuntimeException("attempt to yield across a C-call boundary");
                if ((extra & FrameFlags.FinishOp) != 0) EnterMetaCall();
                int fi = PushFrame();
                ref CallFrame f = ref Frames[fi];
                f.Function = hf; f.Func = func; f.Base = func + 1; f.Top = func + 1 + nargs;
                f.Pc = 0; f.NResults = nresults; f.NExtraArgs = 0; f.Flags = FrameFlags.Host | FrameFlags.Yield | extra;
                Top = func + 1 + nargs;
                if (HookMask != HookMask.None) CallHookHost(nargs);
                return CallKind.Yield;
            }
            case HostFunctionKind.PCall:
            case HostFunctionKind.XPCall:
            {
                bool x = hf.Kind == HostFunctionKind.XPCall;
                // Lua 5.1's xpcall(f, err) passes f no arguments (Lua 5.1 manual §5.1).
                if (x && nargs > 2 && Global.Profile.Minor == 1) { nargs = 2; Top = func + 3; }
                if (nargs < (x ? 2 : 1) || (x && Stack[func + 2].O is not LuaFunction))
                {
                    // Run the delegate so that it raises lua's argument error with the right name.
                    return PreCall(func, nargs, nresults, extra, false, out popped);
                }
                if ((extra & FrameFlags.FinishOp) != 0) EnterMetaCall();
                int fi = PushFrame();
                ref CallFrame f = ref Frames[fi];
                f.Function = hf; f.Func = func; f.Base = func + 1; f.Top = func + 1 + nargs;
                f.Pc = 0; f.NResults = nresults; f.NExtraArgs = 0;
                f.Flags = (x ? FrameFlags.XPCall : FrameFlags.PCall) | FrameFlags.Host | extra;
                f.SavedCCalls = CCalls; f.SavedNonYieldable = NonYieldable;
                IncCCalls(); // lua_pcall is a C call (luaD_callnoyield): nested pcalls stop at the C-stack limit
                Top = func + 1 + nargs;
                if (HookMask != HookMask.None) CallHookHost(nargs);
                if (x)
                {
                    // [xpcall f h a1..an] -> [h f a1..an]: the handler stays in the frame's slot.
                    var s = Stack;
                    LuaValue fn = s[func + 1];
                    s[func] = s[func + 2];
                    s[func + 1] = fn;
                    Array.Copy(s, func + 3, s, func + 2, nargs - 2);
                    nargs--;
                }
                Top = func + 1 + nargs;
                var k = PreCall(func + 1, nargs - 1, -1, FrameFlags.None, true, out _);
                // A host function that completed leaves the pseudo frame on top: CompleteReturn finishes it.
                return k;
            }
            case HostFunctionKind.CallK:
                return PreCallContinued(hf, func, nargs, nresults, extra, out popped);
        }
        return PreCall(func, nargs, nresults, extra, false, out popped);
    }

    /// <summary>
    /// Runs the setup of a <see cref="HostFunctionKind.CallK"/> function in a host frame, then calls the function
    /// it pushed in a frame of its own above it (moved to Func + 1); the host frame stays as a
    /// <see cref="FrameFlags.Continue"/> pseudo frame until <see cref="CompleteReturn"/> passes the results on.
    /// </summary>
    private CallKind PreCallContinued(LuaHostFunction hf, int func, int nargs, int nresults, FrameFlags extra, out FrameFlags popped)
    {
        int fi = PushHostFrame(hf, func, nargs, nresults, extra);
        int n = hf.Setup!(new LuaCallContext(this, func + 1, nargs, hf), out int wanted);
        if (n < 0)
        {
            PosCall(Top - wanted, wanted);
            popped = FrameFlags.Host | extra;
            return CallKind.Host;
        }
        Frames[fi].Flags |= FrameFlags.Continue;
        int callee = Top - n - 1;
        if (callee != func + 1)
        {
            Array.Copy(Stack, callee, Stack, func + 1, n + 1);
            Top = func + 2 + n;
        }
        return PreCall(func + 1, n, wanted, FrameFlags.None, true, out popped);
    }

    /// <summary>The delegate of a <see cref="HostFunctionKind.CallK"/> function, for calls from host code: the
    /// setup, then an ordinary nested call (not yieldable).</summary>
    internal static int CallContinuedNested(LuaCallContext ctx, LuaCallSetup setup)
    {
        LuaThread th = ctx.Thread;
        int n = setup(ctx, out int wanted);
        if (n < 0) return wanted;
        int callee = th.Top - n - 1;
        th.CallAt(callee, n, wanted);
        return th.Top - callee;
    }

    private void EnterMetaCall() => IncCCalls();

    /// <summary>luaE_incCstack: counts one more nested C call. Whoever catches the error restores the count
    /// (CallAt, Recover), so a message handler runs a little past the limit, as in lua.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void IncCCalls()
    {
        if (++CCalls >= LuaLimits.MaxCCalls) CheckCStack();
    }

    /// <summary>luaE_checkcstack: "C stack overflow" exactly at the limit; calls made while handling that error
    /// may go on for another tenth, past which the error is "error in error handling" (LUA_ERRERR: no message
    /// handler runs for it).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CheckCStack()
    {
        if (CCalls == LuaLimits.MaxCCalls) throw RuntimeError("C stack overflow");
        if (CCalls >= LuaLimits.MaxCCalls / 10 * 11 || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new LuaRuntimeException("error in error handling") { SeenBy = this };
    }

    /// <summary>
    /// Pops the top frame, moving its <paramref name="n"/> results from <paramref name="first"/> to the frame's
    /// function slot, adjusted to the number the caller wants (luaD_poscall). Sets <see cref="Top"/> after them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void PosCall(int first, int n)
    {
        ref CallFrame f = ref Frames[FrameCount - 1];
        int res = f.Func, wanted = f.NResults;
        var s = Stack;
        if (wanted == 1)
        {
            if (n > 0) LuaValue.Assign(ref s[res], s[first]);
            else s[res] = default;
            Top = res + 1;
        }
        else if (wanted == 0) Top = res;
        else MoveResults(res, first, n, wanted);
        if ((f.Flags & FrameFlags.FinishOp) != 0) CCalls--;
        f.Function = null;
        FrameCount--;
    }

    private void MoveResults(int res, int first, int n, int wanted)
    {
        var s = Stack;
        if (wanted < 0)
        {
            if (res != first) Array.Copy(s, first, s, res, n);
            Top = res + n;
            return;
        }
        int m = Math.Min(n, wanted);
        if (res != first) Array.Copy(s, first, s, res, m);
        for (int i = m; i < wanted; i++) s[res + i] = default;
        Top = res + wanted;
    }

    /// <summary>
    /// After a frame was popped: finishes the caller's interrupted instruction if the popped frame ran a
    /// metamethod, and completes VM-run pcall/xpcall frames whose protected function returned. Returns true when
    /// a yield was requested on the way (a host metamethod that yielded).
    /// </summary>
    internal bool CompleteReturn(FrameFlags popped)
    {
        while (true)
        {
            if ((popped & FrameFlags.FinishOp) != 0)
            {
                return FinishOp(FrameCount - 1);
            }
            ref CallFrame cur = ref Frames[FrameCount - 1];
            if ((cur.Flags & FrameFlags.Pending) == 0) return false;
            int n = Top - (cur.Func + 1);
            popped = cur.Flags;
            if ((popped & FrameFlags.Continue) != 0)
            {
                PosCall(cur.Func + 1, n);
                continue;
            }
            if ((popped & FrameFlags.Recovering) != 0)
            {
                MetaStep step = CloseAfterError(FrameCount - 1);
                if (step == MetaStep.Called) return false;
                if (step == MetaStep.Yield) return true;
                // Everything is closed: the pcall returns false and the (possibly replaced) error.
                Stack[cur.Func] = LuaValue.False;
                // lua's pcall returns false and the error above its arguments (xpcall: above them and its copy of
                // the handler).
                if (HookMask != HookMask.None)
                    ReturnHookTransfer(cur.Top - cur.Func + ((popped & FrameFlags.XPCall) != 0 ? 1 : 0), 2);
                PosCall(cur.Func, 2);
                continue;
            }
            CCalls--; // the pcall's own C call (IncCCalls in PreCallSpecial); Recover already restored it
            Stack[cur.Func] = LuaValue.True;
            // lua's pcall returns true and the results from index 1; xpcall from index 3 (after f and the handler).
            if (HookMask != HookMask.None) ReturnHookTransfer((popped & FrameFlags.XPCall) != 0 ? 3 : 1, n + 1);
            PosCall(cur.Func, n + 1);
        }
    }

    // ------------------------------------------------------------------ running

    /// <summary>
    /// Runs the dispatch loop until the frame at <paramref name="entry"/> returns (Ok) or the coroutine yields.
    /// Errors unwind to the nearest pcall/xpcall frame above <paramref name="entry"/>; if there is none they
    /// propagate to the caller as <see cref="LuaRuntimeException"/>.
    /// </summary>
    internal ExecStatus Execute(int entry, bool pending = false, FrameFlags pendingFlags = FrameFlags.None)
    {
        while (true)
        {
            Exception caught;
            try
            {
                if (pending)
                {
                    pending = false;
                    if (CompleteReturn(pendingFlags)) return ExecStatus.Yield;
                    if (FrameCount - 1 < entry) return ExecStatus.Ok;
                }
                return Run(entry);
            }
            catch (Exception e)
            {
                // Handled outside the catch block: .NET runs catch blocks on top of the faulting frames, so
                // recovering (or rethrowing) inside them would grow the host stack with every nesting level.
                caught = e;
            }
            LuaRuntimeException ex = PrepareError(caught);
            int p = FindProtectedFrame(entry);
            if (p < 0) throw ex;
            pendingFlags = Recover(p, ex.Value);
            pending = true;
        }
    }

    /// <summary>Index of the nearest VM-run pcall/xpcall frame at or above <paramref name="entry"/>, or -1.</summary>
    private int FindProtectedFrame(int entry)
    {
        // The entry frame itself counts: a coroutine whose body is pcall runs with the pcall frame as its entry.
        for (int i = FrameCount - 1; i >= entry; i--)
            if ((Frames[i].Flags & (FrameFlags.PCall | FrameFlags.XPCall)) != 0) return i;
        return -1;
    }

    /// <summary>
    /// Turns any exception (but a 5.5 coroutine's self-close, thrown on) into a Lua error and, the first time this
    /// thread sees it, runs the xpcall message handler of the nearest protection (at the error point, before
    /// unwinding) or records the traceback when nothing protects it.
    /// </summary>
    internal LuaRuntimeException PrepareError(Exception e)
    {
        // Not an error: a 5.5 coroutine closed itself, and every handler on the way to its resume lets it pass.
        if (e is CoroutineClosedItself) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e);
        LuaRuntimeException ex = PrepareErrorValue(e);
        // Lua 5.5 manual §8.1 (ldebug.c luaG_errormsg): a nil error object, after any message handler, becomes a
        // message.
        if (ex.Value.IsNil && Global.Profile.ReplacesNilErrors)
            ex = new LuaRuntimeException(LuaValue.FromString(NilErrorMessage), ex) { SeenBy = ex.SeenBy, LuaTraceback = ex.LuaTraceback };
        return ex;
    }

    /// <summary>What Lua 5.5 raises for a nil error object.</summary>
    internal static readonly LuaString NilErrorMessage = LuaString.FromAscii("<no error object>");

    private LuaRuntimeException PrepareErrorValue(Exception e)
    {
        LuaRuntimeException ex = e switch
        {
            LuaRuntimeException lre => lre,
            InsufficientExecutionStackException => new LuaRuntimeException(LuaValue.FromString(PositionPrefix() + "C stack overflow")) ,
            OutOfMemoryException => new LuaMemoryException(),
            _ => new LuaRuntimeException(LuaValue.FromString(PositionPrefix() + InternalErrors.Message(e)), e),
        };
        if (ReferenceEquals(ex.SeenBy, this) || InErrorHandler) return ex;
        // LUA_ERRMEM and 5.3's LUA_ERRGCMM: no message handler, no traceback (as lua5.4, lua5.3)
        if (ex is LuaMemoryException or Gc.FinalizerErrorException) return ex;
        ex.SeenBy = this;
        if ((HostHookMask & HookMask.Error) != 0) ex = ErrorHook(ex);   // the frames are still intact
        int pi = ProtectingFrame();
        if (pi >= 0)
        {
            ref CallFrame f = ref Frames[pi];
            if ((f.Flags & FrameFlags.Finalizer) != 0) return ex;   // the collector catches it; lgc.c GCTM sets no handler
            if ((f.Flags & FrameFlags.XPCall) != 0) return RunHandler(ex, Stack[f.Func]);
            if ((f.Flags & FrameFlags.PCall) == 0 && f.Function is LuaHostFunction { Kind: HostFunctionKind.XPCall })
                return RunHandler(ex, Stack[f.Base + 1]);
            return ex;
        }
        if (ReferenceEquals(this, Global.MainThread) && ex.LuaTraceback is null)
            ex.LuaTraceback = Traceback(this, null, 0);
        return ex;
    }

    /// <summary>The frame whose protection catches an error raised in the top frame: a VM pcall/xpcall frame, a
    /// running host-level pcall/xpcall, which protects only what it called, not its own argument errors, or the
    /// frame a running finalizer interrupted (the collector catches the finalizer's errors); -1 when nothing in this
    /// thread does.</summary>
    private int ProtectingFrame()
    {
        int top = FrameCount - 1;
        for (int i = top; i >= 0; i--)
        {
            ref CallFrame f = ref Frames[i];
            if ((f.Flags & FrameFlags.Finalizer) != 0 && i < top) return i;
            if (i == 0) break;
            if ((f.Flags & (FrameFlags.PCall | FrameFlags.XPCall)) != 0) return i;
            if ((f.Flags & FrameFlags.Host) != 0 && i < top && f.Function is LuaHostFunction { Kind: HostFunctionKind.PCall or HostFunctionKind.XPCall })
                return i;
        }
        return -1;
    }

    private LuaRuntimeException RunHandler(LuaRuntimeException ex, LuaValue handler)
    {
        LuaValue err = ex.Value;
        int savedTop = Top;
        Top = Math.Max(Top, Frames[FrameCount - 1].Top);
        InErrorHandler = true;
        try
        {
            bool nests = Global.Profile.HandlerErrorsNest;
            for (int attempt = 0; ; attempt++)
            {
                if (nests)
                {
                    // Lua 5.5 (ldo.c, lstate.c luaE_checkcstack): an error in the handler calls the handler again, one C
                    // level deeper each time; at LUAI_MAXCCALLS the error becomes "C stack overflow", and a tenth
                    // beyond that gives up.
                    int depth = CCalls + attempt + 1;
                    if (depth >= LuaLimits.MaxCCalls / 10 * 11) { err = LuaValue.FromString("error in error handling"); break; }
                    if (depth == LuaLimits.MaxCCalls) err = LuaValue.FromString("C stack overflow");
                }
                else if (attempt >= 20) { err = LuaValue.FromString("error in error handling"); break; }
                try
                {
                    err = CallValue(handler, err, default, default, 1, 1);
                    break;
                }
                catch (LuaRuntimeException inner)
                {
                    err = inner.Value;
                }
                catch (InsufficientExecutionStackException)
                {
                    err = LuaValue.FromString("error in error handling"); break;
                }
            }
        }
        finally
        {
            InErrorHandler = false;
            Top = savedTop;
        }
        return new LuaRuntimeException(err, ex) { SeenBy = this, LuaTraceback = ex.LuaTraceback };
    }

    /// <summary>Unwinds to the protected pseudo frame <paramref name="p"/> after an error and marks it
    /// <see cref="FrameFlags.Recovering"/>: <see cref="CompleteReturn"/> then closes its to-be-closed variables
    /// (an error in a <c>__close</c> comes back here and replaces the error, manual §3.3.8) and makes the pcall
    /// return false and the error. Returns the flags to complete with (none: nothing was popped).</summary>
    private FrameFlags Recover(int p, LuaValue err)
    {
        int top = Top;
        for (int i = p; i < FrameCount; i++) top = Math.Max(top, Frames[i].Top);
        ref CallFrame pf = ref Frames[p];
        int level = pf.Func + 1;
        CCalls = pf.SavedCCalls;
        NonYieldable = pf.SavedNonYieldable;
        for (int i = p + 1; i < FrameCount; i++) { Frames[i].Function = null; }
        FrameCount = p + 1;
        Top = Math.Min(Math.Max(top, level + 1), Stack.Length - 1);
        CloseUpvalues(level);
        // The called function's slot holds the error while closing: it is never a variable, so never to be closed.
        Stack[level] = err;
        pf.Flags |= FrameFlags.Recovering;
        return FrameFlags.None;
    }

    /// <summary>Calls the <c>__close</c> of the next pending to-be-closed variable of the recovering pcall frame
    /// <paramref name="fi"/> with the error, in a frame of its own above everything; Done when none is left.</summary>
    private MetaStep CloseAfterError(int fi)
    {
        int level = Frames[fi].Func + 1;
        while (TbcCount > 0 && TbcList[TbcCount - 1] > level)
        {
            int slot = TbcList[--TbcCount];
            LuaValue v = Stack[slot];
            LuaValue tm = GetMetamethod(v, MetaEvent.Close);
            // The metamethod was removed after the variable was marked (lua5.4 raises the same error).
            if (tm.IsNil) throw new LuaRuntimeException(LuaValue.FromString("metamethod 'close'"));
            int call = Math.Max(Top, slot + 1);
            EnsureSlots(call + 3 + ExtraStack);
            Stack[call] = tm; Stack[call + 1] = v; Stack[call + 2] = Stack[level];
            Top = call + 3;
            var kind = PreCall(call, 2, 0, FrameFlags.None, true, out FrameFlags popped);
            if (kind == CallKind.Lua) return MetaStep.Called;
            if (kind == CallKind.Yield) return MetaStep.Yield;
            if (FrameCount - 1 != fi) return CompleteReturn(popped) ? MetaStep.Yield : MetaStep.Called;
        }
        return MetaStep.Done;
    }

    /// <summary>Closes upvalues and to-be-closed variables at or above <paramref name="level"/> after an error;
    /// an error in a <c>__close</c> replaces the error object (manual §3.3.8).</summary>
    internal LuaValue CloseProtected(int level, LuaValue err)
    {
        CloseUpvalues(level);
        while (TbcCount > 0 && TbcList[TbcCount - 1] >= level)
        {
            try { CloseTbc(level, err, true); }
            catch (LuaRuntimeException e) { err = e.Value; }
        }
        return err;
    }

    // ------------------------------------------------------------------ upvalues

    /// <summary>Finds or creates the open upvalue for stack slot <paramref name="index"/> (luaF_findupval).</summary>
    internal UpValue FindUpvalue(int index)
    {
        UpValue? prev = null, uv = OpenUpvalues;
        while (uv is not null && uv.Index >= index)
        {
            if (uv.Index == index) return uv;
            prev = uv; uv = uv.NextOpen;
        }
        var n = new UpValue(Stack, index) { NextOpen = uv };
        if (prev is null) OpenUpvalues = n; else prev.NextOpen = n;
        return n;
    }

    /// <summary>Closes every open upvalue at or above <paramref name="level"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void CloseUpvalues(int level)
    {
        UpValue? uv = OpenUpvalues;
        while (uv is not null && uv.Index >= level)
        {
            uv.Close();
            var next = uv.NextOpen;
            uv.NextOpen = null;
            uv = next;
        }
        OpenUpvalues = uv;
    }

    // ------------------------------------------------------------------ to-be-closed variables

    /// <summary>OP_TBC: registers slot <paramref name="slot"/> as to-be-closed; nil and false are ignored.</summary>
    internal void NewTbc(int slot, int fi)
    {
        LuaValue v = Stack[slot];
        if (v.IsFalsy) return;
        if (GetMetamethod(v, MetaEvent.Close).IsNil)
        {
            var f = Frames[fi];
            string? name = f.Closure?.Proto.GetLocalName(slot - f.Base + 1, f.Pc - 1);
            throw RuntimeError($"variable '{name ?? "?"}' got a non-closable value");
        }
        if (TbcCount == TbcList.Length) Array.Resize(ref TbcList, TbcCount * 2);
        TbcList[TbcCount++] = slot;
    }

    /// <summary>Closes the most recent to-be-closed variable (which must be at or above <paramref name="level"/>),
    /// calling its <c>__close(value, err)</c>.</summary>
    private void CloseTbc(int level, LuaValue err, bool withError)
    {
        int slot = TbcList[--TbcCount];
        LuaValue v = Stack[slot];
        LuaValue tm = GetMetamethod(v, MetaEvent.Close);
        if (tm.IsNil)
        {
            // The metamethod was removed after the variable was marked (lua5.4 raises the same error).
            throw new LuaRuntimeException(LuaValue.FromString("metamethod 'close'"));
        }
        int savedTop = Top;
        Top = Math.Max(Top, slot + 1);
        try
        {
            if (withError || !Global.Profile.ClosesWithoutError) CallNoYield(tm, v, withError ? err : LuaValue.Nil, 0);
            else CallValue(tm, v, default, default, 1, 0);
        }
        finally { Top = savedTop; }
    }

    /// <summary>
    /// Normal exit of a block or function (OP_CLOSE, OP_RETURN of the top Lua frame): closes upvalues at or above
    /// <paramref name="level"/> and starts closing the most recent to-be-closed variable there, if any. Its
    /// <c>__close</c> is removed from the pending list and called at <paramref name="callSlot"/> like any
    /// metamethod (a frame, so it may yield); when it returns, <see cref="FinishOp"/> makes the interrupted
    /// instruction run again to close the next variable or finish the return (lvm.c's luaV_finishOp).
    /// Returns <see cref="MetaStep.Done"/> when nothing is left to close.
    /// </summary>
    internal MetaStep CloseNext(int level, int callSlot)
    {
        CloseUpvalues(level);
        if (TbcCount == 0 || TbcList[TbcCount - 1] < level) return MetaStep.Done;
        int slot = TbcList[--TbcCount];
        LuaValue v = Stack[slot];
        LuaValue tm = GetMetamethod(v, MetaEvent.Close);
        if (tm.IsNil)
        {
            // The metamethod was removed after the variable was marked (lua5.4 raises the same error).
            throw new LuaRuntimeException(LuaValue.FromString("metamethod 'close'"));
        }
        return CallMeta(Math.Max(callSlot, slot + 1), tm, v, LuaValue.Nil, default, Global.Profile.ClosesWithoutError ? 1 : 2, 0);
    }
}
