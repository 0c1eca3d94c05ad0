using System.Text.Json;
using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>Runs examples/Hosting.Json.</summary>
public class JsonExampleTests
{
    [Fact]
    public void ConverterAndJsonRoundTrip()
    {
        var w = new StringWriter();
        string json = global::Hosting.Json.Demo.Run(w);
        string s = w.ToString();
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("level 1 (moved)", root.GetProperty("title").GetString());
        Assert.Equal(2, root.GetProperty("count").GetInt32());
        Assert.Equal(-9.8, root.GetProperty("gravity").GetDouble());
        var orc = root.GetProperty("spawns")[1];
        Assert.Equal(9.5, orc.GetProperty("pos").GetProperty("x").GetDouble());
        Assert.Equal(0.5, orc.GetProperty("pos").GetProperty("y").GetDouble());
        Assert.Equal(9.513, orc.GetProperty("distance").GetDouble());
        // Floats stay floats: an integral position is written with a fraction.
        Assert.Equal("1.0", root.GetProperty("spawns")[0].GetProperty("pos").GetProperty("x").GetRawText());
        Assert.Contains("hero at Vector2 { X = 1, Y = 1 }", s);
        Assert.Contains("error: bad:1: bad argument #1 to 'length' (Vector2 expected, got string)", s);
        Assert.Contains("error: cycle at $.a.back", s);
    }
}
