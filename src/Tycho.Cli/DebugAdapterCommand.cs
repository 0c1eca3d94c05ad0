using Tycho.Debugging;
using Tycho.Hosting;

namespace Tycho.Cli;

/// <summary>
/// The debugging modes of the command: <c>--debug-adapter</c> speaks the Debug Adapter Protocol on standard input
/// and output (what VS Code's <c>tycho</c> debug type starts; nothing else may write to standard output then), and
/// <c>--debug-server PORT</c> runs the script as usual while a DAP client can attach to it on 127.0.0.1:PORT.
/// </summary>
internal static class DebugAdapterCommand
{
    /// <summary>Serves one DAP session on the process's standard streams; the exit status is 0.</summary>
    public static int Run()
    {
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        new LuaDebugAdapter(input, output).Run();
        return 0;
    }

    /// <summary>Exposes <paramref name="state"/> on <paramref name="port"/> (0: any free port), telling on standard
    /// error which port it listens on, so a client (or a test) can attach.</summary>
    public static LuaDebugServer StartServer(LuaState state, int port)
    {
        var server = LuaDebugServer.Start(state, port);
        Console.Error.WriteLine($"{CommandLine.ProgramName}: debug server listening on 127.0.0.1:{server.Port}");
        Console.Error.Flush();
        return server;
    }
}
