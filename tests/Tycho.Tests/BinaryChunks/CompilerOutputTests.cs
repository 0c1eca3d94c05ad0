using System.Text;
using Tycho.Compiler;
using Tycho.Tests.Infrastructure;
using Xunit;

namespace Tycho.Tests.BinaryChunks;

/// <summary>What Tycho's compiler (and luac5.4) emits passes the verifier and survives dump/undump.</summary>
public class CompilerOutputTests
{
    public static IEnumerable<object[]> Sources() => Corpus.Cases(withHuge: true);

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
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(compiled >= 250, $"only {compiled} conformance scripts compiled");
    }

    /// <summary>What luac 5.4.8 makes of the same scripts passes the verifier too.</summary>
    [SkippableFact]
    public void LuacOutputOfEveryConformanceScriptVerifies()
    {
        Oracles.Luac.Require();
        var failures = new List<string>();
        int compiled = 0;
        foreach (var file in Corpus.ConformanceScripts())
        {
            var (chunk, _) = Luac.TryCompileBytes(File.ReadAllBytes(file));
            if (chunk is null) continue; // fixtures of compile errors
            compiled++;
            if (BytecodeVerifier.Check(Luac.Undump(chunk)) is { } why) failures.Add(file + " (luac): " + why);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(compiled >= 250, $"only {compiled} conformance scripts compiled");
    }
}
