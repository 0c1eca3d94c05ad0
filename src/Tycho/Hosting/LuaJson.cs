using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>
/// Lua values to and from JSON (RFC 8259), on System.Text.Json's <see cref="Utf8JsonWriter"/> and
/// <see cref="Utf8JsonReader"/>; no reflection, so it is trimming- and AOT-safe.
/// <para>Writing: nil is <c>null</c>; booleans; integers are JSON integers; floats are written in the shortest form
/// that reads back to the same double, with a fraction or exponent even when integral (<c>1.0</c>), so they decode
/// as floats again; NaN and infinities have no JSON form (error). Strings must be valid UTF-8 (error otherwise: JSON
/// text is Unicode, RFC 8259 §8.1) and are written unescaped except for what JSON requires and <c>&lt;&gt;&amp;'</c>
/// left as is (<see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>: do not paste the output into HTML).
/// A table whose keys are exactly <c>1..#t</c> is an array; any other table is an object whose keys must be
/// strings, integers or floats (numbers are written as their Lua <c>tostring</c>, so <c>{[5] = 1}</c> becomes
/// <c>{"5":1}</c>, which reads back with the string key <c>"5"</c>); other keys are an error. An empty table is
/// <c>{}</c> unless <see cref="LuaJsonOptions.EmptyTableAsArray"/>. Access is raw (metatables and <c>__pairs</c> are
/// ignored). Cycles, functions, userdata, threads and nesting beyond <see cref="LuaJsonOptions.MaxDepth"/> throw
/// <see cref="LuaJsonException"/> with the path of the value (<c>cycle at $.a.b</c>).</para>
/// <para>Reading: objects become tables with string keys, arrays sequences (from 1), <c>null</c>
/// <see cref="LuaJsonOptions.NullValue"/> (nil by default), numbers integers when they are written without fraction
/// or exponent and fit a 64-bit integer, else floats (out of the double range: error); strings are the UTF-8 bytes
/// (escapes decoded; a lone surrogate escape is an error). Duplicate keys: the last one wins. The text must be one
/// JSON value (comments and trailing commas are errors). The tables are built inside the state's API scope, so they
/// count against its <see cref="LuaStateOptions.MemoryLimit"/> (<see cref="LuaMemoryException"/>).</para>
/// </summary>
public static partial class LuaJson
{
    /// <summary>The JSON text (UTF-8 bytes) of <paramref name="value"/>. Throws <see cref="LuaJsonException"/>
    /// when it has no JSON form (see the class remarks).</summary>
    public static byte[] Serialize(in LuaValue value, LuaJsonOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(options ?? LuaJsonOptions.Default)))
            Serialize(writer, value, options);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The JSON text of <paramref name="value"/> as a .NET string; see <see cref="Serialize(in LuaValue, LuaJsonOptions?)"/>.</summary>
    public static string SerializeToString(in LuaValue value, LuaJsonOptions? options = null) =>
        Encoding.UTF8.GetString(Serialize(value, options));

    /// <summary>Writes <paramref name="value"/> to <paramref name="writer"/> (as one JSON value, possibly inside
    /// what the writer has already written). The writer's own options decide the indentation and escaping.
    /// Throws <see cref="LuaJsonException"/> when the value has no JSON form; the writer is then left mid-value.</summary>
    public static void Serialize(Utf8JsonWriter writer, in LuaValue value, LuaJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        new JsonEmitter(writer, options ?? LuaJsonOptions.Default).Write(value);
        writer.Flush();
    }

    /// <summary>Decodes one JSON value (UTF-8 text, RFC 8259) into <paramref name="state"/>'s objects; see the class
    /// remarks. Throws <see cref="LuaJsonException"/> for invalid or too deeply nested JSON, and
    /// <see cref="LuaMemoryException"/> when the tables pass the state's memory limit.</summary>
    public static LuaValue Deserialize(LuaState state, ReadOnlySpan<byte> utf8Json, LuaJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        using var scope = state.EnterApi();
        // As LuaState.Load: the tables are charged to this state (memory limit, collector debt) while they are built.
        var memory = state.Core.Memory.Enter(state.Core.Memory.Running ?? state.MainThread);
        try { return JsonBuilder.Build(utf8Json, options ?? LuaJsonOptions.Default); }
        finally { memory.Exit(); }
    }

    /// <summary>Decodes one JSON value from a .NET string; see <see cref="Deserialize(LuaState, ReadOnlySpan{byte}, LuaJsonOptions?)"/>.</summary>
    public static LuaValue Deserialize(LuaState state, string json, LuaJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Deserialize(state, Encoding.UTF8.GetBytes(json), options);
    }

    private static JsonWriterOptions WriterOptions(LuaJsonOptions options) => new()
    {
        Indented = options.Indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // The emitter checks depth itself (with the path in the message); the writer's limit is only a backstop.
        MaxDepth = options.MaxDepth + 1,
    };
}
