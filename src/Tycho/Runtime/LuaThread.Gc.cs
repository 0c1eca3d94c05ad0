namespace Tycho.Runtime;

public sealed partial class LuaThread
{
    /// <summary>Values the thread holds outside its stack slots (a dead coroutine's error object).</summary>
    internal void MarkExtraRoots(Action<LuaValue> mark)
    {
        mark(ErrorValue);
    }
}
