using System.Globalization;

namespace Tycho.Debugging;

/// <summary>
/// A breakpoint's hit condition: how many hits to ignore. <c>N</c> or <c>&gt;= N</c> stops from the N-th hit on (as
/// gdb's ignore count), <c>&gt; N</c>, <c>== N</c> (or <c>= N</c>), <c>&lt; N</c>, <c>&lt;= N</c> compare the hit
/// count, and <c>% N</c> stops every N-th hit.
/// </summary>
internal readonly record struct HitCondition(string Operator, long Count)
{
    /// <summary>Parses <paramref name="text"/>; false (with the reason) when it is not one of the forms above.</summary>
    public static bool TryParse(string text, out HitCondition condition, out string? error)
    {
        condition = default;
        error = null;
        var s = text.Trim();
        string op = ">=";
        foreach (var candidate in new[] { ">=", "<=", "==", ">", "<", "=", "%" })
        {
            if (s.StartsWith(candidate, StringComparison.Ordinal))
            {
                op = candidate == "=" ? "==" : candidate;
                s = s.Substring(candidate.Length).TrimStart();
                break;
            }
        }
        if (!long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out long n) || (op == "%" && n == 0))
        {
            error = $"invalid hit condition '{text}': expected a count such as '3', '>= 3', '== 3' or '% 3'";
            return false;
        }
        condition = new HitCondition(op, n);
        return true;
    }

    /// <summary>Whether the <paramref name="hits"/>-th hit (1-based) stops.</summary>
    public bool IsMet(long hits) => Operator switch
    {
        ">" => hits > Count,
        "==" => hits == Count,
        "<" => hits < Count,
        "<=" => hits <= Count,
        "%" => hits % Count == 0,
        _ => hits >= Count,
    };
}
