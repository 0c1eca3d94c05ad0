using System.Runtime.CompilerServices;
using Tycho.Runtime;
using Tycho.Syntax;

namespace Tycho.Compiler;

// Port of lparser.c's variable, upvalue, block, label and goto bookkeeping (Lua 5.4.4).
internal sealed partial class CodeGen
{
    private const int MaxVars = 200;
    private const int MaxUpval = 255;

    private FuncState fs = null!;
    private readonly string _source;
    private readonly List<VarDesc> _actVar = new();
    private readonly List<LabelDesc> _gotos = new();
    private readonly List<LabelDesc> _labels = new();
    private readonly Dictionary<LuaValue, int> _kcache = new();
    private int _nilKey = -1;
    /// <summary>Emulates lparser's ls->lastline: the line given to each new instruction.</summary>
    private int _line = 1;
    /// <summary>Best guess at ls->linenumber (the line of the lookahead token) for semantic errors.</summary>
    private int _nextLine = 1;
    /// <summary>The first token of the next statement (txtToken form), when known.</summary>
    private string? _nextToken;

    private CodeGen(string source, CompileMeter meter, LanguageProfile profile)
    {
        _source = source; _meter = meter; _profile = profile;
    }

    /// <summary>The dialect being compiled (<see cref="Chunk.Profile"/>).</summary>
    private readonly LanguageProfile _profile;

    /// <summary>Where the instructions and constants emitted are charged (work and memory).</summary>
    private readonly CompileMeter _meter;

    // ---------------------------------------------------------------- errors

    private LuaSyntaxException SyntaxError(string msg, int line) =>
        new($"{ChunkId.Format(_source, _profile)}:{line}: {msg}");

    /// <summary>Best guess at the lookahead token (quoted, as luaX's txtToken) for luaX_syntaxerror messages, or null.</summary>
    private string? _near;

    /// <summary>An error raised by luaX_syntaxerror: position of the lookahead token and "near" it when known.</summary>
    private LuaSyntaxException SyntaxErrorNear(string msg) =>
        SyntaxError(_near != null ? msg + " near " + _near : msg, _line);

    /// <summary>The text lua5.4 shows for the first token of an expression (txtToken), when cheaply known.</summary>
    private static string? FirstToken(Expr e)
    {
        while (true)
        {
            switch (e)
            {
                case NameExpr n: return "'" + n.Name + "'";
                case IndexExpr ix: e = ix.Object; continue;
                case CallExpr c: e = c.Function; continue;
                case MethodCallExpr m: e = m.Object; continue;
                case BinaryExpr b: e = b.Left; continue;
                case ParenExpr: return "'('";
                case TableExpr: return "'{'";
                case FunctionExpr: return "'function'";
                case NilExpr: return "'nil'";
                case TrueExpr: return "'true'";
                case FalseExpr: return "'false'";
                case VarargExpr: return "'...'";
                case UnaryExpr u: return u.Op switch { UnaryOp.Not => "'not'", UnaryOp.Neg => "'-'", UnaryOp.Len => "'#'", _ => "'~'" };
                default: return null; // numerals and strings show their source text, which the tree does not keep
            }
        }
    }

    /// <summary>The text of the first token of a statement, as txtToken shows it.</summary>
    private static string? FirstToken(Stat? s) => s switch
    {
        null => null,
        LocalStat or LocalFunctionStat => "'local'",
        GlobalStat or GlobalFunctionStat => "'global'",
        IfStat => "'if'",
        WhileStat => "'while'",
        DoStat => "'do'",
        NumericForStat or GenericForStat => "'for'",
        RepeatStat => "'repeat'",
        FunctionStat => "'function'",
        ReturnStat => "'return'",
        BreakStat => "'break'",
        GotoStat => "'goto'",
        LabelStat => "'::'",
        AssignStat a => FirstToken(a.Targets[0]),
        CallStat c => FirstToken(c.Call),
        _ => null,
    };

    private LuaSyntaxException LimitError(int limit, string what)
    {
        int line = fs.LineDefined;
        string where = line == 0 ? "main function" : $"function at line {line}";
        return SyntaxErrorNear($"too many {what} (limit is {limit}) in {where}");
    }

