namespace Tycho.Fuzz.Targets;

/// <summary>A broken promise found by a target: thrown so that SharpFuzz's drivers see a crash, and recorded by the
/// smoke runner.</summary>
public sealed class FuzzFailure : Exception
{
    /// <summary>Creates a failure of <paramref name="kind"/> (escape, leak, slow, hang, unusable).</summary>
    public FuzzFailure(string kind, string signature, string detail) : base($"{kind}: {detail}")
    {
        Kind = kind;
        Signature = signature;
        Detail = detail;
    }

    /// <summary>escape (a non-Lua exception left the call), leak (a message names a .NET type), slow (ended past
    /// timeout + 0.5 s), hang (did not end at all), unusable (<c>return 1+1</c> failed afterwards).</summary>
    public string Kind { get; }

    /// <summary>What makes two failures the same finding: the kind, the exception type and where it was thrown.</summary>
    public string Signature { get; }

    /// <summary>The message, the stack or the time, for the report.</summary>
    public string Detail { get; }
}
