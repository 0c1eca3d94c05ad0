using Tycho.Runtime;
using Tycho.Syntax;

namespace Tycho.Compiler;

/// <summary>
/// Compiles a syntax tree to Lua 5.4 bytecode, generating the same code as luac5.4 (lcode.c/lparser.c) so that
/// the VM's name recovery for error messages (ldebug.c getobjname) and line information match lua5.4.
/// </summary>
internal static class LuaCompiler
{
    /// <summary>
    /// Compiles a chunk into its main prototype: a vararg function with one upvalue <c>_ENV</c> (in stack, index 0).
    /// Throws <see cref="LuaSyntaxException"/> for the semantic errors lua5.4 reports while compiling (goto/label
    /// visibility, assignment to const variables, limits), formatted <c>chunkid:line: message</c>.
    /// </summary>
    public static Prototype Compile(Chunk chunk) => CodeGen.CompileChunk(chunk);

    /// <summary>Compiles source text to a prototype (parser then compiler), as <c>lua_load</c> does for text chunks.</summary>
    public static Prototype CompileSource(ReadOnlySpan<byte> source, string chunkName)
    {
        if (source.Length < LargeSourceBytes) return ParseAndCompile(source, chunkName);
        // A long source can nest deeply (a left-deep chain of 100000 operators is legal Lua): compile it on a
        // thread with a large stack so the recursive tree walks can never overflow the caller's stack.
        byte[] copy = source.ToArray();
        Prototype? result = null;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try { result = ParseAndCompile(copy, chunkName); }
            catch (Exception e) { failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e); }
        }, CompilerStackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result!;
    }

    /// <summary>Sources shorter than this (in bytes) cannot nest deeply enough to need the big-stack thread.</summary>
    private const int LargeSourceBytes = 4096;
    /// <summary>Stack size of the compilation thread for large sources.</summary>
    private const int CompilerStackBytes = 512 * 1024 * 1024;

    private static Prototype ParseAndCompile(ReadOnlySpan<byte> source, string chunkName)
    {
        Chunk chunk = Parser.Parse(source, chunkName);
        return Compile(chunk);
    }
}
