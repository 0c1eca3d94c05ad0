using System.Runtime.CompilerServices;

namespace Tycho.Runtime;

/// <summary>
/// Encoding of 32-bit instructions, as lopcodes.h: opcode in bits 0-6, A in 7-14, k in 15, B in 16-23, C in 24-31;
/// Bx (17 bits) and sBx in 15-31; Ax and sJ (25 bits) in 7-31. Signed fields are stored excess-K.
/// </summary>
internal static class Instruction
{
    public const int SizeOp = 7, SizeA = 8, SizeB = 8, SizeC = 8, SizeBx = 17, SizeAx = 25, SizeSJ = 25;
    public const int PosOp = 0, PosA = 7, PosK = 15, PosB = 16, PosC = 24, PosBx = 15, PosAx = 7, PosSJ = 7;
    public const int MaxArgA = 255, MaxArgB = 255, MaxArgC = 255;
    public const int MaxArgBx = (1 << SizeBx) - 1;
    public const int OffsetSBx = MaxArgBx >> 1;
    public const int MaxArgAx = (1 << SizeAx) - 1;
    public const int MaxArgSJ = (1 << SizeSJ) - 1;
    public const int OffsetSJ = MaxArgSJ >> 1;
    public const int OffsetSC = MaxArgC >> 1;
    /// <summary>Number of list items to accumulate before a SETLIST instruction (LFIELDS_PER_FLUSH).</summary>
    public const int FieldsPerFlush = 50;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static OpCode Op(uint i) => (OpCode)(i & 0x7F);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int A(uint i) => (int)((i >> PosA) & 0xFF);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int B(uint i) => (int)((i >> PosB) & 0xFF);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int C(uint i) => (int)(i >> PosC);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int SB(uint i) => B(i) - OffsetSC;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int SC(uint i) => C(i) - OffsetSC;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool K(uint i) => (i & (1u << PosK)) != 0;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int Bx(uint i) => (int)(i >> PosBx);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int SBx(uint i) => (int)(i >> PosBx) - OffsetSBx;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int Ax(uint i) => (int)(i >> PosAx);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int SJ(uint i) => (int)(i >> PosSJ) - OffsetSJ;

    public static uint CreateABCk(OpCode o, int a, int b, int c, bool k) =>
        (uint)o | ((uint)a << PosA) | ((uint)b << PosB) | ((uint)c << PosC) | (k ? 1u << PosK : 0u);
    public static uint CreateABx(OpCode o, int a, int bx) => (uint)o | ((uint)a << PosA) | ((uint)bx << PosBx);
    public static uint CreateAsBx(OpCode o, int a, int sbx) => CreateABx(o, a, sbx + OffsetSBx);
    public static uint CreateAx(OpCode o, int ax) => (uint)o | ((uint)ax << PosAx);
    public static uint CreateSJ(OpCode o, int sj, bool k) => (uint)o | ((uint)(sj + OffsetSJ) << PosSJ) | (k ? 1u << PosK : 0u);

    public static uint SetA(uint i, int a) => (i & ~(0xFFu << PosA)) | ((uint)a << PosA);
    public static uint SetB(uint i, int b) => (i & ~(0xFFu << PosB)) | ((uint)b << PosB);
    public static uint SetC(uint i, int c) => (i & ~(0xFFu << PosC)) | ((uint)c << PosC);
    public static uint SetK(uint i, bool k) => k ? i | (1u << PosK) : i & ~(1u << PosK);
    public static uint SetBx(uint i, int bx) => (i & 0x7FFFu) | ((uint)bx << PosBx);
    public static uint SetSJ(uint i, int sj) => (i & 0x7Fu) | ((uint)(sj + OffsetSJ) << PosSJ);
    public static uint SetOp(uint i, OpCode o) => (i & ~0x7Fu) | (uint)o;

    /// <summary>A readable form for disassembly and tests, e.g. <c>ADD 2 0 1</c>.</summary>
    public static string ToText(uint i)
    {
        var op = Op(i);
        string name = op.ToString().ToUpperInvariant();
        return op switch
        {
            OpCode.LoadI or OpCode.LoadF or OpCode.ForLoop or OpCode.ForPrep or OpCode.TForPrep or OpCode.TForLoop
                => op is OpCode.LoadI or OpCode.LoadF ? $"{name} {A(i)} {SBx(i)}" : $"{name} {A(i)} {Bx(i)}",
            OpCode.LoadK or OpCode.Closure => $"{name} {A(i)} {Bx(i)}",
            OpCode.Jmp => $"{name} {SJ(i)}",
            OpCode.ExtraArg => $"{name} {Ax(i)}",
            _ => $"{name} {A(i)} {B(i)} {C(i)}{(K(i) ? " k" : "")}",
        };
    }
}
