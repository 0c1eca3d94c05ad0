namespace Tycho.Fuzz.Targets;

/// <summary>One distinct failure: its first (minimized) reproducer and how many inputs hit it.</summary>
public sealed record FuzzFinding(FuzzFailure Failure, byte[] Reproducer, int Count, string? Path);

/// <summary>The counts of one smoke run.</summary>
public sealed record SmokeReport(string Target, long Inputs, long LuaErrors, long Successes, TimeSpan Slowest,
    TimeSpan Elapsed, IReadOnlyList<FuzzFinding> Findings, bool StoppedByHangs)
{
    /// <summary>One line for logs and test output.</summary>
    public override string ToString() =>
        $"{Target}: {Inputs} inputs in {Elapsed.TotalSeconds:F1} s, {LuaErrors} Lua errors, {Successes} successes, " +
        $"slowest {Slowest.TotalMilliseconds:F0} ms, {Findings.Count} distinct failures ({Findings.Sum(f => f.Count)} inputs)" +
        (StoppedByHangs ? ", stopped after a hang" : "");
}
