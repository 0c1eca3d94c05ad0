namespace Tycho.Runtime;

/// <summary>
/// The VM's instruction set: exactly lua5.4's (lopcodes.h), same order, same operands, same semantics, so that
/// lcode.c's code generation and ldebug.c's name recovery for error messages carry over. Notation as lopcodes.h:
/// R[x] register, K[x] constant, RK(x) = k ? K[x] : R[x], UpValue[x], sB/sC signed operands, pc the next instruction.
/// </summary>
internal enum OpCode : byte
{
    /// <summary>A B: R[A] := R[B]</summary>
    Move,
    /// <summary>A sBx: R[A] := sBx</summary>
    LoadI,
    /// <summary>A sBx: R[A] := (lua_Number)sBx</summary>
    LoadF,
    /// <summary>A Bx: R[A] := K[Bx]</summary>
    LoadK,
    /// <summary>A: R[A] := K[extra arg]</summary>
    LoadKX,
    /// <summary>A: R[A] := false</summary>
    LoadFalse,
    /// <summary>A: R[A] := false; pc++</summary>
    LFalseSkip,
    /// <summary>A: R[A] := true</summary>
    LoadTrue,
    /// <summary>A B: R[A], R[A+1], ..., R[A+B] := nil</summary>
    LoadNil,
    /// <summary>A B: R[A] := UpValue[B]</summary>
    GetUpval,
    /// <summary>A B: UpValue[B] := R[A]</summary>
    SetUpval,
    /// <summary>A B C: R[A] := UpValue[B][K[C]:shortstring]</summary>
    GetTabUp,
    /// <summary>A B C: R[A] := R[B][R[C]]</summary>
    GetTable,
    /// <summary>A B C: R[A] := R[B][C]</summary>
    GetI,
    /// <summary>A B C: R[A] := R[B][K[C]:shortstring]</summary>
    GetField,
    /// <summary>A B C: UpValue[A][K[B]:shortstring] := RK(C)</summary>
    SetTabUp,
    /// <summary>A B C: R[A][R[B]] := RK(C)</summary>
    SetTable,
    /// <summary>A B C: R[A][B] := RK(C)</summary>
    SetI,
    /// <summary>A B C: R[A][K[B]:shortstring] := RK(C)</summary>
    SetField,
    /// <summary>A B C k: R[A] := {} (B: log2(hash size)+1, C: array size, plus EXTRAARG*(MAXARG_C+1) when k)</summary>
    NewTable,
    /// <summary>A B C: R[A+1] := R[B]; R[A] := R[B][RK(C):string]</summary>
    Self,
    /// <summary>A B sC: R[A] := R[B] + sC</summary>
    AddI,
    /// <summary>A B C: R[A] := R[B] + K[C]:number</summary>
    AddK,
    /// <summary>A B C: R[A] := R[B] - K[C]:number</summary>
    SubK,
    /// <summary>A B C: R[A] := R[B] * K[C]:number</summary>
    MulK,
    /// <summary>A B C: R[A] := R[B] % K[C]:number</summary>
    ModK,
    /// <summary>A B C: R[A] := R[B] ^ K[C]:number</summary>
    PowK,
    /// <summary>A B C: R[A] := R[B] / K[C]:number</summary>
    DivK,
    /// <summary>A B C: R[A] := R[B] // K[C]:number</summary>
    IDivK,
    /// <summary>A B C: R[A] := R[B] &amp; K[C]:integer</summary>
    BAndK,
    /// <summary>A B C: R[A] := R[B] | K[C]:integer</summary>
    BOrK,
    /// <summary>A B C: R[A] := R[B] ~ K[C]:integer</summary>
    BXorK,
    /// <summary>A B sC: R[A] := R[B] >> sC</summary>
    ShrI,
    /// <summary>A B sC: R[A] := sC &lt;&lt; R[B]</summary>
    ShlI,
    /// <summary>A B C: R[A] := R[B] + R[C]</summary>
    Add,
    /// <summary>A B C: R[A] := R[B] - R[C]</summary>
    Sub,
    /// <summary>A B C: R[A] := R[B] * R[C]</summary>
    Mul,
    /// <summary>A B C: R[A] := R[B] % R[C]</summary>
    Mod,
    /// <summary>A B C: R[A] := R[B] ^ R[C]</summary>
    Pow,
    /// <summary>A B C: R[A] := R[B] / R[C]</summary>
    Div,
    /// <summary>A B C: R[A] := R[B] // R[C]</summary>
    IDiv,
    /// <summary>A B C: R[A] := R[B] &amp; R[C]</summary>
    BAnd,
    /// <summary>A B C: R[A] := R[B] | R[C]</summary>
    BOr,
    /// <summary>A B C: R[A] := R[B] ~ R[C]</summary>
    BXor,
    /// <summary>A B C: R[A] := R[B] &lt;&lt; R[C]</summary>
    Shl,
    /// <summary>A B C: R[A] := R[B] >> R[C]</summary>
    Shr,
    /// <summary>A B C: call C metamethod over R[A] and R[B] (follows a failed arithmetic instruction)</summary>
    MmBin,
    /// <summary>A sB C k: call C metamethod over R[A] and sB (k: operands swapped)</summary>
    MmBinI,
    /// <summary>A B C k: call C metamethod over R[A] and K[B] (k: operands swapped)</summary>
    MmBinK,
    /// <summary>A B: R[A] := -R[B]</summary>
    Unm,
    /// <summary>A B: R[A] := ~R[B]</summary>
    BNot,
    /// <summary>A B: R[A] := not R[B]</summary>
    Not,
    /// <summary>A B: R[A] := #R[B] (length operator)</summary>
    Len,
    /// <summary>A B: R[A] := R[A].. ... ..R[A + B - 1]</summary>
    Concat,
    /// <summary>A: close all upvalues >= R[A]</summary>
    Close,
    /// <summary>A: mark variable A "to be closed"</summary>
    Tbc,
    /// <summary>sJ: pc += sJ</summary>
    Jmp,
    /// <summary>A B k: if ((R[A] == R[B]) ~= k) then pc++</summary>
    Eq,
    /// <summary>A B k: if ((R[A] &lt; R[B]) ~= k) then pc++</summary>
    Lt,
    /// <summary>A B k: if ((R[A] &lt;= R[B]) ~= k) then pc++</summary>
    Le,
    /// <summary>A B k: if ((R[A] == K[B]) ~= k) then pc++</summary>
    EqK,
    /// <summary>A sB k: if ((R[A] == sB) ~= k) then pc++</summary>
    EqI,
    /// <summary>A sB k: if ((R[A] &lt; sB) ~= k) then pc++</summary>
    LtI,
    /// <summary>A sB k: if ((R[A] &lt;= sB) ~= k) then pc++</summary>
    LeI,
    /// <summary>A sB k: if ((R[A] > sB) ~= k) then pc++</summary>
    GtI,
    /// <summary>A sB k: if ((R[A] >= sB) ~= k) then pc++</summary>
    GeI,
    /// <summary>A k: if (not R[A] == k) then pc++</summary>
    Test,
    /// <summary>A B k: if (not R[B] == k) then pc++ else R[A] := R[B]</summary>
    TestSet,
    /// <summary>A B C: R[A], ... ,R[A+C-2] := R[A](R[A+1], ... ,R[A+B-1])</summary>
    Call,
    /// <summary>A B C k: return R[A](R[A+1], ... ,R[A+B-1])</summary>
    TailCall,
    /// <summary>A B C k: return R[A], ... ,R[A+B-2]</summary>
    Return,
    /// <summary>return</summary>
    Return0,
    /// <summary>A: return R[A]</summary>
    Return1,
    /// <summary>A Bx: update counters; if loop continues then pc-=Bx;</summary>
    ForLoop,
    /// <summary>A Bx: &lt;check values and prepare counters&gt;; if not to run then pc+=Bx+1;</summary>
    ForPrep,
    /// <summary>A Bx: create upvalue for R[A + 3]; pc+=Bx</summary>
    TForPrep,
    /// <summary>A C: R[A+4], ... ,R[A+3+C] := R[A](R[A+1], R[A+2]);</summary>
    TForCall,
    /// <summary>A Bx: if R[A+2] ~= nil then { R[A]=R[A+2]; pc -= Bx }</summary>
    TForLoop,
    /// <summary>A B C k: R[A][C+i] := R[A+i], 1 &lt;= i &lt;= B</summary>
    SetList,
    /// <summary>A Bx: R[A] := closure(KPROTO[Bx])</summary>
    Closure,
    /// <summary>A C: R[A], R[A+1], ..., R[A+C-2] = vararg</summary>
    Vararg,
    /// <summary>A: (adjust vararg parameters)</summary>
    VarargPrep,
    /// <summary>Ax: extra (larger) argument for previous opcode</summary>
    ExtraArg,
    /// <summary>Never in a prototype's code: marks the instructions a hooked thread must stop at (the hook copies of
    /// the code, LuaThread.Hooks.cs). The other 25 bits are the real instruction's, so sJ and Ax still read right.</summary>
    Trap,

    // Lua 5.5 (manual §3.3.7 and §3.4.11): only code compiled under the 5.5 profile holds these. The dispatch loop has
    // no case for them, so they run in SlowOp and cost the other profiles nothing.

    /// <summary>A: R[A] := the vararg table {extra arguments..., n = their count}</summary>
    VarargTable,
    /// <summary>A B C: R[A], ..., R[A+C-2] := R[B][1], ..., R[B][R[B].n] (raw): '...' of a function whose named
    /// vararg table is a real table</summary>
    VarargFromTable,
    /// <summary>A C: R[A] := extra argument R[C] (an integer 1..n), their count (key "n") or nil: a read of a named
    /// vararg table that never needed to exist</summary>
    GetVararg,
    /// <summary>A Bx: if R[A] ~= nil then error "global 'K[Bx-1]' already defined" (a global's initialization)</summary>
    ErrNNil,
}
