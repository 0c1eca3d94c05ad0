using System.Diagnostics;
using System.Globalization;
using Tycho.Tests.Cli;
using Tycho.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Tycho.Tests.Hostile;

/// <summary>
/// The memory bound, measured where it matters, on the process: each memory attack of tests/hostile (a
/// <c>memory=</c> in its header) runs in the tycho command under its limits, and the peak resident set (VmHWM,
/// polled from /proc every few ms until the process ends) may exceed an empty script's by at most twice the limit.
/// Linux only (reports Skipped elsewhere).
/// </summary>
[Collection(HostileCollection.Name)]
public class PeakRssTests(ITestOutputHelper output)
{
    private static readonly Lazy<long> LazyBaseline = new(() => PeakRss(["--sandbox", "-e", "local x = 1"]).Peak);

    public static IEnumerable<object[]> MemoryAttacks() =>
        RepoPaths.LuaFiles(RepoPaths.HostileDir, SearchOption.TopDirectoryOnly)
            .Where(f => LimitsLine(File.ReadAllText(f)).Contains("memory=", StringComparison.Ordinal))
            .Select(f => new object[] { Path.GetFileName(f) });

    [SkippableTheory]
    [MemberData(nameof(MemoryAttacks))]
    public void PeakRssStaysWithinTwiceTheLimit(string script)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "VmHWM is read from /proc");
        string path = Path.Combine(RepoPaths.HostileDir, script);
        string source = File.ReadAllText(path);
        var args = new List<string>();
        if (!source.Contains("-- env: all", StringComparison.Ordinal)) args.Add("--sandbox");
        long limit = 0;
        foreach (string kv in LimitsLine(source)["-- limits:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = kv.Split('=');
            double n = double.Parse(parts[1], CultureInfo.InvariantCulture);
            switch (parts[0])
            {
                case "memory": limit = (long)n; args.Add("--memory-limit"); args.Add(((long)n).ToString(CultureInfo.InvariantCulture)); break;
                case "timeout": args.Add("--timeout"); args.Add(parts[1]); break;
                case "instructions": args.Add("--instruction-limit"); args.Add(((long)n).ToString(CultureInfo.InvariantCulture)); break;
            }
        }
        args.Add(path);
        long baseline = LazyBaseline.Value;
        var (peak, elapsed, stderr) = PeakRss(args.ToArray());
        long over = peak - baseline;
        output.WriteLine($"{script}: limit {limit >> 20} MiB, baseline {baseline >> 20} MiB, peak {peak >> 20} MiB, " +
            $"over baseline {over >> 20} MiB ({(double)over / limit:F2} x limit), {elapsed.TotalMilliseconds:F0} ms; {stderr.Trim()}");
        Assert.True(over <= 2 * limit, $"{script}: peak RSS {peak >> 20} MiB is {over >> 20} MiB above the empty script's {baseline >> 20} MiB, more than twice the {limit >> 20} MiB limit");
    }

    private static string LimitsLine(string source) =>
        source.Split('\n').TakeWhile(l => l.StartsWith("-- ", StringComparison.Ordinal))
            .FirstOrDefault(l => l.StartsWith("-- limits:", StringComparison.Ordinal)) ?? "";

    /// <summary>Runs tycho and polls its VmHWM until it exits; the last value read is the peak (the kernel keeps the
    /// high-water mark, so polling only has to reach the process before it ends).</summary>
    private static (long Peak, TimeSpan Elapsed, string Stderr) PeakRss(string[] args)
    {
        var sw = Stopwatch.StartNew();
        using var p = TychoProcess.Start(args);
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!p.HasExited && sw.Elapsed < TimeSpan.FromSeconds(60))
        {
            peak = Math.Max(peak, ReadHighWaterMark(p.Id));
            Thread.Sleep(3);
        }
        if (!p.HasExited) p.Kill(entireProcessTree: true);
        p.WaitForExit();
        _ = stdout.Result;
        return (peak, sw.Elapsed, stderr.Result);
    }

    private static long ReadHighWaterMark(int pid)
    {
        try
        {
            foreach (string line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return 0;
    }
}
