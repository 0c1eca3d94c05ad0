using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Tycho.Fuzz.Targets;

/// <summary>
/// The fuzzer without instrumentation: a seeded random mutator feeding one target for a number of inputs or a
/// time, counting outcomes and keeping one minimized reproducer per distinct failure (saved to a folder when given).
/// </summary>
public sealed class SmokeRunner(FuzzTarget target, int seed, string? reproducerDir = null, TextWriter? log = null)
{
    private const int MinimizeAttempts = 400;
    private static readonly TimeSpan MinimizeTime = TimeSpan.FromSeconds(20);

    /// <summary>The run stops when this many worker threads were abandoned to hangs during it.</summary>
    public int MaxHangs { get; init; } = 1;

    private int _hangsAtStart;

    private bool TooManyHangs => FuzzHarness.AbandonedThreads - _hangsAtStart >= MaxHangs;

    /// <summary>Runs until <paramref name="maxInputs"/> inputs or <paramref name="maxTime"/> have passed.</summary>
    public SmokeReport Run(long maxInputs, TimeSpan maxTime)
    {
        var rng = new Random(seed);
        var findings = new Dictionary<string, FuzzFinding>();
        var order = new List<string>();
        long inputs = 0, luaErrors = 0, successes = 0;
        TimeSpan slowest = TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        bool hung = false;
        _hangsAtStart = FuzzHarness.AbandonedThreads;
        while (inputs < maxInputs && clock.Elapsed < maxTime)
        {
            byte[] payload = target.NextPayload(rng);
            var outcome = FuzzHarness.Run(target, payload);
            inputs++;
            if (outcome.Elapsed > slowest) slowest = outcome.Elapsed;
            if (outcome.Failure is { } f)
            {
                if (findings.TryGetValue(f.Signature, out var known)) findings[f.Signature] = known with { Count = known.Count + 1 };
                else
                {
                    log?.WriteLine($"[{target.Name}] new failure after {inputs} inputs: {f.Signature}");
                    byte[] small = f.Kind == "hang" ? payload : Minimize(payload, f);
                    findings[f.Signature] = new FuzzFinding(f, small, 1, Save(small, f));
                    order.Add(f.Signature);
                }
                if (TooManyHangs) { hung = true; break; }
            }
            else if (outcome.LuaError is not null) luaErrors++;
            else successes++;
            if (inputs % 10000 == 0) log?.WriteLine($"[{target.Name}] {inputs} inputs, {clock.Elapsed.TotalSeconds:F0} s");
        }
        return new SmokeReport(target.Name, inputs, luaErrors, successes, slowest, clock.Elapsed,
            order.Select(s => findings[s]).ToList(), hung);
    }

    /// <summary>Greedily takes the target's smaller candidates while they fail the same way.</summary>
    private byte[] Minimize(byte[] payload, FuzzFailure failure)
    {
        var clock = Stopwatch.StartNew();
        int attempts = 0;
        bool progress = true;
        while (progress && attempts < MinimizeAttempts && clock.Elapsed < MinimizeTime)
        {
            progress = false;
            foreach (var candidate in target.Shrink(payload))
            {
                if (++attempts > MinimizeAttempts || clock.Elapsed > MinimizeTime) break;
                if (candidate.Length > payload.Length) continue;
                var outcome = FuzzHarness.Run(target, candidate);
                if (TooManyHangs) return payload;
                if (outcome.Failure?.Signature == failure.Signature)
                {
                    payload = candidate;
                    progress = true;
                    break;
                }
            }
        }
        return payload;
    }

    private string? Save(byte[] payload, FuzzFailure failure)
    {
        if (reproducerDir is null) return null;
        Directory.CreateDirectory(reproducerDir);
        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(failure.Signature)))[..10].ToLowerInvariant();
        string path = Path.Combine(reproducerDir, $"{target.Name}-{failure.Kind}-{hash}{target.Extension}");
        if (!File.Exists(path))
        {
            File.WriteAllBytes(path, payload);
            File.WriteAllText(Path.ChangeExtension(path, ".txt"),
                $"signature: {failure.Signature}\nseed: {seed}\n\n{failure.Detail}\n", Encoding.UTF8);
        }
        return path;
    }
}
