namespace Tycho.Tests.Cli;

/// <summary>A scratch directory deleted on dispose, for scripts and modules the command runs.</summary>
internal sealed class TempDir : IDisposable
{
    /// <summary>The directory's full path.</summary>
    public string Path { get; } = Directory.CreateTempSubdirectory("tycho-cli-").FullName;

    /// <summary>Writes a file in the directory and returns its name.</summary>
    public string Write(string name, string content)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, name), content);
        return name;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
