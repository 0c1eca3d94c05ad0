using Xunit;

namespace Tycho.Tests.Strings;

/// <summary>%p addresses of strings: shared by equal short strings, kept while a string that showed one lives.</summary>
public class ShortStringAddressTests
{
    [Fact]
    public void EqualShortStringsShareAnAddressWhileOneIsAlive()
    {
        var first = LuaString.FromAscii("address-test-" + Guid.NewGuid().ToString("N")[..20]);
        string shown = LuaString.AddressOf(first);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var twin = LuaString.FromBytes(first.Span);
        Assert.NotSame(first, twin);
        Assert.Equal(shown, LuaString.AddressOf(twin));
        Assert.Equal(shown, LuaString.AddressOf(first));
        GC.KeepAlive(first);
    }

    [Fact]
    public void LongStringsHaveTheirOwnAddresses()
    {
        var a = LuaString.FromAscii(new string('z', ShortStringIds.MaxShortLength + 1));
        var b = LuaString.FromAscii(new string('z', ShortStringIds.MaxShortLength + 1));
        Assert.NotEqual(LuaString.AddressOf(a), LuaString.AddressOf(b));
    }

    [Fact]
    public void DifferentShortStringsDiffer() =>
        Assert.NotEqual(LuaString.AddressOf(LuaString.FromAscii("ab")), LuaString.AddressOf(LuaString.FromAscii("ab\0")));
}
