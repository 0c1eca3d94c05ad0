using System.Diagnostics;

namespace Tycho.Runtime;

/// <summary>
/// The Lua error message of a .NET exception that is not a Lua error. A host function's own exception keeps its
/// message (the README's promise: "the exception's message at the calling Lua line"). A fault of the runtime itself
/// (a bug, or a corrupted binary chunk that slipped past the verifier) becomes <c>internal error</c>: its .NET type
/// and message mean nothing to a script and must not leak to it. The original stays as the InnerException.
/// </summary>
internal static class InternalErrors
{
    /// <summary>lua has no such error; the wording names no .NET type.</summary>
    public const string Text = "internal error";

    /// <summary>The runtime's assembly name. Frames are compared by name: <see cref="DiagnosticMethodInfo"/> gives
    /// names only, and works under trimming and NativeAOT, where <see cref="StackFrame.GetMethod"/> may not.</summary>
    private static readonly string Runtime = typeof(InternalErrors).Assembly.GetName().Name!;

    private static readonly string CoreLibrary = typeof(object).Assembly.GetName().Name!;

    /// <summary><see cref="Text"/> when <paramref name="e"/> was thrown by the runtime (directly or from the base
    /// library it called), else the exception's message.</summary>
    public static string Message(Exception e)
    {
        // The throw site's first frame outside the .NET libraries tells whose code failed.
        foreach (var frame in new StackTrace(e, false).GetFrames())
        {
            string? asm = SimpleName(DiagnosticMethodInfo.Create(frame)?.DeclaringAssemblyName);
            if (asm is null || IsFramework(asm)) continue;
            return asm == Runtime ? Text : e.Message;
        }
        return Text;
    }

    /// <summary>"Tycho.Runtime" of "Tycho.Runtime, Version=..., Culture=..."; the display name's form varies between
    /// the JIT and NativeAOT.</summary>
    private static string? SimpleName(string? assemblyName)
    {
        if (assemblyName is null) return null;
        int comma = assemblyName.IndexOf(',');
        return comma < 0 ? assemblyName : assemblyName[..comma];
    }

    private static bool IsFramework(string name)
    {
        return name == CoreLibrary || name == "System" || name.StartsWith("System.", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.", StringComparison.Ordinal);
    }
}
