using System.Text;
using Tycho.Hosting;

namespace Tycho.Fuzz.Targets;

/// <summary>Generated hostile programs (<see cref="HostileGenerator"/>) run in the Safe preset under instruction,
/// time and memory limits.</summary>
internal sealed class HostileScriptTarget : FuzzTarget
{
    /// <summary>Templates left out of smoke runs (known hangs under investigation), from TYCHO_FUZZ_EXCLUDE.</summary>
    private static readonly HashSet<string> Excluded =
        [.. (Environment.GetEnvironmentVariable("TYCHO_FUZZ_EXCLUDE") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)];

    public override string Name => "hostile";

    public override string Extension => ".lua";

    public override byte[] PayloadFromInput(ReadOnlySpan<byte> input) => Encoding.UTF8.GetBytes(HostileGenerator.Generate(input));

    public override byte[] NextPayload(Random rng)
    {
        var choices = new byte[16];
        rng.NextBytes(choices);
        return Encoding.UTF8.GetBytes(HostileGenerator.Generate(choices, Excluded));
    }

    /// <summary>Drops statements (lines after the first), keeping the label line.</summary>
    public override IEnumerable<byte[]> Shrink(byte[] payload)
    {
        var lines = Encoding.UTF8.GetString(payload).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (int i = lines.Length - 1; i >= 1; i--)
        {
            var kept = lines.Where((_, j) => j != i).ToArray();
            if (kept.Length > 1) yield return Encoding.UTF8.GetBytes(string.Join('\n', kept) + "\n");
        }
    }

    /// <summary>The template names of the first line.</summary>
    public override string Label(byte[] payload)
    {
        string s = Encoding.UTF8.GetString(payload);
        int nl = s.IndexOf('\n');
        return s.StartsWith("-- ", StringComparison.Ordinal) && nl > 0
            ? string.Join(' ', s[3..nl].Split(' ').Distinct().Order(StringComparer.Ordinal)) : "";
    }

    protected override LuaState CreateState() =>
        new(LuaPresets.Safe(InstructionLimit, Timeout, MemoryLimit, Stream.Null));

    protected override void Execute(LuaState lua, byte[] payload) => lua.DoString(Encoding.UTF8.GetString(payload), "=hostile");
}
