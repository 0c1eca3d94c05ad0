using Tycho.Runtime;
using Tycho.Syntax;

namespace Tycho.Compiler;

// What Lua 5.5 adds to code generation (lparser.c 5.5): global declarations, their initialization, and named vararg
// tables. The rest of the generator reads these declarations through SearchVar/SingleVar.
internal sealed partial class CodeGen
{
    private static LocalKind GlobalKind(LocalAttribute a) => a == LocalAttribute.Const ? LocalKind.GlobalConst : LocalKind.Global;

    /// <summary>globalstat (Lua 5.5 manual §3.3.7): the declarations enter scope after the statement, so the
    /// initializing expressions still see the outer names.</summary>
    private void GlobalStatement(GlobalStat s)
    {
        if (s.IsCollective)
        {
            NewGlobalVar(VarDesc.Collective, GlobalKind(s.CollectiveAttribute));
            fs.NActVar++;
            return;
        }
        foreach (var n in s.Names) NewGlobalVar(n.Name, GlobalKind(n.Attribute));
        if (s.Values.Count > 0) InitGlobal(s, 0);
        fs.NActVar += s.Names.Count;
    }

    /// <summary>initglobal: the targets first, then the values, then, last to first, each one's check that it is
    /// still nil (an initialization raises an error otherwise) and its store.</summary>
    private void InitGlobal(GlobalStat s, int n)
    {
        int nvars = s.Names.Count;
        if (n == nvars)
        {
            var e = new ExpDesc(ExpKind.Void, 0);
            int nexps = ExpList(s.Values, ref e);
            AdjustAssign(nvars, nexps, ref e);
            return;
        }
        string name = s.Names[n].Name;
        var v = new ExpDesc(ExpKind.Void, -1);
        BuildGlobal(name, ref v);
        EnterLevel();
        InitGlobal(s, n + 1);
        CheckGlobal(name, s.ValuesLine);
        var top = new ExpDesc(ExpKind.NonReloc, fs.FreeReg - 1);
        StoreVar(ref v, ref top);
    }

    /// <summary>globalfunc: <c>global function f</c> is <c>global f; global f = function</c> (manual §3.4.11).</summary>
    private void GlobalFunction(GlobalFunctionStat s)
    {
        NewGlobalVar(s.Name, LocalKind.Global);
        fs.NActVar++;
        var v = new ExpDesc(ExpKind.Void, -1);
        BuildGlobal(s.Name, ref v);
        var b = new ExpDesc(ExpKind.Void, 0);
        Body(s.Function, ref b);
        CheckGlobal(s.Name, s.Line);
        StoreVar(ref v, ref b);
        FixLine(s.Line);
    }

    /// <summary>lcode.c luaK_codecheckglobal: reads the global and raises "global 'x' already defined" unless nil.</summary>
    private void CheckGlobal(string name, int line)
    {
        var v = new ExpDesc(ExpKind.Void, -1);
        BuildGlobal(name, ref v);
        int k = StringK(LuaString.From(name));
        Exp2AnyReg(ref v);
        FixLine(line);
        CodeABx(OpCode.ErrNNil, v.Info, k >= Instruction.MaxArgBx ? 0 : k + 1);
        FixLine(line);
        FreeExp(ref v);
    }

    // ---------------------------------------------------------------- named vararg tables

    /// <summary>Declares the named vararg table of a function being opened (Lua 5.5 manual §3.4.11): a read-only
    /// local. It is made a real table at entry only when the body needs one; otherwise its reads index the extra
    /// arguments directly, as lparser.c's optimization does (no table is created, which the 5.5 suite checks).</summary>
    private void DeclareVarargTable(FunctionBody b)
    {
        int vidx = NewLocalVar(b.VarargName!);
        var vd = GetLocalVarDesc(fs, vidx);
        vd.Kind = LocalKind.Const;
        AdjustLocalVars(1);
        fs.VarargTableReg = vd.RIdx;
        fs.VarargTableVIdx = vidx;
        fs.Named = true;
        fs.NeedsVarargTable = VarargTableEscapes(b.Body, b.VarargName!);
    }

    /// <summary>Lua 5.5 (lparser.c parlist): an anonymous vararg parameter is still a local, "(vararg table)", which
    /// <c>debug.getlocal</c> counts.</summary>
    private void DeclareAnonymousVarargTable()
    {
        int vidx = NewLocalVar("(vararg table)");
        var vd = GetLocalVarDesc(fs, vidx);
        vd.Kind = LocalKind.Const;
        AdjustLocalVars(1);
        fs.VarargTableReg = vd.RIdx;   // never indexed by name: it stays virtual, and debug.getlocal shows nil
        fs.VarargTableVIdx = vidx;
    }

    /// <summary>Emits the vararg table's creation after the parameters' registers are reserved.</summary>
    private void CreateVarargTable()
    {
        if (fs.VarargTableReg < 0 || !fs.Named) return;
        if (fs.NeedsVarargTable) CodeABC(OpCode.VarargTable, fs.VarargTableReg, 0, 0);
        else Nil(fs.VarargTableReg, 1);   // what debug.getlocal shows of a virtual table
    }

