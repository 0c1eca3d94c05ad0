using Tycho.Compiler;
using Tycho.Runtime;

namespace Tycho.Hosting;

// LuaFunction.Dump: an extension member, so the runtime layer does not depend on the compiler's chunk writer.
public static partial class LuaFunctionExtensions
{
    extension(LuaFunction function)
    {
        /// <summary>
        /// The binary chunk of this Lua function (<c>string.dump</c>, manual §6.4), as a new array: loading it with
        /// <see cref="LuaState.Load(ReadOnlySpan{byte}, string, LuaChunkMode, LuaTable?)"/> (or <c>load</c>) gives a
        /// function with the same code and fresh upvalues (nil, except <c>_ENV</c> for a main chunk). With
        /// <paramref name="strip"/> the debug information (line numbers, local and upvalue names) is left out.
        /// Throws <see cref="InvalidOperationException"/> (<c>unable to dump given function</c>) for a host function.
        /// </summary>
        public byte[] Dump(bool strip = false) =>
            FunctionDumper.TryDump(function, strip) ?? throw new InvalidOperationException("unable to dump given function");
    }
}
