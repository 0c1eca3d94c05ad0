using Tycho.Runtime;

namespace Tycho.Compiler;

/// <summary>
/// Checks that a prototype tree is safe to run, whatever its origin (a binary chunk may be truncated, corrupted or
/// malicious): every instruction's operands are in range for its opcode, control flow stays inside the code and
/// follows the pairings lvm.c relies on (test + JMP, arithmetic + MMBIN*, LOADKX/NEWTABLE/SETLIST k + EXTRAARG,
/// TFORPREP -> TFORCALL -> TFORLOOP, open-result producer + B=0 consumer), every function ends with a return, and
/// the debug info is consistent. It accepts everything lcode.c/lparser.c generate (checked against luac5.4).
/// </summary>
internal static class BytecodeVerifier
{
    /// <summary>First metamethod event MMBIN* may name (TM_ADD) and the last (TM_SHR), as lcode.c emits.</summary>
    private const int FirstArithEvent = (int)MetaEvent.Add, LastArithEvent = (int)MetaEvent.Shr;
    /// <summary>MAXREGS and MAXUPVAL of lua5.4.</summary>
    private const int MaxRegisters = 255, MaxUpvalues = 255;

    /// <summary>
    /// Verifies <paramref name="main"/> and its nested prototypes. Returns null when they are sound, else a
    /// description of the first problem found (for diagnostics; <see cref="ChunkReader"/> reports any problem as
    /// <c>bad binary format (corrupted chunk)</c>).
    /// </summary>
    public static string? Check(Prototype main)
    {
        ArgumentNullException.ThrowIfNull(main);
        return CheckFunction(main, null, 0);
    }

    private static string? CheckFunction(Prototype p, Prototype? parent, int depth)
    {
        if (depth > BinaryChunkFormat.MaxNesting) return "functions nested too deeply";
        string? why = CheckShape(p, parent) ?? new CodeChecker(p).Run() ?? CheckReturnsClose(p);
        if (why is not null) return depth == 0 ? why : $"nested function at depth {depth}: {why}";
        foreach (var child in p.Protos)
        {
            why = CheckFunction(child, p, depth + 1);
            if (why is not null) return why;
        }
        return null;
    }

    /// <summary>
    /// A function with to-be-closed variables (OP_TBC, or OP_TFORPREP's closing value) must close them on every
    /// return: lcode.c's luaK_finish sets k on each OP_RETURN/OP_TAILCALL and turns RETURN0/RETURN1 into OP_RETURN.
    /// A return that skipped the close would leave the variable pending after its frame died, to be "closed" later
    /// in whatever frame reuses the slot.
    /// </summary>
    private static string? CheckReturnsClose(Prototype p)
    {
        bool hasTbc = false;
        foreach (uint i in p.Code)
            if (Instruction.Op(i) is OpCode.Tbc or OpCode.TForPrep) { hasTbc = true; break; }
        if (!hasTbc) return null;
        foreach (uint i in p.Code)
        {
            var op = Instruction.Op(i);
            if (op is OpCode.Return0 or OpCode.Return1 || (op is OpCode.Return or OpCode.TailCall && !Instruction.K(i)))
                return "return without closing to-be-closed variables";
        }
        return null;
    }

    /// <summary>Sizes, constants, upvalue descriptors and debug info.</summary>
    private static string? CheckShape(Prototype p, Prototype? parent)
    {
        if (p.Code is null || p.Constants is null || p.Protos is null || p.Upvalues is null || p.LineInfo is null
            || p.LocalVars is null || p.Source is null)
            return "missing part";
        if (p.MaxStackSize is < 0 or > MaxRegisters) return "bad maxstacksize";
        if (p.NumParams < 0 || p.NumParams > p.MaxStackSize) return "more parameters than registers";
        if (p.Upvalues.Length > MaxUpvalues) return "too many upvalues";
        if (p.Code.Length == 0) return "no code";
        if (p.LineInfo.Length != 0 && p.LineInfo.Length != p.Code.Length) return "line info does not match the code";
        foreach (var k in p.Constants)
            if (!(k.IsNil || k.IsBoolean || k.IsNumber || k.IsString)) return "bad constant";
        foreach (var proto in p.Protos)
            if (proto is null) return "missing nested function";
        foreach (var v in p.LocalVars)
            if (v.Name is null || v.StartPc < 0 || v.StartPc > v.EndPc || v.EndPc > p.Code.Length) return "bad local variable";
        foreach (var u in p.Upvalues)
        {
            if ((uint)u.Kind > (uint)LocalKind.CompileTimeConst || u.Index < 0) return "bad upvalue";
            // A nested function's upvalue is a register or an upvalue of the function that creates it.
            if (parent is not null && u.Index >= (u.InStack ? parent.MaxStackSize : parent.Upvalues.Length))
                return "upvalue refers outside the enclosing function";
        }
        return null;
    }

