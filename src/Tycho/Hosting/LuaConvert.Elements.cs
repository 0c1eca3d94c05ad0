using System.Text;
using Tycho.Runtime;

namespace Tycho.Hosting;

// Naming the element that made a collection conversion fail. The conversion itself only reports BadElement (its
// success path must not build paths or messages); on failure the table is walked again, the same way, to find the
// first element that does not convert and say where it is: "number expected at index 2, got string".
public static partial class LuaConvert
{
    /// <summary>Describes the first element of <paramref name="v"/> (a table whose conversion to
    /// <paramref name="target"/> returned <see cref="ConvertStatus.BadElement"/>) that does not convert, with its
    /// position: <c>number expected at index 2, got string</c>, <c>value out of range at [1].x</c>,
    /// <c>string expected as key at [3], got number</c>.</summary>
    internal static string DescribeBadElement(LuaState? state, in LuaValue v, Type target)
    {
        var path = new StringBuilder();
        LuaValue leaf = v;
        Type leafType = target;
        var st = ConvertStatus.BadElement;
        bool isKey = false;
        int depth = 0;
        // Depth-bounded: a self-referencing table converted to a recursive type must not loop forever.
        while (st == ConvertStatus.BadElement && !isKey && leaf.O is LuaTable t && depth++ < 100)
        {
            if (!FindBadChild(state, t, leafType, path, out leaf, out leafType, out st, out isKey)) break;
        }
        string at = Location(path);
        if (isKey) return $"{ExpectedName(leafType, state)} expected as key{(at.Length == 0 ? "" : " at " + at)}, got {leaf.TypeName}";
        at = at.Length == 0 ? "" : " at " + at;
        return st switch
        {
            ConvertStatus.NoInteger => $"number has no integer representation{at}",
            ConvertStatus.OutOfRange => $"value out of range{at}",
            ConvertStatus.InvalidUtf8 => $"string is not valid UTF-8{at}",
            ConvertStatus.Inexact => $"number has no exact decimal representation{at}",
            _ => $"{ExpectedName(leafType, state)} expected{at}, got {leaf.TypeName}",
        };
    }

    /// <summary>"index 2" for a single position, else the path itself (<c>[2][3]</c>, <c>[1].name</c>).</summary>
    private static string Location(StringBuilder path)
    {
        string p = path.ToString();
        if (p.Length > 2 && p[0] == '[' && p.IndexOf(']') == p.Length - 1 && long.TryParse(p.AsSpan(1, p.Length - 2), out _))
            return "index " + p[1..^1];
        return p.StartsWith('.') ? p[1..] : p;
    }

    /// <summary>One step of the walk: the first child of <paramref name="t"/> (seen as <paramref name="type"/>) that
    /// does not convert, appended to <paramref name="path"/>. False when <paramref name="type"/> is not a collection
    /// type or every child converts.</summary>
    private static bool FindBadChild(LuaState? state, LuaTable t, Type type, StringBuilder path,
        out LuaValue child, out Type childType, out ConvertStatus st, out bool isKey)
    {
        child = default; childType = type; st = ConvertStatus.Ok; isKey = false;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!CollectionShape(type, out Type? element, out Type? key)) return false;
        if (key is null)
        {
            long n = t.Length;
            for (long i = 1; i <= n; i++)
            {
                child = t.GetInt(i);
                st = TryConvertSlow(state, child, element!, out _);
                if (st != ConvertStatus.Ok) { childType = element!; path.Append('[').Append(i).Append(']'); return true; }
            }
            return false;
        }
        LuaValue k = LuaValue.Nil;
        while (t.Next(k, out LuaValue nk, out LuaValue nv))
        {
            k = nk;
            st = TryConvertSlow(state, nk, key, out _);
            if (st != ConvertStatus.Ok) { child = nk; childType = key; isKey = true; return true; }
            st = TryConvertSlow(state, nv, element!, out _);
            if (st != ConvertStatus.Ok) { child = nv; childType = element!; AppendKey(path, nk); return true; }
        }
        return false;
    }

    /// <summary>The element type (and key type for dictionaries) of the collection targets the slow path converts
    /// tables to: one-dimensional arrays, <c>List&lt;T&gt;</c> and its interfaces, <c>Dictionary&lt;K,V&gt;</c> and
    /// its interfaces.</summary>
    private static bool CollectionShape(Type type, out Type? element, out Type? key)
    {
        element = key = null;
        if (type.IsArray && type.GetArrayRank() == 1) { element = type.GetElementType(); return element is not null; }
        if (!type.IsGenericType) return false;
        Type def = type.GetGenericTypeDefinition();
        Type[] args = type.GetGenericArguments();
        if (IsListShape(def)) { element = args[0]; return true; }
        if (IsDictionaryShape(def)) { key = args[0]; element = args[1]; return true; }
        return false;
    }

    private static bool IsListShape(Type def) =>
        def == typeof(List<>) || def == typeof(IList<>) || def == typeof(IReadOnlyList<>) || def == typeof(IEnumerable<>)
        || def == typeof(ICollection<>) || def == typeof(IReadOnlyCollection<>);

    private static bool IsDictionaryShape(Type def) =>
        def == typeof(Dictionary<,>) || def == typeof(IDictionary<,>) || def == typeof(IReadOnlyDictionary<,>);

    private static void AppendKey(StringBuilder path, in LuaValue k)
    {
        if (k.IsInteger) { path.Append('[').Append(k.RawInteger).Append(']'); return; }
        if (k.O is LuaString s && TryDecode(s, out string? name))
        {
            if (IsIdentifier(name)) path.Append('.').Append(name);
            else path.Append("[\"").Append(name.Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"]");
            return;
        }
        path.Append('[').Append(LuaString.ToDisplay(k).ToString()).Append(']');
    }

    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsAsciiLetter(s[0]) || s[0] == '_')) return false;
        foreach (char c in s) if (!(char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
        return true;
    }
}
