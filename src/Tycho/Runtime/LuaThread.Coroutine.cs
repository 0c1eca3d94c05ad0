using System.Runtime.CompilerServices;
using Tycho.Runtime.Gc;

namespace Tycho.Runtime;

// Coroutines (manual §2.6): each thread has its own stack and frames; resume runs the coroutine's dispatch loop
// nested on the .NET stack and a yield makes that loop return.
public sealed partial class LuaThread
{
    /// <summary>The coroutine's status; the main thread is always running or normal.</summary>
    internal CoroutineStatus CoStatus = CoroutineStatus.Suspended;
    private bool _started;
    private LuaValue _body;
    /// <summary>Set when the coroutine died by an error (coroutine.close reports it).</summary>
    internal bool HasError;
    internal LuaValue ErrorValue;
    /// <summary>The thread that last resumed this coroutine, and how (where an error that kills it goes).</summary>
    internal LuaThread? Resumer;
    internal ResumeKind ResumedBy;

    /// <summary>Creates a coroutine running <paramref name="body"/> (coroutine.create).</summary>
    internal static LuaThread CreateCoroutine(GlobalState state, LuaFunction body)
    {
        state.Memory.Charge(MemorySizes.Thread(32, 8));
        var co = new LuaThread(state, 32);
        co._body = body;
        state.RegisterCoroutine(co);   // GetThreads lists it; it inherits the state-wide host hook
        if (state.Profile.RemarksOpenUpvalues) state.Collector.TrackCoroutine(co);
        return co;
    }

    /// <summary>True for the state's main thread.</summary>
    internal bool IsMainThread => ReferenceEquals(this, Global.MainThread);

    /// <summary>coroutine.status as seen from the running thread <paramref name="current"/>: the main thread,
    /// when it is not the one running, is resuming someone (normal, §2.6).</summary>
    internal CoroutineStatus StatusSeenFrom(LuaThread current)
    {
        if (ReferenceEquals(this, current)) return CoroutineStatus.Running;
        if (IsMainThread) return CoroutineStatus.Normal;
        return CoStatus;
    }

    /// <summary>Why <see cref="CloseCoroutine"/> may not run when <paramref name="current"/> is running (lua_closethread
    /// accepts only suspended and dead coroutines), or null when it may.</summary>
    internal string? CloseRefusal(LuaThread current)
    {
        if (ReferenceEquals(this, current)) return "cannot close a running coroutine";
        if (CoStatus == CoroutineStatus.Normal || IsMainThread) return "cannot close a normal coroutine";
        if (CoStatus == CoroutineStatus.Running) return "cannot close a running coroutine";
        return null;
    }

