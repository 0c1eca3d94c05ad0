using System.Diagnostics;
using BenchmarkDotNet.Running;
using Tycho.Benchmarks.Scripts;

// --check [--runs N] [names...]: runs each program (all by default) N times (2 by default) in one state, as the
// benchmark does, without BenchmarkDotNet, and prints each run's time: a quick test that each program survives
// repeated runs in a long-lived state, and a quick A/B of two builds under the JIT (run them alternately).
// Anything else goes to BenchmarkDotNet.
if (args is ["--check", ..])
{
    int runs = 2;
    var names = new List<string>();
    for (int i = 1; i < args.Length; i++)
    {
        if (args[i] == "--runs" && i + 1 < args.Length) runs = int.Parse(args[++i]);
        else names.Add(args[i]);
    }
    foreach (string name in names.Count > 0 ? names : ScriptBenchmarks.Names())
    {
        var b = new ScriptBenchmarks { Script = name };
        b.Setup();
        var times = new List<string>();
        for (int r = 0; r < runs; r++)
        {
            var sw = Stopwatch.StartNew();
            b.Run();
            times.Add($"{sw.Elapsed.TotalSeconds,7:F3} s");
        }
        Console.WriteLine($"{name,-18} {string.Join(" ", times)}");
        b.Cleanup();
    }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ScriptBenchmarks).Assembly).Run(args);
