using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Tycho.Runtime;

// Debug hooks (manual §4.7 lua_sethook, §6.10 debug.sethook; ldo.c luaD_hook, ldebug.c luaG_traceexec).
//
// A thread without hooks pays nothing per instruction: the dispatch loop tests HookTrap once when it enters a
// frame and once after a host call. With a hook, a frame runs from a hook copy of its code (TrapCode) in which the
// instructions the hook must see are OpCode.Trap: line and count hooks trap every instruction, return hooks only
// the returns. The Trap case calls HookStep, which runs the hooks and hands back the real instruction to dispatch.
//
// Two hooks share that machinery: the script's (debug.sethook, a Lua function) and the host's (LuaState.SetHook, a
// .NET delegate). The traps serve the union of their masks; each event goes to the hooks that asked for it.
public sealed partial class LuaThread
{
    /// <summary>The script's hook function (nil: none).</summary>
    internal LuaValue HookFunction;
    /// <summary>The events the script's hook asks for (lua_gethookmask).</summary>
    internal HookMask ScriptHookMask;
    /// <summary>The union of the script's and the host's masks (without <see cref="HookMask.Error"/>): what the
    /// trap copies of the code must stop at. None when neither hook is set.</summary>
    internal HookMask HookMask;
    /// <summary>The count given to sethook (lua_gethookcount) and the instructions left until the next count event.</summary>
    internal int BaseHookCount, HookCount;
    /// <summary>Nonzero while frames must check for hooks: the mask, plus <see cref="HookPending"/> after a change
    /// the running frames have not seen yet.</summary>
    internal int HookTrap;
    /// <summary>False while a hook runs: hooks do not nest (lstate.h's allowhook).</summary>
    internal bool AllowHook = true;
    /// <summary>Index of the last instruction traced for the line hook (lstate.h's oldpc).</summary>
    internal int OldPc;
    /// <summary>Transfer information of the frame flagged <see cref="FrameFlags.Transfer"/> (getinfo's 'r').</summary>
    internal int HookFTransfer, HookNTransfer;

    private const int HookPending = 0x100;

    /// <summary>lua_sethook: installs <paramref name="hook"/> for <paramref name="mask"/> (none when the function is
    /// nil or the mask empty). Frames already running notice at their next call, return or host call.</summary>
    internal void SetHook(LuaValue hook, HookMask mask, int count)
    {
        if (hook.IsNil || mask == HookMask.None) { hook = LuaValue.Nil; mask = HookMask.None; }
        HookFunction = hook;
        BaseHookCount = count;
        HookCount = count;
        ScriptHookMask = mask;
        UpdateHookTrap();
    }

    /// <summary>Recomputes the union mask after either hook changed; running frames pick up the new trap copy at
    /// their next call, return or host call.</summary>
    private void UpdateHookTrap()
    {
        HookMask = ScriptHookMask | (HostHookMask & ~HookMask.Error);
        HookTrap = (int)HookMask | HookPending;
    }

    /// <summary>The dispatch loop enters a Lua frame (HookTrap set): a new frame (pc 0) runs the call hook
    /// (luaD_hookcall), a frame continuing after a call corrects <see cref="OldPc"/> (rethook). Returns the code
    /// the frame must run for the current mask.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private uint[] HookEnter(LuaClosure cl, int pc)
    {
        HookTrap = (int)HookMask;
        if (HookMask == HookMask.None) return cl.Code;
        if (pc == 0) HookCallLua(cl.Proto);
        else OldPc = pc - 1;
        return TrapCode(cl.Proto, HookMask);
    }

    /// <summary>luaD_hookcall for the top frame, which starts <paramref name="p"/>. A vararg function reports the
    /// call after its OP_VARARGPREP, and its line hook starts at the instruction after it.</summary>
    private void HookCallLua(Prototype p)
    {
        OldPc = 0;
        if ((HookMask & HookMask.Call) != 0)
        {
            int fi = FrameCount - 1;
            HookEvent(fi, p.IsVararg ? 2 : 1, (Frames[fi].Flags & FrameFlags.Tail) != 0 ? HookKind.TailCall : HookKind.Call, 1, p.NumParams);
        }
        if (p.IsVararg) OldPc = 1;
    }

    /// <summary>Runs a hook for Lua frame <paramref name="fi"/> seen at <paramref name="pc"/> (hooks assume the pc
    /// already incremented), then puts the frame's pc back.</summary>
    private void HookEvent(int fi, int pc, HookKind evt, int ftransfer, int ntransfer)
    {
        int saved = Frames[fi].Pc;
        Frames[fi].Pc = pc;
        RunHook(evt, -1, ftransfer, ntransfer);
        Frames[fi].Pc = saved;
    }

