using Tycho.Runtime;
using Tycho.Syntax;

namespace Tycho.Compiler;

// The statement half of lparser.c (statement, block, assignments, control structures), driven by the tree.
internal sealed partial class CodeGen
{
    /// <summary>Compiles a whole chunk (lparser.c mainfunc).</summary>
    public static Prototype CompileChunk(Chunk chunk, CompileMeter? meter = null)
    {
        var g = new CodeGen(chunk.ChunkName, meter ?? CompileMeter.None, chunk.Profile);
        return g.MainFunc(chunk.Main);
    }

    private Prototype MainFunc(FunctionBody main)
    {
        var f = new FuncState { LineDefined = 0 };
        OpenFunc(f, new BlockCnt());
        _line = 1;
        SetVararg(0);
        f.Upvalues.Add(new UpvalueDesc(EnvName, true, 0, LocalKind.Regular));
        StatList(main.Body, false);
        _nextLine = main.Body.EndLine;
        return CloseFunc();
    }

    /// <summary>statlist; <paramref name="inRepeat"/> when the block ends with <c>until</c> (labels there are not "last").</summary>
    private void StatList(Block b, bool inRepeat, int start = 0)
    {
        var stats = b.Stats;
        fs.Bl!.Body = b;
        for (int i = start; i < stats.Count; i++)
        {
            _nextLine = i + 1 < stats.Count ? stats[i + 1].Line : b.EndLine;
            _nextToken = i + 1 < stats.Count ? FirstToken(stats[i + 1]) : null;
            if (stats[i] is LabelStat)
            {
                int j = i;
                while (j < stats.Count && stats[j] is LabelStat) j++;
                _nextLine = j < stats.Count ? stats[j].Line : b.EndLine;
                bool last = j == stats.Count && !inRepeat;
                // lparser.c's labelstat skips the following labels first (recursively), so they are created last-first.
                for (int k = j - 1; k >= i; k--) LabelStatement((LabelStat)stats[k], last, stats[j - 1].Line);
                fs.FreeReg = NVarStack();
                i = j - 1;
                continue;
            }
            Statement(stats[i]);
        }
    }

    /// <summary>A label; <paramref name="lastLine"/> is the line of the last label of its run, where lparser.c
    /// stands when it creates them.</summary>
    private void LabelStatement(LabelStat l, bool last, int lastLine)
    {
        // Lua 5.2 and 5.3's checkrepeated look at the current block only: a nested block may reuse an outer label's name.
        var lb = _profile.LabelsUniquePerBlock ? FindLabelInBlock(l.Label) : FindLabel(l.Label);
        // Lua 5.5 reports semantic errors at the last token read (lcode.c luaK_semerror), here the label's; 5.2
        // checks for a repeated label before it reads past the label's closing '::'.
        int line = _profile.HasGlobalDeclarations ? lastLine : _profile.Minor == 2 ? l.Line : _nextLine;
        if (lb != null) throw SyntaxError($"label '{l.Label}' already defined on line {lb.Line}", line);
        _line = l.Line;
        CreateLabel(l.Label, l.Line, last);
    }

    private void Statement(Stat s)
    {
        EnterLevel();
        _line = s.Line;
        switch (s)
        {
            case LocalStat ls: LocalStatement(ls); break;
            case AssignStat a: Assignment(a); break;
            case CallStat c:
            {
                var v = new ExpDesc(ExpKind.Void, 0);
                Expr(c.Call, ref v);
                if (v.Kind != ExpKind.Call) throw SyntaxError("syntax error", s.Line);
                SetInstr(v.Info, Instruction.SetC(GetInstr(v.Info), 1));
                break;
            }
            case DoStat d: Block(d.Body); _line = d.Body.EndLine; break;
            case WhileStat w: WhileStatement(w); break;
            case RepeatStat r: RepeatStatement(r); break;
            case IfStat i: IfStatement(i); break;
            case NumericForStat nf: NumericFor(nf); break;
            case GenericForStat gf: GenericFor(gf); break;
            case FunctionStat f: FunctionStatement(f); break;
            case LocalFunctionStat lf: LocalFunction(lf); break;
            case ReturnStat r: ReturnStatement(r); break;
            case BreakStat b:
                if (_profile.CodesJumpsBeforeKeyword) _line = b.LineBefore;
                NewLabelEntry(_gotos, "break", s.Line, Jump());
                break;
            case GotoStat g:
                if (_profile.CodesJumpsBeforeKeyword) _line = g.LineBefore;
                GotoStatement(g);
                break;
            case LabelStat l: LabelStatement(l, false, l.Line); break;
            case GlobalStat g: GlobalStatement(g); break;
            case GlobalFunctionStat gf: GlobalFunction(gf); break;
        }
        fs.FreeReg = NVarStack();
    }

