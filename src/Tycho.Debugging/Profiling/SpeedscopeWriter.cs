using System.Text.Json;

namespace Tycho.Debugging.Profiling;

/// <summary>
/// Writes samples as a speedscope file (https://www.speedscope.app/file-format-schema.json): the frames once in
/// <c>shared.frames</c>, and one profile of type "sampled" whose <c>samples</c> are stacks of frame indices listed
/// from the outermost caller to the running function, each with its weight in milliseconds.
/// </summary>
internal static class SpeedscopeWriter
{
    public const string Schema = "https://www.speedscope.app/file-format-schema.json";

    /// <summary>Writes <paramref name="samples"/> to <paramref name="utf8Json"/> as one profile named
    /// <paramref name="name"/>.</summary>
    public static void Write(StackSampleSet samples, string name, Stream utf8Json)
    {
        using var json = new Utf8JsonWriter(utf8Json);
        json.WriteStartObject();
        json.WriteString("$schema", Schema);
        json.WriteString("name", name);
        json.WriteString("exporter", "Tycho.Debugging " + typeof(SpeedscopeWriter).Assembly.GetName().Version);
        json.WriteNumber("activeProfileIndex", 0);
        json.WriteStartObject("shared");
        json.WriteStartArray("frames");
        foreach (var frame in samples.Frames) WriteFrame(json, frame);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("profiles");
        WriteProfile(json, samples, name);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFrame(Utf8JsonWriter json, in ProfileFrame frame)
    {
        json.WriteStartObject();
        json.WriteString("name", frame.Name);
        if (frame.File is not null) json.WriteString("file", frame.File);
        if (frame.Line > 0) json.WriteNumber("line", frame.Line);
        json.WriteEndObject();
    }

    private static void WriteProfile(Utf8JsonWriter json, StackSampleSet samples, string name)
    {
        json.WriteStartObject();
        json.WriteString("type", "sampled");
        json.WriteString("name", name);
        json.WriteString("unit", "milliseconds");
        json.WriteNumber("startValue", 0);
        json.WriteNumber("endValue", samples.TotalWeight);
        json.WriteStartArray("samples");
        for (int i = 0; i < samples.Count; i++)
        {
            json.WriteStartArray();
            foreach (int frame in samples.StackOf(i)) json.WriteNumberValue(frame);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteStartArray("weights");
        for (int i = 0; i < samples.Count; i++) json.WriteNumberValue(samples.WeightOf(i));
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
