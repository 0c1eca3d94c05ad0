using Tycho.Compiler;
using Xunit;
using static Tycho.Runtime.Instruction;

namespace Tycho.Tests.BinaryChunks;

/// <summary>Each rule of <see cref="BytecodeVerifier"/> rejects the damage it exists for, and a chunk so damaged
/// does not load.</summary>
public class VerifierTests
{
    private static readonly Dictionary<string, Action<Prototype>> Damage = new()
    {
        ["invalid opcode"] = p => p.Code[1] = 0x7F,
        ["register out of range"] = p => p.Code[1] = CreateABCk(OpCode.Move, 3, 0, 0, false),
        ["constant out of range"] = p => p.Code[1] = CreateABx(OpCode.LoadK, 0, 11),
        ["jump past the end"] = p => p.Code[5] = CreateSJ(OpCode.Jmp, 2, false),
        ["jump before the start"] = p => p.Code[5] = CreateSJ(OpCode.Jmp, -7, false),
        ["jump into VARARGPREP"] = p => p.Code[5] = CreateSJ(OpCode.Jmp, -6, false),
        ["test without jump"] = p => p.Code[5] = CreateABCk(OpCode.LoadNil, 0, 0, 0, false),
        ["LOADNIL range"] = p => p.Code[6] = CreateABCk(OpCode.LoadNil, 1, 2, 0, false),
        ["last is not a return"] = p => p.Code[7] = CreateABCk(OpCode.LoadTrue, 0, 0, 0, false),
        ["RETURN0 in vararg"] = p => p.Code[7] = CreateABCk(OpCode.Return0, 0, 0, 0, false),
        ["RETURN without vararg adjustment"] = p => p.Code[7] = CreateABCk(OpCode.Return, 0, 4, 0, false),
        ["RETURN too many values"] = p => p.Code[7] = CreateABCk(OpCode.Return, 0, 5, 1, false),
        ["open RETURN without producer"] = p => p.Code[7] = CreateABCk(OpCode.Return, 0, 0, 1, false),
        ["closure index"] = p => p.Code[3] = CreateABx(OpCode.Closure, 2, 1),
        ["stray EXTRAARG"] = p => p.Code[6] = CreateAx(OpCode.ExtraArg, 0),
        ["LOADKX without EXTRAARG"] = p => p.Code[1] = CreateABCk(OpCode.LoadKX, 0, 0, 0, false),
        ["NEWTABLE without EXTRAARG"] = p => p.Code[1] = CreateABCk(OpCode.NewTable, 0, 0, 0, false),
        ["VARARG in fixed function"] = p => p.Protos[0].Code[0] = CreateABCk(OpCode.Vararg, 0, 0, 2, false),
        ["VARARGPREP not first"] = p => p.Code[6] = CreateABCk(OpCode.VarargPrep, 0, 0, 0, false),
        ["missing VARARGPREP"] = p => p.Code[0] = CreateABCk(OpCode.LoadNil, 0, 0, 0, false),
        ["arith without MMBIN"] = p => p.Protos[0].Code[2] = CreateABCk(OpCode.LoadNil, 0, 0, 0, false),
        ["MMBIN bad event"] = p => p.Protos[0].Code[2] = CreateABCk(OpCode.MmBin, 0, 1, (int)MetaEvent.Concat, false),
        ["MMBIN without arith"] = p => p.Protos[0].Code[1] = CreateABCk(OpCode.Move, 0, 1, 0, false),
        ["MMBINK after register arith"] = p => p.Protos[0].Code[2] = CreateABCk(OpCode.MmBinK, 0, 1, (int)MetaEvent.Add, false),
        ["upvalue index"] = p => p.Protos[0].Code[0] = CreateABCk(OpCode.GetUpval, 1, 1, 0, false),
        ["upvalue outside parent registers"] = p => p.Protos[0].Upvalues[0] = new UpvalueDesc("y", true, 3, LocalKind.Regular),
        ["upvalue outside parent upvalues"] = p => p.Protos[0].Upvalues[0] = new UpvalueDesc("y", false, 1, LocalKind.Regular),
        ["field key not a string"] = p => p.Code[1] = CreateABCk(OpCode.GetTabUp, 0, 0, 3, false),
        ["arith constant not a number"] = p => p.Protos[0].Code[1] = CreateABCk(OpCode.AddK, 0, 0, 0, false),
        ["line info length"] = p => p.LineInfo = new[] { 1 },
        ["more parameters than registers"] = p => p.Protos[0].NumParams = 3,
        ["local past the code"] = p => p.LocalVars[0] = new LocalVarInfo("a", 2, 9),
        ["no code"] = p => p.Protos[0].Code = Array.Empty<uint>(),
        ["TFORPREP not to TFORCALL"] = p => p.Code[4] = CreateABx(OpCode.TForPrep, 0, 0),
        ["huge hash size"] = p => { p.Code[1] = CreateABCk(OpCode.NewTable, 0, 30, 0, false); p.Code[2] = CreateAx(OpCode.ExtraArg, 0); },
        ["huge array size"] = p => { p.Code[1] = CreateABCk(OpCode.NewTable, 0, 0, 0, true); p.Code[2] = CreateAx(OpCode.ExtraArg, 1 << 20); },
        ["open CALL without producer"] = p => p.Code[6] = CreateABCk(OpCode.Call, 0, 0, 1, false),
    };

    /// <summary>Damage the chunk writer refuses outright, so there is no chunk to load.</summary>
    private static readonly HashSet<string> WriterRefuses = new() { "line info length", "no code" };

    public static IEnumerable<object[]> Cases() => Damage.Keys.Select(k => new object[] { k });

    [Fact]
    public void TheSampleIsSound() => Assert.Null(BytecodeVerifier.Check(Samples.Chunk()));

    [Theory]
    [MemberData(nameof(Cases))]
    public void DamageIsFoundAndTheChunkDoesNotLoad(string name)
    {
        var p = Samples.Chunk();
        Damage[name](p);
        Assert.NotNull(BytecodeVerifier.Check(p));
        if (WriterRefuses.Contains(name))
        {
            Assert.Throws<ArgumentException>(() => ChunkWriter.Dump(p, false));
            return;
        }
        byte[] chunk = ChunkWriter.Dump(p, false);
        var e = Assert.Throws<LuaRuntimeException>(() => ChunkReader.Undump(chunk, "=d"));
        Assert.Equal("d: bad binary format (corrupted chunk)", e.Value.AsString!.ToString());
    }

    [Fact]
    public void JumpIntoExtraArgIsRejected()
    {
        var p = Samples.Chunk();
        p.Code[1] = CreateABCk(OpCode.NewTable, 0, 0, 0, false);
        p.Code[2] = CreateAx(OpCode.ExtraArg, 0);
        Assert.Null(BytecodeVerifier.Check(p));
        p.Code[5] = CreateSJ(OpCode.Jmp, -4, false);
        Assert.Contains("jump into", BytecodeVerifier.Check(p));
    }
}
