using System.Text.Json;
using Tycho.Runtime;

namespace Tycho.Hosting;

public static partial class LuaJson
{
    /// <summary>Builds Lua values from JSON text with a <see cref="Utf8JsonReader"/> (which validates the text and
    /// bounds the nesting, so the recursion here is bounded too).</summary>
    private static class JsonBuilder
    {
        public static LuaValue Build(ReadOnlySpan<byte> utf8Json, LuaJsonOptions options)
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = options.MaxDepth });
            try
            {
                if (!reader.Read()) throw new LuaJsonException("empty JSON text", "line 0, byte 0");
                LuaValue v = ReadValue(ref reader, options);
                // One value per text: anything after it is invalid (the reader raises it).
                if (reader.Read()) throw new LuaJsonException("more than one JSON value", Where(reader));
                return v;
            }
            catch (JsonException e)
            {
                string where = $"line {e.LineNumber}, byte {e.BytePositionInLine}";
                throw new LuaJsonException("invalid JSON: " + e.Message, where, e);
            }
            catch (InvalidOperationException e)
            {
                // Thrown for a string whose escapes are not valid UTF-16 (a lone surrogate).
                throw new LuaJsonException("invalid JSON string: " + e.Message, Where(reader), e);
            }
        }

        private static string Where(in Utf8JsonReader reader) => $"byte {reader.TokenStartIndex}";

        private static LuaValue ReadValue(ref Utf8JsonReader reader, LuaJsonOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject: return ReadObject(ref reader, options);
                case JsonTokenType.StartArray: return ReadArray(ref reader, options);
                case JsonTokenType.String: return LuaValue.FromString(ReadString(ref reader));
                case JsonTokenType.Number: return ReadNumber(ref reader);
                case JsonTokenType.True: return LuaValue.True;
                case JsonTokenType.False: return LuaValue.False;
                case JsonTokenType.Null: return options.NullValue;
            }
            throw new LuaJsonException($"unexpected JSON token {reader.TokenType}", Where(reader));
        }

        private static LuaValue ReadObject(ref Utf8JsonReader reader, LuaJsonOptions options)
        {
            var t = new LuaTable();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                LuaString key = ReadString(ref reader);
                reader.Read();
                LuaValue v = ReadValue(ref reader, options);
                t.Set(LuaValue.FromString(key), v);
            }
            return t;
        }

        private static LuaValue ReadArray(ref Utf8JsonReader reader, LuaJsonOptions options)
        {
            var t = new LuaTable();
            long i = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                t.SetInt(++i, ReadValue(ref reader, options));
            return t;
        }

        private static LuaString ReadString(ref Utf8JsonReader reader)
        {
            ReadOnlySpan<byte> bytes = reader.ValueSpan;
            if (reader.ValueIsEscaped)
            {
                // Unescaping never makes the text longer.
                byte[] buffer = new byte[bytes.Length];
                bytes = buffer.AsSpan(0, reader.CopyString(buffer));
            }
            // The reader does not check the UTF-8 of raw string bytes; JSON text must be Unicode (RFC 8259 §8.1).
            if (!System.Text.Unicode.Utf8.IsValid(bytes)) throw new LuaJsonException("invalid JSON: a string is not valid UTF-8", Where(reader));
            return LuaString.FromBytes(bytes);
        }

        private static LuaValue ReadNumber(ref Utf8JsonReader reader)
        {
            ReadOnlySpan<byte> text = reader.ValueSpan;
            // Written without fraction or exponent and in range: an integer (Lua 5.4's own rule for numerals).
            if (text.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0 && reader.TryGetInt64(out long l)) return LuaValue.FromInteger(l);
            if (reader.TryGetDouble(out double d) && double.IsFinite(d)) return LuaValue.FromFloat(d);
            throw new LuaJsonException($"number {System.Text.Encoding.UTF8.GetString(text)} is out of the range of a double", Where(reader));
        }
    }
}
