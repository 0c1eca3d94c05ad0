using System.Globalization;

namespace Tycho.Debugging.Coverage;

/// <summary>
/// Writes line coverage in the LCOV tracefile format that lcov's geninfo produces and genhtml reads (geninfo(1),
/// "FILES"): per source file a record <c>TN:</c> (test name), <c>SF:</c> (absolute path), one
/// <c>DA:line,count</c> per line with code, <c>LF:</c> (lines found), <c>LH:</c> (lines hit), <c>end_of_record</c>.
/// </summary>
internal static class LcovWriter
{
    public static void Write(IEnumerable<SourceLineCounts> sources, string testName, TextWriter writer)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var source in sources.OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            writer.Write($"TN:{testName}\n");
            writer.Write($"SF:{source.Path}\n");
            int found = 0, hit = 0;
            foreach (var (line, count) in source.Lines)
            {
                writer.Write(string.Create(inv, $"DA:{line},{count}\n"));
                found++;
                if (count > 0) hit++;
            }
            writer.Write(string.Create(inv, $"LF:{found}\n"));
            writer.Write(string.Create(inv, $"LH:{hit}\n"));
            writer.Write("end_of_record\n");
        }
    }
}
