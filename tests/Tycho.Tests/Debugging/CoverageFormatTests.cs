using Tycho.Debugging.Coverage;
using Xunit;

namespace Tycho.Tests.Debugging;

/// <summary>The LCOV tracefile written from counts built by hand.</summary>
public sealed class CoverageFormatTests
{
    [Fact]
    public void Lcov_record_lists_every_line_with_code_and_the_totals()
    {
        var counts = new SourceLineCounts("/src/app.lua");
        counts.AddLines(new[] { 1, 2, 4, 6 });
        counts.Hit(1);
        counts.Hit(2);
        counts.Hit(2);
        counts.Hit(9);   // a line reported by the hook that was not listed still counts
        var other = new SourceLineCounts("/src/a.lua");
        other.AddLines(new[] { 3 });

        var writer = new StringWriter();
        LcovWriter.Write(new[] { counts, other }, "unit", writer);

        Assert.Equal(
            "TN:unit\nSF:/src/a.lua\nDA:3,0\nLF:1\nLH:0\nend_of_record\n" +
            "TN:unit\nSF:/src/app.lua\nDA:1,1\nDA:2,2\nDA:4,0\nDA:6,0\nDA:9,1\nLF:5\nLH:3\nend_of_record\n",
            writer.ToString());
    }

    [Fact]
    public void Registering_lines_again_keeps_their_counts()
    {
        var counts = new SourceLineCounts("/x.lua");
        counts.AddLines(new[] { 2 });
        counts.Hit(2);
        counts.AddLines(new[] { 2, 3 });
        Assert.Equal(1, counts.CountOf(2));
        Assert.Equal(0, counts.CountOf(3));
        Assert.Null(counts.CountOf(1));
        Assert.Null(counts.CountOf(1000));
    }
}