    private void Block(Block b)
    {
        var bl = new BlockCnt();
        EnterBlock(bl, false);
        StatList(b, false);
        LeaveBlock();
    }

    // ---------------------------------------------------------------- locals and assignments

    private void AdjustAssign(int nvars, int nexps, ref ExpDesc e)
    {
        int needed = nvars - nexps;
        if (HasMultRet(e.Kind))
        {
            int extra = needed + 1;
            if (extra < 0) extra = 0;
            SetReturns(ref e, extra);
        }
        else
        {
            if (e.Kind != ExpKind.Void) Exp2NextReg(ref e);
            if (needed > 0) Nil(fs.FreeReg, needed);
        }
        if (needed > 0) ReserveRegs(needed);
        else fs.FreeReg += needed;
    }

    private void LocalStatement(LocalStat s)
    {
        int toclose = -1, nvars = 0, vidx = 0;
        for (int i = 0; i < s.Names.Count; i++)
        {
            var n = s.Names[i];
            bool atNext = i + 1 == s.Names.Count && s.Values.Count == 0;
            _near = i + 1 < s.Names.Count ? "','" : s.Values.Count > 0 ? "'='" : _nextToken;
            int saved = _line;
            if (atNext) _line = _nextLine; // the lookahead is the next statement's first token
            vidx = NewLocalVar(n.Name);
            _line = saved;
            _near = null;
            var kind = n.Attribute switch
            {
                LocalAttribute.Const => LocalKind.Const,
                LocalAttribute.Close => LocalKind.ToClose,
                _ => LocalKind.Regular,
            };
            GetLocalVarDesc(fs, vidx).Kind = kind;
            if (kind == LocalKind.ToClose)
            {
                if (toclose != -1) throw SyntaxError("multiple to-be-closed variables in local list", s.Line);
                toclose = fs.NActVar + nvars;
            }
            nvars++;
        }
        var e = new ExpDesc(ExpKind.Void, 0);
        int nexps = s.Values.Count > 0 ? ExpList(s.Values, ref e) : 0;
        var last = GetLocalVarDesc(fs, vidx);
        if (nvars == nexps && last.Kind == LocalKind.Const && Exp2Const(e, out var k))
        {
            last.Kind = LocalKind.CompileTimeConst;
            last.K = k;
            AdjustLocalVars(nvars - 1);
            fs.NActVar++;
        }
        else
        {
            AdjustAssign(nvars, nexps, ref e);
            AdjustLocalVars(nvars);
        }
        CheckToClose(toclose);
    }

    private void CheckToClose(int level)
    {
        if (level == -1) return;
        MarkToBeClosed();
        CodeABC(OpCode.Tbc, RegLevel(level), 0, 0);
    }

    private void CheckReadonly(in ExpDesc e, int line)
    {
        string? varname = null;
        switch (e.Kind)
        {
            case ExpKind.Const: varname = _actVar[e.Info].Name; break;
            case ExpKind.Local:
            {
                var vd = GetLocalVarDesc(fs, e.VIdx);
                if (vd.Kind != LocalKind.Regular) varname = vd.Name;
                break;
            }
            case ExpKind.Upval:
            {
                var up = fs.Upvalues[e.Info];
                if (up.Kind != LocalKind.Regular) varname = up.Name;
                break;
            }
            default:
                varname = e.ReadOnlyName; // a global declared <const> (Lua 5.5)
                break;
        }
        if (varname != null) throw SyntaxError($"attempt to assign to const variable '{varname}'", line);
    }

    private static bool IsIndexed(ExpKind k) => k is ExpKind.Indexed or ExpKind.IndexUp or ExpKind.IndexI or ExpKind.IndexStr;

    private void CheckConflict(ExpDesc[] lhs, int n, in ExpDesc v)
    {
        int extra = fs.FreeReg;
        bool conflict = false;
        for (int i = n - 1; i >= 0; i--)
        {
            ref var lh = ref lhs[i];
            if (!IsIndexed(lh.Kind)) continue;
            if (lh.Kind == ExpKind.IndexUp)
            {
                if (v.Kind == ExpKind.Upval && lh.IndT == v.Info)
                {
                    conflict = true;
                    lh.Kind = ExpKind.IndexStr;
                    lh.IndT = extra;
                }
            }
            else
            {
                if (v.Kind == ExpKind.Local && lh.IndT == v.RIdx)
                {
                    conflict = true;
                    lh.IndT = extra;
                }
                if (lh.Kind == ExpKind.Indexed && v.Kind == ExpKind.Local && lh.IndIdx == v.RIdx)
                {
                    conflict = true;
                    lh.IndIdx = extra;
                }
            }
        }
        if (conflict)
        {
            if (v.Kind == ExpKind.Local) CodeABC(OpCode.Move, extra, v.RIdx, 0);
            else CodeABC(OpCode.GetUpval, extra, v.Info, 0);
            ReserveRegs(1);
        }
    }

