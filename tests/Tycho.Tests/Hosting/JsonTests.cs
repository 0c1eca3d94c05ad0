using System.Text;
using System.Text.Json;
using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary><see cref="LuaJson"/>: Lua values to JSON and back (RFC 8259).</summary>
public class JsonTests
{
    private static string Json(LuaState lua, string expr, LuaJsonOptions? o = null) =>
        LuaJson.SerializeToString(lua.DoString("return " + expr)[0], o);

    [Fact]
    public void ScalarsAndNumbers()
    {
        using var lua = new LuaState();
        Assert.Equal("null", Json(lua, "nil"));
        Assert.Equal("true", Json(lua, "true"));
        Assert.Equal("42", Json(lua, "42"));
        Assert.Equal("-9223372036854775808", Json(lua, "math.mininteger"));
        Assert.Equal("1.0", Json(lua, "1.0"));
        Assert.Equal("0.1", Json(lua, "0.1"));
        Assert.Equal("1E+300", Json(lua, "1e300"));
        Assert.Equal("\"h\u00e9 \\\"q\\\"\\n\"", Json(lua, "'h\u00e9 \"q\"\\n'"));
    }

    [Fact]
    public void FloatsRoundTripAndStayFloats()
    {
        using var lua = new LuaState();
        foreach (double d in new[] { 1.0, -0.5, 0.1, 1e300, 5e-324, double.MaxValue, 2.0 / 3, -0.0 })
        {
            LuaValue back = LuaJson.Deserialize(lua, LuaJson.Serialize(LuaValue.FromFloat(d)));
            Assert.True(back.IsFloat, d.ToString("R"));
            Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits(back.RawFloat));
        }
        LuaValue i = LuaJson.Deserialize(lua, "123");
        Assert.True(i.IsInteger);
        Assert.True(LuaJson.Deserialize(lua, "1e2").IsFloat);
        Assert.True(LuaJson.Deserialize(lua, "18446744073709551616").IsFloat);
    }

    [Fact]
    public void TablesArraysAndObjects()
    {
        using var lua = new LuaState();
        Assert.Equal("[1,2,3]", Json(lua, "{1, 2, 3}"));
        Assert.Equal("{\"a\":1}", Json(lua, "{a = 1}"));
        Assert.Equal("{}", Json(lua, "{}"));
        Assert.Equal("[]", Json(lua, "{}", new LuaJsonOptions { EmptyTableAsArray = true }));
        // Holes and extra keys make an object; integer keys are written as strings.
        using (var doc = JsonDocument.Parse(Json(lua, "{[1] = 1, [3] = 3}")))
            Assert.Equal(3, doc.RootElement.GetProperty("3").GetInt32());
        using (var doc = JsonDocument.Parse(Json(lua, "{'x', n = 1}")))
            Assert.Equal("x", doc.RootElement.GetProperty("1").GetString());
        Assert.Equal("{\"1.5\":true}", Json(lua, "{[1.5] = true}"));
        Assert.Equal("{\n  \"a\": [\n    1\n  ]\n}", Json(lua, "{a = {1}}", new LuaJsonOptions { Indented = true }).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ErrorsNameThePath()
    {
        using var lua = new LuaState();
        var e = Assert.Throws<LuaJsonException>(() => Json(lua, "(function() local t = {a = {b = {}}} t.a.b.c = t return t end)()"));
        Assert.Equal("cycle at $.a.b.c", e.Message);
        Assert.Equal("$.a.b.c", e.Path);
        e = Assert.Throws<LuaJsonException>(() => Json(lua, "{list = {1, 2, 0/0}}"));
        Assert.Equal("NaN has no JSON form at $.list[3]", e.Message);
        e = Assert.Throws<LuaJsonException>(() => Json(lua, "{math.huge}"));
        Assert.Equal("infinity has no JSON form at $[1]", e.Message);
        e = Assert.Throws<LuaJsonException>(() => Json(lua, "{f = print}"));
        Assert.Equal("a function has no JSON form at $.f", e.Message);
        e = Assert.Throws<LuaJsonException>(() => Json(lua, "{[true] = 1}"));
        Assert.Equal("a boolean key has no JSON form (object keys are strings) at $[\"true\"]", e.Message);
        e = Assert.Throws<LuaJsonException>(() => Json(lua, "{['a b'] = '\\xff'}"));
        Assert.Equal("a string that is not valid UTF-8 has no JSON form at $[\"a b\"]", e.Message);
        // A shared (not cyclic) subtree is fine.
        Assert.Equal("[[1],[1]]", Json(lua, "(function() local s = {1} return {s, s} end)()"));
    }

    [Fact]
    public void DepthLimitBothWays()
    {
        using var lua = new LuaState();
        var deep = lua.DoString("local t = {} for i = 1, 100 do t = {t} end return t")[0];
        var e = Assert.Throws<LuaJsonException>(() => LuaJson.Serialize(deep));
        Assert.StartsWith("nesting deeper than 64 at $[1][1]", e.Message);
        Assert.StartsWith("[[[[", LuaJson.SerializeToString(deep, new LuaJsonOptions { MaxDepth = 200 }));
        string text = new string('[', 100) + new string(']', 100);
        Assert.Throws<LuaJsonException>(() => LuaJson.Deserialize(lua, text));
        Assert.True(LuaJson.Deserialize(lua, text, new LuaJsonOptions { MaxDepth = 100 }).AsObject is LuaTable);
        // Far beyond any stack: still a clean error.
        Assert.Throws<LuaJsonException>(() => LuaJson.Deserialize(lua, new string('[', 1_000_000)));
    }

    [Fact]
    public void Decoding()
    {
        using var lua = new LuaState();
        var v = LuaJson.Deserialize(lua, """{"name":"caf\u00e9 \ud83d\ude00","list":[1,2.5,null,"x"],"ok":false,"nested":{"a":[]}}""");
        lua.Globals["v"] = v;
        Assert.Equal("café 😀", lua.DoString<string>("return v.name"));
        Assert.Equal(4L, lua.DoString<long>("return #v.list"));
        Assert.Equal("integer float nil x", lua.DoString<string>("return math.type(v.list[1]) .. ' ' .. math.type(v.list[2]) .. ' ' .. tostring(v.list[3]) .. ' ' .. v.list[4]"));
        Assert.False(lua.DoString<bool>("return v.ok"));
        Assert.Equal(0L, lua.DoString<long>("return #v.nested.a"));
    }

    [Fact]
    public void NullSentinelRoundTrips()
    {
        using var lua = new LuaState();
        var sentinel = new LuaTable();
        var o = new LuaJsonOptions { NullValue = sentinel };
        var v = LuaJson.Deserialize(lua, "[1,null,3]", o);
        Assert.Same(sentinel, ((LuaTable)v.AsObject!)[2].AsObject);
        Assert.Equal("[1,null,3]", LuaJson.SerializeToString(v, o));
    }

    [Fact]
    public void InvalidJsonIsAClearError()
    {
        using var lua = new LuaState();
        foreach (string bad in new[] { "", "{", "[1,]", "{'a':1}", "nul", "1 2", "\"\\ud800\"", "// c\n1", "1e999" })
        {
            var e = Assert.Throws<LuaJsonException>(() => LuaJson.Deserialize(lua, bad));
            Assert.NotNull(e.Path);
        }
        Assert.Throws<LuaJsonException>(() => LuaJson.Deserialize(lua, new byte[] { (byte)'"', 0xff, (byte)'"' }));
    }

    [Fact]
    public void RoundTripThroughLua()
    {
        using var lua = new LuaState();
        const string text = """{"items":[{"id":1,"price":9.5},{"id":2,"price":10.0}],"title":"shop"}""";
        lua.Globals["cfg"] = LuaJson.Deserialize(lua, text);
        lua.DoString("for _, it in ipairs(cfg.items) do it.price = it.price * 2 end");
        string back = LuaJson.SerializeToString(lua.Globals["cfg"]);
        using var doc = JsonDocument.Parse(back);
        Assert.Equal(19.0, doc.RootElement.GetProperty("items")[0].GetProperty("price").GetDouble());
        Assert.Equal("20.0", doc.RootElement.GetProperty("items")[1].GetProperty("price").GetRawText());
        Assert.Equal("shop", doc.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void WritesIntoAnExistingWriter()
    {
        using var lua = new LuaState();
        var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            w.WritePropertyName("lua");
            LuaJson.Serialize(w, lua.DoString("return {1, 2}")[0]);
            w.WriteEndObject();
        }
        Assert.Equal("{\"lua\":[1,2]}", Encoding.UTF8.GetString(ms.ToArray()));
    }

    [Fact]
    public void DecodingChargesTheStateMemoryLimit()
    {
        using var lua = new LuaState(new LuaStateOptions { MemoryLimit = 2_000_000 });
        var sb = new StringBuilder("[");
        for (int i = 0; i < 200_000; i++) sb.Append("{\"k\":").Append(i).Append("},");
        sb.Append("0]");
        Assert.Throws<LuaMemoryException>(() => LuaJson.Deserialize(lua, sb.ToString()));
        // The state stays usable.
        Assert.Equal(3L, lua.DoString<long>("return 1 + 2"));
        Assert.True(LuaJson.Deserialize(lua, "[1,2]").AsObject is LuaTable);
    }
}
