namespace Tycho.Syntax;

/// <summary>Placeholder: the parser builds the syntax tree of a chunk.</summary>
public static class Parser
{
    /// <summary>Parses a chunk.</summary>
    public static Chunk Parse(ReadOnlySpan<byte> source, string chunkName) => throw new NotImplementedException();
}
