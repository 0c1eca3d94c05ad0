using System.Globalization;
using SharpFuzz;
using Tycho.Fuzz.Targets;

namespace Tycho.Fuzz;

/// <summary>
/// tycho-fuzz smoke TARGET|all [--seed N] [--inputs N] [--seconds T] [--out DIR] [--max-hangs N]
/// tycho-fuzz rerun DIR
/// tycho-fuzz libfuzzer TARGET     (under libFuzzer, with an instrumented Tycho.dll)
/// tycho-fuzz afl TARGET           (under afl-fuzz, with an instrumented Tycho.dll)
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length < 2) return Usage();
        return args[0] switch
        {
            "smoke" => Smoke(args[1], args.Skip(2).ToArray()),
            "rerun" => Reproducers.RerunDirectory(args[1], Console.Out) == 0 ? 0 : 1,
            "libfuzzer" => WithTarget(args[1], t => Fuzzer.LibFuzzer.Run(Entry(t))),
            "afl" => WithTarget(args[1], t => Fuzzer.OutOfProcess.Run(stream =>
            {
                using var ms = new MemoryStream();
                stream.CopyTo(ms);
                Entry(t)(ms.ToArray());
            })),
            _ => Usage(),
        };
    }

    private static ReadOnlySpanAction Entry(FuzzTarget t) => t.Name switch
    {
        "text" => FuzzTargets.TextLoad,
        "binary" => FuzzTargets.BinaryLoad,
        _ => FuzzTargets.HostileScript,
    };

    private static int WithTarget(string name, Action<FuzzTarget> run)
    {
        var target = FuzzTargets.Find(name);
        if (target is null) return Usage();
        run(target);
        return 0;
    }

    private static int Smoke(string name, string[] options)
    {
        int seed = Environment.TickCount;
        long inputs = long.MaxValue;
        double seconds = 10;
        int maxHangs = 1;
        string? dir = null;
        for (int i = 0; i + 1 < options.Length; i += 2)
        {
            string v = options[i + 1];
            switch (options[i])
            {
                case "--seed": seed = int.Parse(v, CultureInfo.InvariantCulture); break;
                case "--inputs": inputs = long.Parse(v, CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = double.Parse(v, CultureInfo.InvariantCulture); break;
                case "--out": dir = v; break;
                case "--max-hangs": maxHangs = int.Parse(v, CultureInfo.InvariantCulture); break;
                default: return Usage();
            }
        }
        var targets = name == "all" ? FuzzTargets.All : FuzzTargets.Find(name) is { } t ? [t] : [];
        if (targets.Count == 0) return Usage();
        int failures = 0;
        foreach (var target in targets)
        {
            var report = new SmokeRunner(target, seed, dir, Console.Out) { MaxHangs = maxHangs }
                .Run(inputs, TimeSpan.FromSeconds(seconds / targets.Count));
            Console.WriteLine($"seed {seed}: {report}");
            foreach (var f in report.Findings)
                Console.WriteLine($"  {f.Count,6} x {f.Failure.Signature}  {f.Path}");
            failures += report.Findings.Count;
            if (report.StoppedByHangs) break;
        }
        return failures == 0 ? 0 : 1;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: tycho-fuzz smoke text|binary|hostile|all [--seed N] [--inputs N] [--seconds T] [--out DIR] [--max-hangs N]");
        Console.Error.WriteLine("       tycho-fuzz rerun DIR");
        Console.Error.WriteLine("       tycho-fuzz libfuzzer|afl text|binary|hostile");
        return 2;
    }
}
