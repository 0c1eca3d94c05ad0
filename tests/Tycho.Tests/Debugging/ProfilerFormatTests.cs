using System.Text.Json;
using Tycho.Debugging.Profiling;
using Xunit;

namespace Tycho.Tests.Debugging;

/// <summary>The profile file formats, written from samples built by hand: speedscope's "sampled" profile and
/// flamegraph.pl's collapsed stacks.</summary>
public sealed class ProfilerFormatTests
{
    private static StackSampleSet ThreeSamples()
    {
        var set = new StackSampleSet();
        int main = set.Intern(new ProfileFrame("main chunk", "app.lua", 0));
        int fib = set.Intern(new ProfileFrame("fib", "app.lua", 3));
        int rep = set.Intern(new ProfileFrame("string.rep", null, 0));
        set.Add(new[] { main, fib, fib }, 1.5);
        set.Add(new[] { main, rep }, 1.0);
        set.Add(new[] { main, fib, fib }, 0.5);
        return set;
    }

    [Fact]
    public void Speedscope_file_has_the_schema_shared_frames_and_one_sampled_profile()
    {
        var stream = new MemoryStream();
        SpeedscopeWriter.Write(ThreeSamples(), "app.lua", stream);
        using var doc = JsonDocument.Parse(stream.ToArray());
        var root = doc.RootElement;
        Assert.Equal("https://www.speedscope.app/file-format-schema.json", root.GetProperty("$schema").GetString());
        Assert.Equal(0, root.GetProperty("activeProfileIndex").GetInt32());

        var frames = root.GetProperty("shared").GetProperty("frames").EnumerateArray().ToArray();
        Assert.Equal(3, frames.Length);
        Assert.Equal("fib", frames[1].GetProperty("name").GetString());
        Assert.Equal("app.lua", frames[1].GetProperty("file").GetString());
        Assert.Equal(3, frames[1].GetProperty("line").GetInt32());
        Assert.False(frames[0].TryGetProperty("line", out _));   // line 0 (main chunk) is left out
        Assert.False(frames[2].TryGetProperty("file", out _));   // a .NET function has no file

        var profile = Assert.Single(root.GetProperty("profiles").EnumerateArray());
        Assert.Equal("sampled", profile.GetProperty("type").GetString());
        Assert.Equal("milliseconds", profile.GetProperty("unit").GetString());
        Assert.Equal(0, profile.GetProperty("startValue").GetDouble());
        Assert.Equal(3.0, profile.GetProperty("endValue").GetDouble());
        var samples = profile.GetProperty("samples").EnumerateArray()
            .Select(s => s.EnumerateArray().Select(f => f.GetInt32()).ToArray()).ToArray();
        Assert.Equal(new[] { new[] { 0, 1, 1 }, new[] { 0, 2 }, new[] { 0, 1, 1 } }, samples);
        var weights = profile.GetProperty("weights").EnumerateArray().Select(w => w.GetDouble()).ToArray();
        Assert.Equal(new[] { 1.5, 1.0, 0.5 }, weights);
    }

    [Fact]
    public void Collapsed_stacks_are_one_sorted_line_per_distinct_stack_with_its_sample_count()
    {
        var writer = new StringWriter();
        CollapsedStackWriter.Write(ThreeSamples(), writer);
        Assert.Equal(
            "main chunk (app.lua);fib (app.lua:3);fib (app.lua:3) 2\n" +
            "main chunk (app.lua);string.rep 1\n",
            writer.ToString());
    }

    [Fact]
    public void Collapsed_frame_text_cannot_contain_the_format_separators()
    {
        var frame = new ProfileFrame("a;b\nc", "dir;x/f.lua", 7);
        Assert.Equal("a:b c (dir:x/f.lua:7)", frame.CollapsedText);
    }

    [Fact]
    public void Stacks_sharing_callers_share_frames_and_empty_stacks_are_not_samples()
    {
        var set = new StackSampleSet();
        int a = set.Intern(new ProfileFrame("a", "x.lua", 1));
        Assert.Equal(a, set.Intern(new ProfileFrame("a", "x.lua", 1)));
        int b = set.Intern(new ProfileFrame("b", "x.lua", 5));
        set.Add(new[] { a, b }, 1);
        set.Add(new[] { a }, 1);
        set.Add(ReadOnlySpan<int>.Empty, 1);
        Assert.Equal(2, set.Count);
        Assert.Equal(new[] { a, b }, set.StackOf(0));
        Assert.Equal(new[] { a }, set.StackOf(1));
        Assert.Equal(2.0, set.TotalWeight);
    }
}
