using System.Text;
using System.Text.RegularExpressions;
using Tycho.Compiler;
using Xunit;
using static Tycho.Runtime.Instruction;

namespace Tycho.Tests.Hardening;

/// <summary>
/// Binary chunks found by mutating string.dump output (issue 13): each one crashed the process, hung past every
/// limit or leaked a .NET exception name before its fix. Each test builds the minimal chunk by editing a compiled
/// prototype.
/// </summary>
public partial class BinaryChunkSafetyTests
{
    [GeneratedRegex(@"[A-Z][a-zA-Z]+Exception|System\.")]
    private static partial Regex DotNetName();

    private static Prototype Compile(string source) => LuaCompiler.CompileSource(Encoding.UTF8.GetBytes(source), "=t");

    private static int IndexOf(Prototype p, OpCode op, int from = 0)
    {
        for (int pc = from; pc < p.Code.Length; pc++)
            if (Op(p.Code[pc]) == op) return pc;
        throw new InvalidOperationException($"no {op} in the compiled code");
    }

    /// <summary>Loads <paramref name="p"/> as a binary chunk with <c>load</c> and runs it.</summary>
    private static LuaValue[] LoadAndRun(LuaState lua, Prototype p)
    {
        lua.Globals["chunk"] = LuaValue.FromString(LuaString.FromBytes(ChunkWriter.Dump(p, false)));
        return lua.DoString("return assert(load(chunk, 'c', 'b'))()", "=host");
    }

    private static void AssertRejected(Prototype p)
    {
        Assert.NotNull(BytecodeVerifier.Check(p));
        var e = Assert.Throws<LuaRuntimeException>(() => ChunkReader.Undump(ChunkWriter.Dump(p, false), "=d"));
        Assert.Equal("d: bad binary format (corrupted chunk)", e.Value.AsString!.ToString());
    }

    /// <summary>Compiles <paramref name="source"/> (which the verifier accepts), rewrites its first
    /// <paramref name="op"/> instruction and checks that the result is rejected.</summary>
    private static void AssertRejectedAfter(string source, OpCode op, Func<uint, uint> rewrite, int? maxStack = null)
    {
        var p = Compile(source);
        Assert.Null(BytecodeVerifier.Check(p));
        int pc = IndexOf(p, op);
        if (maxStack is int m) p.MaxStackSize = m;
        p.Code[pc] = rewrite(p.Code[pc]);
        AssertRejected(p);
    }

    [Theory]
    [InlineData("local x <close> = setmetatable({}, {__close = print}) return 1")]
    [InlineData("for k in pairs({}) do end return 1")]
    public void ReturnThatSkipsToBeClosedVariablesIsRejected(string source)
    {
        // Found by the binary fuzz target: a RETURN whose k bit was cleared left the variable pending after its
        // frame died, and the next top-level call in the state failed with "metamethod 'close'".
        AssertRejectedAfter(source, OpCode.Return, i => CreateABCk(OpCode.Return, A(i), B(i), C(i), false));
    }

    [Fact]
    public void OpenCallWhoseArgumentsStartAboveTheProducerIsRejected()
    {
        // VARARG 1 0; CALL 0 0 1 is print(...). With CALL's A above VARARG's, top - A - 1 is negative: the VM
        // wrote past the stack through Unsafe.Add (NullReferenceException, then SIGSEGV).
        AssertRejectedAfter("print(...)", OpCode.Call, _ => CreateABCk(OpCode.Call, 247, 0, 1, false), maxStack: 250);
    }

    [Fact]
    public void OpenReturnAboveItsProducerIsRejected()
    {
        AssertRejectedAfter("return ...", OpCode.Return, i => CreateABCk(OpCode.Return, A(i) + 3, 0, C(i), K(i)), maxStack: 10);
    }

    [Fact]
    public void OpenSetListAboveItsProducerIsRejected()
    {
        AssertRejectedAfter("local t = {f()} return t", OpCode.SetList, i => CreateABCk(OpCode.SetList, A(i) + 4, 0, C(i), K(i)), maxStack: 10);
    }

    [Fact]
    public void LFalseSkipCannotSkipTheProducerOfAnOpenCall()
    {
        // LFALSESKIP jumps over the VARARG: the CALL B=0 would use a stale top.
        var p = Compile("print(...)");
        int vararg = IndexOf(p, OpCode.Vararg);
        p.Code[vararg - 1] = CreateABCk(OpCode.LFalseSkip, 0, 0, 0, false);
        AssertRejected(p);
    }

    [Fact]
    public async Task ForLoopWhoseBodyRewritesTheCounterStillHitsTheInstructionLimit()
    {
        // FORLOOP charged the budget only when the counter was a multiple of 256: a body that sets it to 300 on
        // every iteration never reached a safepoint, so neither the instruction limit nor the timeout fired.
        var p = Compile("local x = 0 for i = 1, 10 do x = i end return x");
        int prep = IndexOf(p, OpCode.ForPrep);
        Assert.Equal(OpCode.Move, Op(p.Code[prep + 1]));
        p.Code[prep + 1] = CreateAsBx(OpCode.LoadI, A(p.Code[prep]) + 1, 300);
        Assert.Null(BytecodeVerifier.Check(p));
        using var lua = new LuaState(new LuaStateOptions { InstructionLimit = 1_000_000, Timeout = TimeSpan.FromSeconds(5) });
        var run = Task.Run(() => Assert.Throws<LuaLimitException>(() => LoadAndRun(lua, p)));
        var e = await run.WaitAsync(TimeSpan.FromSeconds(20));   // TimeoutException: the loop ran past its limits
        Assert.Equal(LuaLimitKind.Instructions, e.Kind);
    }

    [Fact]
    public void SetListOnANonTableIsALuaError()
    {
        // SETLIST cast its target to LuaTable: an InvalidCastException's text reached the script.
        var p = Compile("local t = {1, 2} return t");
        int newtable = IndexOf(p, OpCode.NewTable);
        p.Code[newtable] = CreateABCk(OpCode.LoadNil, A(p.Code[newtable]), 0, 0, false);
        p.Code[newtable + 1] = CreateABCk(OpCode.LoadNil, A(p.Code[newtable]), 0, 0, false);
        Assert.Null(BytecodeVerifier.Check(p));
        using var lua = new LuaState();
        var e = Assert.Throws<LuaRuntimeException>(() => LoadAndRun(lua, p));
        Assert.Contains("table expected", e.Message);
        Assert.DoesNotMatch(DotNetName(), e.Message);
        Assert.Equal(2L, lua.DoString<long>("return 1 + 1"));
    }
}
