using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tycho.Debugging;

/// <summary>Typed reads of request arguments: a missing or mistyped member yields the default, never an exception
/// (a client's mistake becomes a clear error response further on, not a crashed session).</summary>
internal static class DapJson
{
    public static JsonObject Arguments(JsonObject request) => request["arguments"] as JsonObject ?? new JsonObject();

    public static string? GetString(this JsonObject? o, string name) =>
        o?[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static int? GetInt(this JsonObject? o, string name)
    {
        if (o?[name] is not JsonValue v || v.GetValueKind() != JsonValueKind.Number) return null;
        if (v.TryGetValue(out int i)) return i;
        return v.TryGetValue(out double d) && d >= int.MinValue && d <= int.MaxValue ? (int)d : null;
    }

    public static bool? GetBool(this JsonObject? o, string name) =>
        o?[name] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : null;

    public static JsonArray? GetArray(this JsonObject? o, string name) => o?[name] as JsonArray;

    public static JsonObject? GetObject(this JsonObject? o, string name) => o?[name] as JsonObject;
}
