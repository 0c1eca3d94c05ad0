namespace Tycho.Fuzz.Targets;

/// <summary>Re-runs saved reproducers: each file goes to the target its name starts with.</summary>
public static class Reproducers
{
    /// <summary>Runs every reproducer in <paramref name="dir"/> (its .lua and .luac files), printing one line each;
    /// returns how many still fail.</summary>
    public static int RerunDirectory(string dir, TextWriter log)
    {
        int failing = 0;
        foreach (string path in Directory.GetFiles(dir).Where(p => p.EndsWith(".lua", StringComparison.Ordinal) || p.EndsWith(".luac", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            string file = Path.GetFileName(path);
            var target = FuzzTargets.All.FirstOrDefault(t => file.StartsWith(t.Name + "-", StringComparison.Ordinal));
            if (target is null) { log.WriteLine($"{file}: no target named by the file"); continue; }
            var outcome = FuzzHarness.Run(target, File.ReadAllBytes(path));
            if (!outcome.Passed) failing++;
            string what = outcome.Failure is { } f ? $"FAIL {f.Kind}: {FirstLine(f.Detail)}"
                : outcome.LuaError is { } e ? $"ok (Lua error: {FirstLine(e)})" : "ok";
            log.WriteLine($"{file}: {what} [{outcome.Elapsed.TotalMilliseconds:F0} ms]");
            if (FuzzHarness.AbandonedThreads >= 3) { log.WriteLine("stopping: three hangs"); break; }
        }
        return failing;
    }

    private static string FirstLine(string s)
    {
        int nl = s.IndexOf('\n');
        s = nl < 0 ? s : s[..nl];
        return s.Length > 160 ? s[..160] + "..." : s;
    }
}
