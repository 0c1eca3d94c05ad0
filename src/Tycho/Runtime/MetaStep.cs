namespace Tycho.Runtime;

/// <summary>Outcome of a slow path of the dispatch loop.</summary>
internal enum MetaStep : byte
{
    /// <summary>Finished without calling anything; the result is in place.</summary>
    Done,
    /// <summary>A metamethod call was started (or completed): the loop reloads its top frame.</summary>
    Called,
    /// <summary>A yield was requested.</summary>
    Yield,
}
