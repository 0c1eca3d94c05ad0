using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Debugging.Profiling;

/// <summary>
/// Turns an activation record into a <see cref="ProfileFrame"/>, naming functions as lauxlib's traceback does
/// (luaL_traceback's pushfuncname): a function reachable from <c>package.loaded</c> by its qualified name
/// ("string.rep"; "_G." dropped), else the name the calling code used, else "main chunk", else
/// "function &lt;source:line&gt;" for a Lua function and "?" for a .NET one. Unlike the traceback, the kind of
/// name ("local", "method"...) is left out: a profile lists names, not sentences.
/// </summary>
internal sealed class FrameNames
{
    private readonly Dictionary<LuaFunction, string> _qualified = new(ReferenceEqualityComparer.Instance);

    /// <summary>Collects the qualified names of the functions in the modules of <c>package.loaded</c> (one level
    /// deep, as lauxlib's pushglobalfuncname searches).</summary>
    public FrameNames(LuaState state)
    {
        if (state.Globals.GetStr(LuaString.From("package")).AsTable?.GetStr(LuaString.From("loaded")).AsTable is not LuaTable loaded)
            return;
        foreach (var (moduleName, module) in loaded.Pairs())
        {
            if (moduleName.AsString is not LuaString modName || module.AsTable is not LuaTable table) continue;
            string modulePrefix = modName.ToString();
            string prefix = modulePrefix == "_G" ? "" : modulePrefix + ".";
            foreach (var (key, value) in table.Pairs())
            {
                if (key.AsString is LuaString name && value.AsFunction is LuaFunction f)
                {
                    string qualified = prefix + name.ToString();
                    // "_G.print" and "print" name the same function: the shorter wins, as in lauxlib.
                    if (!_qualified.TryGetValue(f, out var known) || qualified.Length < known.Length)
                        _qualified[f] = qualified;
                }
            }
        }
    }

    /// <summary>The frame of <paramref name="info"/>; at <paramref name="lineGranularity"/>, with its current line.</summary>
    public ProfileFrame FrameOf(LuaDebugInfo info, bool lineGranularity)
    {
        string name = NameOf(info);
        if (info.What == "C") return new ProfileFrame(name, null, 0);
        string file = info.Source.StartsWith('@') ? info.Source.Substring(1) : info.ShortSource;
        if (!lineGranularity) return new ProfileFrame(name, file, Math.Max(info.LineDefined, 0));
        int line = Math.Max(info.CurrentLine, 0);
        return new ProfileFrame(line > 0 ? $"{name}:{line}" : name, file, line);
    }

    private string NameOf(LuaDebugInfo info)
    {
        if (info.Function.AsFunction is LuaFunction f && _qualified.TryGetValue(f, out var qualified)) return qualified;
        if (!string.IsNullOrEmpty(info.NameWhat) && info.Name is not null) return info.Name;
        if (info.What == "main") return "main chunk";
        if (info.What != "C") return $"function <{info.ShortSource}:{info.LineDefined}>";
        return "?";
    }
}