    private void Assignment(AssignStat s)
    {
        int n = s.Targets.Count;
        var lhs = new ExpDesc[n];
        for (int i = 0; i < n; i++)
        {
            lhs[i] = new ExpDesc(ExpKind.Void, 0);
            SuffixedExp(s.Targets[i], ref lhs[i]);
            if (!(lhs[i].Kind is ExpKind.Local or ExpKind.Upval or ExpKind.Const || IsIndexed(lhs[i].Kind)))
                throw SyntaxError("syntax error", s.Line);
            if (i > 0 && !IsIndexed(lhs[i].Kind)) CheckConflict(lhs, i, lhs[i]);
            CheckReadonly(lhs[i], _profile.HasGlobalDeclarations ? LastLineOf(s.Targets[i], s.Line) : s.Line);
        }
        var e = new ExpDesc(ExpKind.Void, 0);
        int nexps = ExpList(s.Values, ref e);
        int first = n - 1;
        if (nexps != n) AdjustAssign(n, nexps, ref e);
        else
        {
            SetOneRet(ref e);
            StoreVar(ref lhs[n - 1], ref e);
            first = n - 2;
        }
        for (int i = first; i >= 0; i--)
        {
            var d = new ExpDesc(ExpKind.NonReloc, fs.FreeReg - 1);
            StoreVar(ref lhs[i], ref d);
        }
    }

    private void FunctionStatement(FunctionStat s)
    {
        var v = new ExpDesc(ExpKind.Void, 0);
        SuffixedExp(s.Target, ref v);
        // Lua 5.5's funcstat checks the name as soon as it is read; 5.4's after the body.
        bool lua55 = _profile.HasGlobalDeclarations;
        if (lua55) CheckReadonly(v, LastLineOf(s.Target, s.Line));
        var b = new ExpDesc(ExpKind.Void, 0);
        Body(s.Function, ref b);
        if (!lua55) CheckReadonly(v, _nextLine);
        StoreVar(ref v, ref b);
        FixLine(s.Line);
    }

    /// <summary>Lua 5.5's position of an error about an assignment target: its last token, when the tree knows it
    /// (a name, a field name).</summary>
    private static int LastLineOf(Expr target, int fallback) => target switch
    {
        NameExpr n => n.Line,
        IndexExpr { Key: StringExpr k } => k.Line,
        _ => fallback,
    };

    private void LocalFunction(LocalFunctionStat s)
    {
        int fvar = fs.NActVar;
        NewLocalVar(s.Name);
        AdjustLocalVars(1);
        var b = new ExpDesc(ExpKind.Void, 0);
        Body(s.Function, ref b);
        var vd = GetLocalVarDesc(fs, fvar);
        fs.LocVars[vd.PIdx] = fs.LocVars[vd.PIdx] with { StartPc = fs.Pc };
    }

    private void ReturnStatement(ReturnStat s)
    {
        int first = NVarStack();
        int nret;
        if (s.Values.Count == 0) nret = 0;
        else
        {
            var e = new ExpDesc(ExpKind.Void, 0);
            nret = ExpList(s.Values, ref e);
            if (HasMultRet(e.Kind))
            {
                SetMultRet(ref e);
                if (e.Kind == ExpKind.Call && nret == 1 && !fs.Bl!.InsideTbc)
                    SetInstr(e.Info, Instruction.SetOp(GetInstr(e.Info), OpCode.TailCall));
                nret = -1;
            }
            else if (nret == 1) first = Exp2AnyReg(ref e);
            else
            {
                Exp2NextReg(ref e);
                first = fs.FreeReg - nret;
            }
        }
        Ret(first, nret);
    }

    private void GotoStatement(GotoStat g)
    {
        var lb = GotoTarget(g);
        if (lb == null) NewLabelEntry(_gotos, g.Label, g.Line, Jump());
        else
        {
            int lblevel = RegLevel(lb.NActVar);
            if (NVarStack() > lblevel) CodeABC(OpCode.Close, lblevel, 0, 0);
            PatchList(Jump(), lb.Pc);
        }
    }