    /// <summary>The Trap case of the dispatch loop: instruction <paramref name="npci"/> of the top frame is about to
    /// run (its pc is saved past it). Runs the line and count hooks (luaG_traceexec) and the return hook of a
    /// returning instruction; returns the real instruction.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private uint HookStep(int npci)
    {
        int fi = FrameCount - 1;
        Prototype p = Frames[fi].Closure!.Proto;
        uint i = p.Code[npci];
        if ((HookMask & (HookMask.Line | HookMask.Count)) != 0) TraceExec(p, npci);
        if ((HookMask & HookMask.Return) != 0 && Instruction.Op(i) is OpCode.Return or OpCode.Return0 or OpCode.Return1)
            ReturnHookLua(fi, i);
        return i;
    }

    /// <summary>luaG_traceexec: the count hook every <see cref="BaseHookCount"/> instructions; the line hook when
    /// the instruction starts a new line or jumped back (a loop).</summary>
    private void TraceExec(Prototype p, int npci)
    {
        if ((HookMask & HookMask.Count) != 0) CountHooks();
        if ((HookMask & HookMask.Line) != 0)
        {
            int oldpc = OldPc < p.Code.Length ? OldPc : 0;   // may be another function's pc
            if (!TraceLoopEntry(p, oldpc, npci) && (npci <= oldpc || ChangedLine(p, oldpc, npci)))
                RunHook(HookKind.Line, LineAt(p, npci), 0, 0);
            OldPc = npci;
        }
    }

    /// <summary>The count events: each hook counts its own instructions (its own count).</summary>
    private void CountHooks()
    {
        bool script = (ScriptHookMask & HookMask.Count) != 0 && --HookCount == 0;
        if (script) HookCount = BaseHookCount;
        bool host = (HostHookMask & HookMask.Count) != 0 && --HostHookCount == 0;
        if (host) HostHookCount = HostBaseHookCount;
        if (host) RunHostHook(HookKind.Count, -1, LuaValue.Nil, false);
        if (script) RunScriptHook(HookKind.Count, -1, 0, 0);
    }

    /// <summary>Line of instruction <paramref name="pc"/>, or -1 without debug information (luaG_getfuncline).</summary>
    private static int LineAt(Prototype p, int pc) => (uint)pc < (uint)p.LineInfo.Length ? p.LineInfo[pc] : -1;

    /// <summary>ldebug.c changedline: stripped code never changes line.</summary>
    private static bool ChangedLine(Prototype p, int oldpc, int newpc) =>
        p.LineInfo.Length != 0 && LineAt(p, oldpc) != LineAt(p, newpc);

    /// <summary>rethook for Lua frame <paramref name="fi"/> returning with instruction <paramref name="i"/>. An OP_RETURN
    /// with variables still to close runs again after each <c>__close</c>: only its last run reports.</summary>
    private void ReturnHookLua(int fi, uint i)
    {
        int bas = Frames[fi].Base;
        OpCode op = Instruction.Op(i);
        if (op == OpCode.Return && TbcCount > 0 && TbcList[TbcCount - 1] >= bas) return;
        int ra = bas + Instruction.A(i);
        int n = op == OpCode.Return0 ? 0 : op == OpCode.Return1 ? 1 : Instruction.B(i) - 1;
        if (n < 0) n = Top - ra;
        RunHook(HookKind.Return, -1, ra - bas + 1, n);   // results as locals of the returning frame
    }

    /// <summary>The call hook of the host function in the top frame (ldo.c precallC): its arguments are the transfer.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CallHookHost(int nargs)
    {
        if ((HookMask & HookMask.Call) != 0) RunHook(HookKind.Call, -1, 1, nargs);
    }

    /// <summary>rethook for the host function in the top frame, whose <paramref name="n"/> results end at Top; then
    /// the caller's <see cref="OldPc"/> is corrected.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReturnHookHost(int func, int n) => ReturnHookTransfer(Top - n - func, n);

    /// <summary>The return hook of the top (host) frame, whose <paramref name="ntransfer"/> results start at index
    /// <paramref name="ftransfer"/> of its frame as lua lays them out (getinfo's 'r').</summary>
    private void ReturnHookTransfer(int ftransfer, int ntransfer)
    {
        if ((HookMask & HookMask.Return) != 0) RunHook(HookKind.Return, -1, ftransfer, ntransfer);
        ref CallFrame caller = ref Frames[FrameCount - 2];
        if (caller.IsLua) OldPc = caller.Pc - 1;
    }

