namespace Tycho.Runtime;

/// <summary>Describes how a closure gets one upvalue when it is created (lua5.4's Upvaldesc).</summary>
internal readonly record struct UpvalueDesc(string? Name, bool InStack, int Index, LocalKind Kind);

/// <summary>Kinds of variables (lparser.h VDKREG, RDKCONST, RDKTOCLOSE, RDKCTC).</summary>
internal enum LocalKind : byte
{
    Regular = 0, Const = 1, ToClose = 2, CompileTimeConst = 3,
    /// <summary>A <c>global</c> declaration (Lua 5.5 manual §3.3.7): in scope like a local, but only at compile time;
    /// never an upvalue's kind.</summary>
    Global = 4,
    /// <summary>A <c>global &lt;const&gt;</c> declaration.</summary>
    GlobalConst = 5,
}

/// <summary>A local variable's name and the pc range where it is active (lua5.4's LocVar), for debug info and messages.</summary>
internal readonly record struct LocalVarInfo(string Name, int StartPc, int EndPc);

/// <summary>
/// A compiled function (lua5.4's Proto): code, constants, nested prototypes, upvalue descriptors and debug info.
/// Immutable once the compiler has produced it; shared by every closure made from it.
/// </summary>
internal sealed class Prototype
{
    /// <summary>Instructions, encoded as <see cref="Instruction"/>.</summary>
    public uint[] Code = Array.Empty<uint>();

    /// <summary>Name of the environment upvalue of Lua 5.1 functions (function environments, 5.1 manual §2.9):
    /// not an identifier, so no script can name it, and the debug library hides it.</summary>
    public const string HiddenEnvName = "(ENV)";

    /// <summary>True when upvalue 0 is Lua 5.1's hidden environment (<see cref="HiddenEnvName"/>).</summary>
    public bool HasHiddenEnv => Upvalues.Length > 0 && Upvalues[0].Name == HiddenEnvName;
    /// <summary>Constants (nil, booleans, integers, floats, strings).</summary>
    public LuaValue[] Constants = Array.Empty<LuaValue>();
    /// <summary>Prototypes of the functions defined inside this one (OP_CLOSURE's Bx indexes this).</summary>
    public Prototype[] Protos = Array.Empty<Prototype>();
    /// <summary>Upvalue descriptors.</summary>
    public UpvalueDesc[] Upvalues = Array.Empty<UpvalueDesc>();
    /// <summary>Source line of each instruction (same length as <see cref="Code"/>).</summary>
    public int[] LineInfo = Array.Empty<int>();
    /// <summary>Local variables with their active pc ranges, in declaration order.</summary>
    public LocalVarInfo[] LocalVars = Array.Empty<LocalVarInfo>();
    /// <summary>Number of fixed parameters.</summary>
    public int NumParams;
    /// <summary>True for vararg functions (code starts with VARARGPREP).</summary>
    public bool IsVararg;
    /// <summary>Number of registers the function needs.</summary>
    public int MaxStackSize;
    /// <summary>Chunk name: <c>"@file.lua"</c>, <c>"=stdin"</c>, or the source text itself (manual §4.7 <c>lua_load</c>).</summary>
    public string Source = "?";
    /// <summary>Line of the <c>function</c> keyword (0 for a main chunk).</summary>
    public int LineDefined;
    /// <summary>Line of the closing <c>end</c> (0 for a main chunk).</summary>
    public int LastLineDefined;

    /// <summary>The dialect this code was compiled for (or undumped under): <c>string.dump</c> writes its chunk
    /// format, which only a state of the same dialect loads.</summary>
    public LanguageProfile Profile = LanguageProfile.Lua54;

    /// <summary>The last closure made from this prototype, kept by Lua 5.2/5.3 states only (their closure cache,
    /// see LuaThread.ReuseCached). The collector does not trace it: like lgc.c's cleared cache, it does not keep
    /// the closure alive for weak tables.</summary>
    internal LuaClosure? CachedClosure;

    /// <summary>Hook copies of <see cref="Code"/>, made on first use (LuaThread.Hooks.cs): every instruction trapped
    /// (line and count hooks), or only the returns (return hooks).</summary>
    internal uint[]? TrapAllCode, TrapReturnsCode;

    /// <summary>Name of the n-th local active at <paramref name="pc"/> (1-based n), as lua5.4's luaF_getlocalname.</summary>
    public string? GetLocalName(int n, int pc)
    {
        foreach (var v in LocalVars)
        {
            if (v.StartPc > pc) break;
            if (pc < v.EndPc) { n--; if (n == 0) return v.Name; }
        }
        return null;
    }
}
