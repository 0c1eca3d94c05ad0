using Xunit;

namespace Tycho.Tests.Libraries;

/// <summary>Library functions whose work grows with their input charge it to the instruction budget, so one call
/// over a big string cannot run uncounted (and a loop of them reaches the timeout's polls).</summary>
public sealed class LibraryChargeTests
{
    [Theory]
    [InlineData("utf8.len(s)")]
    [InlineData("utf8.codepoint(s, 1, 9e5)")]
    [InlineData("utf8.offset(s, 4e6)")]
    [InlineData("utf8.offset(('\\x80'):rep(4e6), 0, -1)")]
    [InlineData("tonumber(s)")]
    [InlineData("tonumber(s, 36)")]
    [InlineData("os.date(('%c'):rep(1e5))")]
    [InlineData("string.unpack(('b'):rep(2e5), s)")]
    [InlineData("string.packsize(('i4'):rep(2e5))")]
    public void BigInputStopsUnderTheInstructionLimit(string call)
    {
        using var lua = new LuaState(new LuaStateOptions { InstructionLimit = 500_000 });
        var e = Assert.Throws<LuaLimitException>(() => lua.DoString("local s = ('x'):rep(4e6) " + call));
        Assert.Equal(LuaLimitKind.Instructions, e.Kind);
    }

    [Fact]
    public void SmallInputsStayCheap()
    {
        using var lua = new LuaState(new LuaStateOptions { InstructionLimit = 2_000_000 });
        // A linear walk with utf8.offset is charged for the bytes it moves over, not the string's length each time.
        Assert.Equal(100_000L, lua.DoString<long>(@"
            local s = ('x'):rep(1e5) local n, i = 0, 1
            while i do n = n + 1 i = utf8.offset(s, 2, i) end
            return n - 1"));
    }
}
