using Tycho.Compiler;
using Tycho.Tests.Infrastructure;
using Xunit;

namespace Tycho.Tests.BinaryChunks;

/// <summary>string.dump / load "b" (manual §6.4, §6.1): what is dumped reads back the same.</summary>
public class RoundTripTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void HandBuiltPrototypeRoundTrips(bool strip)
    {
        var p = Samples.Chunk();
        Assert.Null(BytecodeVerifier.Check(p));
        var back = ChunkReader.Undump(ChunkWriter.Dump(p, strip), "=x");
        ProtoAssert.Same(p, back, strip);
    }

    [Fact]
    public void FloatsKeepTheirBits()
    {
        var back = ChunkReader.Undump(ChunkWriter.Dump(Samples.Chunk(), true), "=x");
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), back.Constants[4].RawInteger);
        Assert.True(back.Constants[4].IsFloat);
        Assert.Equal(Samples.NaNBits, back.Constants[5].RawInteger);
        Assert.Equal(Samples.NegNaNBits, back.Constants[6].RawInteger);
        Assert.Equal(long.MinValue, back.Constants[3].RawInteger);
        Assert.True(back.Constants[3].IsInteger);
    }

    [Fact]
    public void DumpIsDeterministicAndStartsWithTheHeader()
    {
        byte[] a = ChunkWriter.Dump(Samples.Chunk(), false), b = ChunkWriter.Dump(Samples.Chunk(), false);
        Assert.Equal(a, b);
        Assert.Equal(new byte[] { 0x1b, (byte)'L', (byte)'u', (byte)'a', 0x54, 0, 0x19, 0x93, 0x0d, 0x0a, 0x1a, 0x0a, 4, 8, 8 }, a[..15]);
        Assert.Equal(1, a[31]); // upvalue count of the main function, after the test integer and float
        Assert.True(ChunkWriter.Dump(Samples.Chunk(), true).Length < a.Length);
    }

    [Fact]
    public void NestedFunctionInheritsTheSource()
    {
        var p = Samples.Chunk();
        p.Protos[0].Source = "@other.lua";
        var back = ChunkReader.Undump(ChunkWriter.Dump(p, false), "=x");
        Assert.Equal("@other.lua", back.Protos[0].Source);
        p.Protos[0].Source = p.Source;
        back = ChunkReader.Undump(ChunkWriter.Dump(p, false), "=x");
        Assert.Equal("@sample.lua", back.Protos[0].Source);
    }

    [Fact]
    public void TrailingBytesAreIgnoredAsLua54Does()
    {
        byte[] chunk = ChunkWriter.Dump(Samples.Chunk(), false);
        var back = ChunkReader.Undump([.. chunk, 1, 2, 3], "=x");
        ProtoAssert.Same(Samples.Chunk(), back, false);
    }

    [Fact]
    public void UnrepresentableConstantIsRejectedByTheWriter()
    {
        var p = Samples.Chunk();
        p.Constants = [LuaValue.FromObject(new LuaTable())];
        Assert.Throws<ArgumentException>(() => ChunkWriter.Dump(p, false));
    }

    public static IEnumerable<object[]> LuacSources() => Corpus.Cases(withHuge: false);

    [SkippableTheory]
    [MemberData(nameof(LuacSources))]
    public void LuacOutputVerifiesAndRoundTrips(string name, string source)
    {
        Oracles.Luac.Require();
        var p = Luac.Compile(source);
        Assert.True(BytecodeVerifier.Check(p) is null, name + ": " + BytecodeVerifier.Check(p));
        ProtoAssert.Same(p, ChunkReader.Undump(ChunkWriter.Dump(p, false), "=x"), false);
        ProtoAssert.Same(p, ChunkReader.Undump(ChunkWriter.Dump(p, true), "=x"), true);
        var stripped = Luac.Compile(source, strip: true);
        Assert.Null(BytecodeVerifier.Check(stripped));
    }

    [SkippableFact]
    public void HugeConstructorWithExtraArgsVerifies()
    {
        Oracles.Luac.Require();
        var p = Luac.Compile(Corpus.Huge());
        Assert.Contains(p.Code, i => Instruction.Op(i) == OpCode.LoadKX);
        Assert.Contains(p.Code, i => Instruction.Op(i) == OpCode.SetList && Instruction.K(i));
        Assert.Null(BytecodeVerifier.Check(p));
        ProtoAssert.Same(p, ChunkReader.Undump(ChunkWriter.Dump(p, false), "=x"), false);
    }

    [SkippableFact]
    public void CorpusCoversEveryOpcode()
    {
        Oracles.Luac.Require();
        var seen = new HashSet<OpCode>();
        void Walk(Prototype p) { foreach (var i in p.Code) seen.Add(Instruction.Op(i)); foreach (var c in p.Protos) Walk(c); }
        Walk(Luac.Compile(Corpus.AllOpcodes));
        Walk(Luac.Compile(Corpus.Huge()));
        // OpCode.Trap only appears in the hook copies of code the VM makes, never in compiled code; the Lua 5.5
        // instructions only in code of the 5.5 profile, which luac 5.4.8 does not make (tests/conformance-5.5/runtime/dump.lua round-trips them).
        var lua55 = new[] { OpCode.VarargTable, OpCode.VarargFromTable, OpCode.GetVararg, OpCode.ErrNNil };
        var missing = Enum.GetValues<OpCode>().Where(o => o != OpCode.Trap && !lua55.Contains(o) && !seen.Contains(o)).ToList();
        Assert.True(missing.Count == 0, "not covered: " + string.Join(", ", missing));
    }
}
