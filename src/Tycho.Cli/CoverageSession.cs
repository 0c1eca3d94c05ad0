using Tycho.Debugging.Coverage;
using Tycho.Hosting;

namespace Tycho.Cli;

/// <summary>
/// <c>--coverage FILE</c>: counts the lines of every Lua file the run executes and writes FILE (LCOV) once, when the
/// command ends or when <c>os.exit</c> ends the process.
/// </summary>
internal sealed class CoverageSession
{
    private readonly LuaCoverage _coverage;
    private readonly string _path;
    private int _written;

    private CoverageSession(LuaCoverage coverage, string path)
    {
        _coverage = coverage;
        _path = path;
    }

    /// <summary>Starts coverage of <paramref name="state"/> when the command line asks for it.</summary>
    public static CoverageSession? StartIfRequested(LuaState state, CommandLine line)
    {
        if (line.CoveragePath is null) return null;
        var coverage = new LuaCoverage(state);
        coverage.Start();
        return new CoverageSession(coverage, Path.GetFullPath(line.CoveragePath));
    }

    /// <summary>Writes the file (the first call only); returns an error text when it cannot be written.</summary>
    public string? Write()
    {
        if (Interlocked.Exchange(ref _written, 1) != 0) return null;
        try
        {
            using var writer = new StreamWriter(_path);
            _coverage.WriteLcov(writer);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot write coverage {_path}: {e.Message}";
        }
    }
}
