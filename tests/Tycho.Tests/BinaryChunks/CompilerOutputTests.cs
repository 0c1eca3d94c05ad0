using System.Text;
using Tycho.Compiler;
using Xunit;

namespace Tycho.Tests.BinaryChunks;

/// <summary>What Tycho's compiler (and luac5.4) emits passes the verifier and survives dump/undump.</summary>
public class CompilerOutputTests
{
    public static IEnumerable<object[]> Sources()
    {
        yield return new object[] { "corpus", Corpus.AllOpcodes };
        yield return new object[] { "flow", Corpus.Flow };
        yield return new object[] { "constants", Corpus.ManyConstants() };
        yield return new object[] { "huge", Corpus.Huge() };
        int n = 0;
        foreach (var s in Corpus.BenchScripts()) yield return new object[] { "bench" + n++, s };
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void TychoCompilerOutputVerifiesAndRoundTrips(string name, string source)
    {
        var p = Tycho.Compiler.LuaCompiler.CompileSource(Encoding.UTF8.GetBytes(source), "=x");
        Assert.True(BytecodeVerifier.Check(p) is null, name + ": " + BytecodeVerifier.Check(p));
        ProtoAssert.Same(p, ChunkReader.Undump(ChunkWriter.Dump(p, false), "=x"), false);
        ProtoAssert.Same(p, ChunkReader.Undump(ChunkWriter.Dump(p, true), "=x"), true);
    }

    [Fact]
    public void EveryConformanceScriptVerifies()
    {
        var failures = new List<string>();
        int compiled = 0;
        foreach (var file in Corpus.ConformanceScripts())
        {
            byte[] src = File.ReadAllBytes(file);
            Prototype p;
            try { p = Tycho.Compiler.LuaCompiler.CompileSource(src, "@" + Path.GetFileName(file)); }
            catch (LuaSyntaxException) { continue; } // fixtures of compile errors
            compiled++;
            if (BytecodeVerifier.Check(p) is { } why) failures.Add(file + ": " + why);
            else ProtoAssert.Same(p, ChunkReader.Undump(ChunkWriter.Dump(p, false), "@" + Path.GetFileName(file)), false);
            if (PucChunk.Available && BytecodeVerifier.Check(PucChunk.Parse(PucChunk.CompileBytes(Encoding.UTF8.GetString(src)))) is { } whyPuc)
                failures.Add(file + " (luac5.4): " + whyPuc);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(compiled > 0 || !Corpus.ConformanceScripts().Any());
    }
}
