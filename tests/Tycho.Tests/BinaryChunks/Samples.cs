using static Tycho.Runtime.Instruction;

namespace Tycho.Tests.BinaryChunks;

/// <summary>Hand-built prototypes (independent of any compiler).</summary>
internal static class Samples
{
    /// <summary>NaN with a payload and the sign bit clear (a signalling NaN pattern).</summary>
    public const long NaNBits = 0x7FF0000000000123;
    /// <summary>The quiet NaN lua5.4 prints as -nan (0/0 on x86).</summary>
    public const long NegNaNBits = unchecked((long)0xFFF8000000000001);

    /// <summary>A vararg main function with every constant kind and a nested function that closes over a register.</summary>
    public static Prototype Chunk()
    {
        var inner = new Prototype
        {
            Code = new[]
            {
                CreateABCk(OpCode.GetUpval, 1, 0, 0, false),
                CreateABCk(OpCode.Add, 0, 0, 1, false),
                CreateABCk(OpCode.MmBin, 0, 1, (int)MetaEvent.Add, false),
                CreateABCk(OpCode.Return1, 0, 0, 0, false),
            },
            LineInfo = new[] { 3, 3, 3, 4 },
            Upvalues = new[] { new UpvalueDesc("y", true, 1, LocalKind.Regular) },
            LocalVars = new[] { new LocalVarInfo("x", 0, 4) },
            NumParams = 1, MaxStackSize = 2, Source = "@sample.lua", LineDefined = 2, LastLineDefined = 4,
        };
        return new Prototype
        {
            Code = new[]
            {
                CreateABCk(OpCode.VarargPrep, 0, 0, 0, false),
                CreateABx(OpCode.LoadK, 0, 0),
                CreateABx(OpCode.LoadK, 1, 9),
                CreateABx(OpCode.Closure, 2, 0),
                CreateABCk(OpCode.Test, 0, 0, 0, false),
                CreateSJ(OpCode.Jmp, 1, false),
                CreateABCk(OpCode.LoadNil, 0, 2, 0, false),
                CreateABCk(OpCode.Return, 0, 4, 1, false),
            },
            Constants = new[]
            {
                LuaValue.Nil, LuaValue.False, LuaValue.True, LuaValue.FromInteger(long.MinValue),
                LuaValue.FromFloat(-0.0), new LuaValue(ValueTag.Float, NaNBits), new LuaValue(ValueTag.Float, NegNaNBits),
                LuaValue.FromFloat(double.PositiveInfinity), LuaValue.FromString(""),
                LuaValue.FromString("short"),
                LuaValue.FromString(LuaString.FromBytes(Enumerable.Range(0, 300).Select(i => (byte)i).ToArray())),
            },
            Protos = new[] { inner },
            Upvalues = new[] { new UpvalueDesc("_ENV", true, 0, LocalKind.Regular) },
            LineInfo = new[] { 1, 1, 1, 4, 5, 5, 6, 200000 },
            LocalVars = new[] { new LocalVarInfo("a", 2, 8), new LocalVarInfo("b", 3, 8), new LocalVarInfo("f", 4, 8) },
            IsVararg = true, MaxStackSize = 3, Source = "@sample.lua",
        };
    }
}
