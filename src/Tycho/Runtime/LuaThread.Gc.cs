namespace Tycho.Runtime;

public sealed partial class LuaThread
{
    /// <summary>During OP_NEWTABLE's allocation, its target register: the slots from there up are dead, and a cycle
    /// the allocation starts marks the stack only below it (lvm.c's checkGC(L, ra + 1)). -1 otherwise.</summary>
    internal int GcTop = -1;

    /// <summary>Values the thread holds outside its stack slots (a dead coroutine's error object).</summary>
    internal void MarkExtraRoots(Action<LuaValue> mark)
    {
        mark(ErrorValue);
    }
}
