using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>An async Lua run (<see cref="LuaState.CallAsync"/>, <see cref="LuaState.DoStringAsync(string, CancellationToken)"/>)
/// was cancelled through its <see cref="CancellationToken"/>: before it started, while Lua ran, or while it awaited an
/// async host function. <see cref="Exception.InnerException"/> is the <see cref="LuaRuntimeException"/>
/// (<c>execution cancelled</c>) raised inside Lua, when there was one. It derives from
/// <see cref="OperationCanceledException"/> so that the usual <c>catch (OperationCanceledException)</c> and
/// <see cref="Task.IsCanceled"/> conventions hold (not from <see cref="LuaException"/>: .NET has single inheritance).
/// Synchronous calls report cancellation as <see cref="LuaLimitException"/> of kind <see cref="LuaLimitKind.Cancelled"/>.</summary>
public sealed class LuaCancelledException : OperationCanceledException
{
    /// <summary>Creates the exception.</summary>
    public LuaCancelledException(LuaRuntimeException? inner, CancellationToken token)
        : base("Lua execution cancelled.", inner, token) { }
}
