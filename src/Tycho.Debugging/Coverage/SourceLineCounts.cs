namespace Tycho.Debugging.Coverage;

/// <summary>
/// The execution counts of the lines of one source file: which lines hold code (registered from the chunk's
/// active lines, so lines that never ran are still listed) and how many times each was entered.
/// </summary>
internal sealed class SourceLineCounts
{
    // _counts[line]: times entered, or -1 for a line without code. Sized to the largest line seen.
    private long[] _counts = Array.Empty<long>();

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    public SourceLineCounts(string path) => Path = path;

    /// <summary>Marks <paramref name="lines"/> as lines with code (counts already taken are kept).</summary>
    public void AddLines(IEnumerable<int> lines)
    {
        foreach (int line in lines)
        {
            if (line <= 0) continue;
            Grow(line);
            if (_counts[line] < 0) _counts[line] = 0;
        }
    }

    /// <summary>Counts one execution of <paramref name="line"/> (a line not registered before becomes one with
    /// code).</summary>
    public void Hit(int line)
    {
        if (line <= 0) return;
        if (line >= _counts.Length) Grow(line);
        long n = _counts[line];
        _counts[line] = n < 0 ? 1 : n + 1;
    }

    /// <summary>The lines with code in increasing order, each with its count.</summary>
    public IEnumerable<(int Line, long Count)> Lines
    {
        get
        {
            for (int line = 1; line < _counts.Length; line++)
                if (_counts[line] >= 0) yield return (line, _counts[line]);
        }
    }

    /// <summary>The count of <paramref name="line"/>, or null when it holds no code.</summary>
    public long? CountOf(int line) => line > 0 && line < _counts.Length && _counts[line] >= 0 ? _counts[line] : null;

    private void Grow(int line)
    {
        if (line < _counts.Length) return;
        int size = Math.Max(line + 1, _counts.Length * 2);
        int old = _counts.Length;
        Array.Resize(ref _counts, size);
        _counts.AsSpan(old).Fill(-1);
    }
}
