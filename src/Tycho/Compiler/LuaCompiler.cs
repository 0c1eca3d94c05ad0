using Tycho.Syntax;

namespace Tycho.Compiler;

/// <summary>Placeholder: compiles a syntax tree to a prototype.</summary>
public static class LuaCompiler
{
    /// <summary>Compiles a chunk.</summary>
    public static Prototype Compile(Chunk chunk) => throw new NotImplementedException();
}
