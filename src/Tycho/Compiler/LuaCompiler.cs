using Tycho.Syntax;

namespace Tycho.Compiler;

/// <summary>
/// Compiles a syntax tree to Lua 5.4 bytecode, generating the same code as luac5.4 (lcode.c/lparser.c) so that
/// the VM's name recovery for error messages (ldebug.c getobjname) and line information match lua5.4.
/// </summary>
public static class LuaCompiler
{
    /// <summary>
    /// Compiles a chunk into its main prototype: a vararg function with one upvalue <c>_ENV</c> (in stack, index 0).
    /// Throws <see cref="LuaSyntaxException"/> for the semantic errors lua5.4 reports while compiling (goto/label
    /// visibility, assignment to const variables, limits), formatted <c>chunkid:line: message</c>.
    /// </summary>
    public static Prototype Compile(Chunk chunk) => CodeGen.CompileChunk(chunk);
}
