namespace Tycho.Debugging.Profiling;

/// <summary>
/// Writes samples as collapsed stacks, the input of Brendan Gregg's flamegraph.pl: one line per distinct stack,
/// its frames from the outermost caller to the running function separated by ';', then a space and the number of
/// samples that stack got. Lines are sorted, as stackcollapse scripts emit them.
/// </summary>
internal static class CollapsedStackWriter
{
    public static void Write(StackSampleSet samples, TextWriter writer)
    {
        var texts = new string[samples.Frames.Count];
        for (int i = 0; i < texts.Length; i++) texts[i] = samples.Frames[i].CollapsedText;
        var lines = new List<string>();
        foreach (var (stack, count) in samples.CountByStack())
            lines.Add(string.Join(';', stack.Select(f => texts[f])) + " " + count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        lines.Sort(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            writer.Write(line);
            writer.Write('\n');
        }
    }
}
