using System.Diagnostics;
using System.Text.Json;
using Tycho.Debugging.Profiling;
using Xunit;

namespace Tycho.Tests.Debugging;

/// <summary>
/// <see cref="LuaProfiler"/> on scripts whose time goes to one known function. Sampling is by wall-clock time, so
/// the tests check where most samples fall, never exact counts.
/// </summary>
public sealed class ProfilerTests
{
    private const string Script =
        "local function busy(n)\n" +                              // 1
        "  local x = 0\n" +                                        // 2
        "  for i = 1, n do x = x + i % 7 end\n" +                  // 3
        "  return x\n" +                                           // 4
        "end\n" +                                                  // 5
        "local function light() return 1 end\n" +                  // 6
        "local co = coroutine.wrap(function(n) while true do n = coroutine.yield(busy(n)) end end)\n" +
        "return function(n, inCoroutine)\n" +                       // 8
        "  light()\n" +                                            // 9
        "  local r\n" +                                            // 10
        "  if inCoroutine then r = co(n) else r = busy(n) end\n" + // 11
        "  return r\n" +                                           // 12
        "end\n";

    /// <summary>Runs the script's entry until the profiler has <paramref name="samples"/> samples (30 s at most).</summary>
    private static LuaProfiler Profile(LuaState state, int samples, bool inCoroutine, LuaProfilerOptions? options = null)
    {
        var entry = state.Call(state.Load(System.Text.Encoding.UTF8.GetBytes(Script), "@busy.lua"))[0];
        var profiler = new LuaProfiler(state, options);
        profiler.Start();
        var clock = Stopwatch.StartNew();
        while (profiler.SampleCount < samples && clock.Elapsed < TimeSpan.FromSeconds(30))
            state.Call(entry, LuaValue.FromInteger(200_000), inCoroutine ? LuaValue.True : LuaValue.False);
        profiler.Stop();
        Assert.True(profiler.SampleCount >= samples, $"only {profiler.SampleCount} samples in 30 s");
        return profiler;
    }

    private static (string[] Names, int[][] Samples, double[] Weights) ReadSpeedscope(LuaProfiler profiler)
    {
        var stream = new MemoryStream();
        profiler.WriteSpeedscope(stream, "busy.lua");
        using var doc = JsonDocument.Parse(stream.ToArray());
        var frames = doc.RootElement.GetProperty("shared").GetProperty("frames").EnumerateArray().ToArray();
        var profile = doc.RootElement.GetProperty("profiles")[0];
        var samples = profile.GetProperty("samples").EnumerateArray()
            .Select(s => s.EnumerateArray().Select(f => f.GetInt32()).ToArray()).ToArray();
        var weights = profile.GetProperty("weights").EnumerateArray().Select(w => w.GetDouble()).ToArray();
        var names = frames.Select(f => f.GetProperty("name").GetString()!).ToArray();
        return (names, samples, weights);
    }

    [Fact]
    public void Most_samples_are_in_the_function_that_takes_the_time()
    {
        var state = new LuaState();
        using var profiler = Profile(state, 30, inCoroutine: false);
        var (names, samples, weights) = ReadSpeedscope(profiler);

        int busy = Array.IndexOf(names, "busy");
        Assert.True(busy >= 0, "frames: " + string.Join(", ", names));
        int inBusy = samples.Count(s => s[^1] == busy);
        Assert.True(inBusy * 2 > samples.Length, $"{inBusy} of {samples.Length} samples end in busy");
        Assert.Equal(samples.Length, weights.Length);
        Assert.All(weights, w => Assert.True(w >= 0));
        // A sample in busy: the host's call of the entry function, then busy itself; busy's frame names its
        // definition (busy.lua:1).
        var stack = samples.First(s => s[^1] == busy);
        Assert.Equal(2, stack.Length);
        Assert.Equal("function <busy.lua:8>", names[stack[0]]);
    }

