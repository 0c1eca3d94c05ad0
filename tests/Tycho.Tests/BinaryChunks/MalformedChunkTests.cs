using System.Diagnostics;
using Tycho.Compiler;
using Tycho.Tests.Infrastructure;
using Xunit;

namespace Tycho.Tests.BinaryChunks;

/// <summary>Truncated and corrupted chunks give lua5.4's "bad binary format" errors, never a crash or a hang.</summary>
public class MalformedChunkTests
{
    private static byte[] Valid() => ChunkWriter.Dump(Samples.Chunk(), false);

    private static string ErrorOf(byte[] data, string name = "=x")
    {
        var e = Assert.Throws<LuaRuntimeException>(() => ChunkReader.Undump(data, name));
        Assert.True(e.Value.IsString);
        return e.Value.AsString!.ToString();
    }

    private static byte[] With(int index, byte value)
    {
        var d = Valid();
        d[index] = value;
        return d;
    }

    [Fact]
    public void HeaderErrorsUseLua54Messages()
    {
        var d = Valid();
        Assert.Equal("x: bad binary format (truncated chunk)", ErrorOf(d[..1]));
        Assert.Equal("x: bad binary format (truncated chunk)", ErrorOf(d[..5]));
        Assert.Equal("x: bad binary format (truncated chunk)", ErrorOf(d[..20]));
        Assert.Equal("x: bad binary format (truncated chunk)", ErrorOf(d[..(d.Length - 1)]));
        Assert.Equal("x: bad binary format (truncated chunk)", ErrorOf([]));
        Assert.Equal("x: bad binary format (not a binary chunk)", ErrorOf("\x1bLux-----------"u8.ToArray()));
        Assert.Equal("x: bad binary format (version mismatch)", ErrorOf(With(4, 0x53)));
        Assert.Equal("x: bad binary format (format mismatch)", ErrorOf(With(5, 0x54)));
        Assert.Equal("x: bad binary format (corrupted chunk)", ErrorOf(With(7, 0x94)));
        Assert.Equal("x: bad binary format (corrupted chunk)", ErrorOf(With(10, (byte)'\n')));
        Assert.Equal("x: bad binary format (Instruction size mismatch)", ErrorOf(With(12, 8)));
        Assert.Equal("x: bad binary format (lua_Integer size mismatch)", ErrorOf(With(13, 4)));
        Assert.Equal("x: bad binary format (lua_Number size mismatch)", ErrorOf(With(14, 4)));
        Assert.Equal("x: bad binary format (integer format mismatch)", ErrorOf(With(15, 0x79)));
        Assert.Equal("x: bad binary format (float format mismatch)", ErrorOf(With(30, 0x41)));
        Assert.Equal("x: bad binary format (corrupted chunk)", ErrorOf(With(31, 2))); // main upvalue count
    }

    [Theory]
    [InlineData("=stdin", "stdin")]
    [InlineData("@dir/f.luac", "dir/f.luac")]
    [InlineData("\x1bLua\x54", "binary string")]
    [InlineData("some chunk name that is much longer than sixty characters and not shortened by lundump",
        "some chunk name that is much longer than sixty characters and not shortened by lundump")]
    public void MessagesNameTheChunkAsLundumpDoes(string chunkName, string shown)
    {
        Assert.Equal(shown + ": bad binary format (truncated chunk)", ErrorOf(Valid()[..10], chunkName));
    }

    /// <summary>Header and main upvalue count, then a function prefix up to its code count.</summary>
    private static List<byte> Prefix(byte nparams = 0, byte vararg = 0, byte maxstack = 2)
    {
        var b = new List<byte>(Valid()[..32]);
        b[31] = 0;
        b.AddRange(new byte[] { 0x80, 0x80, 0x80, nparams, vararg, maxstack });
        return b;
    }

    [Fact]
    public void HugeCountsFailFastWithoutAllocating()
    {
        var sw = Stopwatch.StartNew();
        // 2^31 - 1 instructions claimed by a few bytes.
        var b = Prefix();
        b.AddRange(new byte[] { 0x07, 0x7F, 0x7F, 0x7F, 0xFF });
        Assert.Equal("x: bad binary format (truncated chunk)", ErrorOf(b.ToArray()));
        // No code, then 2^31 - 1 constants.
        b = Prefix();
        b.AddRange(new byte[] { 0x80, 0x07, 0x7F, 0x7F, 0x7F, 0xFF, 0x01 });
        Assert.Equal("x: bad binary format (truncated chunk)", ErrorOf(b.ToArray()));
        // A string constant claiming 2^31 - 2 bytes.
        b = Prefix();
        b.AddRange(new byte[] { 0x80, 0x81, 0x14, 0x07, 0x7F, 0x7F, 0x7F, 0xFF, 0x41 });
        Assert.Equal("x: bad binary format (truncated chunk)", ErrorOf(b.ToArray()));
        Assert.True(sw.ElapsedMilliseconds < 1000);
    }

