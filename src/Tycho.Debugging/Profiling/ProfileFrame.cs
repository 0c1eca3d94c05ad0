namespace Tycho.Debugging.Profiling;

/// <summary>
/// One frame of a sampled stack as the profile files show it: a function (or, at line granularity, a line of one).
/// </summary>
/// <param name="Name">The function's name as a Lua traceback gives it ("fib", "string.rep", "main chunk",
/// "function &lt;fib.lua:12&gt;", "?").</param>
/// <param name="File">The source file (a chunk name's path without the '@', else its short source); null for a
/// function written in .NET.</param>
/// <param name="Line">The line where the function is defined, or the line running in it at line granularity;
/// 0 when unknown.</param>
internal readonly record struct ProfileFrame(string Name, string? File, int Line)
{
    /// <summary>The frame as one element of a collapsed stack: "name (file:line)"; the format's separators (';'
    /// between frames, the last space before the count, line breaks) cannot occur inside it.</summary>
    public string CollapsedText
    {
        get
        {
            string text = File is null ? Name : Line > 0 ? $"{Name} ({File}:{Line})" : $"{Name} ({File})";
            return text.Replace(';', ':').Replace('\n', ' ').Replace('\r', ' ');
        }
    }
}
