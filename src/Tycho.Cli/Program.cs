using Tycho.Hosting;

namespace Tycho.Cli;

/// <summary>
/// Entry point of the <c>tycho</c> command, the standalone interpreter of manual §7 (a port of lua5.4's lua.c).
/// </summary>
internal static class Program
{
    /// <summary>
    /// Stack reserved for the interpreter thread. Lua recursion does not use the .NET stack, but the parser, metamethod
    /// and host-call nesting do; a generous reserve costs address space only, and makes the VM's own
    /// "C stack overflow" limit trip long before a fatal .NET stack overflow could.
    /// </summary>
    private const int InterpreterStackSize = 256 * 1024 * 1024;

    private static int Main(string[] args)
    {
        int status = 1;
        InterruptOnSigint.ResetInheritedDisposition();
        GcPacer.Start();
        // The dispatch loop is compiled at its first call (it is excluded from ReadyToRun, see LuaThread.Run):
        // compiling it on the second core while this thread starts the state and parses the script takes
        // ~15 ms off every run's start.
        new Thread(LuaState.PrepareInterpreter) { IsBackground = true, Name = "tycho jit" }.Start();
        var thread = new Thread(() => status = new LuaCommand(args).Run(), InterpreterStackSize)
        {
            Name = "tycho",
        };
        thread.Start();
        thread.Join();
        return status;
    }
}