    /// <summary>luaD_hook: runs the hooks that asked for <paramref name="evt"/> for the top frame, the host's first
    /// (a debugger stops before the script's hook runs). Nothing runs while a hook of this thread, or a host hook
    /// of the state, is running.</summary>
    private void RunHook(HookKind evt, int line, int ftransfer, int ntransfer)
    {
        if (!AllowHook || Global.InHostHook) return;
        HookMask bit = MaskOf(evt);
        if ((HostHookMask & bit) != 0) RunHostHook(evt, line, LuaValue.Nil, false);
        if ((ScriptHookMask & bit) != 0) RunScriptHook(evt, line, ftransfer, ntransfer);
    }

    private static HookMask MaskOf(HookKind evt) => evt switch
    {
        HookKind.Call or HookKind.TailCall => HookMask.Call,
        HookKind.Return => HookMask.Return,
        HookKind.Line => HookMask.Line,
        HookKind.Count => HookMask.Count,
        _ => HookMask.Error,
    };

    /// <summary>Calls the script's hook function with the event name and the line (nil but for line events) for
    /// the top frame, flagged as hooked meanwhile, with hooks off. The frame's registers are kept below the call.</summary>
    private void RunScriptHook(HookKind evt, int line, int ftransfer, int ntransfer)
    {
        if (!AllowHook || Global.InHostHook || HookFunction.IsNil) return;
        int fi = FrameCount - 1;
        FrameFlags mask = FrameFlags.Hooked;
        if (ntransfer != 0)
        {
            mask |= FrameFlags.Transfer;
            HookFTransfer = ftransfer;
            HookNTransfer = ntransfer;
        }
        int savedTop = Top;
        ref CallFrame f = ref Frames[fi];
        if (f.IsLua && Top < f.Top) Top = f.Top;
        f.Flags |= mask;
        AllowHook = false;
        try
        {
            CallValue(HookFunction, HookEvents.Name(evt), line >= 0 ? LuaValue.FromInteger(line) : LuaValue.Nil, default, 2, 0);
        }
        finally
        {
            AllowHook = true;
            Frames[fi].Flags &= ~mask;
            Top = savedTop;
        }
        // The hook function's return corrects oldpc like any return (ldo.c rethook).
        if (HookMask != HookMask.None && Frames[fi].IsLua) OldPc = Frames[fi].Pc - 1;
    }

    /// <summary>The code a frame of <paramref name="p"/> runs under <paramref name="mask"/>: a hook copy with the
    /// instructions to stop at trapped, made once per prototype, or the code itself.</summary>
    private static uint[] TrapCode(Prototype p, HookMask mask)
    {
        if ((mask & (HookMask.Line | HookMask.Count)) != 0) return p.TrapAllCode ??= MakeTrapCode(p.Code, all: true);
        if ((mask & HookMask.Return) != 0) return p.TrapReturnsCode ??= MakeTrapCode(p.Code, all: false);
        return p.Code;
    }

    /// <summary>A copy of <paramref name="code"/> with every instruction (but OP_VARARGPREP, which luaV_execute
    /// runs before tracing starts) or only the returns replaced by <see cref="OpCode.Trap"/>, operands kept.</summary>
    private static uint[] MakeTrapCode(uint[] code, bool all)
    {
        var trapped = new uint[code.Length];
        for (int pc = 0; pc < code.Length; pc++)
        {
            uint i = code[pc];
            OpCode op = Instruction.Op(i);
            bool trap = all ? op != OpCode.VarargPrep : op is OpCode.Return or OpCode.Return0 or OpCode.Return1;
            trapped[pc] = trap ? (i & ~0x7Fu) | (uint)OpCode.Trap : i;
        }
        return trapped;
    }

    /// <summary>True when <paramref name="code"/> is the start of <paramref name="cl"/>'s code or of one of its hook
    /// copies (Debug-build checks of the dispatch loop).</summary>
    private static bool IsCodeOf(LuaClosure cl, ref uint code)
    {
        var p = cl.Proto;
        return Unsafe.AreSame(ref code, ref MemoryMarshal.GetArrayDataReference(cl.Code))
            || (p.TrapAllCode is { } a && Unsafe.AreSame(ref code, ref MemoryMarshal.GetArrayDataReference(a)))
            || (p.TrapReturnsCode is { } r && Unsafe.AreSame(ref code, ref MemoryMarshal.GetArrayDataReference(r)));
    }
}