    /// <summary>Instruction-level checks of one function.</summary>
    private readonly struct CodeChecker
    {
        private readonly Prototype _p;
        private readonly uint[] _code;
        private readonly int _ms;
        /// <summary>Pcs some jump lands on: such an instruction cannot depend on its predecessor.</summary>
        private readonly bool[] _target;

        public CodeChecker(Prototype p)
        {
            _p = p;
            _code = p.Code;
            _ms = p.MaxStackSize;
            _target = new bool[p.Code.Length];
        }

        public string? Run()
        {
            var last = Instruction.Op(_code[^1]);
            if (last is not (OpCode.Return or OpCode.Return0 or OpCode.Return1)) return "last instruction is not a return";
            // VARARGPREP adjusts the frame once, at entry (and is never a jump target, checked below).
            if (_p.IsVararg && Instruction.Op(_code[0]) != OpCode.VarargPrep) return "vararg function without VARARGPREP";
            for (int pc = 0; pc < _code.Length; pc++)
            {
                string? why = CheckInstruction(pc);
                if (why is not null) return $"pc {pc} ({Instruction.ToText(_code[pc])}): {why}";
            }
            for (int pc = 0; pc < _code.Length; pc++)
            {
                if (!_target[pc]) continue;
                uint i = _code[pc];
                var op = Instruction.Op(i);
                if (op is OpCode.ExtraArg or OpCode.VarargPrep) return $"pc {pc}: jump into {op}";
                if (UsesOpenTop(i)) return $"pc {pc}: jump to an instruction that takes open results";
            }
            return null;
        }

        private bool Reg(int r) => r >= 0 && r < _ms;
        /// <summary>Registers first..first+count-1 all exist (count may be 0).</summary>
        private bool Regs(int first, int count) => first >= 0 && count >= 0 && first + count <= _ms;
        private bool Konst(int k) => k >= 0 && k < _p.Constants.Length;
        private bool StringKonst(int k) => Konst(k) && _p.Constants[k].IsString;
        private bool Upval(int u) => u >= 0 && u < _p.Upvalues.Length;
        private bool RK(uint i, int c) => Instruction.K(i) ? Konst(c) : Reg(c);
        private OpCode? Next(int pc) => pc + 1 < _code.Length ? Instruction.Op(_code[pc + 1]) : null;

        /// <summary>B = 0 (or C = 0 for nothing here) means "up to the top set by the previous instruction".</summary>
        private static bool UsesOpenTop(uint i) =>
            Instruction.Op(i) is OpCode.Call or OpCode.TailCall or OpCode.Return or OpCode.SetList && Instruction.B(i) == 0;

        /// <summary>An instruction leaving an open number of results (sets top): CALL/VARARG with C = 0, TAILCALL.
        /// Its results start at its A and end at top, so the consumer's values (from <paramref name="first"/> to
        /// top) count top - first: the producer's A must not be below <paramref name="first"/>, or that count is
        /// negative (the VM would copy or call with a negative count, past the frame).</summary>
        private bool OpenProducerBefore(int pc, int first)
        {
            if (pc == 0) return false;
            uint i = _code[pc - 1];
            bool open = Instruction.Op(i) switch
            {
                OpCode.Call or OpCode.Vararg => Instruction.C(i) == 0,
                OpCode.TailCall => true,
                _ => false,
            };
            return open && Instruction.A(i) >= first;
        }

        private string? Jump(int pc, int target)
        {
            if (target < 0 || target >= _code.Length) return "jump outside the code";
            _target[target] = true;
            return null;
        }

        /// <summary>The EXTRAARG after <paramref name="pc"/>, or null if missing.</summary>
        private int? ExtraArg(int pc) => Next(pc) == OpCode.ExtraArg ? Instruction.Ax(_code[pc + 1]) : null;

        /// <summary>An upper bound for table sizes in constructors: each flush of up to 50 items needs an
        /// instruction, so a real constructor never asks for more (and a corrupt one cannot exhaust memory).</summary>
        private long SizeBound => (long)_code.Length * Instruction.FieldsPerFlush;

        private string? CheckInstruction(int pc)
        {
            uint i = _code[pc];
            int a = Instruction.A(i), b = Instruction.B(i), c = Instruction.C(i);
            var op = Instruction.Op(i);
            if ((int)op > (int)OpCode.ExtraArg && op is not (OpCode.VarargTable or OpCode.VarargFromTable
                    or OpCode.GetVararg or OpCode.ErrNNil)) return "invalid opcode";
            switch (op)
            {
                case OpCode.Move: case OpCode.Unm: case OpCode.BNot: case OpCode.Not: case OpCode.Len:
                    return Reg(a) && Reg(b) ? null : "register out of range";
                case OpCode.LoadI: case OpCode.LoadF: case OpCode.LoadFalse: case OpCode.LoadTrue: case OpCode.Tbc:
                case OpCode.Return1:
                    return Reg(a) ? null : "register out of range";
                case OpCode.LFalseSkip:
                    // Its skip lands on pc + 2 without running pc + 1: a jump target like any other.
                    return !Reg(a) ? "register out of range" : pc + 2 < _code.Length ? Jump(pc, pc + 2) : "skip past the end";
                case OpCode.LoadK:
                    return Reg(a) && Konst(Instruction.Bx(i)) ? null : "operand out of range";
                case OpCode.LoadKX:
                    return Reg(a) && ExtraArg(pc) is int ax && Konst(ax) ? null : "bad LOADKX";
                case OpCode.LoadNil:
                    return Regs(a, b + 1) ? null : "register out of range";
                case OpCode.GetUpval: case OpCode.SetUpval:
                    return Reg(a) && Upval(b) ? null : "operand out of range";
                case OpCode.GetTabUp:
                    return Reg(a) && Upval(b) && StringKonst(c) ? null : "operand out of range";
                case OpCode.GetTable:
                    return Reg(a) && Reg(b) && Reg(c) ? null : "register out of range";
                case OpCode.GetI:
                    return Reg(a) && Reg(b) ? null : "register out of range";
                case OpCode.GetField:
                    return Reg(a) && Reg(b) && StringKonst(c) ? null : "operand out of range";
                case OpCode.SetTabUp:
                    return Upval(a) && StringKonst(b) && RK(i, c) ? null : "operand out of range";
                case OpCode.SetTable:
                    return Reg(a) && Reg(b) && RK(i, c) ? null : "operand out of range";
                case OpCode.SetI:
                    return Reg(a) && RK(i, c) ? null : "operand out of range";
                case OpCode.SetField:
                    return Reg(a) && StringKonst(b) && RK(i, c) ? null : "operand out of range";
                case OpCode.NewTable:
                    return CheckNewTable(pc, i, a, b, c);
                case OpCode.Self:
                    if (!Regs(a, 2) || !Reg(b) || !RK(i, c)) return "operand out of range";
                    return !Instruction.K(i) || _p.Constants[c].IsString ? null : "method name is not a string";
                case OpCode.AddI: case OpCode.ShrI: case OpCode.ShlI:
                    return Reg(a) && Reg(b) ? FollowedBy(pc, OpCode.MmBinI) : "register out of range";
                case OpCode.AddK: case OpCode.SubK: case OpCode.MulK: case OpCode.ModK: case OpCode.PowK:
                case OpCode.DivK: case OpCode.IDivK:
                    return Reg(a) && Reg(b) && Konst(c) && _p.Constants[c].IsNumber ? FollowedBy(pc, OpCode.MmBinK) : "operand out of range";
                case OpCode.BAndK: case OpCode.BOrK: case OpCode.BXorK:
                    return Reg(a) && Reg(b) && Konst(c) && _p.Constants[c].IsInteger ? FollowedBy(pc, OpCode.MmBinK) : "operand out of range";
                case OpCode.Add: case OpCode.Sub: case OpCode.Mul: case OpCode.Mod: case OpCode.Pow: case OpCode.Div:
                case OpCode.IDiv: case OpCode.BAnd: case OpCode.BOr: case OpCode.BXor: case OpCode.Shl: case OpCode.Shr:
                    return Reg(a) && Reg(b) && Reg(c) ? FollowedBy(pc, OpCode.MmBin) : "register out of range";
                case OpCode.MmBin: case OpCode.MmBinI: case OpCode.MmBinK:
                    return CheckMmBin(pc, op, a, b, c);
                case OpCode.Concat:
                    return b >= 2 && Regs(a, b) ? null : "register out of range";
                case OpCode.Close:
                    return Reg(a) ? null : "register out of range";
                case OpCode.Jmp:
                    return Jump(pc, pc + 1 + Instruction.SJ(i));
                case OpCode.Eq: case OpCode.Lt: case OpCode.Le: case OpCode.TestSet:
                    return Reg(a) && Reg(b) ? FollowedBy(pc, OpCode.Jmp) : "register out of range";
                case OpCode.EqK:
                    return Reg(a) && Konst(b) ? FollowedBy(pc, OpCode.Jmp) : "operand out of range";
                case OpCode.EqI: case OpCode.LtI: case OpCode.LeI: case OpCode.GtI: case OpCode.GeI: case OpCode.Test:
                    return Reg(a) ? FollowedBy(pc, OpCode.Jmp) : "register out of range";
                case OpCode.Call:
                    return CheckCall(pc, a, b) ?? (c == 0 || Regs(a, c - 1) ? null : "results out of range");
                case OpCode.TailCall:
                    return CheckCall(pc, a, b) ?? CheckReturnParams(c);
                case OpCode.Return:
                    if (b == 0 ? !OpenProducerBefore(pc, a) || a > _ms : !Regs(a, b - 1)) return "register out of range";
                    return CheckReturnParams(c);
                case OpCode.Return0:
                    return _p.IsVararg ? "RETURN0 in a vararg function" : null;
                case OpCode.ForLoop:
                    return Regs(a, 4) ? Jump(pc, pc + 1 - Instruction.Bx(i)) : "register out of range";
                case OpCode.ForPrep:
                    return Regs(a, 4) ? Jump(pc, pc + 2 + Instruction.Bx(i)) : "register out of range";
                case OpCode.TForPrep:
                    return CheckTForPrep(pc, i, a);
                case OpCode.TForCall:
                    // lvm.c copies the three control values to R[A+4..A+6] before calling, then runs TFORLOOP.
                    if (!Regs(a, 7) || !Regs(a + 4, c)) return "register out of range";
                    return Next(pc) == OpCode.TForLoop && Instruction.A(_code[pc + 1]) == a ? null : "TFORCALL without TFORLOOP";
                case OpCode.TForLoop:
                    return Regs(a, 5) ? Jump(pc, pc + 1 - Instruction.Bx(i)) : "register out of range";
                case OpCode.SetList:
                    return CheckSetList(pc, i, a, b, c);
                case OpCode.Closure:
                    return Reg(a) && Instruction.Bx(i) < _p.Protos.Length ? null : "operand out of range";
                case OpCode.VarargTable:
                    return !_p.IsVararg ? "VARARGTABLE in a fixed-parameter function" : Reg(a) ? null : "register out of range";
                case OpCode.GetVararg:
                    return !_p.IsVararg ? "GETVARARG in a fixed-parameter function" : Reg(a) && Reg(c) ? null : "register out of range";
                case OpCode.ErrNNil:
                    return Reg(a) && Instruction.Bx(i) <= _p.Constants.Length ? null : "register out of range";
                case OpCode.VarargFromTable:
                    if (!_p.IsVararg) return "VARARG in a fixed-parameter function";
                    return Reg(a) && Reg(b) && (c == 0 || Regs(a, c - 1)) ? null : "register out of range";
                case OpCode.Vararg:
                    if (!_p.IsVararg) return "VARARG in a fixed-parameter function";
                    if (b != 0 && c != 2) return "VARARG of the arg table with more than one result";
                    return Reg(a) && (c == 0 || Regs(a, c - 1)) ? null : "register out of range";
                case OpCode.VarargPrep:
                    return pc == 0 && _p.IsVararg && a == _p.NumParams ? null : "misplaced VARARGPREP";
                case OpCode.ExtraArg:
                    return pc > 0 && Instruction.Op(_code[pc - 1]) is OpCode.LoadKX or OpCode.NewTable
                        || (pc > 0 && Instruction.Op(_code[pc - 1]) == OpCode.SetList && Instruction.K(_code[pc - 1]))
                        ? null : "stray EXTRAARG";
                default:
                    return "invalid opcode";
            }
        }

        private string? FollowedBy(int pc, OpCode next) => Next(pc) == next ? null : $"not followed by {next}";

        /// <summary>MMBIN* finishes the arithmetic instruction just before it (lvm.c reads its A from pc - 2) and
        /// only runs when that one fails; each arithmetic form has its own MMBIN form.</summary>
        private string? CheckMmBin(int pc, OpCode op, int a, int b, int ev)
        {
            bool operandsOk = op switch
            {
                OpCode.MmBin => Reg(a) && Reg(b),
                OpCode.MmBinK => Reg(a) && Konst(b),
                _ => Reg(a),
            };
            if (!operandsOk) return "operand out of range";
            if (ev < FirstArithEvent || ev > LastArithEvent) return "bad metamethod event";
            var prev = pc == 0 ? OpCode.ExtraArg : Instruction.Op(_code[pc - 1]);
            bool paired = op switch
            {
                OpCode.MmBin => prev is >= OpCode.Add and <= OpCode.Shr,
                OpCode.MmBinK => prev is >= OpCode.AddK and <= OpCode.BXorK,
                _ => prev is OpCode.AddI or OpCode.ShrI or OpCode.ShlI,
            };
            return paired ? null : "MMBIN without its arithmetic instruction";
        }

        private string? CheckCall(int pc, int a, int b)
        {
            if (!Reg(a)) return "register out of range";
            if (b == 0) return OpenProducerBefore(pc, a + 1) ? null : "open arguments without a producer";
            return Regs(a, b) ? null : "arguments out of range";
        }

        /// <summary>RETURN and TAILCALL's C is numparams + 1 in vararg functions (to undo VARARGPREP), else 0.</summary>
        private string? CheckReturnParams(int c) =>
            c == (_p.IsVararg ? _p.NumParams + 1 : 0) ? null : "bad vararg adjustment";

        private string? CheckNewTable(int pc, uint i, int a, int b, int c)
        {
            if (!Reg(a)) return "register out of range";
            if (ExtraArg(pc) is not int ax) return "NEWTABLE without EXTRAARG";
            long arraySize = c + (Instruction.K(i) ? (long)ax * (Instruction.MaxArgC + 1) : 0);
            // B is log2(hash size) + 1; each hash field needs an instruction, so 2^(B-1) < 2 * code size.
            if (b > 0 && (b > 31 || (1L << (b - 1)) > 2L * _code.Length)) return "hash size too large";
            return arraySize <= SizeBound ? null : "array size too large";
        }

        private string? CheckTForPrep(int pc, uint i, int a)
        {
            if (!Regs(a, 4)) return "register out of range";
            int target = pc + 1 + Instruction.Bx(i);
            string? why = Jump(pc, target);
            if (why is not null) return why;
            return Instruction.Op(_code[target]) == OpCode.TForCall && Instruction.A(_code[target]) == a
                ? null : "TFORPREP without TFORCALL";
        }

        private string? CheckSetList(int pc, uint i, int a, int b, int c)
        {
            if (!Reg(a)) return "register out of range";
            if (b == 0 ? !OpenProducerBefore(pc, a + 1) : !Regs(a + 1, b)) return "items out of range";
            long start = c;
            if (Instruction.K(i))
            {
                if (ExtraArg(pc) is not int ax) return "SETLIST without EXTRAARG";
                start += (long)ax * (Instruction.MaxArgC + 1);
            }
            return start <= SizeBound ? null : "list index too large";
        }
    }
}
