using System.Diagnostics;

namespace Tycho.Runtime;

/// <summary>
/// Everything the standard libraries take from the machine: files, standard streams, environment variables,
/// process execution, temporary files, the clock and the random seed. Set <see cref="Tycho.Hosting.LuaStateOptions.Platform"/>
/// to deny a capability or serve it virtually; <see cref="LuaPlatform.Host"/> (the default) is the real machine,
/// <see cref="LuaPlatform.Deny"/> (the Safe preset's) refuses all machine access.
/// </summary>
/// <remarks>
/// File methods report failures with the BCL exceptions (<see cref="FileNotFoundException"/>,
/// <see cref="UnauthorizedAccessException"/>, <see cref="IOException"/>), which the libraries turn into Lua's
/// <c>nil, message, errno</c> results. To refuse a capability outright, throw a <see cref="LuaPlatformException"/>:
/// it becomes a Lua error (catchable by <c>pcall</c>). Derive from <see cref="DenyLuaPlatform"/> or
/// <see cref="HostLuaPlatform"/> (all members are virtual) to change only some capabilities.
/// </remarks>
public interface ILuaPlatform
{
    /// <summary>Opens a file (<c>io.open</c>, <c>io.lines</c>, <c>loadfile</c>, <c>dofile</c>, <c>require</c>'s
    /// <c>package.path</c> searcher). <paramref name="mode"/> is Open, Create or OpenOrCreate.</summary>
    Stream OpenFile(string path, FileMode mode, FileAccess access);

    /// <summary>True when <paramref name="path"/> names a directory (<c>io.open</c> of a directory, <c>os.remove</c>).</summary>
    bool DirectoryExists(string path);

    /// <summary><c>os.remove</c>: deletes a file or an empty directory; <see cref="FileNotFoundException"/> when absent.</summary>
    void Remove(string path);

    /// <summary><c>os.rename</c>: renames a file or directory, replacing an existing target file.</summary>
    void Rename(string from, string to);

    /// <summary><c>os.tmpname</c>, <c>io.tmpfile</c>: creates a new empty file with a unique name and returns the name.</summary>
    string CreateTempFile();

    /// <summary>The state's standard input, used when <see cref="Tycho.Hosting.LuaStateOptions.Input"/> is null.</summary>
    Stream OpenStandardInput();

    /// <summary>The state's standard output, used when <see cref="Tycho.Hosting.LuaStateOptions.Output"/> is null.</summary>
    Stream OpenStandardOutput();

    /// <summary>The state's standard error, used when <see cref="Tycho.Hosting.LuaStateOptions.ErrorOutput"/> is null.</summary>
    Stream OpenStandardError();

    /// <summary><c>os.getenv</c> (and <c>LUA_PATH</c>/<c>LUA_CPATH</c>): the variable's value or null.</summary>
    string? GetEnvironmentVariable(string name);

    /// <summary><c>os.execute()</c> with no command: whether a shell is available.</summary>
    bool HasShell { get; }

    /// <summary><c>os.execute(command)</c>: runs a shell command, with the outcome as C's <c>system</c>: whether it
    /// exited normally (else by a signal), its exit code or signal number, and an errno when it could not start.
    /// The child's standard output goes to <paramref name="output"/> (the state's standard output, already flushed),
    /// or straight to the process's own when <paramref name="outputIsProcessStdout"/> says they are the same.</summary>
    (bool Exited, int Code, int Errno) Execute(LuaString command, Stream output, bool outputIsProcessStdout);

    /// <summary><c>io.popen</c>: starts a shell command with its output (<paramref name="readOutput"/>) or its input
    /// redirected.</summary>
    Process StartShell(string command, bool readOutput);

    /// <summary>The current time (<c>os.time()</c>, <c>os.date()</c>).</summary>
    DateTimeOffset UtcNow { get; }

    /// <summary>Processor time used, in seconds (<c>os.clock()</c>).</summary>
    double ProcessorTime { get; }

