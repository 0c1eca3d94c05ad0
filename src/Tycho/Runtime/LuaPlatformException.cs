namespace Tycho.Runtime;

/// <summary>A capability the <see cref="ILuaPlatform"/> refuses: raised as a Lua error with the message.</summary>
public sealed class LuaPlatformException : LuaRuntimeException
{
    /// <summary>Creates the error with the Lua message (e.g. <c>"file system access is not permitted"</c>).</summary>
    public LuaPlatformException(string message) : base(message) { }
}
