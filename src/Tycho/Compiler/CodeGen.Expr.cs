using Tycho.Runtime;
using Tycho.Syntax;

namespace Tycho.Compiler;

// The expression half of lparser.c (simpleexp, subexpr, suffixedexp, funcargs, constructor, body), driven by the tree.
internal sealed partial class CodeGen
{
    private static bool HasMultRet(ExpKind k) => k is ExpKind.Call or ExpKind.Vararg;

    private static BinOpr MapBinary(BinaryOp op) => op switch
    {
        BinaryOp.Or => BinOpr.Or,
        BinaryOp.And => BinOpr.And,
        BinaryOp.Lt => BinOpr.Lt,
        BinaryOp.Gt => BinOpr.Gt,
        BinaryOp.Le => BinOpr.Le,
        BinaryOp.Ge => BinOpr.Ge,
        BinaryOp.Ne => BinOpr.Ne,
        BinaryOp.Eq => BinOpr.Eq,
        BinaryOp.BOr => BinOpr.BOr,
        BinaryOp.BXor => BinOpr.BXor,
        BinaryOp.BAnd => BinOpr.BAnd,
        BinaryOp.Shl => BinOpr.Shl,
        BinaryOp.Shr => BinOpr.Shr,
        BinaryOp.Concat => BinOpr.Concat,
        BinaryOp.Add => BinOpr.Add,
        BinaryOp.Sub => BinOpr.Sub,
        BinaryOp.Mul => BinOpr.Mul,
        BinaryOp.Div => BinOpr.Div,
        BinaryOp.IDiv => BinOpr.IDiv,
        BinaryOp.Mod => BinOpr.Mod,
        _ => BinOpr.Pow,
    };

    /// <summary>Compiles an expression into a pending <see cref="ExpDesc"/> (lparser.c expr).</summary>
    private void Expr(Expr node, ref ExpDesc v)
    {
        EnterLevel();
        // VARARG and NEWTABLE are emitted before their token is consumed: they keep the previous token's line
        if (node is not (VarargExpr or TableExpr)) _line = node.Line;
        switch (node)
        {
            case NilExpr: v = new ExpDesc(ExpKind.Nil, 0); break;
            case TrueExpr: v = new ExpDesc(ExpKind.True, 0); break;
            case FalseExpr: v = new ExpDesc(ExpKind.False, 0); break;
            case IntegerExpr i: v = new ExpDesc(ExpKind.KInt, 0) { IVal = i.Value }; break;
            case FloatExpr f: v = new ExpDesc(ExpKind.KFlt, 0) { NVal = f.Value }; break;
            case StringExpr s: v = new ExpDesc(ExpKind.KStr, 0) { StrVal = s.Value }; break;
            case VarargExpr:
                if (!fs.IsVararg) throw SyntaxError("cannot use '...' outside a vararg function near '...'", node.Line);
                v = fs.VarargTableReg >= 0 && fs.NeedsVarargTable
                    ? new ExpDesc(ExpKind.Vararg, CodeABC(OpCode.VarargFromTable, 0, fs.VarargTableReg, 1))
                    : new ExpDesc(ExpKind.Vararg, CodeABC(OpCode.Vararg, 0, 0, 1));
                break;
            case TableExpr t: Constructor(t, ref v); break;
            case FunctionExpr fn: Body(fn.Body, ref v); break;
            case BinaryExpr b: BinaryChain(b, ref v); break;
            case UnaryExpr u: UnaryChain(u, ref v); break;
            default: SuffixedExp(node, ref v); break;
        }
    }

    /// <summary>A left-deep chain of binary operators, compiled with a loop as lparser.c's subexpr does.</summary>
    private void BinaryChain(BinaryExpr top, ref ExpDesc v)
    {
        var spine = new List<BinaryExpr>();
        Expr cur = top;
        while (cur is BinaryExpr b) { spine.Add(b); cur = b.Left; }
        Expr(cur, ref v);
        for (int i = spine.Count - 1; i >= 0; i--)
        {
            var b = spine[i];
            var op = MapBinary(b.Op);
            _line = b.Line; // the operator has just been read
            Infix(op, ref v);
            var v2 = new ExpDesc(ExpKind.Void, 0);
            Expr(b.Right, ref v2);
            Posfix(op, ref v, ref v2, b.Line);
        }
    }

