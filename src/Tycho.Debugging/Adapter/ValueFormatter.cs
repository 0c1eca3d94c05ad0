using System.Text;
using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Debugging;

/// <summary>How values and table keys read in the client: strings quoted (as <c>%q</c> would, shortened), other
/// values as <c>tostring</c> shows them, table keys as Lua field syntax (<c>name</c>, <c>[1]</c>, <c>["a b"]</c>).</summary>
internal sealed class ValueFormatter(LuaState state)
{
    private const int MaxStringShown = 4096;

    /// <summary>The value as the Variables view shows it.</summary>
    public string Display(in LuaValue value)
    {
        if (value.AsString is LuaString s) return Quote(s);
        try { return state.ToDisplayString(value); }
        catch (LuaException) { return value.TypeName; }   // a failing __tostring must not hide the variable
    }

    /// <summary>The value as <c>tostring</c> gives it, unquoted: what a log point interpolates.</summary>
    public string Text(in LuaValue value)
    {
        try { return state.ToDisplayString(value); }
        catch (LuaException e) { return $"<{e.Message}>"; }
    }

    /// <summary>The name of a table entry: an identifier key as is, another key in brackets.</summary>
    public string KeyName(in LuaValue key) =>
        key.AsString is LuaString s && s.TryDecodeUtf8(out var name) && IsIdentifier(name) ? name : "[" + Display(key) + "]";

    /// <summary>How to reach a child from its parent's expression: <c>parent.name</c> or <c>parent[key]</c>; null when
    /// the key has no source form (a table key) or the parent has none.</summary>
    public string? ChildExpression(string? parent, in LuaValue key)
    {
        if (parent is null) return null;
        if (key.AsString is LuaString s && s.TryDecodeUtf8(out var name))
            return IsIdentifier(name) ? parent + "." + name : parent + "[" + Quote(s) + "]";
        if (key.IsNumber || key.IsBoolean) return parent + "[" + Display(key) + "]";
        return null;
    }

    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]) || Keywords.Contains(name)) return false;
        foreach (char c in name)
            if (!char.IsAsciiLetterOrDigit(c) && c != '_') return false;
        return true;
    }

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in", "local", "nil",
        "not", "or", "repeat", "return", "then", "true", "until", "while",
    };

    private static string Quote(LuaString s)
    {
        var text = Encoding.UTF8.GetString(s.Span.Length > MaxStringShown ? s.Span[..MaxStringShown] : s.Span);
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ') sb.Append('\\').Append((int)c);
                    else sb.Append(c);
                    break;
            }
        }
        if (s.Length > MaxStringShown) sb.Append("...");
        return sb.Append('"').ToString();
    }
}
