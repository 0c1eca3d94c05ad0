using Tycho.Debugging.Coverage;
using Tycho.Tests.Cli;
using Xunit;

namespace Tycho.Tests.Debugging;

/// <summary>
/// <see cref="LuaCoverage"/> on known scripts. The expected counts are those of lua5.4.8's line hook on the same
/// files (debug.sethook with "l", counted per source and line), and the zero lines those of getinfo's activelines
/// of each function.
/// </summary>
public sealed class CoverageTests
{
    internal const string MainScript =
        "local function never()\n" +      // 1
        "  return 1\n" +                  // 2
        "end\n" +                         // 3
        "local sum = 0\n" +               // 4
        "for i = 1, 10 do\n" +            // 5
        "  sum = sum + i\n" +             // 6
        "end\n" +                         // 7
        "local m = require(\"mod\")\n" +  // 8
        "return sum + m.twice(2)\n";      // 9

    internal const string ModuleScript =
        "local M = {}\n" +                // 1
        "function M.twice(x)\n" +         // 2
        "  return 2 * x\n" +              // 3
        "end\n" +                         // 4
        "function M.unused()\n" +         // 5
        "  return 0\n" +                  // 6
        "end\n" +                         // 7
        "return M\n";                     // 8

    /// <summary>main.lua: the loop body ran 10 times, the loop line 11 (the for-prep and each back jump),
    /// never's body (line 2) not at all; line 3 ran once (the closure is made there).</summary>
    internal static readonly Dictionary<int, long> MainCounts = new()
    {
        [2] = 0, [3] = 1, [4] = 1, [5] = 11, [6] = 10, [8] = 1, [9] = 1,
    };

    /// <summary>mod.lua: unused's body (line 6) never ran.</summary>
    internal static readonly Dictionary<int, long> ModuleCounts = new()
    {
        [1] = 1, [2] = 1, [3] = 1, [4] = 1, [5] = 1, [6] = 0, [7] = 1, [8] = 1,
    };

    private static (LuaState State, LuaValue Main) Prepare(TempDir dir)
    {
        dir.Write("main.lua", MainScript);
        dir.Write("mod.lua", ModuleScript);
        var state = new LuaState();
        state.Call(state.Load($"package.path = ... .. '/?.lua'"), LuaValue.FromString(dir.Path));
        string mainPath = Path.Combine(dir.Path, "main.lua");
        return (state, state.Load(File.ReadAllBytes(mainPath), "@" + mainPath));
    }

    [Fact]
    public void Counts_lines_of_a_script_and_of_the_module_it_requires()
    {
        using var dir = new TempDir();
        var (state, main) = Prepare(dir);
        using var coverage = new LuaCoverage(state);
        coverage.Start();
        var results = state.Call(main);
        coverage.Stop();

        Assert.Equal(59, results[0].RawInteger);
        Assert.Equal(MainCounts, coverage.GetLineCounts(Path.Combine(dir.Path, "main.lua")));
        Assert.Equal(ModuleCounts, coverage.GetLineCounts(Path.Combine(dir.Path, "mod.lua")));
        Assert.Equal(2, coverage.Files.Count);
    }

    [Fact]
    public void Lcov_output_has_one_record_per_file_with_every_line_with_code()
    {
        using var dir = new TempDir();
        var (state, main) = Prepare(dir);
        var coverage = new LuaCoverage(state);
        coverage.Start();
        state.Call(main);
        coverage.Stop();
        var writer = new StringWriter();
        coverage.WriteLcov(writer, "t");

        string mainPath = Path.Combine(dir.Path, "main.lua"), modPath = Path.Combine(dir.Path, "mod.lua");
        string Record(string path, Dictionary<int, long> counts) =>
            $"TN:t\nSF:{path}\n" + string.Concat(counts.OrderBy(c => c.Key).Select(c => $"DA:{c.Key},{c.Value}\n")) +
            $"LF:{counts.Count}\nLH:{counts.Count(c => c.Value > 0)}\nend_of_record\n";
        Assert.Equal(Record(mainPath, MainCounts) + Record(modPath, ModuleCounts), writer.ToString());
    }

