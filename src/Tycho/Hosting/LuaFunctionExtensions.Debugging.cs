using Tycho.Runtime;

namespace Tycho.Hosting;

// Debug information of a function value (manual §4.7 lua_getinfo with '>').
public static partial class LuaFunctionExtensions
{
    extension(LuaFunction function)
    {
        /// <summary>What <c>lua_getinfo</c> reports for the function itself (option '&gt;' with "SuL" and 'f',
        /// manual §4.7): source, defining lines, shape and active lines; <see cref="LuaDebugInfo.CurrentLine"/> is
        /// -1 and there is no name. Throws <see cref="ArgumentNullException"/>.</summary>
        public LuaDebugInfo GetDebugInfo()
        {
            ArgumentNullException.ThrowIfNull(function);
            return LuaDebugInfo.OfFunction(function);
        }

        /// <summary>The sorted distinct lines that have code in the function and, when <paramref name="includeNested"/>,
        /// in every function defined inside it, recursively: the lines line coverage can report (including those
        /// that never ran). Empty for a host function. Throws <see cref="ArgumentNullException"/>.</summary>
        public IReadOnlyList<int> GetActiveLines(bool includeNested)
        {
            ArgumentNullException.ThrowIfNull(function);
            if (function is not LuaClosure cl) return [];
            var lines = new SortedSet<int>();
            LuaThread.AddActiveLines(cl.Proto, lines, includeNested);
            return [.. lines];
        }
    }
}
