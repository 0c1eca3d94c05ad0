using Xunit;

namespace Tycho.Tests.Versions;

/// <summary>
/// bit32 (Lua 5.2 manual §6.7) in the profiles that have it: 5.2 on floats, 5.3 (LUA_COMPAT_5_2) on integers.
/// Expected values were read from lua5.2 and lua5.3.6.
/// </summary>
public sealed class Bit32Tests
{
    private static LuaValue[] Run(LuaLanguageVersion v, string code, LuaLibraries libs = LuaLibrarySets.All)
    {
        using var lua = new LuaState(new LuaStateOptions { LanguageVersion = v, Libraries = libs });
        return lua.DoString(code);
    }

    private const string Operations =
        "return bit32.band(-1), bit32.band(2^32 + 1), bit32.bor(), bit32.band(), bit32.lshift(1, 31), bit32.lshift(-1, 40), "
        + "bit32.rshift(-1, 4), bit32.arshift(-1, 4), bit32.arshift(2^31, 4), bit32.arshift(2^31, -4), bit32.arshift(-1, 40), "
        + "bit32.extract(0xff, 4, 4), bit32.replace(0, 7, 4, 3), bit32.lrotate(1, -1), bit32.rrotate(1, 1), "
        + "bit32.lrotate(0x80000001, 33), bit32.bnot(0), bit32.bxor(5, 3, 1), bit32.rshift(5, -2), bit32.lshift(5, -1), "
        + "bit32.rshift(2^32 - 1, 32), bit32.extract(2^31, 31), bit32.band('7')";

    private static readonly double[] Expected =
    {
        4294967295, 1, 0, 4294967295, 2147483648, 0, 268435455, 4294967295, 4160749568, 0, 4294967295,
        15, 112, 2147483648, 2147483648, 3, 4294967295, 7, 20, 2, 0, 1, 7,
    };

    [Fact]
    public void Lua52GivesFloats()
    {
        var r = Run(LuaLanguageVersion.Lua52, Operations);
        Assert.All(r, x => Assert.True(x.IsFloat));
        Assert.Equal(Expected, r.Select(x => x.RawFloat));
    }

    [Fact]
    public void Lua53GivesIntegers()
    {
        var r = Run(LuaLanguageVersion.Lua53, Operations);
        Assert.All(r, x => Assert.True(x.IsInteger));
        Assert.Equal(Expected, r.Select(x => (double)x.RawInteger));
    }

    [Fact]
    public void Lua52RoundsAndReducesAnyNumber() =>
        Assert.Equal(new double[] { 2, 4, 4294967294, 3, 4294967293, 630506365, 2, 4, 0 },
            Run(LuaLanguageVersion.Lua52, "return bit32.band(2.5), bit32.band(3.5), bit32.band(-2.5), bit32.band(2.7), bit32.band(-2.7), "
                + "bit32.band(1e100), bit32.band(2^53 + 3), bit32.lshift(1, 2.7), bit32.lshift(1, -1.5)").Select(x => x.RawFloat));

    [Theory]
    [InlineData(LuaLanguageVersion.Lua53, "bit32.band, 2.5", "bad argument #1 to 'bit32.band' (number has no integer representation)")]
    [InlineData(LuaLanguageVersion.Lua53, "bit32.extract, 1, -1", "bad argument #2 to 'bit32.extract' (field cannot be negative)")]
    [InlineData(LuaLanguageVersion.Lua52, "bit32.extract, 1, 0, 0", "bad argument #3 to 'bit32.extract' (width must be positive)")]
    [InlineData(LuaLanguageVersion.Lua52, "bit32.extract, 1, 30, 4", "trying to access non-existent bits")]
    [InlineData(LuaLanguageVersion.Lua52, "bit32.band, nil", "bad argument #1 to 'bit32.band' (number expected, got nil)")]
    public void Errors(LuaLanguageVersion v, string call, string message) =>
        Assert.Equal(message, Run(v, $"return select(2, pcall({call}))")[0].ToString());

    [Fact]
    public void BTestIsABoolean() =>
        Assert.Equal(new[] { false, true }, Run(LuaLanguageVersion.Lua52, "return bit32.btest(1, 2), bit32.btest(3, 2)").Select(x => x.IsTruthy));

    [Theory]
    [InlineData(LuaLanguageVersion.Lua51)]
    [InlineData(LuaLanguageVersion.Lua54)]
    [InlineData(LuaLanguageVersion.Lua55)]
    public void OtherVersionsHaveNone(LuaLanguageVersion v) => Assert.True(Run(v, "return bit32")[0].IsNil);

    [Fact]
    public void TheFlagLeavesItOut() =>
        Assert.True(Run(LuaLanguageVersion.Lua52, "return bit32", LuaLibrarySets.All & ~LuaLibraries.Bit32)[0].IsNil);
}