    [Fact]
    public void String_chunks_are_not_listed_and_stopping_stops_counting()
    {
        using var dir = new TempDir();
        var (state, main) = Prepare(dir);
        var coverage = new LuaCoverage(state);
        coverage.Start();
        state.Call(state.Load("local x = 1\nreturn x", "=inline"));
        Assert.Empty(coverage.Files);
        coverage.Stop();
        state.Call(main);
        Assert.Empty(coverage.Files);
        Assert.False(coverage.IsRunning);
    }

    [Fact]
    public void Lines_run_again_in_a_second_call_add_up()
    {
        using var dir = new TempDir();
        string path = Path.Combine(dir.Path, "twice.lua");
        dir.Write("twice.lua", "local n = 0\nfor i = 1, 3 do n = n + i end\nreturn n\n");
        var state = new LuaState();
        var chunk = state.Load(File.ReadAllBytes(path), "@" + path);
        var coverage = new LuaCoverage(state);
        coverage.Start();
        state.Call(chunk);
        state.Call(chunk);
        coverage.Stop();
        var counts = coverage.GetLineCounts(path)!;
        Assert.Equal(2, counts[1]);
        Assert.Equal(2, counts[3]);
    }

    [Fact]
    public void Errors_unwinding_frames_and_coroutines_do_not_mix_up_files()
    {
        // Expected counts: lua5.4.8's line hook set on the main thread and on the coroutine (Tycho's host hook is
        // inherited by coroutines). The error unwinds four frames of b.lua back into a.lua's main chunk.
        using var dir = new TempDir();
        dir.Write("a.lua",
            "local b = require(\"b\")\nlocal ok = pcall(b.deep, 3)\nlocal co = coroutine.wrap(function()\n" +
            "  coroutine.yield(1)\n  return 2\nend)\nco()\nco()\nreturn ok\n");
        dir.Write("b.lua",
            "local M = {}\nfunction M.deep(n)\n  if n == 0 then error(\"x\") end\n  return (M.deep(n - 1))\nend\nreturn M\n");
        var state = new LuaState();
        state.Call(state.Load("package.path = ... .. '/?.lua'"), LuaValue.FromString(dir.Path));
        string a = Path.Combine(dir.Path, "a.lua");
        var coverage = new LuaCoverage(state);
        coverage.Start();
        state.Call(state.Load(File.ReadAllBytes(a), "@" + a));
        coverage.Stop();
        Assert.Equal(new Dictionary<int, long> { [1] = 1, [2] = 1, [3] = 2, [4] = 1, [5] = 1, [6] = 1, [7] = 1, [8] = 1, [9] = 1 },
            coverage.GetLineCounts(a));
        Assert.Equal(new Dictionary<int, long> { [1] = 1, [2] = 1, [3] = 4, [4] = 3, [5] = 1, [6] = 1 },
            coverage.GetLineCounts(Path.Combine(dir.Path, "b.lua")));
    }

    [Fact]
    public void Started_inside_a_running_chunk_counts_its_remaining_lines()
    {
        using var dir = new TempDir();
        string path = Path.Combine(dir.Path, "late.lua");
        dir.Write("late.lua", "local start = ...\nstart()\nlocal x = 0\nfor i = 1, 5 do x = x + 1 end\nreturn x\n");
        var state = new LuaState();
        var coverage = new LuaCoverage(state);
        var start = LuaFunctionExtensions.Create(() => coverage.Start());
        state.Call(state.Load(File.ReadAllBytes(path), "@" + path), start);
        coverage.Stop();
        var counts = coverage.GetLineCounts(path)!;
        Assert.Equal(0, counts[1]);   // ran before coverage started; listed with the chunk's lines
        Assert.Equal(1, counts[3]);
        Assert.Equal(1, counts[5]);
    }
}