    private void EnterLevel()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new LuaSyntaxException("C stack overflow");
    }

    // ---------------------------------------------------------------- variables

    private VarDesc GetLocalVarDesc(FuncState f, int vidx) => _actVar[f.FirstLocal + vidx];

    private int RegLevel(int nvar)
    {
        while (nvar-- > 0)
        {
            var vd = GetLocalVarDesc(fs, nvar);
            if (vd.InRegister) return vd.RIdx + 1;
        }
        return 0;
    }

    private int NVarStack() => RegLevel(fs.NActVar);

    private int NewLocalVar(string name)
    {
        if (_actVar.Count + 1 - fs.FirstLocal > MaxVars && LocalsInFunction() + 1 > MaxVars)
            throw LimitError(MaxVars, "local variables");
        _actVar.Add(new VarDesc { Name = name, Kind = LocalKind.Regular });
        return _actVar.Count - 1 - fs.FirstLocal;
    }

    /// <summary>The function's declared variables that are not Lua 5.5 global declarations (which take no register).</summary>
    private int LocalsInFunction()
    {
        int n = 0;
        for (int i = fs.FirstLocal; i < _actVar.Count; i++) if (!_actVar[i].IsGlobal) n++;
        return n;
    }

    private int RegisterLocalVar(string name)
    {
        fs.LocVars.Add(new LocalVarInfo(name, fs.Pc, 0));
        return fs.LocVars.Count - 1;
    }

    private void AdjustLocalVars(int nvars)
    {
        int reglevel = NVarStack();
        for (int i = 0; i < nvars; i++)
        {
            int vidx = fs.NActVar++;
            var v = GetLocalVarDesc(fs, vidx);
            v.RIdx = reglevel++;
            v.PIdx = RegisterLocalVar(v.Name);
        }
    }

    private void CloseLocalRanges(int tolevel)
    {
        for (int i = fs.NActVar - 1; i >= tolevel; i--)
        {
            var vd = GetLocalVarDesc(fs, i);
            if (!vd.InRegister) continue;
            fs.LocVars[vd.PIdx] = fs.LocVars[vd.PIdx] with { EndPc = fs.Pc };
        }
    }

    private int SearchUpvalue(FuncState f, string name)
    {
        var ups = f.Upvalues;
        for (int i = 0; i < ups.Count; i++) if (ups[i].Name == name) return i;
        return -1;
    }

    private int NewUpvalue(FuncState f, string name, in ExpDesc v)
    {
        if (f.Upvalues.Count + 1 > MaxUpval)
        {
            var saved = fs; fs = f;
            try { throw LimitError(MaxUpval, "upvalues"); } finally { fs = saved; }
        }
        var prev = f.Prev!;
        UpvalueDesc up;
        if (v.Kind == ExpKind.Local)
            up = new UpvalueDesc(name, true, v.RIdx, GetLocalVarDesc(prev, v.VIdx).Kind);
        else
            up = new UpvalueDesc(name, false, v.Info, prev.Upvalues[v.Info].Kind);
        f.Upvalues.Add(up);
        return f.Upvalues.Count - 1;
    }

    /// <summary>searchvar: the innermost declaration of <paramref name="n"/> in <paramref name="f"/>. Lua 5.5's
    /// <c>global</c> declarations (manual §2.2) are in the list too: a named one found gives kind Void with Info its
    /// index; passing others records in <c>var.Info</c> the innermost collective one (index), or -2 once a named
    /// one has voided the implicit <c>global *</c> (Info starts at -1). The record goes on into enclosing
    /// functions, as lparser.c's does.</summary>
    private int SearchVar(FuncState f, string n, ref ExpDesc var)
    {
        for (int i = f.NActVar - 1; i >= 0; i--)
        {
            var vd = GetLocalVarDesc(f, i);
            if (vd.IsGlobal)
            {
                if (ReferenceEquals(vd.Name, VarDesc.Collective))
                {
                    if (var.Info < 0) var.Info = f.FirstLocal + i;
                }
                else if (vd.Name == n)
                {
                    var = new ExpDesc(ExpKind.Void, f.FirstLocal + i);
                    return (int)ExpKind.Void;
                }
                else if (var.Info == -1) var.Info = -2;
            }
            else if (vd.Name == n)
            {
                if (vd.Kind == LocalKind.CompileTimeConst) var = new ExpDesc(ExpKind.Const, f.FirstLocal + i);
                else
                {
                    var = new ExpDesc(ExpKind.Local, 0) { VIdx = i, RIdx = vd.RIdx };
                }
                return (int)var.Kind;
            }
        }
        return -1;
    }

    private static void MarkUpval(FuncState f, int level)
    {
        var bl = f.Bl!;
        while (bl.NActVar > level) bl = bl.Previous!;
        bl.Upval = true;
        f.NeedClose = true;
    }

    private void MarkToBeClosed()
    {
        var bl = fs.Bl!;
        bl.Upval = true;
        bl.InsideTbc = true;
        fs.NeedClose = true;
    }

    private void SingleVarAux(FuncState? f, string n, ref ExpDesc var, bool @base)
    {
        if (f == null) { var.Kind = ExpKind.Void; return; } // a global: keep what SearchVar recorded in Info
        int v = SearchVar(f, n, ref var);
        if (v >= 0)
        {
            if (v == (int)ExpKind.Local && !@base) MarkUpval(f, var.VIdx);
            return;
        }
        int idx = SearchUpvalue(f, n);
        if (idx < 0)
        {
            SingleVarAux(f.Prev, n, ref var, false);
            if (var.Kind is ExpKind.Local or ExpKind.Upval) idx = NewUpvalue(f, n, var);
            else return;
        }
        var = new ExpDesc(ExpKind.Upval, idx);
    }

    /// <summary>The upvalue globals are read through: <c>_ENV</c>, or in Lua 5.1 a name scripts cannot spell, since
    /// <c>_ENV</c> is an ordinary global there and each function has its own environment (5.1 manual §2.9).</summary>
    private string EnvName => _profile.HasFunctionEnvironments ? Prototype.HiddenEnvName : "_ENV";

    /// <summary>singlevar (lparser.c buildvar): a local, an upvalue or <c>_ENV.name</c>. Under Lua 5.5's global
    /// declarations a free name must be declared (manual §2.2), and one declared <c>&lt;const&gt;</c> is read-only.</summary>
    private void SingleVar(string name, ref ExpDesc var)
    {
        var = new ExpDesc(ExpKind.Void, -1);
        SingleVarAux(fs, name, ref var, true);
        if (var.Kind != ExpKind.Void) return;
        int info = var.Info;
        if (info == -2) throw SyntaxError($"variable '{name}' not declared", _line);
        BuildGlobal(name, ref var);
        if (info >= 0 && _actVar[info].Kind == LocalKind.GlobalConst) var.ReadOnlyName = name;
    }

    /// <summary>buildglobal: <c>_ENV[name]</c>; under Lua 5.5 <c>_ENV</c> itself may have been declared global,
    /// which leaves no environment to index.</summary>
    private void BuildGlobal(string name, ref ExpDesc var)
    {
        var = new ExpDesc(ExpKind.Void, -1);
        SingleVarAux(fs, EnvName, ref var, true);
        if (var.Kind == ExpKind.Void) throw SyntaxError($"_ENV is global when accessing variable '{name}'", _line);
        Exp2AnyRegUp(ref var);
        var key = new ExpDesc(ExpKind.KStr, 0) { StrVal = LuaString.From(name) };
        Indexed(ref var, ref key);
    }

    /// <summary>Declares a Lua 5.5 global (<paramref name="name"/> <see cref="VarDesc.Collective"/> for
    /// <c>global *</c>): it enters the variable list, not a register, so it takes no part in the local limit.</summary>
    private void NewGlobalVar(string name, LocalKind kind) =>
        _actVar.Add(new VarDesc { Name = name, Kind = kind });

    // ---------------------------------------------------------------- blocks, labels and gotos

    private void EnterBlock(BlockCnt bl, bool isLoop)
    {
        bl.IsLoop = isLoop;
        bl.NActVar = fs.NActVar;
        bl.FirstLabel = _labels.Count;
        bl.FirstGoto = _gotos.Count;
        bl.Upval = false;
        bl.InsideTbc = fs.Bl != null && fs.Bl.InsideTbc;
        bl.Previous = fs.Bl;
        fs.Bl = bl;
    }

    private void LeaveBlock()
    {
        var bl = fs.Bl!;
        bool hasClose = false;
        int stklevel = RegLevel(bl.NActVar);
        // lua5.4.8 order: the locals go out of scope before the pending breaks are patched, so a break's CLOSE
        // is at the level outside the loop and closes its to-be-closed fourth value (5.4.4 missed it when the
        // body had an upvalue).
        int nact = fs.NActVar;
        CloseLocalRanges(bl.NActVar);
        fs.NActVar = bl.NActVar;
        if (bl.IsLoop) hasClose = CreateLabel("break", 0, false);
        if (!hasClose && bl.Previous != null && bl.Upval) CodeABC(OpCode.Close, stklevel, 0, 0);
        fs.FreeReg = stklevel;
        // movegotosout reads the descriptors of the block's locals, so they are dropped only after it
        if (bl.Previous != null) MoveGotosOut(bl);
        _actVar.RemoveRange(_actVar.Count - (nact - bl.NActVar), nact - bl.NActVar);
        _labels.RemoveRange(bl.FirstLabel, _labels.Count - bl.FirstLabel);
        fs.Bl = bl.Previous;
        if (bl.Previous != null) { }
        else if (bl.FirstGoto < _gotos.Count) throw UndefGoto(_gotos[bl.FirstGoto]);
    }

    private LuaSyntaxException UndefGoto(LabelDesc gt)
    {
        string msg = gt.Name == "break"
            ? _profile.BreakOutsideLoop(gt.Line)
            : $"no visible label '{gt.Name}' for <goto> at line {gt.Line}";
        return SyntaxError(msg, _nextLine);
    }

    private void MoveGotosOut(BlockCnt bl)
    {
        for (int i = bl.FirstGoto; i < _gotos.Count; i++)
        {
            var gt = _gotos[i];
            if (RegLevel(gt.NActVar) > RegLevel(bl.NActVar)) gt.Close |= bl.Upval;
            gt.NActVar = bl.NActVar;
        }
    }

    private LabelDesc? FindLabel(string name)
    {
        for (int i = fs.FirstLabel; i < _labels.Count; i++)
            if (_labels[i].Name == name) return _labels[i];
        return null;
    }

    private LabelDesc? FindLabelInBlock(string name)
    {
        for (int i = fs.Bl!.FirstLabel; i < _labels.Count; i++)
            if (_labels[i].Name == name) return _labels[i];
        return null;
    }

    private LabelDesc NewLabelEntry(List<LabelDesc> l, string name, int line, int pc)
    {
        var d = new LabelDesc { Name = name, Line = line, NActVar = fs.NActVar, Close = false, Pc = pc };
        l.Add(d);
        return d;
    }

    private void SolveGoto(int g, LabelDesc label)
    {
        var gt = _gotos[g];
        if (gt.NActVar < label.NActVar)
        {
            string varname = GetLocalVarDesc(fs, gt.NActVar).Name;
            // Lua 5.5 (lparser.c jumpscopeerror): the variable may be a global declaration, so no "local".
            string what = _profile.HasGlobalDeclarations ? "" : "local ";
            throw SyntaxError($"<goto {gt.Name}> at line {gt.Line} jumps into the scope of {what}'{varname}'", _nextLine);
        }
        PatchList(gt.Pc, label.Pc);
        _gotos.RemoveAt(g);
    }

    private bool SolveGotos(LabelDesc lb)
    {
        int i = fs.Bl!.FirstGoto;
        bool needsClose = false;
        while (i < _gotos.Count)
        {
            if (_gotos[i].Name == lb.Name)
            {
                needsClose |= _gotos[i].Close;
                SolveGoto(i, lb);
            }
            else i++;
        }
        return needsClose;
    }

    private bool CreateLabel(string name, int line, bool last)
    {
        var l = NewLabelEntry(_labels, name, line, GetLabel());
        if (last) l.NActVar = fs.Bl!.NActVar;
        if (SolveGotos(l))
        {
            CodeABC(OpCode.Close, NVarStack(), 0, 0);
            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- functions

    private void OpenFunc(FuncState f, BlockCnt bl)
    {
        f.Prev = fs;
        fs = f;
        f.FirstLocal = _actVar.Count;
        f.FirstLabel = _labels.Count;
        EnterBlock(bl, false);
    }

    private Prototype CloseFunc()
    {
        Ret(NVarStack(), 0);
        LeaveBlock();
        Finish();
        var f = fs;
        var p = new Prototype
        {
            Code = f.Code.ToArray(),
            LineInfo = f.LineInfo.ToArray(),
            Constants = f.K.ToArray(),
            Protos = f.Protos.ToArray(),
            Upvalues = f.Upvalues.ToArray(),
            LocalVars = f.LocVars.ToArray(),
            NumParams = f.NumParams,
            IsVararg = f.IsVararg,
            MaxStackSize = f.MaxStackSize,
            Source = _source,
            Profile = _profile,
            LineDefined = f.LineDefined,
            LastLineDefined = f.LastLineDefined,
        };
        fs = f.Prev!;
        return p;
    }
}
