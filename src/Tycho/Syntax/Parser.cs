using System.Runtime.CompilerServices;
using Tycho.Runtime;

namespace Tycho.Syntax;

/// <summary>
/// The Lua 5.4 parser (manual §3 and the grammar of §9): a recursive-descent port of lparser.c that builds the
/// syntax tree of Ast.cs nodes instead of emitting code. Errors are <see cref="LuaSyntaxException"/>s
/// with lua5.4's exact text (<c>chunkid:line: message near 'token'</c>). Nesting is counted where lparser.c calls
/// <c>enterlevel</c> (statements, sub-expressions, multiple assignment), raising lua5.4's <c>C stack overflow</c>
/// at the same depth, so deep sources give an error rather than overflow the .NET stack.
/// </summary>
internal sealed class Parser
{
    /// <summary>LUAI_MAXCCALLS: the C-level limit of lua5.4.</summary>
    public const int MaxCLevels = 200;

    /// <summary>C levels already in use when the standalone interpreter parses a script (lua.c's calls).</summary>
    public const int DefaultBaseLevel = 1;

    private readonly Lexer _lx;
    private int _level;
    private bool _isVararg; // of the function being parsed

    /// <summary>MAXVARS: active local variables per function.</summary>
    private const int MaxVars = 200;
    private int _activeLocals;  // of the function being parsed, as lparser's dyd->actvar counts them
    private int _funcLine;      // its linedefined, for the limit message
    private int _loopDepth;     // loops enclosing the current statement in its function (break checks)
    // The current function's first 'break' outside a loop (its line, 0 if none) and whether it has a 'goto': see Body.
    private int _strayBreakLine;
    private bool _hasGoto;
    private FunctionBody? _body;  // the function being parsed (null for a main chunk)

    /// <summary>The dialect being parsed.</summary>
    private readonly LanguageProfile _profile;

    private Parser(byte[] source, string chunkName, int baseLevel, CompileMeter? meter, LanguageProfile profile)
    {
        _profile = profile;
        _lx = new Lexer(source, ChunkId.Format(chunkName, profile), meter, profile);
        _level = baseLevel;
    }

    /// <summary>Parses a chunk (§3.3.2): the main function is vararg with no parameters.
    /// A '#' first line is not skipped here (the loader does that).</summary>
    /// <exception cref="LuaSyntaxException">On any lexical or syntax error, with lua5.4's message.</exception>
    public static Chunk Parse(ReadOnlySpan<byte> source, string chunkName) => Parse(source, chunkName, DefaultBaseLevel);

    /// <summary>Parses a chunk as <see cref="Parse(ReadOnlySpan{byte}, string)"/>, counting nesting from
    /// <paramref name="baseLevel"/> C levels already in use (e.g. 2 for <c>load</c> called from a main chunk).</summary>
    public static Chunk Parse(ReadOnlySpan<byte> source, string chunkName, int baseLevel) =>
        Parse(source.ToArray(), chunkName, baseLevel, null);

    /// <summary>Parses <paramref name="source"/> in place (it is only read) as the dialect <paramref name="profile"/>
    /// (Lua 5.4 when null), charging the work and the tree's memory to <paramref name="meter"/>.</summary>
    public static Chunk Parse(byte[] source, string chunkName, int baseLevel, CompileMeter? meter, LanguageProfile? profile = null)
    {
        var p = new Parser(source, chunkName, baseLevel, meter, profile ?? LanguageProfile.Lua54);
        return p.MainFunction(chunkName);
    }

    private Chunk MainFunction(string chunkName)
    {
        _isVararg = true;
        var body = new FunctionBody { Line = 0, IsVararg = true };
        _lx.Next();
        body.Body = Block();
        Check(Tk.Eos);
        body.EndLine = 0; // lastlinedefined of a main function
        return new Chunk { Main = body, ChunkName = chunkName, Profile = _profile };
    }

    // ------------------------------------------------------------------ helpers

    private int Token => _lx.Current.Kind;
    private int Line => _lx.Line;

