using System.Diagnostics;
using System.Text;

namespace Tycho.Runtime;

/// <summary>The real machine (<see cref="LuaPlatform.Host"/>): disk files, the console, the process environment,
/// <c>/bin/sh</c>, the system clock and a time-based random seed. Members are virtual so a host can derive and
/// replace some capabilities.</summary>
public class HostLuaPlatform : ILuaPlatform
{
    /// <inheritdoc/>
    public virtual Stream OpenFile(string path, FileMode mode, FileAccess access)
        => new FileStream(path, mode, access, FileShare.ReadWrite | FileShare.Delete, 4096);

    /// <inheritdoc/>
    public virtual bool DirectoryExists(string path) => Directory.Exists(path);

    /// <inheritdoc/>
    public virtual void Remove(string path)
    {
        if (Directory.Exists(path) && !File.GetAttributes(path).HasFlag(FileAttributes.ReparsePoint))
        {
            if (Directory.EnumerateFileSystemEntries(path).Any()) throw new IOException("Directory not empty", LuaErrno.ENOTEMPTY);
            Directory.Delete(path);
        }
        else if (File.Exists(path) || new FileInfo(path).LinkTarget is not null) File.Delete(path);
        else throw new FileNotFoundException(null, path);
    }

    /// <inheritdoc/>
    public virtual void Rename(string from, string to)
    {
        if (Directory.Exists(from)) Directory.Move(from, to);
        else if (File.Exists(from)) File.Move(from, to, overwrite: true);
        else throw new FileNotFoundException(null, from);
    }

    /// <inheritdoc/>
    public virtual string CreateTempFile()
    {
        const string chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        for (int attempt = 0; attempt < 100; attempt++)
        {
            var sb = new StringBuilder("/tmp/lua_");
            for (int i = 0; i < 6; i++) sb.Append(chars[Random.Shared.Next(chars.Length)]);
            string name = sb.ToString();
            try
            {
                using (new FileStream(name, FileMode.CreateNew, FileAccess.Write)) { }
                return name;
            }
            catch (IOException) when (File.Exists(name)) { }
        }
        throw new IOException("unable to generate a unique filename");
    }

    /// <inheritdoc/>
    public virtual Stream OpenStandardInput() => Console.OpenStandardInput();
    /// <inheritdoc/>
    public virtual Stream OpenStandardOutput() => new BufferedStream(Console.OpenStandardOutput(), 1 << 14);
    /// <inheritdoc/>
    public virtual Stream OpenStandardError() => Console.OpenStandardError();

    /// <inheritdoc/>
    public virtual string? GetEnvironmentVariable(string name) => Environment.GetEnvironmentVariable(name);

    /// <inheritdoc/>
    public virtual bool HasShell => ShellCommand.HasShell;

    /// <inheritdoc/>
    public virtual (bool Exited, int Code, int Errno) Execute(LuaString command, Stream output, bool outputIsProcessStdout) =>
        ShellCommand.Run(command, output, outputIsProcessStdout);

    /// <inheritdoc/>
    public virtual Process StartShell(string command, bool readOutput)
        => Process.Start(ShellCommand.Start(command, redirectOut: readOutput, redirectIn: !readOutput))!;

    /// <inheritdoc/>
    public virtual DateTimeOffset UtcNow => DateTimeOffset.UtcNow;

    /// <inheritdoc/>
    public virtual double ProcessorTime
    {
        get
        {
            using var p = Process.GetCurrentProcess();
            return p.TotalProcessorTime.TotalSeconds;
        }
    }

    /// <inheritdoc/>
    public virtual (long N1, long N2) RandomSeed()
        => (DateTimeOffset.UtcNow.ToUnixTimeSeconds(), Random.Shared.NextInt64() ^ (Environment.TickCount64 << 20));
}
