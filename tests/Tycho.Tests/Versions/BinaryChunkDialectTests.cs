using Xunit;

namespace Tycho.Tests.Versions;

/// <summary>
/// Binary chunks per dialect (LanguageProfile.ChunkHeader): <c>string.dump</c> writes the header of the version's
/// <c>luac</c> and <c>load</c> checks it with that version's messages, so a chunk loads only in its own dialect.
/// The header bytes and messages are the oracles' (lua 5.3.6, 5.4.8 and 5.5.0 dumping <c>function() return 1 end</c>;
/// the fixtures tests/conformance-5.3/runtime/binary_chunks.lua and tests/conformance-5.5/runtime/binary_chunks.lua
/// check every header byte and truncation).
/// </summary>
public sealed class BinaryChunkDialectTests
{
    private static LuaState State(LuaLanguageVersion v) => new(new LuaStateOptions { LanguageVersion = v });

    private static string Hex(ReadOnlySpan<byte> b) => Convert.ToHexString(b).ToLowerInvariant();

    /// <summary>Each dialect's header, up to the end of its float check.</summary>
    [Theory]
    [InlineData(LuaLanguageVersion.Lua53, "1b4c7561530019930d0a1a0a040804080878560000000000000000000000287740")]
    [InlineData(LuaLanguageVersion.Lua54, "1b4c7561540019930d0a1a0a04080878560000000000000000000000287740")]
    [InlineData(LuaLanguageVersion.Lua55, "1b4c7561550019930d0a1a0a0488a9ffff04785634120888a9ffffffffffff0800000000002877c0")]
    public void DumpWritesTheDialectsHeader(LuaLanguageVersion v, string header)
    {
        using var lua = State(v);
        byte[] viaLua = lua.DoString("return string.dump(function() return 1 end)")[0].AsString!.Span.ToArray();
        Assert.Equal(header, Hex(viaLua.AsSpan(0, header.Length / 2)));
        // The host's Dump writes the format of the dialect the function was compiled for.
        Assert.Equal(header, Hex(lua.Load("return 1").Dump().AsSpan(0, header.Length / 2)));
    }

    /// <summary>A chunk of one dialect is another's "version mismatch", in the loading dialect's words.</summary>
    [Theory]
    [InlineData(LuaLanguageVersion.Lua55, LuaLanguageVersion.Lua53, "x: version mismatch in precompiled chunk")]
    [InlineData(LuaLanguageVersion.Lua53, LuaLanguageVersion.Lua54, "x: bad binary format (version mismatch)")]
    [InlineData(LuaLanguageVersion.Lua53, LuaLanguageVersion.Lua55, "x: bad binary format (version mismatch)")]
    public void ChunkLoadsOnlyInItsDialect(LuaLanguageVersion writer, LuaLanguageVersion reader, string message)
    {
        using var w = State(writer);
        byte[] chunk = w.Load("return 1").Dump();
        using var r = State(reader);
        var e = Assert.Throws<LuaSyntaxException>(() => r.Load(chunk, "=x"));
        Assert.Equal(message, e.Message);
        using var same = State(writer);
        Assert.Equal(1L, same.Call<long>(same.Load(chunk, "=x")));
    }

    /// <summary>5.3's truncation message; the 5.3.6 oracle gives it for every prefix of a dump.</summary>
    [Fact]
    public void Lua53TruncationSaysPrecompiledChunk()
    {
        using var lua = State(LuaLanguageVersion.Lua53);
        Assert.Equal("file.luac: truncated precompiled chunk",
            lua.DoString("local c = string.dump(function() return 1 end) return select(2, load(c:sub(1, 20), '@file.luac'))")[0].ToString());
    }

    /// <summary>A constant shared by two functions is saved once by a 5.5 dump (2 occurrences: the source text and
    /// the string) and once per function by 5.4's (3), as the 5.5.0 and 5.4.8 oracles count.</summary>
    [Theory]
    [InlineData(LuaLanguageVersion.Lua55, 2L)]
    [InlineData(LuaLanguageVersion.Lua54, 3L)]
    public void Lua55DumpSavesEachStringOnce(LuaLanguageVersion v, long count)
    {
        using var lua = State(v);
        var r = lua.DoString("""
            local str = "|" .. string.rep("X", 50) .. "|"
            local d = string.dump(load(string.format('local s <const> = "%s"; return function() return s end, function() return s end', str)))
            local f, g = load(d)()
            return select(2, d:gsub(str, "")), f() == str and g() == str
            """);
        Assert.Equal(count, r[0].RawInteger);
        Assert.True(r[1].RawBoolean);
    }
}
