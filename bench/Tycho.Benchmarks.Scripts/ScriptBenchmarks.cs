using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Benchmarks.Scripts;

/// <summary>
/// Each bench/scripts program as a library user runs it: one long-lived <see cref="LuaState"/> per program, the
/// chunk compiled once, then run once per invocation (each program takes ~0.5-1.5 s under lua5.4.8), its output
/// discarded. Globals a run defines are removed after it, so every run starts from the same global table.
/// The job is short on purpose (one process per program, two warm-up runs, three measured): all 28 programs take
/// about five minutes. Numbers are wall time per run, compared with lua5.4.8 by bench/scripts_jit.py.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 3, invocationCount: 1)]
public class ScriptBenchmarks
{
    private LuaState _lua = null!;
    private LuaValue _chunk;
    private readonly HashSet<LuaValue> _initialGlobals = new();
    private readonly List<LuaValue> _added = new();

    /// <summary>The program's name, bench/scripts/NAME.lua.</summary>
    [ParamsSource(nameof(Names))]
    public string Script { get; set; } = "";

    /// <summary>Every program in bench/scripts, found from the current directory upwards.</summary>
    public static IEnumerable<string> Names() =>
        Directory.GetFiles(ScriptsDirectory(), "*.lua").Select(Path.GetFileNameWithoutExtension).Order()!;

    [GlobalSetup]
    public void Setup()
    {
        _lua = new LuaState(new LuaStateOptions { Output = Stream.Null });
        string path = Path.Combine(ScriptsDirectory(), Script + ".lua");
        _chunk = _lua.Load(File.ReadAllText(path), "@" + Script + ".lua");
        LuaValue key = default;
        while (_lua.Globals.Next(key, out key, out _)) _initialGlobals.Add(key);
    }

    [GlobalCleanup]
    public void Cleanup() => _lua.Dispose();

    /// <summary>One run of the program's main chunk.</summary>
    [Benchmark]
    public void Run()
    {
        _lua.Call(_chunk, ReadOnlySpan<LuaValue>.Empty, Span<LuaValue>.Empty);
        RemoveNewGlobals();
    }

    private void RemoveNewGlobals()
    {
        _added.Clear();
        LuaValue key = default;
        while (_lua.Globals.Next(key, out key, out _))
            if (!_initialGlobals.Contains(key)) _added.Add(key);
        foreach (LuaValue k in _added) _lua.Globals.Set(k, default);
    }

    /// <summary>bench/scripts: BenchmarkDotNet runs the benchmark from its own build folder under bin/, so look
    /// upwards from the current directory and from this assembly's folder.</summary>
    private static string ScriptsDirectory()
    {
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (DirectoryInfo? d = new(start); d != null; d = d.Parent)
            {
                string candidate = Path.Combine(d.FullName, "bench", "scripts");
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        throw new DirectoryNotFoundException("bench/scripts not found above " + Environment.CurrentDirectory);
    }
}
