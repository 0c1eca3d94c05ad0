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

    /// <summary>The state's standard input, used when <see cref="Tycho.Hosting.LuaStateOptions.Input"/> is null;
    /// called once, when the state first uses it (not when the state is created).</summary>
    Stream OpenStandardInput();

    /// <summary>The state's standard output, used when <see cref="Tycho.Hosting.LuaStateOptions.Output"/> is null;
    /// called once, when the state first writes or reads it (flushing an unopened stream does not open it).</summary>
    Stream OpenStandardOutput();

    /// <summary>The state's standard error, used when <see cref="Tycho.Hosting.LuaStateOptions.ErrorOutput"/> is null;
    /// called once, when the state first uses it.</summary>
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