    [Fact]
    public void Frames_carry_the_file_and_the_line_of_definition()
    {
        var state = new LuaState();
        using var profiler = Profile(state, 10, inCoroutine: false);
        var stream = new MemoryStream();
        profiler.WriteSpeedscope(stream, "busy.lua");
        using var doc = JsonDocument.Parse(stream.ToArray());
        var busy = doc.RootElement.GetProperty("shared").GetProperty("frames").EnumerateArray()
            .First(f => f.GetProperty("name").GetString() == "busy");
        Assert.Equal("busy.lua", busy.GetProperty("file").GetString());
        Assert.Equal(1, busy.GetProperty("line").GetInt32());
    }

    [Fact]
    public void A_coroutine_sample_sits_on_the_stack_of_the_thread_that_resumed_it()
    {
        var state = new LuaState();
        using var profiler = Profile(state, 30, inCoroutine: true);
        var (names, samples, _) = ReadSpeedscope(profiler);
        int busy = Array.IndexOf(names, "busy");
        Assert.True(busy >= 0, "frames: " + string.Join(", ", names));
        var inBusy = samples.Where(s => s[^1] == busy).ToArray();
        Assert.True(inBusy.Length * 2 > samples.Length, $"{inBusy.Length} of {samples.Length} samples end in busy");
        // Below the coroutine's body: the entry function (the main thread's stack), which resumed it.
        Assert.All(inBusy, s => Assert.Equal("function <busy.lua:8>", names[s[0]]));
    }

    [Fact]
    public void Collapsed_stacks_name_each_frame_with_its_file_and_line()
    {
        var state = new LuaState();
        using var profiler = Profile(state, 10, inCoroutine: false);
        var writer = new StringWriter();
        profiler.WriteCollapsedStacks(writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Matches(@"^[^;\n]+(;[^;\n]+)* [1-9][0-9]*$", l));
        Assert.Equal(profiler.SampleCount, lines.Sum(l => int.Parse(l[(l.LastIndexOf(' ') + 1)..])));
        Assert.Contains(lines, l => l.StartsWith("function <busy.lua:8> (busy.lua:8);busy (busy.lua:1) "));
    }

    [Fact]
    public void Line_granularity_names_the_running_line()
    {
        var state = new LuaState();
        using var profiler = Profile(state, 20, inCoroutine: false, new LuaProfilerOptions { LineGranularity = true });
        var (names, samples, _) = ReadSpeedscope(profiler);
        // busy's time is in its loop (line 3); its caller waits at line 11 (return busy(n)).
        int loop = Array.IndexOf(names, "busy:3");
        Assert.True(loop >= 0, "frames: " + string.Join(", ", names));
        Assert.True(samples.Count(s => s[^1] == loop) * 2 > samples.Length);
        Assert.Contains("function <busy.lua:8>:11", names);
    }

    [Fact]
    public void Deep_stacks_keep_the_outermost_frames()
    {
        var state = new LuaState();
        var f = state.Call(state.Load(
            "local function deep(n) if n == 0 then local x = 0 for i = 1, 1e6 do x = x + i end return x end return (deep(n - 1)) end\n" +
            "return deep", "=deep"))[0];
        var profiler = new LuaProfiler(state, new LuaProfilerOptions { MaxStackDepth = 10 });
        profiler.Start();
        var clock = Stopwatch.StartNew();
        while (profiler.SampleCount < 5 && clock.Elapsed < TimeSpan.FromSeconds(30)) state.Call(f, LuaValue.FromInteger(50));
        profiler.Stop();
        var (names, samples, _) = ReadSpeedscope(profiler);
        var deepest = samples.MaxBy(s => s.Length)!;
        Assert.Equal(10, deepest.Length);
        Assert.Equal("(truncated)", names[deepest[^1]]);
    }

    [Fact]
    public void Stop_removes_the_hook_and_start_twice_is_refused()
    {
        var state = new LuaState();
        var profiler = new LuaProfiler(state);
        profiler.Start();
        Assert.True(profiler.IsRunning);
        Assert.Throws<InvalidOperationException>(profiler.Start);
        profiler.Stop();
        Assert.False(profiler.IsRunning);
        int before = profiler.SampleCount;
        state.Call(state.Load("local x = 0 for i = 1, 3e6 do x = x + i end"));
        Assert.Equal(before, profiler.SampleCount);
    }
}
