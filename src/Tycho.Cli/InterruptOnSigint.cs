using System.Runtime.InteropServices;
using Tycho.Hosting;

namespace Tycho.Cli;

/// <summary>
/// lua.c's <c>laction</c> around one <c>docall</c>: the first SIGINT (Ctrl-C) interrupts the script with the error
/// "interrupted!" at its next safepoint; a second one gets the default action and ends the process, so a script stuck
/// in a long library call can still be stopped.
/// </summary>
internal sealed class InterruptOnSigint : IDisposable
{
    private readonly LuaState _state;
    private readonly PosixSignalRegistration? _registration;
    private bool _interrupted;

    /// <summary>
    /// Undoes an inherited "ignore SIGINT" (a shell starts background commands so), which .NET would respect:
    /// lua.c's <c>signal(SIGINT, laction)</c> overrides it. Call before anything touches .NET's signal handling.
    /// </summary>
    public static void ResetInheritedDisposition()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD()) return;
        try { Signal(SigInt, IntPtr.Zero); }   // SIG_DFL
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { }
    }

    private const int SigInt = 2;

    [DllImport("libc", EntryPoint = "signal")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr Signal(int signum, IntPtr handler);

    /// <summary>Handles SIGINT for <paramref name="state"/> until disposed.</summary>
    public InterruptOnSigint(LuaState state)
    {
        _state = state;
        try { _registration = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal); }
        catch (PlatformNotSupportedException) { }
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_interrupted) return;   // not cancelled: the default action ends the process
        _interrupted = true;
        context.Cancel = true;
        _state.Interrupt();
    }

    /// <summary>Restores the default action (lua.c's <c>signal(SIGINT, SIG_DFL)</c>).</summary>
    public void Dispose() => _registration?.Dispose();
}