    /// <summary>The label <paramref name="g"/> jumps back to, or null when it is not compiled yet.</summary>
    private LabelDesc? GotoTarget(GotoStat g) =>
        _profile.LabelsUniquePerBlock ? FindGotoTarget53(g.Label) : FindLabel(g.Label);

    /// <summary>5.2/5.3's <c>if c then goto l</c>: the jumps of <paramref name="cond"/> (taken when the condition
    /// holds) go to the label (lparser.c test_then_block calls gotostat with them).</summary>
    private void CondGoto(GotoStat g, int cond)
    {
        if (GotoTarget(g) is { } lb) PatchList(cond, lb.Pc);
        else NewLabelEntry(_gotos, g.Label, g.Line, cond);
    }

    /// <summary>Whether <c>if c then s</c> lets the condition jump straight to where <paramref name="s"/> goes:
    /// for <c>break</c> (5.2 to 5.4), and for a <c>goto</c> in 5.2/5.3, unless it jumps back out of the scope of
    /// a captured local (the CLOSE it needs cannot go on a conditional jump; lua puts it in the jump itself).</summary>
    private bool JumpsStraight(Stat s) => s switch
    {
        BreakStat => true,
        GotoStat g => _profile.CodesJumpsBeforeKeyword && (GotoTarget(g) is not { } lb || NVarStack() <= RegLevel(lb.NActVar)),
        _ => false,
    };

    /// <summary>Lua 5.2/5.3 (lparser.c's findlabel and movegotosout): a goto jumps to the label of the nearest
    /// enclosing block that declares it. Returns that label when it is already compiled (a backward jump), null
    /// when the goto must wait for it (or is undefined).</summary>
    private LabelDesc? FindGotoTarget53(string name)
    {
        int end = _labels.Count;
        for (var bl = fs.Bl; bl != null; end = bl.FirstLabel, bl = bl.Previous)
        {
            if (bl.Body is null || !bl.Body.Stats.Exists(st => st is LabelStat l && l.Label == name)) continue;
            for (int i = bl.FirstLabel; i < end; i++)
                if (_labels[i].Name == name) return _labels[i];
            return null;
        }
        return null;
    }

    // ---------------------------------------------------------------- control structures

    private int Cond(Expr cond)
    {
        var v = new ExpDesc(ExpKind.Void, 0);
        Expr(cond, ref v);
        if (v.Kind == ExpKind.Nil) v.Kind = ExpKind.False;
        GoIfTrue(ref v);
        return v.F;
    }

    private void WhileStatement(WhileStat s)
    {
        int whileInit = GetLabel();
        int condExit = Cond(s.Condition);
        var bl = new BlockCnt();
        EnterBlock(bl, true);
        Block(s.Body);
        PatchList(Jump(), whileInit);
        _line = s.Body.EndLine;
        LeaveBlock();
        PatchToHere(condExit);
    }

    private void RepeatStatement(RepeatStat s)
    {
        int repeatInit = GetLabel();
        var bl1 = new BlockCnt();
        var bl2 = new BlockCnt();
        EnterBlock(bl1, true);
        EnterBlock(bl2, false);
        StatList(s.Body, true);
        _line = s.Body.EndLine;
        int condExit = Cond(s.Condition);
        LeaveBlock();
        if (bl2.Upval)
        {
            int exit = Jump();
            PatchToHere(condExit);
            CodeABC(OpCode.Close, RegLevel(bl2.NActVar), 0, 0);
            condExit = Jump();
            PatchToHere(exit);
        }
        PatchList(condExit, repeatInit);
        LeaveBlock();
    }

    private void IfStatement(IfStat s)
    {
        int escapeList = NoJump;
        for (int i = 0; i < s.Clauses.Count; i++)
        {
            bool followed = i + 1 < s.Clauses.Count || s.Else != null;
            TestThenBlock(s.Clauses[i], ref escapeList, followed);
        }
        if (s.Else != null) Block(s.Else);
        _line = s.Else != null ? s.Else.EndLine : s.Clauses[^1].Body.EndLine;
        PatchToHere(escapeList);
    }

