using System.Diagnostics;
using System.Text;

namespace Tycho.Tests.Packaging;

/// <summary>The result of one child process: exit code, standard output and standard error.</summary>
public sealed record CommandResult(int ExitCode, string Output, string Errors)
{
    /// <summary>Throws with the command's output unless it exited with 0.</summary>
    public CommandResult EnsureSuccess(string what)
    {
        if (ExitCode != 0) throw new InvalidOperationException($"{what} exited with {ExitCode}:\n{Output}\n{Errors}");
        return this;
    }
}

/// <summary>
/// Runs <c>dotnet</c> (the SDK that runs the tests) and other commands as child processes with a time limit.
/// Why the environment is scrubbed: the test host runs inside <c>dotnet test</c>, whose MSBuild variables would
/// steer a nested build; and build servers (MSBuild nodes, the compiler server) outlive the command, holding its
/// output pipes open, so they are turned off.
/// </summary>
internal static class DotnetCommand
{
    /// <summary>The dotnet host: DOTNET_HOST_PATH (set by the SDK for its children), else the test host when it is
    /// dotnet, else "dotnet" from PATH.</summary>
    public static string Host
    {
        get
        {
            string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(host) && File.Exists(host)) return host;
            string? self = Environment.ProcessPath;
            if (self is not null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
                return self;
            return "dotnet";
        }
    }

    /// <summary>The folder of the dotnet host, for DOTNET_ROOT (a tool's launcher looks for the runtime there).</summary>
    public static string? Root => Path.IsPathRooted(Host) ? Path.GetDirectoryName(Host) : null;

    /// <summary>Runs <c>dotnet <paramref name="args"/></c> in <paramref name="workingDirectory"/>.</summary>
    public static CommandResult Dotnet(string workingDirectory, TimeSpan timeout, IDictionary<string, string>? environment,
        params string[] args) => Run(Host, args, workingDirectory, timeout, environment);

    /// <summary>Runs <paramref name="file"/>; kills the process tree and throws <see cref="TimeoutException"/> after
    /// <paramref name="timeout"/>.</summary>
    public static CommandResult Run(string file, IEnumerable<string> args, string workingDirectory, TimeSpan timeout,
        IDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var name in psi.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                psi.Environment.Remove(name);
        }
        psi.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        psi.Environment["UseSharedCompilation"] = "false";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        if (Root is { } root) psi.Environment["DOTNET_ROOT"] = root;
        if (environment is not null)
            foreach (var (k, v) in environment) psi.Environment[k] = v;

        using var p = new Process { StartInfo = psi };
        p.Start();
        p.StandardInput.Close();
        // Read on dedicated threads: when the rest of the suite keeps the thread pool busy, pool-based readers can
        // fall behind the process's exit and lose its output.
        var stdout = ReadToEndOnThread(p.StandardOutput);
        var stderr = ReadToEndOnThread(p.StandardError);
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within {timeout.TotalSeconds} s:\n"
                + stdout.Result(DrainTimeout) + stderr.Result(DrainTimeout));
        }
        return new CommandResult(p.ExitCode, stdout.Result(DrainTimeout), stderr.Result(DrainTimeout));
    }

    /// <summary>How long output may trail the exit: the pipes close when the last process holding them exits.</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(30);

    private static StreamDrain ReadToEndOnThread(StreamReader reader)
    {
        var drain = new StreamDrain();
        var thread = new Thread(() => drain.Text = reader.ReadToEnd()) { IsBackground = true, Name = "child output" };
        drain.Thread = thread;
        thread.Start();
        return drain;
    }

    private sealed class StreamDrain
    {
        public Thread? Thread;
        public volatile string? Text;

        public string Result(TimeSpan timeout) =>
            Thread!.Join(timeout) ? Text ?? "" : (Text ?? "") + "\n[output still open after the exit]";
    }

    /// <summary>The first of <paramref name="names"/> found as an executable on PATH, else null.</summary>
    public static string? FindOnPath(params string[] names)
    {
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in names)
            foreach (var dir in dirs)
            {
                string candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }
}
