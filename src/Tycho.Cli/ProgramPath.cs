namespace Tycho.Cli;

/// <summary>Finds lua.c's <c>argv[0]</c>, which .NET does not hand to <c>Main</c>.</summary>
internal static class ProgramPath
{
    /// <summary>
    /// The command's <c>argv[0]</c> exactly as it was invoked (Linux's <c>/proc/self/cmdline</c>), else the
    /// executable's path; null when the process is the <c>dotnet</c> host running tycho.dll.
    /// </summary>
    public static string? FromProcess()
    {
        string? executable = Environment.ProcessPath;
        if (executable is null) return null;
        if (Path.GetFileNameWithoutExtension(executable).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            return null;
        return InvokedName() ?? executable;
    }

    private static string? InvokedName()
    {
        try
        {
            byte[] cmdline = File.ReadAllBytes("/proc/self/cmdline");
            int end = Array.IndexOf(cmdline, (byte)0);
            if (end <= 0) return null;
            return System.Text.Encoding.UTF8.GetString(cmdline, 0, end);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }
}
