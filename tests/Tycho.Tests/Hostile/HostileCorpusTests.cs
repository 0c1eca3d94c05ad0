using System.Diagnostics;
using System.Globalization;
using System.Text;
using Tycho.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Tycho.Tests.Hostile;

/// <summary>
/// Runs every attack script of tests/hostile in process under the limits its header states, on a thread with a big stack, and checks that it ends with the
/// expected Lua error within the stated time, that the managed heap did not keep the attack's garbage, and that the
/// state still runs <c>return 1 + 1</c>. Each result (which limit fired, how long it took) goes to the test output
/// and to hostile-report.md in the test output directory.
/// </summary>
/// <remarks>Header: <c>-- limits: instructions=N timeout=SECONDS memory=BYTES</c>, <c>-- expect: text of the error</c>,
/// <c>-- within: SECONDS</c>, <c>-- env: safe | all | tenant</c> (Safe preset; all libraries; a tenant environment
/// from CreateEnvironment in an all-libraries state).</remarks>
[Collection(HostileCollection.Name)]
public class HostileCorpusTests
{
    private readonly ITestOutputHelper _out;
    public HostileCorpusTests(ITestOutputHelper output) => _out = output;

    private static readonly object ReportLock = new();
    private static bool _reportStarted;

    public static IEnumerable<object[]> Scripts() =>
        RepoPaths.LuaFiles(RepoPaths.HostileDir, SearchOption.TopDirectoryOnly).Select(f => new object[] { Path.GetFileName(f) });

    [Fact]
    public void CorpusHasAtLeastOneHundredFiftyAttacks() => Assert.True(Scripts().Count() >= 150, $"{Scripts().Count()} attacks");

    private sealed record Header(long? Instructions, TimeSpan? Timeout, long? Memory, string Expect, double Within, string Env);

    private static Header ParseHeader(string source)
    {
        long? instr = null, mem = null; TimeSpan? timeout = null; string expect = "", env = "safe"; double within = 3;
        foreach (string line in source.Split('\n'))
        {
            if (!line.StartsWith("-- ", StringComparison.Ordinal)) break;
            int colon = line.IndexOf(':');
            if (colon < 0) continue;
            string key = line[3..colon].Trim(), value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "limits":
                    foreach (string kv in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        var parts = kv.Split('=');
                        double n = double.Parse(parts[1], CultureInfo.InvariantCulture);
                        if (parts[0] == "instructions") instr = (long)n;
                        else if (parts[0] == "timeout") timeout = TimeSpan.FromSeconds(n);
                        else if (parts[0] == "memory") mem = (long)n;
                    }
                    break;
                case "expect": expect = value; break;
                case "within": within = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "env": env = value; break;
            }
        }
        return new Header(instr, timeout, mem, expect, within, env);
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void AttackIsContained(string script)
    {
        string source = File.ReadAllText(Path.Combine(RepoPaths.HostileDir, script));
        var h = ParseHeader(source);
        Assert.False(string.IsNullOrEmpty(h.Expect), "the script must state -- expect:");
        long heapBefore = GC.GetTotalMemory(true);
        // Only facts about the error leave the thread: the exception itself references the state (and with it the
        // attack's garbage), which would skew the heap check.
        string fired = "none", message = "(no error)";
        bool isLuaError = false, usable = false;
        var sw = new Stopwatch();
        var output = new MemoryStream();
        var thread = new Thread(() =>
        {
            // Each script tests the limits it states: without a memory limit, the Safe preset's default is off (0).
            LuaStateOptions options = h.Env == "safe"
                ? LuaPresets.Safe(h.Instructions, h.Timeout, h.Memory ?? 0, output)
                : new LuaStateOptions { InstructionLimit = h.Instructions, Timeout = h.Timeout, MemoryLimit = h.Memory, Output = output, ErrorOutput = output };
            using var lua = new LuaState(options);
            LuaTable? env = h.Env == "tenant" ? lua.CreateEnvironment() : null;
            sw.Start();
            try { lua.DoString(source, env, null, "=" + script); }
            catch (Exception e)
            {
                sw.Stop();
                fired = e is LuaLimitException le ? le.Kind.ToString() : "error";
                message = e.Message;
                isLuaError = e is LuaException;
            }
            sw.Stop();
            usable = lua.DoString<long>("return 1 + 1") == 2;
        }, 256 * 1024 * 1024);
        thread.Start();
        bool finished = thread.Join(TimeSpan.FromSeconds(h.Within + 30));
        Assert.True(finished, $"{script} did not finish (host thread still running)");
        output.Dispose();
        long heapAfter = GC.GetTotalMemory(true);
        string line = $"| {script} | {fired} | {sw.Elapsed.TotalMilliseconds:F1} | {Escape(message)} |";
        _out.WriteLine(line);
        Report(line);
        Assert.True(isLuaError, $"{script}: expected a Lua error, got {fired}: {message}");
        Assert.Contains(h.Expect, message);
        Assert.True(sw.Elapsed.TotalSeconds <= h.Within, $"{script}: took {sw.Elapsed.TotalSeconds:F2}s, limit {h.Within}s");
        Assert.True(heapAfter - heapBefore < 64L << 20, $"{script}: the managed heap grew by {(heapAfter - heapBefore) >> 20} MiB");
        Assert.True(usable, $"{script}: the state is not usable afterwards");
    }

    private static string Escape(string s)
    {
        s = s.Replace('\n', ' ').Replace("|", "\\|");
        return s.Length > 120 ? s[..120] + "..." : s;
    }

    private static void Report(string line)
    {
        lock (ReportLock)
        {
            string path = Path.Combine(AppContext.BaseDirectory, "hostile-report.md");
            if (!_reportStarted)
            {
                File.WriteAllText(path, "| script | limit fired | ms | error |\n|---|---|---:|---|\n", Encoding.UTF8);
                _reportStarted = true;
            }
            File.AppendAllText(path, line + "\n", Encoding.UTF8);
        }
    }
}

/// <summary>The corpus measures process-wide heap growth and wall time, so it must not share the machine with other
/// test classes running in parallel (their allocations would be counted against the attack).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostileCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Hostile corpus (not parallel)";
}
