using Tycho.Runtime;
using Tycho.Runtime.Gc;
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

    /// <summary>Compiles source text to a prototype (parser then compiler), as <c>lua_load</c> does for text chunks.
    /// The compilation is charged to <paramref name="global"/> when given (see <see cref="CompileMeter"/>), the copy
    /// of <paramref name="source"/> it makes included.</summary>
    public static Prototype CompileSource(ReadOnlySpan<byte> source, string chunkName, GlobalState? global = null) =>
        CompileSource(Copy(source, global), chunkName, global, source.Length);

    /// <summary>
    /// Compiles <paramref name="source"/> (only read, never kept) to a prototype, charging the work and the
    /// transient memory to <paramref name="global"/> when given, in <paramref name="global"/>'s dialect (Lua 5.4 without one); <paramref name="heldBytes"/> is memory the caller
    /// holds for this compilation outside Lua objects (e.g. a buffer of a reader's pieces). Raises the state's
    /// limit errors (<c>not enough memory</c>, instruction limit, timeout) from within the compilation; without
    /// limits, a compilation .NET cannot hold raises <c>not enough memory</c> too.
    /// </summary>
    public static Prototype CompileSource(byte[] source, string chunkName, GlobalState? global, long heldBytes = 0)
    {
        var meter = new CompileMeter(global);
        var profile = global?.Profile ?? LanguageProfile.Lua54;
        meter.Hold(heldBytes);
        if (source.Length < LargeSourceBytes) return ParseAndCompile(source, chunkName, meter, profile);
        // A long source can nest deeply (a left-deep chain of 100000 operators is legal Lua): compile it on a
        // thread with a large stack so the recursive tree walks can never overflow the caller's stack.
        Prototype? result = null;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var account = MemoryAccount.Current;   // the strings the lexer makes are charged as on the caller's thread
        var thread = new Thread(() =>
        {
            MemoryAccount.Resume(account);
            try { result = ParseAndCompile(source, chunkName, meter, profile); }
            catch (Exception e) { failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e); }
        }, CompilerStackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result!;
    }

    private static byte[] Copy(ReadOnlySpan<byte> source, GlobalState? global)
    {
        global?.CheckAllocation(source.Length);
        try { return source.ToArray(); }
        catch (OutOfMemoryException) { throw new LuaMemoryException(); }
    }

    /// <summary>Sources shorter than this (in bytes) cannot nest deeply enough to need the big-stack thread.</summary>
    private const int LargeSourceBytes = 4096;
    /// <summary>Stack size of the compilation thread for large sources.</summary>
    private const int CompilerStackBytes = 512 * 1024 * 1024;

    private static Prototype ParseAndCompile(byte[] source, string chunkName, CompileMeter meter, LanguageProfile profile)
    {
        try
        {
            Chunk chunk = Parser.Parse(source, chunkName, Parser.DefaultBaseLevel, meter, profile);
            var proto = CodeGen.CompileChunk(chunk, meter);
            meter.Flush();
            return proto;
        }
        catch (OutOfMemoryException) { throw new LuaMemoryException(); }   // lua's LUA_ERRMEM, not a .NET type name
    }
}
