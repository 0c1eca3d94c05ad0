using System.Text;

namespace Tycho.Tests.Infrastructure;

/// <summary>States whose standard streams are in memory: nothing reaches the console, stdin is empty, and what
/// <c>print</c> and <c>io.write</c> wrote can be read back.</summary>
internal static class QuietState
{
    /// <summary>A new state with <paramref name="libraries"/>; its standard output goes to <paramref name="output"/>.</summary>
    public static LuaState Create(out MemoryStream output, LuaLibraries libraries = LuaLibrarySets.All)
    {
        output = new MemoryStream();
        return new LuaState(new LuaStateOptions
        {
            Libraries = libraries, Output = output, ErrorOutput = new MemoryStream(), Input = new MemoryStream(),
        });
    }

    /// <summary>What <paramref name="state"/> has written to <paramref name="output"/> so far, as UTF-8 text.</summary>
    public static string Printed(LuaState state, MemoryStream output)
    {
        state.StandardOutput.Flush();
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
