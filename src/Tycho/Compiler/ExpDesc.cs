using Tycho.Runtime;

namespace Tycho.Compiler;

/// <summary>Kinds of pending expressions (lparser.h expkind), in lua5.4's order.</summary>
internal enum ExpKind
{
    /// <summary>Empty expression list, or no value.</summary>
    Void,
    /// <summary>Constant nil.</summary>
    Nil,
    /// <summary>Constant true.</summary>
    True,
    /// <summary>Constant false.</summary>
    False,
    /// <summary>Constant in the constant table; Info = index.</summary>
    K,
    /// <summary>Float constant; NVal.</summary>
    KFlt,
    /// <summary>Integer constant; IVal.</summary>
    KInt,
    /// <summary>String constant; StrVal.</summary>
    KStr,
    /// <summary>Value in a fixed register; Info = register.</summary>
    NonReloc,
    /// <summary>Local variable; RIdx = register, VIdx = index among the function's active variables.</summary>
    Local,
    /// <summary>Upvalue; Info = upvalue index.</summary>
    Upval,
    /// <summary>Compile-time constant variable; Info = absolute index in the variable list.</summary>
    Const,
    /// <summary>Indexed by a register; IndT = table register, IndIdx = key register.</summary>
    Indexed,
    /// <summary>Upvalue indexed by a constant string; IndT = upvalue, IndIdx = constant.</summary>
    IndexUp,
    /// <summary>Register indexed by a small integer; IndIdx = the integer.</summary>
    IndexI,
    /// <summary>Register indexed by a constant short string; IndIdx = constant.</summary>
    IndexStr,
    /// <summary>A test/comparison; Info = pc of its jump.</summary>
    Jmp,
    /// <summary>Result can go to any register; Info = pc of the instruction whose A is to be set.</summary>
    Reloc,
    /// <summary>Open function call; Info = pc of the CALL.</summary>
    Call,
    /// <summary>Vararg expression; Info = pc of the VARARG.</summary>
    Vararg,
}

/// <summary>A pending expression (lparser.h expdesc) with its true/false exit jump lists.</summary>
internal struct ExpDesc
{
    public ExpKind Kind;
    public int Info;
    public long IVal;
    public double NVal;
    public LuaString? StrVal;
    public int IndT, IndIdx;
    public int RIdx, VIdx;
    /// <summary>For an indexed global declared read-only (Lua 5.5 <c>global &lt;const&gt;</c>): its name, which
    /// an assignment reports.</summary>
    public string? ReadOnlyName;
    /// <summary>Patch list of "exit when true".</summary>
    public int T;
    /// <summary>Patch list of "exit when false".</summary>
    public int F;

    public ExpDesc(ExpKind kind, int info)
    {
        this = default;
        Kind = kind; Info = info; T = F = CodeGen.NoJump;
    }

    public readonly bool HasJumps => T != F;
}

/// <summary>An active local variable's compile-time description (lparser.h Vardesc).</summary>
internal sealed class VarDesc
{
    public string Name = "";
    public LocalKind Kind;
    /// <summary>Register holding the variable.</summary>
    public int RIdx;
    /// <summary>Index of the variable in the prototype's LocalVars.</summary>
    public int PIdx;
    /// <summary>Value of a compile-time constant.</summary>
    public LuaValue K;
    /// <summary>The name of a collective declaration <c>global *</c> (no identifier can be spelt so).</summary>
    public const string Collective = "*";
    /// <summary>Whether the variable lives in a register (lparser.h varinreg): not a compile-time constant nor a
    /// global declaration.</summary>
    public bool InRegister => Kind < LocalKind.CompileTimeConst;
    /// <summary>Whether this is a <c>global</c> declaration (lparser.h varglobal).</summary>
    public bool IsGlobal => Kind >= LocalKind.Global;
}

/// <summary>A pending goto or an active label (lparser.h Labeldesc).</summary>
internal sealed class LabelDesc
{
    public string Name = "";
    public int Pc;
    public int Line;
    public int NActVar;
    public bool Close;
}

/// <summary>A block's bookkeeping (lparser.c BlockCnt).</summary>
internal sealed class BlockCnt
{
    public BlockCnt? Previous;
    public int FirstLabel;
    public int FirstGoto;
    public int NActVar;
    public bool Upval;
    public bool IsLoop;
    public bool InsideTbc;
    /// <summary>The statements of the block (set by StatList): Lua 5.2/5.3 resolve a goto to the label of the
    /// nearest enclosing block that declares it, even a label not yet compiled.</summary>
    public Syntax.Block? Body;
}

/// <summary>State of the function being compiled (lparser.h FuncState).</summary>
internal sealed class FuncState
{
    public FuncState? Prev;
    public BlockCnt? Bl;
    public readonly List<uint> Code = new();
    public readonly List<int> LineInfo = new();
    public readonly List<LuaValue> K = new();
    public readonly List<Prototype> Protos = new();
    public readonly List<UpvalueDesc> Upvalues = new();
    public readonly List<LocalVarInfo> LocVars = new();
    public int LastTarget;
    public int FirstLocal;
    public int FirstLabel;
    public int NActVar;
    public int FreeReg;
    public bool NeedClose;
    public bool IsVararg;
    public int NumParams;
    public int MaxStackSize = 2;
    public int LineDefined;
    public int LastLineDefined;
    /// <summary>Register of a named vararg table (Lua 5.5 <c>...t</c>), or -1.</summary>
    public int VarargTableReg = -1;
    /// <summary>Whether it has a name (<c>...t</c>); an anonymous one (5.5's "(vararg table)") is never made.</summary>
    public bool Named;
    /// <summary>Its index among the function's active variables.</summary>
    public int VarargTableVIdx = -1;
    /// <summary>Whether the named vararg table must exist as a real table: it is assigned through, passed on or
    /// captured (lparser.c needvatab); otherwise its reads go to the extra arguments directly.</summary>
    public bool NeedsVarargTable;

    public int Pc => Code.Count;
}