    private void TestThenBlock(IfClause c, ref int escapeList, bool followed)
    {
        var bl = new BlockCnt();
        var v = new ExpDesc(ExpKind.Void, 0);
        Expr(c.Condition, ref v);
        // Lua 5.1's and 5.5's cond code the test before reading 'then' (lparser.c test_then_block), so it keeps the
        // condition's line, and 'if c then break' is no special case.
        bool early = _profile.CodesTestBeforeThen;
        if (!early) _line = c.ThenLine;
        else if (v.Kind == ExpKind.Nil) v.Kind = ExpKind.False;
        int jf;
        var stats = c.Body.Stats;
        if (!early && stats.Count > 0 && JumpsStraight(stats[0]))
        {
            // 'if x then break': the condition jumps straight to the loop exit (or a goto's label)
            GoIfFalse(ref v);
            EnterBlock(bl, false);
            if (stats[0] is GotoStat g) CondGoto(g, v.T);
            else NewLabelEntry(_gotos, "break", stats[0].Line, v.T);
            if (stats.Count == 1)
            {
                LeaveBlock();
                return;
            }
            jf = Jump();
            StatList(c.Body, false, 1);
        }
        else
        {
            GoIfTrue(ref v);
            EnterBlock(bl, false);
            jf = v.F;
            StatList(c.Body, false);
        }
        LeaveBlock();
        if (followed) Concat(ref escapeList, Jump());
        PatchToHere(jf);
    }

    private void Exp1(Expr e)
    {
        var v = new ExpDesc(ExpKind.Void, 0);
        Expr(e, ref v);
        Exp2NextReg(ref v);
    }

    private void FixForJump(int pc, int dest, bool back)
    {
        int offset = dest - (pc + 1);
        if (back) offset = -offset;
        if (offset > Instruction.MaxArgBx) throw SyntaxErrorNear("control structure too long");
        SetInstr(pc, Instruction.SetBx(GetInstr(pc), offset));
    }

    private void ForBody(int @base, int line, int doLine, int nvars, bool isGen, Block body)
    {
        _line = doLine;
        int prep = CodeABx(isGen ? OpCode.TForPrep : OpCode.ForPrep, @base, 0);
        var bl = new BlockCnt();
        EnterBlock(bl, false);
        AdjustLocalVars(nvars);
        ReserveRegs(nvars);
        Block(body);
        LeaveBlock();
        FixForJump(prep, GetLabel(), false);
        if (isGen)
        {
            CodeABC(OpCode.TForCall, @base, 0, nvars);
            FixLine(line);
        }
        int endfor = CodeABx(isGen ? OpCode.TForLoop : OpCode.ForLoop, @base, 0);
        FixForJump(endfor, prep + 1, true);
        FixLine(line);
    }

    /// <summary>Lua 5.5 manual §3.3.5: a loop's control variable is read-only.</summary>
    private void ReadOnlyControl(int vidx)
    {
        if (_profile.HasReadOnlyLoopControl) GetLocalVarDesc(fs, vidx).Kind = LocalKind.Const;
    }

    private void NumericFor(NumericForStat s)
    {
        var bl = new BlockCnt();
        EnterBlock(bl, true);
        int @base = fs.FreeReg;
        NewLocalVar("(for state)");
        NewLocalVar("(for state)");
        NewLocalVar("(for state)");
        int control = NewLocalVar(s.Variable);
        ReadOnlyControl(control);
        Exp1(s.Start);
        Exp1(s.Limit);
        if (s.Step != null) Exp1(s.Step);
        else
        {
            // Without integers (5.1, 5.2) the implicit step is the float 1, so the loop counts in floats.
            if (_profile.HasIntegers) Int(fs.FreeReg, 1);
            else Float(fs.FreeReg, 1);
            ReserveRegs(1);
        }
        AdjustLocalVars(3);
        ForBody(@base, s.Line, s.DoLine, 1, false, s.Body);
        _line = s.Body.EndLine;
        LeaveBlock();
    }

    private void GenericFor(GenericForStat s)
    {
        var bl = new BlockCnt();
        EnterBlock(bl, true);
        int @base = fs.FreeReg;
        for (int i = 0; i < 4; i++) NewLocalVar(i == 2 && _profile.HasGlobalDeclarations ? "(for control)" : "(for state)");
        foreach (var n in s.Names) NewLocalVar(n);
        ReadOnlyControl(fs.NActVar + 4);
        int line = s.Values.Count > 0 ? s.Values[0].Line : s.Line;
        var e = new ExpDesc(ExpKind.Void, 0);
        int nexps = ExpList(s.Values, ref e);
        AdjustAssign(4, nexps, ref e);
        AdjustLocalVars(4);
        MarkToBeClosed();
        CheckStack(3);
        ForBody(@base, line, s.DoLine, s.Names.Count, true, s.Body);
        _line = s.Body.EndLine;
        LeaveBlock();
    }
}
