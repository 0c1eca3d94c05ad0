namespace Tycho.Runtime;

/// <summary>Status of a coroutine as <c>coroutine.status</c> reports it (manual §6.2).</summary>
internal enum CoroutineStatus : byte { Suspended, Running, Normal, Dead }
