namespace Tycho.Runtime;

/// <summary>Who resumed a coroutine, which decides where an error that kills it goes (the host's Error hook
/// reports whether it will be caught).</summary>
internal enum ResumeKind : byte
{
    /// <summary>The host's API: the error reaches the host.</summary>
    Host,
    /// <summary><c>coroutine.resume</c>: it returns false and the error (caught).</summary>
    Resume,
    /// <summary>A <c>coroutine.wrap</c> function: it raises the error again in the resumer.</summary>
    Wrap,
}