    private void UnaryChain(UnaryExpr top, ref ExpDesc v)
    {
        var ops = new List<UnaryExpr>();
        Expr cur = top;
        while (cur is UnaryExpr u) { ops.Add(u); cur = u.Operand; }
        Expr(cur, ref v);
        for (int i = ops.Count - 1; i >= 0; i--) Prefix(ops[i].Op, ref v, ops[i].Line);
    }

    /// <summary>primaryexp followed by its suffixes (fields, indexes, calls, method calls), iteratively.</summary>
    private void SuffixedExp(Expr node, ref ExpDesc v)
    {
        var spine = new List<Expr>();
        Expr cur = node;
        while (true)
        {
            if (cur is IndexExpr ix) { spine.Add(ix); cur = ix.Object; }
            else if (cur is CallExpr c) { spine.Add(c); cur = c.Function; }
            else if (cur is MethodCallExpr m) { spine.Add(m); cur = m.Object; }
            else break;
        }
        _line = cur.Line;
        PrimaryExp(cur, ref v);
        int first = spine.Count - 1;
        if (first >= 0 && spine[first] is IndexExpr vix && IsVirtualVarargTable(v))
        {
            VirtualVarargIndex(vix, ref v);
            first--;
        }
        for (int i = first; i >= 0; i--)
        {
            switch (spine[i])
            {
                case IndexExpr ix:
                {
                    Exp2AnyRegUp(ref v);
                    var key = new ExpDesc(ExpKind.Void, 0);
                    Expr(ix.Key, ref key);
                    Exp2Val(ref key);
                    Indexed(ref v, ref key);
                    break;
                }
                case MethodCallExpr m:
                {
                    var key = new ExpDesc(ExpKind.KStr, 0) { StrVal = LuaString.From(m.Method) };
                    Self(ref v, ref key);
                    FuncArgs(ref v, m.Args, m.Line);
                    break;
                }
                case CallExpr c:
                    Exp2NextReg(ref v);
                    FuncArgs(ref v, c.Args, c.Line);
                    break;
            }
        }
    }

    private void PrimaryExp(Expr node, ref ExpDesc v)
    {
        switch (node)
        {
            case NameExpr n:
                SingleVar(n.Name, ref v);
                break;
            case ParenExpr p:
                Expr(p.Inner, ref v);
                DischargeVars(ref v);
                break;
            default:
                Expr(node, ref v);
                break;
        }
    }

    private void FuncArgs(ref ExpDesc f, List<Expr> args, int line)
    {
        var a = new ExpDesc(ExpKind.Void, 0);
        if (args.Count > 0)
        {
            ExpList(args, ref a);
            if (HasMultRet(a.Kind)) SetMultRet(ref a);
        }
        int @base = f.Info;
        int nparams;
        if (HasMultRet(a.Kind)) nparams = -1;
        else
        {
            if (a.Kind != ExpKind.Void) Exp2NextReg(ref a);
            nparams = fs.FreeReg - (@base + 1);
        }
        f = new ExpDesc(ExpKind.Call, CodeABC(OpCode.Call, @base, nparams + 1, 2));
        FixLine(line);
        fs.FreeReg = @base + 1;
    }

    private int ExpList(List<Expr> list, ref ExpDesc v)
    {
        _near = list.Count > 1 ? "','" : null;
        Expr(list[0], ref v);
        for (int i = 1; i < list.Count; i++)
        {
            _near = FirstToken(list[i]);
            Exp2NextReg(ref v);
            _near = i + 1 < list.Count ? "','" : null;
            Expr(list[i], ref v);
        }
        _near = null;
        return list.Count;
    }