    /// <summary>
    /// lua_resume: starts or continues this coroutine from <paramref name="from"/> with <paramref name="args"/>.
    /// On success pushes the yielded or returned values on <paramref name="from"/>'s stack and returns their count;
    /// on error pushes the error value and returns -1.
    /// </summary>
    internal int Resume(LuaThread from, ReadOnlySpan<LuaValue> args, ResumeKind kind = ResumeKind.Host)
    {
        if (IsMainThread) return ResumeError(from, "cannot resume non-suspended coroutine");
        if (CoStatus == CoroutineStatus.Dead)
            return ResumeError(from, "cannot resume dead coroutine");
        if (CoStatus != CoroutineStatus.Suspended || ReferenceEquals(this, from) || IsMainThread)
            return ResumeError(from, "cannot resume non-suspended coroutine");
        if (from.CCalls >= LuaLimits.MaxCCalls || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            return ResumeError(from, "C stack overflow");
        var fromStatus = from.CoStatus;
        Resumer = from;
        ResumedBy = kind;
        from.CoStatus = CoroutineStatus.Normal;
        CoStatus = CoroutineStatus.Running;
        int ownCCalls = CCalls, delta = from.CCalls + 1;
        CCalls += delta;
        var memory = Global.Memory.Enter(this);   // allocations below charge this state (MemoryAccount)
        Exception caught;
        try
        {
            ExecStatus st;
            int n = args.Length;
            if (_body.O is LuaHostFunction { Kind: HostFunctionKind.Yield })
                return ResumeYieldBody(from, args);
            if (!_started)
            {
                _started = true;
                Top = 0;
                EnsureSlots(n + 1 + ExtraStack);
                Stack[0] = _body;
                args.CopyTo(Stack.AsSpan(1));
                Top = 1 + n;
                st = StartBody(n);
            }
            else
            {
                // Deliver the arguments as the results of the pending yield.
                ref CallFrame y = ref Frames[FrameCount - 1];
                int first = y.Func + 1;
                EnsureSlots(first + n + ExtraStack);
                args.CopyTo(Stack.AsSpan(first));
                Top = first + n;
                FrameFlags flags = y.Flags;
                if (HookMask != HookMask.None) ReturnHookHost(y.Func, n);   // the yield returns
                PosCall(first, n);
                st = Execute(1, true, flags);
            }
            if (st == ExecStatus.Yield)
            {
                CoStatus = CoroutineStatus.Suspended;
                ref CallFrame y = ref Frames[FrameCount - 1];
                return Transfer(from, y.Func + 1, Top - (y.Func + 1));
            }
            CoStatus = CoroutineStatus.Dead;
            int r = Transfer(from, 0, Top);
            Top = 0;
            return r;
        }
        catch (Exception e)
        {
            caught = e; // handled below, outside the catch block (see Execute)
        }
        finally
        {
            CCalls -= delta;
            from.CoStatus = fromStatus;
            memory.Exit();
        }
        if (caught is CoroutineClosedItself closed && ReferenceEquals(closed.Thread, this))
            return ClosedItself(from, closed, ownCCalls);
        LuaRuntimeException ex = PrepareError(caught);
        CoStatus = CoroutineStatus.Dead;
        HasError = true;
        ErrorValue = ex.Value;
        from.Push(ex.Value);
        return -1;
    }

    /// <summary>
    /// First resume: calls the body with the <paramref name="nargs"/> arguments above it as the VM calls from Lua,
    /// so a body that is pcall, dofile, ... gets its pseudo frame (frame 1, the loop's entry) and may yield.
    /// </summary>
    private ExecStatus StartBody(int nargs)
    {
        Exception caught;
        try
        {
            var kind = PreCall(0, nargs, -1, FrameFlags.None, true, out FrameFlags popped);
            if (kind == CallKind.Lua) return Execute(1);
            if (kind == CallKind.Yield) return ExecStatus.Yield;
            // A host function completed; a pseudo frame it leaves (pcall of a host function) is finished here.
            return FrameCount == 1 ? ExecStatus.Ok : Execute(1, true, popped);
        }
        catch (Exception e)
        {
            caught = e; // handled below, outside the catch block (see Execute)
        }
        // An error before the loop runs (pcall(error) as the body): the body's own pcall frame catches it.
        LuaRuntimeException ex = PrepareError(caught);
        int p = FrameCount > 1 && (Frames[1].Flags & (FrameFlags.PCall | FrameFlags.XPCall)) != 0 ? 1 : -1;
        if (p < 0) throw ex;
        return Execute(1, true, Recover(p, ex.Value));
    }

    /// <summary>
    /// A coroutine whose body is <c>coroutine.yield</c> itself (<c>coroutine.wrap(coroutine.yield)</c>): the first
    /// resume yields its arguments, the second returns its arguments as the body's results and the coroutine dies,
    /// as lua5.4's lua_yield from a C function called directly by resume.
    /// </summary>
    private int ResumeYieldBody(LuaThread from, ReadOnlySpan<LuaValue> args)
    {
        CoStatus = _started ? CoroutineStatus.Dead : CoroutineStatus.Suspended;
        _started = true;
        from.EnsureSlots(from.Top + args.Length + ExtraStack);
        args.CopyTo(from.Stack.AsSpan(from.Top));
        from.Top += args.Length;
        return args.Length;
    }

    /// <summary>The resume of a coroutine that closed itself (Lua 5.5 manual §6.2 coroutine.close) returns as if the
    /// body had ended: no values, or the error of a <c>__close</c> handler, which a later close reports again.
    /// The unwinding skipped the C-call bookkeeping of the frames it left, so the count is set back here.</summary>
    private int ClosedItself(LuaThread from, CoroutineClosedItself closed, int ownCCalls)
    {
        CCalls = ownCCalls;
        Top = 0;
        CoStatus = CoroutineStatus.Dead;
        if (closed.Error is not LuaValue err) return 0;
        HasError = true;
        ErrorValue = err;
        from.Push(err);
        return -1;
    }

    /// <summary>
    /// Lua 5.5's <c>coroutine.close()</c> of the running coroutine (lcorolib.c luaB_close, lua_closethread from
    /// itself): closes its pending to-be-closed variables at once, as a close from outside would, then returns the
    /// exception that abandons the rest of its code up to the resume (<see cref="CoroutineClosedItself"/>).
    /// </summary>
    internal Exception CloseItself() => new CoroutineClosedItself(this, CloseCoroutine(this));

    private static int ResumeError(LuaThread from, string msg)
    {
        from.Push(LuaValue.FromString(msg));
        return -1;
    }

    private int Transfer(LuaThread to, int first, int n)
    {
        to.EnsureSlots(to.Top + n + ExtraStack);
        Array.Copy(Stack, first, to.Stack, to.Top, n);
        to.Top += n;
        Top = first;
        return n;
    }

    /// <summary>lua_closethread: closes the pending to-be-closed variables of a suspended or dead coroutine.
    /// Returns null on success or the error value (the original error of a dead coroutine, or one from __close).
    /// The <c>__close</c> calls nest on <paramref name="from"/>'s C calls, so a chain of closes that close other
    /// coroutines ends in "C stack overflow" (cstack.lua).</summary>
    internal LuaValue? CloseCoroutine(LuaThread? from = null)
    {
        int savedCCalls = CCalls;
        CCalls = from?.CCalls ?? 0;
        try { return CloseCoroutineAt(); }
        finally { CCalls = savedCCalls; }
    }

    private LuaValue? CloseCoroutineAt()
    {
        bool errored = HasError;
        LuaValue err = HasError ? ErrorValue : LuaValue.Nil;
        // lua_closethread resets the thread's status before closing: a 5.5 coroutine that a __close below closes
        // again (itself) closes what is left with no error.
        HasError = false;
        ErrorValue = LuaValue.Nil;
        int top = Top;
        for (int i = 1; i < FrameCount; i++) top = Math.Max(top, Frames[i].Top);
        for (int i = 1; i < FrameCount; i++) { Frames[i].Function = null; }
        FrameCount = 1;
        Top = Math.Min(top, Stack.Length - 1);
        CloseUpvalues(0);
        while (TbcCount > 0)
        {
            try { CloseTbc(0, err, errored); }
            catch (LuaRuntimeException e) { err = e.Value; errored = true; }
            catch (CoroutineClosedItself inner) when (ReferenceEquals(inner.Thread, this))
            {
                // A __close closed the coroutine again (5.5): that close finished the work, and its outcome is this
                // one's, except that it reset the stack holding this close's error, which the 5.5.0 oracle then
                // reports as nil.
                if (inner.Error is LuaValue e) { err = e; errored = true; }
                else err = LuaValue.Nil;
            }
        }
        Top = 0;
        CoStatus = CoroutineStatus.Dead;
        _started = true;
        return errored ? (LuaValue?)err : null;
    }
}
