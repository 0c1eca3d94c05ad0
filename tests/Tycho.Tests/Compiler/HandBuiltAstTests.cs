using Tycho.Compiler;
using Tycho.Syntax;
using Tycho.Tests.Infrastructure;
using Xunit;

namespace Tycho.Tests.Compiler;

/// <summary>Compiler tests on syntax trees built by hand (independent of the parser), checked against luac 5.4.8.</summary>
public class HandBuiltAstTests
{
    private static Chunk MainChunk(int endLine, params Stat[] stats) => new()
    {
        ChunkName = "@t.lua",
        Main = new FunctionBody { IsVararg = true, Body = new Block { Stats = stats.ToList(), EndLine = endLine } },
    };

    private static NameExpr Name(string n, int line) => new() { Name = n, Line = line };
    private static IntegerExpr Int(long v, int line) => new() { Value = v, Line = line };

    /// <summary>local a = 1; x = a + 2 (on lines 1 and 2 of 3), built by hand.</summary>
    private static Chunk LocalAndGlobal() => MainChunk(3,
        new LocalStat { Line = 1, Names = { new LocalName { Name = "a" } }, Values = { Int(1, 1) } },
        new AssignStat
        {
            Line = 2, Targets = { Name("x", 2) },
            Values = { new BinaryExpr { Line = 2, Op = BinaryOp.Add, Left = Name("a", 2), Right = Int(2, 2) } },
        });

    [Fact]
    public void LocalsGlobalsAndImmediateArithmetic()
    {
        var p = LuaCompiler.Compile(LocalAndGlobal());
        var text = ProtoPrinter.Print(p);
        Assert.Contains("ADDI 1 0 129", text);
        Assert.Contains("SETTABUP 0 0 1", text);
        Assert.Single(p.Upvalues);
        Assert.Equal("_ENV", p.Upvalues[0].Name);
    }

    [SkippableFact]
    public void LocalsGlobalsAndImmediateArithmeticMatchLuac()
    {
        Oracles.Luac.Require();
        Assert.Equal(ProtoPrinter.Print(Luac.Compile("local a = 1\nx = a + 2\n")), ProtoPrinter.Print(LuaCompiler.Compile(LocalAndGlobal())));
    }

    [Fact]
    public void DeepLeftChainDoesNotRecurse()
    {
        // x = a + a + ... + a (100000 terms), left-deep as the parser builds it
        Expr e = Name("a", 1);
        for (int i = 1; i < 100000; i++) e = new BinaryExpr { Line = 1, Op = BinaryOp.Add, Left = e, Right = Name("a", 1) };
        var chunk = MainChunk(1, new AssignStat { Line = 1, Targets = { Name("x", 1) }, Values = { e } });
        var p = LuaCompiler.Compile(chunk);
        // VARARGPREP, GETTABUP a, then GETTABUP + ADD + MMBIN per term, SETTABUP, RETURN
        Assert.Equal(1 + 1 + 3 * 99999 + 2, p.Code.Length);
    }

    [Fact]
    public void ConstantChainIsFolded()
    {
        Expr e = Int(1, 1);
        for (int i = 1; i < 1000; i++) e = new BinaryExpr { Line = 1, Op = BinaryOp.Add, Left = e, Right = Int(1, 1) };
        var chunk = MainChunk(1, new AssignStat { Line = 1, Targets = { Name("x", 1) }, Values = { e } });
        var p = LuaCompiler.Compile(chunk);
        Assert.Contains(p.Constants, k => k.IsInteger && k.RawInteger == 1000);
        Assert.DoesNotContain(p.Code, i => Instruction.Op(i) == OpCode.Add || Instruction.Op(i) == OpCode.AddI);
    }

    [Fact]
    public void UndefinedGotoIsReportedAtEndOfFunction()
    {
        var chunk = MainChunk(3, new GotoStat { Line = 1, Label = "x" });
        var ex = Assert.Throws<LuaSyntaxException>(() => LuaCompiler.Compile(chunk));
        Assert.Equal("t.lua:3: no visible label 'x' for <goto> at line 1", ex.Message);
    }

    [Fact]
    public void AssignmentToConstIsRejected()
    {
        var chunk = MainChunk(3,
            new LocalStat { Line = 1, Names = { new LocalName { Name = "x", Attribute = LocalAttribute.Const } }, Values = { Int(1, 1) } },
            new AssignStat { Line = 2, Targets = { Name("x", 2) }, Values = { Int(2, 2) } });
        var ex = Assert.Throws<LuaSyntaxException>(() => LuaCompiler.Compile(chunk));
        Assert.Equal("t.lua:2: attempt to assign to const variable 'x'", ex.Message);
    }

    [Fact]
    public void CompileTimeConstantHasNoRegisterNorDebugEntry()
    {
        var chunk = MainChunk(2,
            new LocalStat { Line = 1, Names = { new LocalName { Name = "k", Attribute = LocalAttribute.Const } }, Values = { Int(300000, 1) } },
            new AssignStat { Line = 2, Targets = { Name("y", 2) }, Values = { Name("k", 2) } });
        var p = LuaCompiler.Compile(chunk);
        Assert.Empty(p.LocalVars);
        Assert.Contains(p.Constants, k => k.IsInteger && k.RawInteger == 300000);
    }
}
