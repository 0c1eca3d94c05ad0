namespace Tycho.Runtime;

/// <summary>Status returned by the dispatch loop.</summary>
internal enum ExecStatus : byte { Ok, Yield }
