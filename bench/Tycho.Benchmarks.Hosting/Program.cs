using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Tycho.Benchmarks.Hosting.HostingBenchmarks).Assembly).Run(args);
