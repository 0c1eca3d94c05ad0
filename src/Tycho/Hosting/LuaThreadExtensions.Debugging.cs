using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>The host's view of a thread's call stack (manual §4.7 <c>lua_getstack</c>): extension members, so the
/// runtime's <see cref="LuaThread"/> does not depend on the hosting layer's types.</summary>
public static partial class LuaThreadExtensions
{
    extension(LuaThread thread)
    {
        /// <summary>The number of active frames: the levels <see cref="TryGetFrame"/> accepts are 0 to
        /// <c>StackDepth - 1</c> (0 for a coroutine that has not started or is dead). Throws
        /// <see cref="LuaConcurrentUseException"/> when another thread is inside the state.</summary>
        public int StackDepth
        {
            get
            {
                using var scope = EnterDebugApi(thread);
                return thread.FrameCount - 1;
            }
        }

        /// <summary>The frame at <paramref name="level"/> (manual §4.7 <c>lua_getstack</c>): 0 is the running
        /// function (in a hook handler, the function the event is about), 1 its caller, and so on. False when the
        /// stack is not that deep. Throws <see cref="LuaConcurrentUseException"/> when another thread is inside the
        /// state.</summary>
        public bool TryGetFrame(int level, out LuaStackFrame frame)
        {
            using var scope = EnterDebugApi(thread);
            int fi = thread.FrameOfLevel(level);
            frame = fi < 0 ? default : new LuaStackFrame(thread, level, fi);
            return fi >= 0;
        }

        /// <summary>All active frames, level 0 (the running function) first. Throws
        /// <see cref="LuaConcurrentUseException"/> when another thread is inside the state.</summary>
        public IReadOnlyList<LuaStackFrame> GetStackFrames()
        {
            using var scope = EnterDebugApi(thread);
            var frames = new LuaStackFrame[thread.FrameCount - 1];
            for (int level = 0; level < frames.Length; level++) frames[level] = new LuaStackFrame(thread, level, thread.FrameOfLevel(level));
            return frames;
        }
    }

    /// <summary>Enters the owning state's API guard (single-thread ownership), when the thread belongs to one.</summary>
    internal static LuaState.ApiScope? EnterDebugApi(LuaThread thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        return thread.Global.Host is LuaState s ? s.EnterApi() : null;
    }

    /// <summary>Admits a value written into the thread's frames (rejects objects of another state).</summary>
    internal static void AdmitDebugValue(LuaThread thread, in LuaValue value)
    {
        if (thread.Global.Host is LuaState s) s.Admit(value);
    }
}
