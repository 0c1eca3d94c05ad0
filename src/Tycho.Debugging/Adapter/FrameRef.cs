using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Debugging;

/// <summary>
/// A frame the client names by id while the program is stopped: a thread and a level rather than a
/// <see cref="LuaStackFrame"/>, which the evaluation of an expression (Lua code running on the state) would
/// invalidate; the frame is looked up again at each use.
/// </summary>
internal readonly record struct FrameRef(LuaThread Thread, int Level)
{
    public LuaStackFrame Get() =>
        Thread.TryGetFrame(Level, out var frame) ? frame : throw new DapException("the frame is no longer active");
}
