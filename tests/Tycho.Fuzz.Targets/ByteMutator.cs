using System.Text;

namespace Tycho.Fuzz.Targets;

/// <summary>Random edits of byte strings: flips, interesting values, Lua tokens, cut, duplicated and spliced ranges.</summary>
internal static class ByteMutator
{
    private static readonly byte[][] Tokens = new[]
    {
        "(", ")", "{", "}", "[", "]", "[[", "]]", "[=[", "\"", "'", "\\", "..", "...", "=", "==", "~=", "<=", "//", "%",
        "#", "-", "--", "--[[", "~", "<<", ">>", "^", ",", ";", ":", "::", " end ", " function ", " local ", " return ",
        " do ", " while ", " for ", " in ", " if ", " then ", " else ", " elseif ", " repeat ", " until ", " goto ",
        " break ", " nil ", " true ", " not ", " and ", " or ", "<close>", "<const>", "0x7fffffffffffffff", "-0x8000000000000000",
        "1e308", "0/0", "math.maxinteger", "math.mininteger", "2^63", "\\u{7FFFFFFF}", "\\z", "\\x", "\\999", "\n",
        "setmetatable", "getmetatable", "coroutine.wrap", "coroutine.yield", "pcall", "error", "load", "select('#', ...)",
        "string.rep", "table.unpack", "collectgarbage()", "__index", "__call", "__gc", "__close", "__eq", "__concat",
        "('x'):rep(1e7)", "while true do end", "for i = 1, math.maxinteger do end",
    }.Select(Encoding.UTF8.GetBytes).ToArray();

    private static readonly byte[] Interesting = [0, 1, 0x7F, 0x80, 0xFF, 0xFE, 0x40, 0x3F, 0x20, 0x0A];

    /// <summary><paramref name="edits"/> random edits of <paramref name="input"/>, no longer than <paramref name="maxLength"/>.</summary>
    public static byte[] Mutate(Random rng, byte[] input, IReadOnlyList<byte[]> others, int edits, int maxLength, bool structural)
    {
        var b = new List<byte>(input);
        for (int i = 0; i < edits; i++)
        {
            int op = rng.Next(structural ? 9 : 4);
            int pos = b.Count == 0 ? 0 : rng.Next(b.Count);
            switch (op)
            {
                case 0 when b.Count > 0: b[pos] ^= (byte)(1 << rng.Next(8)); break;
                case 1 when b.Count > 0: b[pos] = (byte)rng.Next(256); break;
                case 2 when b.Count > 0: b[pos] = Interesting[rng.Next(Interesting.Length)]; break;
                case 3 when b.Count > 0: b[pos] = (byte)(b[pos] + rng.Next(-8, 9)); break;
                case 4: b.InsertRange(pos, Tokens[rng.Next(Tokens.Length)]); break;
                case 5 when b.Count > 0: b.RemoveRange(pos, Math.Min(b.Count - pos, 1 + rng.Next(16))); break;
                case 6 when b.Count > 0:
                    {
                        int len = Math.Min(b.Count - pos, 1 + rng.Next(64));
                        var range = b.GetRange(pos, len);
                        b.InsertRange(rng.Next(b.Count + 1), range);
                        break;
                    }
                case 7 when others.Count > 0:
                    {
                        var other = others[rng.Next(others.Count)];
                        if (other.Length == 0) break;
                        int from = rng.Next(other.Length), len = Math.Min(other.Length - from, 1 + rng.Next(256));
                        b.InsertRange(pos, other.AsSpan(from, len).ToArray());
                        break;
                    }
                case 8: b.Insert(pos, (byte)rng.Next(256)); break;
            }
        }
        if (b.Count > maxLength) b.RemoveRange(maxLength, b.Count - maxLength);
        return b.ToArray();
    }

    /// <summary>Candidates for minimizing: the input with halves, quarters, ... removed, then single lines.</summary>
    public static IEnumerable<byte[]> RemoveChunks(byte[] input)
    {
        var lines = SplitLines(input);
        if (lines.Count > 1)
            for (int i = lines.Count - 1; i >= 0; i--)
                yield return lines.Where((_, j) => j != i).SelectMany(l => l).ToArray();
        for (int size = input.Length / 2; size >= 1; size /= 2)
            for (int start = 0; start + size <= input.Length; start += size)
                yield return [.. input.AsSpan(0, start), .. input.AsSpan(start + size)];
    }

    private static List<byte[]> SplitLines(byte[] input)
    {
        var lines = new List<byte[]>();
        int start = 0;
        for (int i = 0; i < input.Length; i++)
            if (input[i] == '\n') { lines.Add(input[start..(i + 1)]); start = i + 1; }
        if (start < input.Length) lines.Add(input[start..]);
        return lines;
    }
}
