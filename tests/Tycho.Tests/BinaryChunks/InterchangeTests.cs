using System.Diagnostics;
using Tycho.Tests.Infrastructure;
using Xunit;

namespace Tycho.Tests.BinaryChunks;

/// <summary>Binary chunks are interchangeable with Lua 5.4.8's (§6.4 string.dump, §6.1 load): luac's output loads
/// and runs in Tycho, and Tycho's string.dump output runs in the reference interpreter.</summary>
public class InterchangeTests
{
    [SkippableFact]
    public void LuacOutputLoadsAndRuns()
    {
        Oracles.Luac.Require();
        // Over 128 instructions and a jump of more than 127 lines: absolute line entries both ways.
        string source = "local a, b = ...\n" + string.Concat(Enumerable.Repeat("a = a + 0\n", 150)) +
            new string('\n', 300) + "return a * 10 + b, #'x' .. 'y', debug.getinfo(1, 'l').currentline";
        var chunk = Luac.CompileBytes(source);
        using var state = new LuaState();   // LuaState.Load takes text only: binary goes through Lua's load
        state.Globals["chunk"] = LuaValue.FromObject(LuaString.FromBytes(chunk));
        var r = state.DoString("return assert(load(chunk, '=luac', 'b'))(4, 2)");
        Assert.Equal("42", r[0].ToString());
        Assert.Equal("1y", r[1].ToString());
        Assert.Equal("452", r[2].ToString());
    }

    [SkippableFact]
    public void DumpedChunksRunInTheReference()
    {
        Oracles.Lua.Require();
        using var state = new LuaState();
        var dumped = state.DoString("local body = ('local x = 1\\n'):rep(150) .. ('\\n'):rep(300) .. " +
            "\"print(select('#', 1, nil, 3), ('%5.1f'):format(2.25), 7 // 2, debug.getinfo(1, 'l').currentline)\"\n" +
            "return string.dump(load(body, '=dumped'))")[0].AsString!;
        string file = Path.Combine(Path.GetTempPath(), $"tycho-dump-{Guid.NewGuid():N}.luac");
        try
        {
            File.WriteAllBytes(file, dumped.Span.ToArray());
            var psi = new ProcessStartInfo(Oracles.Lua.Path!, [file]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(psi)!;
            string output = p.StandardOutput.ReadToEnd(), error = p.StandardError.ReadToEnd();
            Assert.True(p.WaitForExit(30_000));
            Assert.Equal("", error);
            Assert.Equal("3\t  2.2\t3\t451\n", output);
        }
        finally { File.Delete(file); }
    }
}