    /// <summary>The seed of <c>math.randomseed()</c> without arguments (and of a new state's generator).</summary>
    (long N1, long N2) RandomSeed();
}

/// <summary>A capability the <see cref="ILuaPlatform"/> refuses: raised as a Lua error with the message.</summary>
public sealed class LuaPlatformException : LuaRuntimeException
{
    /// <summary>Creates the error with the Lua message (e.g. <c>"file system access is not permitted"</c>).</summary>
    public LuaPlatformException(string message) : base(message) { }
}

/// <summary>The built-in platforms.</summary>
public static class LuaPlatform
{
    /// <summary>The real machine: what the libraries always did (the default).</summary>
    public static ILuaPlatform Host { get; } = new HostLuaPlatform();

    /// <summary>No machine access (the Safe preset's default); see <see cref="DenyLuaPlatform"/>.</summary>
    public static ILuaPlatform Deny { get; } = new DenyLuaPlatform();

    /// <summary>Reads a whole file through <paramref name="platform"/>.</summary>
    public static byte[] ReadAllBytes(this ILuaPlatform platform, string path)
    {
        using Stream s = platform.OpenFile(path, FileMode.Open, FileAccess.Read);
        var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }
}

/// <summary>
/// Denies all machine access. Files, temporary files and process execution raise the Lua errors
/// <c>"file system access is not permitted"</c> and <c>"process execution is not permitted"</c>
/// (<c>os.execute()</c> reports no shell); environment variables read as nil; standard input is empty and standard
/// output/error are discarded unless the options give streams. The clock (<c>os.time</c>, <c>os.date</c>,
/// <c>os.clock</c>) and the random seed stay real: they reveal nothing but the time, and a host wanting
/// determinism overrides <see cref="UtcNow"/>, <see cref="ProcessorTime"/> and <see cref="RandomSeed"/>.
/// </summary>
public class DenyLuaPlatform : ILuaPlatform
{
    /// <summary>The message of refused file operations.</summary>
    public const string FileSystemDenied = "file system access is not permitted";
    /// <summary>The message of refused process execution.</summary>
    public const string ProcessDenied = "process execution is not permitted";

    /// <inheritdoc/>
    public virtual Stream OpenFile(string path, FileMode mode, FileAccess access) => throw new LuaPlatformException(FileSystemDenied);
    /// <inheritdoc/>
    public virtual bool DirectoryExists(string path) => false;
    /// <inheritdoc/>
    public virtual void Remove(string path) => throw new LuaPlatformException(FileSystemDenied);
    /// <inheritdoc/>
    public virtual void Rename(string from, string to) => throw new LuaPlatformException(FileSystemDenied);
    /// <inheritdoc/>
    public virtual string CreateTempFile() => throw new LuaPlatformException(FileSystemDenied);
    /// <inheritdoc/>
    public virtual Stream OpenStandardInput() => Stream.Null;
    /// <inheritdoc/>
    public virtual Stream OpenStandardOutput() => Stream.Null;
    /// <inheritdoc/>
    public virtual Stream OpenStandardError() => Stream.Null;
    /// <inheritdoc/>
    public virtual string? GetEnvironmentVariable(string name) => null;
    /// <inheritdoc/>
    public virtual bool HasShell => false;
    /// <inheritdoc/>
    public virtual (bool Exited, int Code, int Errno) Execute(LuaString command, Stream output, bool outputIsProcessStdout) => throw new LuaPlatformException(ProcessDenied);
    /// <inheritdoc/>
    public virtual Process StartShell(string command, bool readOutput) => throw new LuaPlatformException(ProcessDenied);
    /// <inheritdoc/>
    public virtual DateTimeOffset UtcNow => DateTimeOffset.UtcNow;
    /// <inheritdoc/>
    public virtual double ProcessorTime => LuaPlatform.Host.ProcessorTime;
    /// <inheritdoc/>
    public virtual (long N1, long N2) RandomSeed() => LuaPlatform.Host.RandomSeed();
}
