using System.Text;

namespace Tycho.Tests.Infrastructure;

/// <summary>Runs Lua source in a fresh state and captures what <c>print</c> wrote.</summary>
internal static class VmHarness
{
    /// <summary>Runs <paramref name="code"/> (chunk name "=test") and returns its printed output.</summary>
    public static string Run(string code)
    {
        using var state = QuietState.Create(out var output);
        var f = state.Load(Encoding.UTF8.GetBytes(code), "=test");
        state.MainThread.Call(f, ReadOnlySpan<LuaValue>.Empty);
        return QuietState.Printed(state, output).Replace("\r\n", "\n");
    }

    /// <summary>Runs <paramref name="code"/> on a thread with a small .NET stack, so unbounded host recursion would crash.</summary>
    public static string RunOnSmallStack(string code, int stackBytes = 1024 * 1024)
    {
        string? result = null;
        Exception? error = null;
        var t = new Thread(() =>
        {
            try { result = Run(code); }
            catch (Exception e) { error = e; }
        }, stackBytes);
        t.Start();
        t.Join();
        if (error is not null) throw error;
        return result!;
    }

    /// <summary>Runs code expected to fail and returns the exception.</summary>
    public static LuaRuntimeException RunError(string code)
    {
        try { Run(code); }
        catch (LuaRuntimeException e) { return e; }
        throw new Xunit.Sdk.XunitException("expected a Lua error");
    }
}
