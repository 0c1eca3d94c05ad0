using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Tycho.Benchmarks.Scripts.ScriptBenchmarks).Assembly).Run(args);
