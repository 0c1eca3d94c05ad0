using System.Diagnostics;
using System.Reflection;

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

    private static readonly Assembly Runtime = typeof(InternalErrors).Assembly;

    /// <summary><see cref="Text"/> when <paramref name="e"/> was thrown by the runtime (directly or from the base
    /// library it called), else the exception's message.</summary>
    public static string Message(Exception e)
    {
        // The throw site's first frame outside the .NET libraries tells whose code failed.
        foreach (var frame in new StackTrace(e, false).GetFrames())
        {
            Assembly? asm = frame.GetMethod()?.DeclaringType?.Assembly;
            if (asm is null || IsFramework(asm)) continue;
            return ReferenceEquals(asm, Runtime) ? Text : e.Message;
        }
        return Text;
    }

    private static bool IsFramework(Assembly asm)
    {
        string name = asm.GetName().Name ?? "";
        return ReferenceEquals(asm, typeof(object).Assembly) || name == "System" || name.StartsWith("System.", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.", StringComparison.Ordinal);
    }
}
