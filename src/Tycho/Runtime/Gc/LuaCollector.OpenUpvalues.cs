namespace Tycho.Runtime.Gc;

/// <summary>
/// Lua 5.3's remark of open upvalues (<see cref="LanguageProfile.RemarksOpenUpvalues"/>, lgc.c remarkupvals): after
/// the mark phase proper, the open upvalues of every coroutine the cycle did not reach keep their values alive if
/// they are <see cref="UpValue.Touched"/> — created, or used by a closure the cycle traversed, since the last remark —
/// and lose the flag. A suspended coroutine whose only reference is a table held in one of its own new upvalues so
/// survives its first collection and dies in the second, as in 5.3.6. In 5.4 an open upvalue's value is kept only
/// by a reachable closure using it, which is what the mark phase does without this step.
/// </summary>
internal sealed partial class LuaCollector
{
    /// <summary>The coroutines whose open upvalues the remark visits (5.3's 'twups' list): each coroutine created
    /// since the last cycle and each one a cycle reached. One a finished cycle did not reach can never run again
    /// (lua frees it, closing its upvalues), so it leaves the list; so does a dead one, which has no open upvalues.</summary>
    private readonly List<LuaThread> _coroutines = new();
    /// <summary>Upvalues whose flag the running cycle's remark used: cleared when the cycle completes, so a cycle
    /// stopped by a limit leaves the flags for the next one.</summary>
    private readonly List<UpValue> _remarked = new();
    /// <summary>Closures flag their open upvalues while the mark phase proper runs (lgc.c's propagate phase);
    /// from the remark on (lgc.c's atomic phase) they only mark them.</summary>
    private bool _touchesUpvalues;

    /// <summary>Records a coroutine created under a profile that remarks open upvalues.</summary>
    internal void TrackCoroutine(LuaThread co) => _coroutines.Add(co);

    /// <summary>Marks the values of the touched open upvalues of the coroutines not reached so far.</summary>
    private void RemarkOpenUpvalues()
    {
        _touchesUpvalues = false;
        _remarked.Clear();
        foreach (var th in _coroutines)
        {
            if (th.GcEpoch == _epoch) continue;   // reached: its stack holds its open upvalues' values
            for (var uv = th.OpenUpvalues; uv is not null; uv = uv.NextOpen)
            {
                if (!uv.Touched) continue;
                _remarked.Add(uv);
                MarkValue(uv.Ref);
            }
        }
    }

    /// <summary>At the end of a completed cycle: the used flags are spent, and unreached or dead coroutines leave
    /// the list.</summary>
    private void FinishOpenUpvalueRemark()
    {
        foreach (var uv in _remarked) uv.Touched = false;
        _remarked.Clear();
        _coroutines.RemoveAll(th => th.GcEpoch != _epoch || th.CoStatus == CoroutineStatus.Dead);
    }
}
