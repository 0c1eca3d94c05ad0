namespace Tycho.Runtime;

/// <summary>A syntax error found while loading a chunk. <see cref="Exception.Message"/> is lua5.4's text,
/// e.g. <c>input:1: unexpected symbol near '+'</c>.</summary>
public sealed class LuaSyntaxException : LuaRuntimeException
{
    /// <summary>Creates a syntax error with a fully formatted message.</summary>
    public LuaSyntaxException(string message) : base(message) { }
}
