using System.Globalization;
using System.Text;
using System.Text.Json;
using Tycho.Runtime;

namespace Tycho.Hosting;

public static partial class LuaJson
{
    /// <summary>Writes Lua values as JSON, keeping the path from the root for error messages.</summary>
    private sealed class JsonEmitter(Utf8JsonWriter writer, LuaJsonOptions options)
    {
        // Tables on the path from the root (a table met again there is a cycle; met elsewhere, a shared subtree).
        private readonly HashSet<LuaTable> _open = new(ReferenceEqualityComparer.Instance);
        // The keys from the root to the value being written; turned into a string only for an error.
        private readonly List<LuaValue> _path = new();

        public void Write(in LuaValue v)
        {
            if (v.IsNil || (!options.NullValue.IsNil && LuaValue.RawEquals(v, options.NullValue))) { writer.WriteNullValue(); return; }
            if (v.IsBoolean) { writer.WriteBooleanValue(v.RawBoolean); return; }
            if (v.IsInteger) { writer.WriteNumberValue(v.RawInteger); return; }
            if (v.IsFloat) { WriteFloat(v.RawFloat); return; }
            switch (v.O)
            {
                case LuaString s: writer.WriteStringValue(Utf8(s)); return;
                case LuaTable t: WriteTable(t); return;
            }
            throw Error($"a {v.TypeName} has no JSON form");
        }

        private void WriteFloat(double d)
        {
            if (!double.IsFinite(d)) throw Error($"{(double.IsNaN(d) ? "NaN" : "infinity")} has no JSON form");
            // "R" is the shortest text that parses back to the same double; an integral value gets ".0" so that it
            // reads back as a float, not an integer.
            string text = d.ToString("R", CultureInfo.InvariantCulture);
            if (text.AsSpan().IndexOfAny('.', 'E', 'e') < 0) text += ".0";
            writer.WriteRawValue(text, skipInputValidation: true);
        }

        private void WriteTable(LuaTable t)
        {
            if (_open.Count >= options.MaxDepth) throw Error($"nesting deeper than {options.MaxDepth}");
            if (!_open.Add(t)) throw Error("cycle");
            if (IsArray(t, out long n)) WriteArray(t, n);
            else WriteObject(t);
            _open.Remove(t);
        }

        /// <summary>True when the keys are exactly 1..n (n = #t, all present): then the table is a JSON array.</summary>
        private bool IsArray(LuaTable t, out long n)
        {
            n = t.Length;
            long count = 0;
            LuaValue k = LuaValue.Nil;
            while (t.Next(k, out LuaValue nk, out _))
            {
                k = nk;
                if (!nk.IsInteger || nk.RawInteger < 1 || nk.RawInteger > n) return false;
                count++;
            }
            return count == n && (n > 0 || options.EmptyTableAsArray);
        }

        private void WriteArray(LuaTable t, long n)
        {
            writer.WriteStartArray();
            for (long i = 1; i <= n; i++)
            {
                _path.Add(LuaValue.FromInteger(i));
                Write(t.GetInt(i));
                _path.RemoveAt(_path.Count - 1);
            }
            writer.WriteEndArray();
        }

        private void WriteObject(LuaTable t)
        {
            writer.WriteStartObject();
            LuaValue k = LuaValue.Nil;
            while (t.Next(k, out LuaValue nk, out LuaValue nv))
            {
                k = nk;
                _path.Add(nk);
                writer.WritePropertyName(KeyBytes(nk));
                Write(nv);
                _path.RemoveAt(_path.Count - 1);
            }
            writer.WriteEndObject();
        }

        private ReadOnlySpan<byte> KeyBytes(in LuaValue key)
        {
            if (key.O is LuaString s) return Utf8(s);
            if (key.IsNumber)
            {
                if (key.IsFloat && !double.IsFinite(key.RawFloat)) throw Error("an infinite key has no JSON form");
                return LuaString.ToDisplay(key).Span;
            }
            throw Error($"a {key.TypeName} key has no JSON form (object keys are strings)");
        }

        private ReadOnlySpan<byte> Utf8(LuaString s)
        {
            ReadOnlySpan<byte> b = s.Span;
            if (!System.Text.Unicode.Utf8.IsValid(b)) throw Error("a string that is not valid UTF-8 has no JSON form");
            return b;
        }

        private LuaJsonException Error(string what)
        {
            string path = PathText(_path);
            return new LuaJsonException($"{what} at {path}", path);
        }
    }

    /// <summary><c>$</c> followed by <c>.name</c> for identifier keys, <c>[3]</c> for integers and
    /// <c>["any key"]</c> for other strings.</summary>
    private static string PathText(List<LuaValue> path)
    {
        var sb = new StringBuilder("$");
        foreach (LuaValue k in path)
        {
            if (k.IsInteger) { sb.Append('[').Append(k.RawInteger).Append(']'); continue; }
            string name = k.O is LuaString s ? s.ToStringLossy() : LuaString.ToDisplay(k).ToStringLossy();
            if (k.O is LuaString && IsName(name)) sb.Append('.').Append(name);
            else sb.Append("[\"").Append(name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"]");
        }
        return sb.ToString();
    }

    private static bool IsName(string s)
    {
        if (s.Length == 0 || !(char.IsAsciiLetter(s[0]) || s[0] == '_')) return false;
        foreach (char c in s) if (!(char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
        return true;
    }
}