    /// <summary>Whether <paramref name="v"/> is the running function's vararg table while it has no real table.</summary>
    private bool IsVirtualVarargTable(in ExpDesc v) =>
        v.Kind == ExpKind.Local && fs.VarargTableReg >= 0 && !fs.NeedsVarargTable && v.VIdx == fs.VarargTableVIdx;

    /// <summary><c>t[key]</c> of a vararg table without a real table: GETVARARG reads the extra arguments.</summary>
    private void VirtualVarargIndex(IndexExpr ix, ref ExpDesc v)
    {
        var key = new ExpDesc(ExpKind.Void, 0);
        Expr(ix.Key, ref key);
        int kreg = Exp2AnyReg(ref key);
        FreeExp(ref key);
        v = new ExpDesc(ExpKind.Reloc, CodeABC(OpCode.GetVararg, 0, fs.VarargTableReg, kreg));
    }

    /// <summary>A conservative scan of a body for uses of the vararg table <paramref name="name"/> other than reading
    /// <c>name[k]</c> in the function itself: a write through it, any other use of the name, or any use in a nested
    /// function (a capture). A shadowing local only makes the answer more cautious.</summary>
    private static bool VarargTableEscapes(Block body, string name)
    {
        if (name == "_ENV") return true; // every free name indexes it, which the tree does not show
        var work = new Stack<(object? Node, bool Nested)>();
        work.Push((body, false));
        while (work.Count > 0)
        {
            var (node, nested) = work.Pop();
            switch (node)
            {
                case null: break;
                case Block b: foreach (var st in b.Stats) work.Push((st, nested)); break;
                case NameExpr n: if (n.Name == name) return true; break;
                case IndexExpr ix:
                    if (nested || ix.Object is not NameExpr on || on.Name != name) work.Push((ix.Object, nested));
                    work.Push((ix.Key, nested));
                    break;
                case CallExpr c: work.Push((c.Function, nested)); foreach (var a in c.Args) work.Push((a, nested)); break;
                case MethodCallExpr m: work.Push((m.Object, nested)); foreach (var a in m.Args) work.Push((a, nested)); break;
                case ParenExpr p: work.Push((p.Inner, nested)); break;
                case BinaryExpr be: work.Push((be.Left, nested)); work.Push((be.Right, nested)); break;
                case UnaryExpr u: work.Push((u.Operand, nested)); break;
                case TableExpr t: foreach (var f in t.Fields) { work.Push((f.Key, nested)); work.Push((f.Value, nested)); } break;
                case FunctionExpr fe: work.Push((fe.Body.Body, true)); break;
                case Syntax.Expr: break; // literals and '...'
                case LocalStat ls: foreach (var e in ls.Values) work.Push((e, nested)); break;
                case GlobalStat gs: foreach (var e in gs.Values) work.Push((e, nested)); break;
                case AssignStat a:
                    foreach (var t in a.Targets) if (WritesThrough(t, name, work, nested)) return true;
                    foreach (var e in a.Values) work.Push((e, nested));
                    break;
                case FunctionStat fst:
                    if (WritesThrough(fst.Target, name, work, nested)) return true;
                    work.Push((fst.Function.Body, true));
                    break;
                case LocalFunctionStat lf: work.Push((lf.Function.Body, true)); break;
                case GlobalFunctionStat gf: work.Push((gf.Function.Body, true)); break;
                case CallStat cs: work.Push((cs.Call, nested)); break;
                case DoStat d: work.Push((d.Body, nested)); break;
                case WhileStat w: work.Push((w.Condition, nested)); work.Push((w.Body, nested)); break;
                case RepeatStat r: work.Push((r.Body, nested)); work.Push((r.Condition, nested)); break;
                case IfStat i:
                    foreach (var c in i.Clauses) { work.Push((c.Condition, nested)); work.Push((c.Body, nested)); }
                    work.Push((i.Else, nested));
                    break;
                case NumericForStat nf: work.Push((nf.Start, nested)); work.Push((nf.Limit, nested)); work.Push((nf.Step, nested)); work.Push((nf.Body, nested)); break;
                case GenericForStat gf: foreach (var e in gf.Values) work.Push((e, nested)); work.Push((gf.Body, nested)); break;
                case ReturnStat rs: foreach (var e in rs.Values) work.Push((e, nested)); break;
            }
        }
        return false;
    }

    /// <summary>For an assignment target: true when it stores into the vararg table itself; otherwise queues its
    /// parts as reads.</summary>
    private static bool WritesThrough(Expr target, string name, Stack<(object?, bool)> work, bool nested)
    {
        if (target is IndexExpr ix)
        {
            if (ix.Object is NameExpr n && n.Name == name) return true;
            work.Push((ix.Object, nested));
            work.Push((ix.Key, nested));
            return false;
        }
        return target is NameExpr tn && tn.Name == name;
    }
}
