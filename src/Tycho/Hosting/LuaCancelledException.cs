using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>An async Lua run was cancelled through its <see cref="CancellationToken"/>. <see cref="Exception.InnerException"/>
/// is the <see cref="LuaRuntimeException"/> (<c>execution cancelled</c>) raised inside Lua, when there was one.</summary>
public sealed class LuaCancelledException : OperationCanceledException
{
    /// <summary>Creates the exception.</summary>
    public LuaCancelledException(LuaRuntimeException? inner, CancellationToken token)
        : base("Lua execution cancelled.", inner, token) { }
}
