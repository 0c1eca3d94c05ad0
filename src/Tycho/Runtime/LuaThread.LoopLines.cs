namespace Tycho.Runtime;

// The line events of a loop's entry under each version's loop layout (manual §4.7 "line" events; 5.3 and 5.4
// ldebug.c luaG_traceexec). Tycho compiles every loop with 5.4's layout, so the profiles whose PUC version lays loops
// out differently (LanguageProfile.HasLua54LoopLayout) get their events replayed here, in the line hook's slow path:
// the dispatch loop does no extra work.
//
// - Numeric for, 5.1 to 5.3: FORPREP jumps forward to the FORLOOP at the loop's end, which tests the first
//   iteration and jumps back to the body. The hook sees the FORLOOP's line (the 'for' line) if it differs from
//   FORPREP's (the 'do' line), then the body's first line always (a backward jump), or, when the loop does not run,
//   the line after the loop if it differs from the FORLOOP's. In 5.4 FORPREP falls into the body or jumps past
//   the FORLOOP: one event at most, only on a change of line.
// - Generic for, 5.4 on: OP_TFORPREP runs the first TFORCALL itself, so the hook never sees that TFORCALL (up to 5.3
//   a JMP reaches it and it is traced like any instruction). Its call returns with oldpc at the TFORCALL.
public sealed partial class LuaThread
{
    /// <summary>The line hook is about to see instruction <paramref name="npci"/> of <paramref name="p"/> right
    /// after the one at <paramref name="oldpc"/>: when that was a loop's preparation, reports the events the
    /// profile's loop layout gives and returns true; otherwise returns false (an ordinary step).</summary>
    private bool TraceLoopEntry(Prototype p, int oldpc, int npci)
    {
        uint prep = p.Code[oldpc];
        int target = oldpc + 1 + Instruction.Bx(prep);   // FORPREP: the FORLOOP; TFORPREP: the TFORCALL
        bool lua54 = Global.Profile.HasLua54LoopLayout;
        switch (Instruction.Op(prep))
        {
            case OpCode.ForPrep when !lua54 && (npci == oldpc + 1 || npci == target + 1):
                EnterOldForLoop(p, oldpc, target, npci);
                return true;
            case OpCode.TForPrep when lua54 && npci == target:
                return true;   // the TFORCALL that OP_TFORPREP runs untraced
            default:
                return false;
        }
    }

    /// <summary>Replays a 5.3 numeric loop's entry: FORPREP at <paramref name="prep"/>, then the FORLOOP at
    /// <paramref name="forloop"/>, then <paramref name="npci"/>: the body (a backward jump) or the instruction after
    /// the loop.</summary>
    private void EnterOldForLoop(Prototype p, int prep, int forloop, int npci)
    {
        if (ChangedLine(p, prep, forloop)) LineEventAt(p, forloop);
        bool entered = npci <= forloop;
        if ((HookMask & HookMask.Line) != 0 && (entered || ChangedLine(p, forloop, npci))) LineEventAt(p, npci);
    }

    /// <summary>The line event of instruction <paramref name="pc"/> of the top frame, which appears to stand there
    /// meanwhile (getinfo's currentline).</summary>
    private void LineEventAt(Prototype p, int pc)
    {
        int fi = FrameCount - 1;
        int saved = Frames[fi].Pc;
        Frames[fi].Pc = pc + 1;
        RunHook(HookKind.Line, LineAt(p, pc), 0, 0);
        Frames[fi].Pc = saved;
    }
}
