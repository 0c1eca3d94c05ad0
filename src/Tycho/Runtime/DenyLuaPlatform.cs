using System.Diagnostics;

namespace Tycho.Runtime;

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
