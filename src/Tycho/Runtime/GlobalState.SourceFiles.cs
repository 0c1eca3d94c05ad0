namespace Tycho.Runtime;

// Where Lua's dofile and loadfile read files: the host's file system when the embedding set one.
internal sealed partial class GlobalState
{
    /// <summary>Reads a Lua source file for <c>dofile</c>/<c>loadfile</c> (its bytes, or null when it does not
    /// exist) in place of <see cref="Platform"/>; set by the host from <c>LuaStateOptions.FileSystem</c>, null
    /// to read through the platform.</summary>
    internal Func<string, byte[]?>? ReadSourceFile;
}
