using System.Text;
using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>LuaFunction.Dump and LuaState.Load with binary chunks (manual §4.7 lua_load, §6.4 string.dump).</summary>
public class ChunkApiTests
{
    private static LuaClosure Compile(LuaState lua, string code) => lua.Load(code, "=src");

    [Fact]
    public void ADumpedFunctionLoadsBackAndRuns()
    {
        using var lua = new LuaState();
        byte[] chunk = Compile(lua, "local a, b = ... return a * b + 1").Dump();
        Assert.Equal(0x1B, chunk[0]);
        var f = lua.Load(chunk, "=bin");
        Assert.Equal(13L, lua.Call<long>(f, 3, 4));
        // Another state loads it too: the chunk is self-contained.
        using var other = new LuaState();
        Assert.Equal(7L, other.Call<long>(other.Load(chunk, "=bin", LuaChunkMode.Binary), 2, 3));
    }

    [Fact]
    public void TheResultOfStringDumpLoads()
    {
        using var lua = new LuaState();
        var dumped = lua.DoString("return string.dump(function(x) return x .. '!' end)")[0].AsString!;
        var f = lua.Load(dumped.Span, "=dumped");
        Assert.Equal("hi!", lua.Call<string>(f, "hi"));
    }

    [Fact]
    public void DumpSharesStringDumpsChunk()
    {
        using var lua = new LuaState();
        var f = Compile(lua, "return 42");
        lua.SetGlobal("f", f);
        var viaLua = lua.DoString("return string.dump(f, true)")[0].AsString!.Span.ToArray();
        Assert.Equal(viaLua, f.Dump(strip: true));
    }

    [Fact]
    public void StrippedChunksLeaveDebugInformationOut()
    {
        using var lua = new LuaState();
        var f = Compile(lua, "local function named() error('x') end\nnamed()");
        byte[] full = f.Dump(), stripped = f.Dump(strip: true);
        Assert.True(stripped.Length < full.Length);
        Assert.Equal("src:1: x", Assert.Throws<LuaRuntimeException>(() => lua.Call(lua.Load(full, "=a"))).Message);
        Assert.Equal("x", Assert.Throws<LuaRuntimeException>(() => lua.Call(lua.Load(stripped, "=b"))).Message);
    }

    [Fact]
    public void TheModeRefusesAChunkWithLuasMessage()
    {
        using var lua = new LuaState();
        byte[] chunk = Compile(lua, "return 1").Dump();
        var e = Assert.Throws<LuaSyntaxException>(() => lua.Load(chunk, "=bin", LuaChunkMode.Text));
        Assert.Equal("attempt to load a binary chunk (mode is 't')", e.Message);
        e = Assert.Throws<LuaSyntaxException>(() => lua.Load("return 1"u8, "=src", LuaChunkMode.Binary));
        Assert.Equal("attempt to load a text chunk (mode is 'b')", e.Message);
        Assert.Equal(1L, lua.Call<long>(lua.Load("return 1"u8, "=src", LuaChunkMode.Text)));
        Assert.Throws<ArgumentOutOfRangeException>(() => lua.Load("return 1"u8, "=src", (LuaChunkMode)0));
        Assert.Throws<ArgumentOutOfRangeException>(() => lua.Load("return 1"u8, "=src", (LuaChunkMode)4));
    }

    [Fact]
    public void EveryTruncationOfABinaryChunkIsASyntaxError()
    {
        using var lua = new LuaState();
        byte[] chunk = Compile(lua, "local t = {1, 'two', 3.5} return function() return #t end").Dump();
        for (int n = 1; n < chunk.Length; n++)
        {
            var e = Assert.Throws<LuaSyntaxException>(() => lua.Load(chunk.AsSpan(0, n), "=cut"));
            Assert.StartsWith("cut: bad binary format", e.Message);
        }
        Assert.Equal(3L, lua.Call<long>(lua.Call(lua.Load(chunk, "=whole"))[0]));
    }

    [Fact]
    public void CorruptedBinaryChunksAreRejectedNeverRun()
    {
        using var lua = new LuaState();
        byte[] chunk = Compile(lua, "local a = ... return a + 1, {a}").Dump();
        var rng = new Random(5);
        for (int i = 0; i < 300; i++)
        {
            byte[] bad = (byte[])chunk.Clone();
            bad[1 + rng.Next(bad.Length - 1)] ^= (byte)(1 + rng.Next(255));
            try { lua.Call(lua.Load(bad, "=bad"), 1); }
            catch (LuaRuntimeException) { }   // a rejected chunk (syntax error) or a Lua error of verified code
        }
        Assert.Equal(2L, lua.DoString<long>("return 1 + 1"));
    }

    [Fact]
    public void TheEnvironmentIsTheFirstUpvalueOfALoadedBinaryChunk()
    {
        using var lua = new LuaState();
        byte[] chunk = Compile(lua, "return x").Dump();
        using var env = lua.CreateTable();
        env.Target["x"] = "from env";
        Assert.Equal("from env", lua.Call<string>(lua.Load(chunk, "=bin", env: env.Target)));
        lua.SetGlobal("x", "global");
        Assert.Equal("global", lua.Call<string>(lua.Load(chunk, "=bin")));
        // The three-argument overload is kept, and loads binary chunks as well.
        Assert.Equal("from env", lua.Call<string>(lua.Load(chunk, "=bin", env.Target)));
        Assert.Equal("from env", lua.Call<string>(lua.Load(Encoding.UTF8.GetBytes("return x"), "=src", env.Target)));
    }

    [Fact]
    public void HostFunctionsCannotBeDumped()
    {
        using var lua = new LuaState();
        var host = LuaFunction.Create(() => 1L);
        Assert.Equal("unable to dump given function", Assert.Throws<InvalidOperationException>(() => host.Dump()).Message);
        lua.SetGlobal("h", host);
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("string.dump(h)", "=t"));
        Assert.Equal("t:1: unable to dump given function", e.Message);
    }

    [Fact]
    public void LoadIsChargedToTheMemoryLimit()
    {
        using var big = new LuaState();
        var sb = new StringBuilder("return {");
        for (int i = 0; i < 20000; i++) sb.Append('"').Append(i).Append("\",");
        byte[] chunk = big.Load(sb.Append('}').ToString(), "=big").Dump();
        using var lua = new LuaState(new LuaStateOptions { MemoryLimit = 200_000 });
        Assert.ThrowsAny<LuaLimitException>(() => lua.Load(chunk, "=big"));
        Assert.Equal(2L, lua.DoString<long>("return 1 + 1"));
    }
}