    private void Constructor(TableExpr t, ref ExpDesc v)
    {
        int pc = CodeABC(OpCode.NewTable, 0, 0, 0);
        Code(0); // space for the extra argument
        int na = 0, nh = 0, tostore = 0;
        v = new ExpDesc(ExpKind.NonReloc, fs.FreeReg);
        ReserveRegs(1);
        var cv = new ExpDesc(ExpKind.Void, 0);
        foreach (var field in t.Fields)
        {
            if (cv.Kind != ExpKind.Void)
            {
                Exp2NextReg(ref cv);
                cv.Kind = ExpKind.Void;
                if (tostore == Instruction.FieldsPerFlush)
                {
                    SetList(v.Info, na, tostore);
                    na += tostore;
                    tostore = 0;
                }
            }
            if (field.Kind == TableFieldKind.Positional)
            {
                Expr(field.Value, ref cv);
                tostore++;
                continue;
            }
            int reg = fs.FreeReg;
            var key = new ExpDesc(ExpKind.Void, 0);
            Expr(field.Key!, ref key);
            if (field.Kind == TableFieldKind.Keyed) Exp2Val(ref key);
            nh++;
            var tab = v;
            Indexed(ref tab, ref key);
            var val = new ExpDesc(ExpKind.Void, 0);
            Expr(field.Value, ref val);
            StoreVar(ref tab, ref val);
            fs.FreeReg = reg;
        }
        if (tostore != 0)
        {
            if (HasMultRet(cv.Kind))
            {
                SetMultRet(ref cv);
                SetList(v.Info, na, -1);
                na--;
            }
            else
            {
                if (cv.Kind != ExpKind.Void) Exp2NextReg(ref cv);
                SetList(v.Info, na, tostore);
            }
            na += tostore;
        }
        SetTableSize(pc, v.Info, na, nh);
    }

    /// <summary>Compiles a function body into a nested prototype and a CLOSURE in the next register.</summary>
    private void Body(FunctionBody b, ref ExpDesc e)
    {
        int after = _nextLine;
        var parent = fs;
        int idx = parent.Protos.Count;
        parent.Protos.Add(null!);
        var nfs = new FuncState { LineDefined = b.Line };
        var bl = new BlockCnt();
        OpenFunc(nfs, bl);
        _line = b.Line;
        if (b.IsMethod)
        {
            NewLocalVar("self");
            AdjustLocalVars(1);
        }
        if (_profile.HasFunctionEnvironments)
        {
            // Lua 5.1: every function has an environment, captured when its closure is made and replaceable by
            // setfenv, so every prototype has the environment upvalue, first.
            var env = default(ExpDesc);
            SingleVarAux(fs, EnvName, ref env, true);
        }
        foreach (var p in b.Params) NewLocalVar(p);
        AdjustLocalVars(b.Params.Count);
        fs.NumParams = fs.NActVar;
        if (b.IsVararg) SetVararg(fs.NumParams);
        if (b.VarargName != null) DeclareVarargTable(b);
        else if (b.IsVararg && _profile.HasGlobalDeclarations) DeclareAnonymousVarargTable();
        ReserveRegs(fs.NActVar);
        CreateVarargTable();
        if (b.IsVararg && _profile.HasFunctionEnvironments) VarargCompatArg(b.UsesVararg);
        StatList(b.Body, false);
        fs.LastLineDefined = b.EndLine;
        _line = b.EndLine;
        _nextLine = b.NextLine;   // close_func's errors (an unresolved break or goto) name the token after 'end'
        var proto = CloseFunc();
        _nextLine = after;
        parent.Protos[idx] = proto;
        e = new ExpDesc(ExpKind.Reloc, CodeABx(OpCode.Closure, 0, idx));
        Exp2NextReg(ref e);
    }

    /// <summary>Lua 5.1's LUA_COMPAT_VARARG (5.1 manual §7.1): a vararg function has a local <c>arg</c>, which
    /// holds its extra arguments and their count <c>n</c> unless the body uses <c>...</c> itself.</summary>
    private void VarargCompatArg(bool usesVararg)
    {
        NewLocalVar("arg");
        int reg = fs.FreeReg;
        if (usesVararg) CodeABC(OpCode.LoadNil, reg, 0, 0);
        else CodeABC(OpCode.Vararg, reg, 1, 2);   // B = 1: the arg table (LuaThread.VarargOp)
        ReserveRegs(1);
        AdjustLocalVars(1);
    }

    private void SetVararg(int nparams)
    {
        fs.IsVararg = true;
        CodeABC(OpCode.VarargPrep, nparams, 0, 0);
    }
}
