using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>
/// What <c>lua_getinfo</c> reports about a function or an active frame (manual §4.7 <c>lua_Debug</c>, options
/// "nSltuL" plus 'f'): a snapshot taken when it was made. Made by <see cref="LuaStackFrame.GetInfo"/> and
/// <see cref="LuaFunctionExtensions.GetDebugInfo(LuaFunction)"/>.
/// </summary>
public sealed class LuaDebugInfo
{
    private LuaDebugInfo(LuaFunction? function)
    {
        Function = function;
        (Source, ShortSource, LineDefined, LastLineDefined, What) = LuaThread.FunctionSource(function);
        (NumUpvalues, NumParams, IsVararg) = LuaThread.FunctionShape(function);
    }

    /// <summary>The info of <paramref name="function"/> itself (lua_getinfo with "&gt;"): no current line, no name.</summary>
    internal static LuaDebugInfo OfFunction(LuaFunction function) => new(function);

    /// <summary>The info of the function running in frame <paramref name="fi"/> of <paramref name="thread"/>.</summary>
    internal static LuaDebugInfo OfFrame(LuaThread thread, int fi)
    {
        ref CallFrame f = ref thread.Frames[fi];
        var info = new LuaDebugInfo(f.Function);
        info.CurrentLine = LuaThread.CurrentLine(f);
        info.IsTailCall = (f.Flags & FrameFlags.Tail) != 0;
        var (kind, name) = thread.GetFuncName(fi);
        if (kind is not null) { info.Name = name; info.NameWhat = kind; }
        return info;
    }

    /// <summary>The chunk name the function was loaded with: "@file.lua" for a file, "=name" for a literal name,
    /// else the chunk's text; "=[C]" for a host function.</summary>
    public string Source { get; }

    /// <summary>The printable form of <see cref="Source"/> used in error messages (luaO_chunkid, at most 60
    /// characters): "file.lua", "[string \"...\"]", "[C]".</summary>
    public string ShortSource { get; }

    /// <summary>"Lua" for a Lua function, "main" for the main part of a chunk, "C" for a host function.</summary>
    public string What { get; }

    /// <summary>The line the frame is running; -1 when it is not a running Lua frame or the code has no line
    /// information.</summary>
    public int CurrentLine { get; private set; } = -1;

    /// <summary>The line where the function's definition starts (0 for a main chunk, -1 for a host function).</summary>
    public int LineDefined { get; }

    /// <summary>The line where the function's definition ends (-1 for a host function).</summary>
    public int LastLineDefined { get; }

    /// <summary>A name for the function, from how its caller called it ("print", "insert", "__index"); null when
    /// none can be found (a tail call, a function called by the host).</summary>
    public string? Name { get; private set; }

    /// <summary>What <see cref="Name"/> is: "global", "local", "method", "field", "upvalue", "metamethod",
    /// "for iterator", "hook", or "" when there is no name.</summary>
    public string NameWhat { get; private set; } = "";

    /// <summary>The number of upvalues of the function.</summary>
    public int NumUpvalues { get; }

    /// <summary>The number of fixed parameters (0 for host functions).</summary>
    public int NumParams { get; }

    /// <summary>True for a vararg function (always for host functions).</summary>
    public bool IsVararg { get; }

    /// <summary>True when the frame was entered by a tail call (its caller is not on the stack).</summary>
    public bool IsTailCall { get; private set; }

    /// <summary>The function itself (getinfo's 'f').</summary>
    public LuaValue Function { get; }

    /// <summary>The sorted lines of the function that have code (getinfo's 'L'); empty for host functions. Made on
    /// first use: stack traces and profiler samples take an info per frame and rarely read it.</summary>
    public IReadOnlyList<int> ActiveLines => _activeLines ??= Function.AsObject is LuaClosure cl ? LuaThread.ActiveLines(cl.Proto) : [];

    private IReadOnlyList<int>? _activeLines;
}
