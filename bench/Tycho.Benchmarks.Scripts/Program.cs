using System.Diagnostics;
using BenchmarkDotNet.Running;
using Tycho.Benchmarks.Scripts;

// --check: runs every program twice in one state, as the benchmark does, without BenchmarkDotNet (a quick test
// that each program survives repeated runs in a long-lived state). Anything else goes to BenchmarkDotNet.
if (args is ["--check"])
{
    foreach (string name in ScriptBenchmarks.Names())
    {
        var b = new ScriptBenchmarks { Script = name };
        b.Setup();
        var sw = Stopwatch.StartNew();
        b.Run();
        double first = sw.Elapsed.TotalSeconds;
        sw.Restart();
        b.Run();
        Console.WriteLine($"{name,-18} {first,7:F3} s {sw.Elapsed.TotalSeconds,7:F3} s");
        b.Cleanup();
    }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ScriptBenchmarks).Assembly).Run(args);
