using Tycho.Tests.Infrastructure;
namespace Tycho.Tests.Strings;

/// <summary>One library call with the outcome lua5.4 gave for it (see gen/gen.lua).</summary>
public sealed record Case(string Lib, string Name, string Source, string Expected, LuaValue[] Args);

public static partial class OracleCases
{
    private static LuaValue I(long i) => LuaValue.FromInteger(i);
    private static LuaValue F(double d) => LuaValue.FromFloat(d);
    private static LuaValue S(string s) => LibHarness.Str(s);
    private static readonly LuaValue N = LuaValue.Nil;
    private static readonly double PosNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);
    private static readonly double NegNaN = BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8000000000000));
    private static readonly LuaValue T = LuaValue.True;
    private static readonly LuaValue FalseV = LuaValue.False;
    private static readonly LuaValue Fn = new LuaHostFunction("f", _ => 0);
    private static LuaValue Tab(params (LuaValue K, LuaValue V)[] entries)
    {
        var t = new LuaTable();
        foreach (var (k, v) in entries) t.Set(k, v);
        return t;
    }
}
