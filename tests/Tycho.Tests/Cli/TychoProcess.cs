using System.Diagnostics;
using System.Text;
using Tycho.Tests.Infrastructure;

namespace Tycho.Tests.Cli;

/// <summary>The result of one run of the <c>tycho</c> command.</summary>
internal sealed record TychoResult(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Runs the built <c>tycho</c> command (src/Tycho.Cli's output, built by <c>dotnet test Tycho.slnx</c> along with the
/// tests) as a child process, so exit codes, <c>os.exit</c> and the real standard streams are exercised.
/// </summary>
internal static class TychoProcess
{
    private static readonly Lazy<string> LazyDll = new(FindDll);

    /// <summary>The built tycho.dll the tests run (see <see cref="FindDll"/>).</summary>
    public static string DllPath => LazyDll.Value;

    /// <summary>Runs tycho with <paramref name="args"/>, feeding <paramref name="stdin"/>; throws
    /// <see cref="TimeoutException"/> after <paramref name="timeoutSeconds"/> (default 30 s).</summary>
    public static TychoResult Run(string[] args, string stdin = "", string? workingDirectory = null,
        IDictionary<string, string?>? environment = null, int timeoutSeconds = 30)
    {
        using var p = Start(args, workingDirectory, environment);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"tycho {string.Join(' ', args)} did not exit within {timeoutSeconds} s");
        }
        return new TychoResult(p.ExitCode, stdout.Result.Replace("\r\n", "\n"), stderr.Result.Replace("\r\n", "\n"));
    }

    /// <summary>Starts tycho with redirected streams, for tests that talk to it while it runs.</summary>
    public static Process Start(string[] args, string? workingDirectory = null, IDictionary<string, string?>? environment = null)
    {
        var psi = new ProcessStartInfo(Packaging.DotnetCommand.Host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        psi.ArgumentList.Add("exec");
        psi.ArgumentList.Add(LazyDll.Value);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("LUA_INIT");
        psi.Environment.Remove("LUA_INIT_5_4");
        if (environment is not null)
            foreach (var (k, v) in environment) psi.Environment[k] = v;

        return Process.Start(psi)!;
    }

    /// <summary>tycho.dll of the same configuration as the tests (bin/&lt;config&gt;/net10.0), else any built one.</summary>
    private static string FindDll()
    {
        var baseDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string tfm = baseDir.Name;
        string config = baseDir.Parent?.Name ?? "Debug";
        string cliBin = Path.Combine(RepoPaths.Root, "src", "Tycho.Cli", "bin");
        string preferred = Path.Combine(cliBin, config, tfm, "tycho.dll");
        if (File.Exists(preferred)) return preferred;
        if (Directory.Exists(cliBin))
        {
            var any = Directory.GetFiles(cliBin, "tycho.dll", SearchOption.AllDirectories)
                .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
            if (any is not null) return any;
        }
        throw new FileNotFoundException("tycho.dll not built: run `dotnet build Tycho.slnx` (looked for " + preferred + ")");
    }
}
