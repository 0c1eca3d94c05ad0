using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Tycho.Runtime;

/// <summary>
/// Runs shell commands for <c>os.execute</c> and <c>io.popen</c> (manual §6.9, §6.8) through <c>/bin/sh -c</c>,
/// as C's <c>system</c> and <c>popen</c> do, and decodes the exit status as lua5.4's luaL_execresult.
/// </summary>
internal static class ShellCommand
{
    [DllImport("libc", EntryPoint = "system", SetLastError = true)]
    private static extern int CSystem(byte[] command);

    [DllImport("libc", EntryPoint = "popen", SetLastError = true)]
    private static extern IntPtr CPopen(byte[] command, byte[] mode);

    [DllImport("libc", EntryPoint = "pclose")]
    private static extern int CPclose(IntPtr stream);

    [DllImport("libc", EntryPoint = "fread")]
    private static extern nuint CFread(byte[] buffer, nuint size, nuint count, IntPtr stream);

    /// <summary>True when a shell is available (<c>os.execute()</c> with no command).</summary>
    public static bool HasShell => File.Exists("/bin/sh");

    /// <summary>
    /// Runs <paramref name="command"/> and returns the raw outcome: whether it ended normally (else by a signal)
    /// and the exit code or signal number; <c>errno</c> is non-zero when the shell could not be started.
    /// When the state writes to the process's real stdout, C's <c>system</c> is used so signals are reported
    /// exactly; otherwise the child's output is copied into the state's output stream to keep ordering.
    /// </summary>
    public static (bool Exited, int Code, int Errno) Run(LuaString command, Stream output, bool outputIsProcessStdout)
    {
        output.Flush();
        if (outputIsProcessStdout && !OperatingSystem.IsWindows())
        {
            try
            {
                var bytes = new byte[command.Length + 1];
                command.Span.CopyTo(bytes);
                int status = CSystem(bytes);
                if (status == -1) return (false, 0, Marshal.GetLastPInvokeError());
                int low = status & 0x7f;
                if (low == 0) return (true, (status >> 8) & 0xff, 0);
                return (false, low, 0);
            }
            catch (DllNotFoundException) { }
            catch (EntryPointNotFoundException) { }
        }
        if (!OperatingSystem.IsWindows())
        {
            // popen/pclose copy the child's output into the state's stream and still report signals exactly
            // (.NET's Process reports a signal as the exit code 128+n, indistinguishable from "exit 128+n").
            try
            {
                var bytes = new byte[command.Length + 1];
                command.Span.CopyTo(bytes);
                IntPtr f = CPopen(bytes, "r\0"u8.ToArray());
                if (f == IntPtr.Zero) return (false, 0, Marshal.GetLastPInvokeError());
                var buf = new byte[4096];
                nuint got;
                while ((got = CFread(buf, 1, (nuint)buf.Length, f)) > 0) output.Write(buf, 0, (int)got);
                int status = CPclose(f);
                if (status == -1) return (false, 0, LuaErrno.ECHILD);
                int low = status & 0x7f;
                if (low == 0) return (true, (status >> 8) & 0xff, 0);
                return (false, low, 0);
            }
            catch (DllNotFoundException) { }
            catch (EntryPointNotFoundException) { }
        }
        try
        {
            var psi = Start(command.ToString(), redirectOut: true, redirectIn: false);
            using var p = Process.Start(psi)!;
            p.StandardOutput.BaseStream.CopyTo(output);
            p.WaitForExit();
            return (true, p.ExitCode, 0);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            return (false, 0, LuaErrno.ENOENT);
        }
    }

    /// <summary>Process settings for <c>/bin/sh -c command</c>.</summary>
    public static ProcessStartInfo Start(string command, bool redirectOut, bool redirectIn)
    {
        var psi = new ProcessStartInfo("/bin/sh")
        {
            UseShellExecute = false,
            RedirectStandardOutput = redirectOut,
            RedirectStandardInput = redirectIn,
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(command);
        return psi;
    }

    /// <summary>luaL_execresult: <c>true|nil, "exit"|"signal", code</c>, or the file-error triple.</summary>
    public static int PushResult(in LuaCallContext ctx, bool exited, int code, int errno)
    {
        if (errno != 0) return LuaErrno.Fail(ctx, errno, null);
        LuaValue ok = exited && code == 0 ? LuaValue.True : LuaValue.Nil;
        return ctx.Return(ok, exited ? "exit" : "signal", code);
    }
}