    private void EnterLevel()
    {
        if (++_level >= MaxCLevels && !_profile.HasLua54RuntimeMessages)
        {
            // 5.3 lparser.c's checklimit on nCcalls: a syntax error naming the function
            string where = _funcLine == 0 ? "main function" : $"function at line {_funcLine}";
            throw _lx.SyntaxError($"too many C levels (limit is {MaxCLevels}) in {where}");
        }
        if (_level >= MaxCLevels || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new LuaSyntaxException("C stack overflow");
    }

    private void LeaveLevel() => _level--;

    private LuaSyntaxException ErrorExpected(int token) => _lx.SyntaxError(_lx.Display(token) + " expected");

    private bool TestNext(int c)
    {
        if (Token == c) { _lx.Next(); return true; }
        return false;
    }

    private void Check(int c)
    {
        if (Token != c) throw ErrorExpected(c);
    }

    private void CheckNext(int c)
    {
        Check(c);
        _lx.Next();
    }

    private void CheckMatch(int what, int who, int where)
    {
        if (TestNext(what)) return;
        if (where == Line) throw ErrorExpected(what);
        throw _lx.SyntaxError(_lx.Display(what) + " expected (to close " + _lx.Display(who) + " at line " + where + ")");
    }

    private string CheckName()
    {
        Check(Tk.Name);
        string s = _lx.Current.Name!;
        _lx.Next();
        return s;
    }

    private bool BlockFollow(bool withUntil) => Token switch
    {
        Tk.Else or Tk.Elseif or Tk.End or Tk.Eos => true,
        Tk.Until => withUntil,
        _ => false,
    };

    // ------------------------------------------------------------------ blocks and statements

    /// <summary>block -> statlist; <see cref="Syntax.Block.EndLine"/> is the line of the closing token.</summary>
    private Block Block()
    {
        int saved = _activeLocals;
        var b = new Block { Line = Line };
        StatList(b.Stats);
        b.EndLine = Line;
        _activeLocals = saved;
        return b;
    }

    /// <summary>new_localvar's limit check: lua raises it while parsing the declaration, before any later syntax
    /// error, so the parser counts the locals the code generator will allocate.</summary>
    private void DeclareLocals(int n)
    {
        _activeLocals += n;
        if (_activeLocals > MaxVars)
        {
            string where = _funcLine == 0 ? "main function" : "function at line " + _funcLine;
            throw _lx.SyntaxError($"too many local variables (limit is {MaxVars}) in {where}");
        }
    }

    private void StatList(List<Stat> stats)
    {
        while (!BlockFollow(true))
        {
            if (Token == Tk.Return || (Token == Tk.Break && !_profile.HasEmptyStatement))
            {
                bool isBreak = Token == Tk.Break;
                Statement(stats);
                if (isBreak) TestNext(';');   // 'return' takes its own ';'
                return; // 'return' (and 5.1's 'break') must be last statement
            }
            Statement(stats);
            // Lua 5.1 has no empty statement: a ';' may only follow a statement (5.1 manual §2.4.1).
            if (!_profile.HasEmptyStatement) TestNext(';');
        }
    }

    /// <summary>statement: parses one statement and appends it (none for ';'; a label also takes the labels and
    /// ';' that follow it, nested as lparser.c's labelstat does, which counts for the nesting limit).</summary>
    private void Statement(List<Stat> stats)
    {
        int line = Line;
        EnterLevel();
        Stat? s;
        switch (Token)
        {
            case ';' when _profile.HasEmptyStatement:
                _lx.Next();
                s = null;
                break;
            case Tk.If: s = IfStat(line); break;
            case Tk.While: s = WhileStat(line); break;
            case Tk.Do:
            {
                _lx.Next();
                var body = Block();
                CheckMatch(Tk.End, Tk.Do, line);
                s = new DoStat { Line = line, Body = body };
                break;
            }
            case Tk.For: s = ForStat(line); break;
            case Tk.Repeat: s = RepeatStat(line); break;
            case Tk.Function: s = FuncStat(line); break;
            case Tk.Local:
                _lx.Next();
                s = TestNext(Tk.Function) ? LocalFunc(line) : LocalStat(line);
                break;
            case Tk.DbColon:
            {
                _lx.Next();
                string name = CheckName();
                CheckNext(Tk.DbColon);
                stats.Add(new LabelStat { Line = line, Label = name });
                s = null;
                while (Token == ';' || Token == Tk.DbColon) Statement(stats); // skip other no-op statements
                break;
            }
            case Tk.Return:
                _lx.Next();
                s = RetStat(line);
                break;
            case Tk.Break:
            {
                if (_loopDepth == 0 && _profile.RejectsBreakAtStatement) throw _lx.SyntaxError("break outside loop");
                int before = _lx.LastLine;
                _lx.Next();
                // Lua 5.1 checks for an enclosing loop here, naming the token after 'break'.
                if (_loopDepth == 0 && !_profile.HasEmptyStatement) throw _lx.SyntaxError("no loop to break");
                if (_loopDepth == 0 && _strayBreakLine == 0) _strayBreakLine = line;
                s = new BreakStat { Line = line, LineBefore = before };
                break;
            }
            case Tk.Goto:
            {
                int before = _lx.LastLine;
                _hasGoto = true;
                _lx.Next();
                s = new GotoStat { Line = line, Label = CheckName(), LineBefore = before };
                break;
            }
            case Tk.Name when IsGlobalKeyword():
                _lx.Next(); // skip 'global'
                s = TestNext(Tk.Function) ? GlobalFunc(line) : GlobalStat(line);
                break;
            default:
                s = ExprStat(line);
                break;
        }
        if (s != null) stats.Add(s);
        LeaveLevel();
    }

    private IfStat IfStat(int line)
    {
        var s = new IfStat { Line = line };
        s.Clauses.Add(TestThenBlock());
        while (Token == Tk.Elseif) s.Clauses.Add(TestThenBlock());
        if (TestNext(Tk.Else)) s.Else = Block();
        CheckMatch(Tk.End, Tk.If, line);
        return s;
    }

    private IfClause TestThenBlock()
    {
        int line = Line;
        _lx.Next(); // skip IF or ELSEIF
        var cond = Expr();
        int thenLine = Line;
        CheckNext(Tk.Then);
        return new IfClause { Line = line, Condition = cond, ThenLine = thenLine, Body = Block() };
    }

    private WhileStat WhileStat(int line)
    {
        _lx.Next();
        var cond = Expr();
        CheckNext(Tk.Do);
        var body = LoopBlock();
        CheckMatch(Tk.End, Tk.While, line);
        return new WhileStat { Line = line, Condition = cond, Body = body };
    }

    /// <summary>A loop's body, counted for 5.1's "no loop to break" check.</summary>
    private Block LoopBlock()
    {
        _loopDepth++;
        var b = Block();
        _loopDepth--;
        return b;
    }

    private RepeatStat RepeatStat(int line)
    {
        _lx.Next();
        var body = LoopBlock();
        CheckMatch(Tk.Until, Tk.Repeat, line);
        var cond = Expr();
        return new RepeatStat { Line = line, Body = body, Condition = cond };
    }

    private Stat ForStat(int line)
    {
        _lx.Next(); // skip 'for'
        int savedLocals = _activeLocals;
        string name = CheckName();
        Stat s;
        switch (Token)
        {
            case '=':
            {
                DeclareLocals(3 + 1); // three "(for state)" and the control variable
                _lx.Next();
                var f = new NumericForStat { Line = line, Variable = name };
                f.Start = Expr();
                CheckNext(',');
                f.Limit = Expr();
                if (TestNext(',')) f.Step = Expr();
                CheckNext(Tk.Do);
                f.DoLine = _lx.LastLine;
                f.Body = LoopBlock();
                s = f;
                break;
            }
            case ',': case Tk.In:
            {
                var f = new GenericForStat { Line = line };
                DeclareLocals(4 + 1); // four "(for state)" and the first variable
                f.Names.Add(name);
                while (TestNext(','))
                {
                    f.Names.Add(CheckName());
                    DeclareLocals(1);
                }
                CheckNext(Tk.In);
                ExprList(f.Values);
                CheckNext(Tk.Do);
                f.DoLine = _lx.LastLine;
                f.Body = LoopBlock();
                s = f;
                break;
            }
            default:
                throw _lx.SyntaxError("'=' or 'in' expected");
        }
        CheckMatch(Tk.End, Tk.For, line);
        _activeLocals = savedLocals;
        return s;
    }

    private FunctionStat FuncStat(int line)
    {
        _lx.Next(); // skip FUNCTION
        // funcname -> NAME {fieldsel} [':' NAME]
        Expr target = new NameExpr { Line = Line, Name = CheckName() };
        bool isMethod = false;
        while (Token == '.') target = FieldSel(target);
        if (Token == ':')
        {
            isMethod = true;
            target = FieldSel(target);
        }
        var body = Body(isMethod, line);
        return new FunctionStat { Line = line, Target = target, Function = body };
    }

    private LocalFunctionStat LocalFunc(int line)
    {
        string name = CheckName();
        DeclareLocals(1);
        var body = Body(false, Line);
        return new LocalFunctionStat { Line = line, Name = name, Function = body };
    }

    private LocalStat LocalStat(int line)
    {
        var s = new LocalStat { Line = line };
        bool hasClose = false;
        // Lua 5.5 manual §3.3.7: an attribute before the list applies to every name without its own.
        var prefix = _profile.HasGlobalDeclarations ? LocalAttr() : LocalAttribute.None;
        do
        {
            string name = CheckName();
            DeclareLocals(1);
            var n = new LocalName { Name = name, Attribute = LocalAttr(prefix) };
            if (n.Attribute == LocalAttribute.Close)
            {
                if (hasClose) throw _lx.SemanticError("multiple to-be-closed variables in local list");
                hasClose = true;
            }
            s.Names.Add(n);
        } while (TestNext(','));
        if (TestNext('=')) ExprList(s.Values);
        return s;
    }

    private LocalAttribute LocalAttr(LocalAttribute absent = LocalAttribute.None)
    {
        if (!_profile.HasAttributes || !TestNext('<')) return absent;
        string attr = CheckName();
        CheckNext('>');
        if (attr == "const") return LocalAttribute.Const;
        if (attr == "close") return LocalAttribute.Close;
        throw _lx.SemanticError("unknown attribute '" + attr + "'");
    }

    // ------------------------------------------------------------------ global declarations (Lua 5.5)

    /// <summary>Whether the current name is the word <c>global</c> starting a declaration. Lua 5.5 manual §8.1 makes
    /// <c>global</c> reserved, but the release build keeps LUA_COMPAT_GLOBAL (luaconf.h): the word stays a name and
    /// starts a declaration only when followed by <c>&lt;</c>, a name, <c>*</c> or <c>function</c>.</summary>
    private bool IsGlobalKeyword()
    {
        if (!_profile.HasGlobalDeclarations || _lx.Current.Name != "global") return false;
        int next = _lx.Lookahead();
        return next is '<' or Tk.Name or '*' or Tk.Function;
    }

    /// <summary>globalstat -> GLOBAL attrib '*' | GLOBAL attrib NAME attrib {',' NAME attrib} ['=' explist].</summary>
    private GlobalStat GlobalStat(int line)
    {
        var s = new GlobalStat { Line = line };
        var prefix = GlobalAttr(LocalAttribute.None);
        if (TestNext('*'))
        {
            s.IsCollective = true;
            s.CollectiveAttribute = prefix;
            return s;
        }
        do
        {
            string name = CheckName();
            s.Names.Add(new LocalName { Name = name, Attribute = GlobalAttr(prefix) });
        } while (TestNext(','));
        if (TestNext('='))
        {
            s.ValuesLine = Line;
            ExprList(s.Values);
        }
        return s;
    }

    /// <summary>An attribute of a global: <c>const</c> only (lparser.c getglobalattribute).</summary>
    private LocalAttribute GlobalAttr(LocalAttribute absent)
    {
        var a = LocalAttr(absent);
        if (a == LocalAttribute.Close) throw _lx.SemanticError("global variables cannot be to-be-closed");
        return a;
    }

    private GlobalFunctionStat GlobalFunc(int line)
    {
        string name = CheckName();
        var body = Body(false, Line);
        return new GlobalFunctionStat { Line = line, Name = name, Function = body };
    }

    private ReturnStat RetStat(int line)
    {
        var s = new ReturnStat { Line = line };
        if (!BlockFollow(true) && Token != ';') ExprList(s.Values);
        TestNext(';');
        return s;
    }

    private Stat ExprStat(int line)
    {
        var e = SuffixedExp();
        if (Token == '=' || Token == ',')
        {
            var s = new AssignStat();
            s.Targets.Add(e);
            RestAssign(s, e);
            return s;
        }
        // Lua 5.1's exprstat takes any variable for the start of an assignment, so it expects the '='.
        if (IsVar(e) && _profile.QuotesTokenClasses) throw ErrorExpected('=');
        if (e is not CallExpr and not MethodCallExpr) throw _lx.SyntaxError("syntax error");
        return new CallStat { Line = line, Call = e };
    }

    private static bool IsVar(Expr e) => e is NameExpr or IndexExpr;

    /// <summary>restassign: iterative, but counting one level per extra target as lparser.c recurses.</summary>
    private void RestAssign(AssignStat s, Expr first)
    {
        if (!IsVar(first)) throw _lx.SyntaxError("syntax error");
        int extra = 0;
        try
        {
            while (TestNext(','))
            {
                var v = SuffixedExp();
                s.Targets.Add(v);
                EnterLevel();
                extra++;
                if (!IsVar(v)) throw _lx.SyntaxError("syntax error");
            }
            s.Line = Line;
            CheckNext('=');
            ExprList(s.Values);
        }
        finally
        {
            _level -= extra;
        }
    }

    // ------------------------------------------------------------------ functions

    /// <summary>body -> '(' parlist ')' block END. <paramref name="line"/> is lparser's linedefined.</summary>
    private FunctionBody Body(bool isMethod, int line)
    {
        var f = new FunctionBody { Line = line, IsMethod = isMethod };
        bool savedVararg = _isVararg;
        int savedLocals = _activeLocals, savedLine = _funcLine, savedLoops = _loopDepth, savedBreak = _strayBreakLine;
        bool savedGoto = _hasGoto;
        var savedBody = _body;
        _body = f;
        _activeLocals = 0;
        _loopDepth = 0;
        _strayBreakLine = 0;
        _hasGoto = false;
        _funcLine = line;
        if (isMethod) DeclareLocals(1); // self
        CheckNext('(');
        if (Token != ')')
        {
            do
            {
                switch (Token)
                {
                    case Tk.Name:
                        f.Params.Add(CheckName());
                        DeclareLocals(1);
                        break;
                    case Tk.Dots:
                        _lx.Next();
                        f.IsVararg = true;
                        if (_profile.HasGlobalDeclarations && Token == Tk.Name)
                        {
                            f.VarargName = CheckName(); // Lua 5.5 manual §3.4.11: a named vararg table
                            DeclareLocals(1);
                        }
                        break;
                    default:
                        throw _lx.SyntaxError("<name> or '...' expected");
                }
            } while (!f.IsVararg && TestNext(','));
        }
        _isVararg = f.IsVararg;
        if (f.IsVararg && _profile.HasFunctionEnvironments) DeclareLocals(1);   // 5.1's implicit 'arg'
        CheckNext(')');
        f.Body = Block();
        f.EndLine = Line;
        CheckMatch(Tk.End, Tk.Function, line);
        f.NextLine = Line;
        // lparser.c finds a 'break' outside any loop when it closes the function (after reading the token that
        // follows 'end'), before a syntax error later in the source. The code generator raises the same error, but
        // only once the whole chunk has parsed. With a 'goto' in the function, the generator decides which
        // pending jump lua would name first.
        if (_strayBreakLine != 0 && !_hasGoto) throw _lx.Error(_profile.BreakOutsideLoop(_strayBreakLine), 0);
        _isVararg = savedVararg;
        _activeLocals = savedLocals;
        _funcLine = savedLine;
        _loopDepth = savedLoops;
        _strayBreakLine = savedBreak;
        _hasGoto = savedGoto;
        _body = savedBody;
        return f;
    }

    // ------------------------------------------------------------------ expressions

    private void ExprList(List<Expr> list)
    {
        list.Add(Expr());
        while (TestNext(',')) list.Add(Expr());
    }

    private Expr Expr() => SubExpr(0);

    private int GetUnaryOp(int token) => token switch
    {
        Tk.Not => (int)Syntax.UnaryOp.Not,
        '-' => (int)Syntax.UnaryOp.Neg,
        '~' when _profile.HasIntegers => (int)Syntax.UnaryOp.BNot,
        '#' => (int)Syntax.UnaryOp.Len,
        _ => -1,
    };

    /// <summary>getbinopr with lparser.c's priority table; returns false for a non-operator.</summary>
    private static bool GetBinaryOp(int token, out BinaryOp op, out int left, out int right)
    {
        switch (token)
        {
            case '+': op = Syntax.BinaryOp.Add; left = right = 10; return true;
            case '-': op = Syntax.BinaryOp.Sub; left = right = 10; return true;
            case '*': op = Syntax.BinaryOp.Mul; left = right = 11; return true;
            case '%': op = Syntax.BinaryOp.Mod; left = right = 11; return true;
            case '^': op = Syntax.BinaryOp.Pow; left = 14; right = 13; return true;
            case '/': op = Syntax.BinaryOp.Div; left = right = 11; return true;
            case Tk.IDiv: op = Syntax.BinaryOp.IDiv; left = right = 11; return true;
            case '&': op = Syntax.BinaryOp.BAnd; left = right = 6; return true;
            case '|': op = Syntax.BinaryOp.BOr; left = right = 4; return true;
            case '~': op = Syntax.BinaryOp.BXor; left = right = 5; return true;
            case Tk.Shl: op = Syntax.BinaryOp.Shl; left = right = 7; return true;
            case Tk.Shr: op = Syntax.BinaryOp.Shr; left = right = 7; return true;
            case Tk.Concat: op = Syntax.BinaryOp.Concat; left = 9; right = 8; return true;
            case Tk.Eq: op = Syntax.BinaryOp.Eq; left = right = 3; return true;
            case '<': op = Syntax.BinaryOp.Lt; left = right = 3; return true;
            case Tk.Le: op = Syntax.BinaryOp.Le; left = right = 3; return true;
            case Tk.Ne: op = Syntax.BinaryOp.Ne; left = right = 3; return true;
            case '>': op = Syntax.BinaryOp.Gt; left = right = 3; return true;
            case Tk.Ge: op = Syntax.BinaryOp.Ge; left = right = 3; return true;
            case Tk.And: op = Syntax.BinaryOp.And; left = right = 2; return true;
            case Tk.Or: op = Syntax.BinaryOp.Or; left = right = 1; return true;
            default: op = default; left = right = 0; return false;
        }
    }

    private const int UnaryPriority = 12;

    /// <summary>Operators that 5.1 and 5.2 lack (their lexers read '&amp;', '|' and '~' as plain symbols).</summary>
    private static bool IsBitwise(BinaryOp op) =>
        op is Syntax.BinaryOp.BAnd or Syntax.BinaryOp.BOr or Syntax.BinaryOp.BXor or Syntax.BinaryOp.Shl or Syntax.BinaryOp.Shr or Syntax.BinaryOp.IDiv;

    /// <summary>subexpr -> (simpleexp | unop subexpr) { binop subexpr }, where binop's left priority is above
    /// <paramref name="limit"/>. Loops over operators of equal priority, so left-associative chains do not recurse.</summary>
    private Expr SubExpr(int limit)
    {
        EnterLevel();
        Expr e;
        int uop = GetUnaryOp(Token);
        if (uop >= 0)
        {
            int line = Line;
            _lx.Next();
            var operand = SubExpr(UnaryPriority);
            e = new UnaryExpr { Line = line, Op = (UnaryOp)uop, Operand = operand };
        }
        else e = SimpleExp();
        while (GetBinaryOp(Token, out var op, out int left, out int right) && left > limit
               && (_profile.HasIntegers || !IsBitwise(op)))
        {
            int line = Line;
            _lx.Next();
            var rhs = SubExpr(right);
            e = new BinaryExpr { Line = line, Op = op, Left = e, Right = rhs };
        }
        LeaveLevel();
        return e;
    }

    private Expr SimpleExp()
    {
        int line = Line;
        Expr e;
        switch (Token)
        {
            case Tk.Flt: e = new FloatExpr { Line = line, Value = _lx.Current.Flt }; break;
            case Tk.Int: e = new IntegerExpr { Line = line, Value = _lx.Current.Int }; break;
            case Tk.String: e = new StringExpr { Line = line, Value = _lx.Current.Str! }; break;
            case Tk.Nil: e = new NilExpr { Line = line }; break;
            case Tk.True: e = new TrueExpr { Line = line }; break;
            case Tk.False: e = new FalseExpr { Line = line }; break;
            case Tk.Dots:
                if (!_isVararg) throw _lx.SyntaxError("cannot use '...' outside a vararg function");
                if (_body is not null) _body.UsesVararg = true;
                e = new VarargExpr { Line = line };
                break;
            case '{':
                return Constructor();
            case Tk.Function:
                _lx.Next();
                return new FunctionExpr { Line = line, Body = Body(false, Line) };
            default:
                return SuffixedExp();
        }
        _lx.Next();
        return e;
    }

    private Expr PrimaryExp()
    {
        switch (Token)
        {
            case '(':
            {
                int line = Line;
                _lx.Next();
                var inner = Expr();
                CheckMatch(')', '(', line);
                return new ParenExpr { Line = line, Inner = inner };
            }
            case Tk.Name:
            {
                var n = new NameExpr { Line = Line, Name = _lx.Current.Name! };
                _lx.Next();
                return n;
            }
            default:
                throw _lx.SyntaxError("unexpected symbol");
        }
    }

    /// <summary>suffixedexp -> primaryexp { '.' NAME | '[' exp ']' | ':' NAME funcargs | funcargs }</summary>
    private Expr SuffixedExp()
    {
        int start = Line;   // 5.3 lparser.c's suffixedexp: its calls are on this line
        Expr e = PrimaryExp();
        for (;;)
        {
            switch (Token)
            {
                case '.':
                    e = FieldSel(e);
                    break;
                case '[':
                {
                    int l = Line;
                    _lx.Next();
                    var key = Expr();
                    CheckNext(']');
                    e = new IndexExpr { Line = l, Object = e, Key = key };
                    break;
                }
                case ':':
                {
                    _lx.Next();
                    string name = CheckName();
                    // lparser.c (5.4.8) funcargs: a call's line is where its arguments start.
                    int line = Line;
                    var m = new MethodCallExpr { Line = _profile.HasLua54RuntimeMessages ? line : start, Object = e, Method = name };
                    FuncArgs(m.Args, line);
                    e = m;
                    break;
                }
                case '(': case Tk.String: case '{':
                {
                    // Lua 5.1 refuses a call whose '(' starts a new line (5.1 manual §2.5.8).
                    if (Token == '(' && _profile.RejectsAmbiguousCalls && _lx.LastLine != Line)
                        throw _lx.SyntaxError("ambiguous syntax (function call x new statement)");
                    // 5.4.8's funcargs: a call is on the line of its arguments' first token, not of its prefix.
                    int line = Line;
                    var c = new CallExpr { Line = _profile.HasLua54RuntimeMessages ? line : start, Function = e };
                    FuncArgs(c.Args, line);
                    e = c;
                    break;
                }
                default:
                    return e;
            }
        }
    }

    /// <summary>fieldsel -> ['.' | ':'] NAME; the node's line is that of the '.' or ':'.</summary>
    private IndexExpr FieldSel(Expr obj)
    {
        int line = Line;
        _lx.Next();
        int nameLine = Line;
        Check(Tk.Name);
        var key = new StringExpr { Line = nameLine, Value = _lx.CurrentNameString() };
        _lx.Next();
        return new IndexExpr { Line = line, Object = obj, Key = key };
    }

    private void FuncArgs(List<Expr> args, int line)
    {
        switch (Token)
        {
            case '(':
                _lx.Next();
                if (Token != ')') ExprList(args);
                CheckMatch(')', '(', line);
                break;
            case '{':
                args.Add(Constructor());
                break;
            case Tk.String:
                args.Add(new StringExpr { Line = Line, Value = _lx.Current.Str! });
                _lx.Next();
                break;
            default:
                throw _lx.SyntaxError("function arguments expected");
        }
    }

    /// <summary>constructor -> '{' [ field { sep field } [sep] ] '}'</summary>
    private TableExpr Constructor()
    {
        int line = Line;
        var t = new TableExpr { Line = line };
        CheckNext('{');
        do
        {
            if (Token == '}') break;
            t.Fields.Add(Field());
        } while (TestNext(',') || TestNext(';'));
        CheckMatch('}', '{', line);
        return t;
    }

    private TableField Field()
    {
        int line = Line;
        switch (Token)
        {
            case Tk.Name:
                if (_lx.Lookahead() != '=') goto default;
                {
                    var key = new StringExpr { Line = line, Value = _lx.CurrentNameString() };
                    _lx.Next();
                    CheckNext('=');
                    return new TableField { Line = line, Kind = TableFieldKind.Named, Key = key, Value = Expr() };
                }
            case '[':
            {
                _lx.Next();
                var key = Expr();
                CheckNext(']');
                CheckNext('=');
                return new TableField { Line = line, Kind = TableFieldKind.Keyed, Key = key, Value = Expr() };
            }
            default:
                return new TableField { Line = line, Kind = TableFieldKind.Positional, Value = Expr() };
        }
    }
}