    [Fact]
    public void OversizedVarintIsAnIntegerOverflow()
    {
        var b = Prefix();
        b.AddRange(new byte[] { 0x10, 0x00, 0x00, 0x00, 0x00, 0x80 });
        Assert.Equal("x: bad binary format (integer overflow)", ErrorOf(b.ToArray()));
        b = Prefix();
        b.AddRange(Enumerable.Repeat((byte)0, 100000)); // a varint that never ends stops at the end of the input
        Assert.Equal("x: bad binary format (truncated chunk)", ErrorOf(b.ToArray()));
    }

    [Fact]
    public void DeeplyNestedPrototypesAreRejectedNotOverflowingTheStack()
    {
        var b = Prefix();
        b.RemoveRange(b.Count - 6, 6);
        // Each level: no source, lines 0 0, no params, not vararg, 2 registers, no code, constants, upvalues; 1 proto.
        byte[] level = { 0x80, 0x80, 0x80, 0, 0, 2, 0x80, 0x80, 0x80, 0x81 };
        for (int i = 0; i < 100000; i++) b.AddRange(level);
        Assert.Equal("x: bad binary format (corrupted chunk)", ErrorOf(b.ToArray()));
    }

    [Fact]
    public void InvalidConstantTagIsCorrupted()
    {
        var b = Prefix();
        b.AddRange(new byte[] { 0x80, 0x81, 0x05, 0x80, 0x80, 0x80, 0x80, 0x80 });
        Assert.Equal("x: bad binary format (corrupted chunk)", ErrorOf(b.ToArray()));
    }

    [Fact]
    public void FunctionWithoutCodeIsCorrupted()
    {
        var b = Prefix();
        b.AddRange(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80 });
        Assert.Equal("x: bad binary format (corrupted chunk)", ErrorOf(b.ToArray()));
    }

    [Fact]
    public void RandomTruncationsAndMutationsNeverEscapeAsOtherExceptions() =>
        Fuzz(Valid(), ChunkWriter.Dump(Samples.Chunk(), true));

    /// <summary>The same on lcode.c's output (luac's main function of the corpus, in Tycho's chunk format).</summary>
    [SkippableFact]
    public void MutatedLuacOutputNeverEscapesAsOtherExceptions()
    {
        Oracles.Luac.Require();
        Fuzz(ChunkWriter.Dump(Luac.Compile(Corpus.AllOpcodes), false));
    }

    private static void Fuzz(params byte[][] bases)
    {
        var rng = new Random(5481);
        int ok = 0, rejected = 0;
        var sw = Stopwatch.StartNew();
        for (int n = 0; n < 20000; n++)
        {
            byte[] d = Mutate(bases[n % bases.Length], rng);
            try
            {
                var p = ChunkReader.Undump(d, "=fuzz");
                Assert.Null(BytecodeVerifier.Check(p));
                ok++;
            }
            catch (LuaRuntimeException e)
            {
                Assert.StartsWith("fuzz: bad binary format (", e.Value.AsString!.ToString());
                rejected++;
            }
        }
        Assert.True(sw.Elapsed.TotalSeconds < 5, "took " + sw.Elapsed);
        Assert.True(ok > 100 && rejected > 1000, $"ok {ok}, rejected {rejected}");
    }

    private static byte[] Mutate(byte[] valid, Random rng)
    {
        var d = (byte[])valid.Clone();
        switch (rng.Next(4))
        {
            case 0: return d[..rng.Next(d.Length)];
            case 1:
                // Leave the header alone half the time so the mutations reach the function bodies.
                int from = rng.Next(2) == 0 ? 32 : 0;
                int flips = 1 + rng.Next(4);
                for (int i = 0; i < flips; i++) d[from + rng.Next(d.Length - from)] = (byte)rng.Next(256);
                return d;
            case 2:
                int at = 32 + rng.Next(d.Length - 32);
                d[at] ^= (byte)(1 << rng.Next(8));
                return d;
            default:
                // Instruction-shaped damage: overwrite 4 aligned-looking bytes past the header.
                int pos = 32 + rng.Next(d.Length - 36);
                rng.NextBytes(d.AsSpan(pos, 4));
                return rng.Next(3) == 0 ? d[..rng.Next(32, d.Length)] : d;
        }
    }
}
