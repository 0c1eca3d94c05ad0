using Xunit;
using Tycho.Tests.Infrastructure;

namespace Tycho.Tests.Vm;

public class MetamethodTests
{
    private const string Vec = @"
local V = {}
V.__index = V
V.__add = function(a, b) return setmetatable({x = a.x + b.x}, V) end
V.__eq = function(a, b) return a.x == b.x end
V.__lt = function(a, b) return a.x < b.x end
V.__le = function(a, b) return a.x <= b.x end
V.__len = function(a) return a.x end
V.__unm = function(a) return setmetatable({x = -a.x}, V) end
V.__concat = function(a, b) return (type(a) == 'table' and a.x or a) .. '|' .. (type(b) == 'table' and b.x or b) end
function V.get(self) return self.x end
local a, b = setmetatable({x = 1}, V), setmetatable({x = 2}, V)
";

    [Fact]
    public void ArithmeticComparisonLengthConcat()
    {
        Assert.Equal("3\tfalse\ttrue\ttrue\tfalse\t1\t-1\t1|2\t1|s\t3|1\t1\n", VmHarness.Run(Vec +
            "print((a + b).x, a == b, a < b, a <= b, b < a, #a, (-a).x, a .. b, a .. 's', 3 .. a, a:get())"));
    }

    [Fact]
    public void ComparisonsWithImmediateOperandsUseMetamethods()
    {
        Assert.Equal("true\tfalse\n", VmHarness.Run(
            "local m = setmetatable({}, {__lt = function(x, y) return type(x) == 'number' end}) print(1 < m, m < 1)"));
    }

    [Fact]
    public void IndexAndNewIndexFunctionsAndChains()
    {
        Assert.Equal("q!\t42\tyes\tnil\n", VmHarness.Run(
            "local p = setmetatable({}, {__index = function(t, k) return k .. '!' end, __newindex = function(t, k, v) rawset(t, k, v * 2) end}) " +
            "p.z = 21 local c = setmetatable({}, {__index = setmetatable({}, {__index = {deep = 'yes'}})}) print(p.q, p.z, c.deep, c.nope)"));
    }

    [Fact]
    public void IndexLoopIsDetected()
    {
        Assert.Equal("false\ttest:1: '__index' chain too long; possible loop\n", VmHarness.Run(
            "local t = setmetatable({}, {}) getmetatable(t).__index = t print(pcall(function() return t.x end))"));
    }

    [Fact]
    public void CloseRunsInReverseOrderAndOnErrors()
    {
        Assert.Equal("in\ty\tnil\nx\tnil\nerr\ttest:1: boom\nfalse\ttest:1: boom\n", VmHarness.Run(
            "local function c(n) return setmetatable({}, {__close = function(o, e) print(n, e) end}) end " +
            "do local x <close> = c('x') local y <close> = c('y') io.write('in\\t') end " +
            "print(pcall(function() local z <close> = c('err') error('boom') end))"));
    }

    [Fact]
    public void ErrorInCloseReplacesTheError()
    {
        Assert.Equal("false\ttest:1: close err\n", VmHarness.Run(
            "print(pcall(function() local x <close> = setmetatable({}, {__close = function() error('close err') end}) error('boom') end))"));
    }

    [Fact]
    public void NonClosableValueIsAnError()
    {
        Assert.Equal("false\ttest:1: variable 'x' got a non-closable value\n", VmHarness.Run(
            "print(pcall(function() local x <close> = 5 end))"));
    }

    [Fact]
    public void EqualityOnlyCallsEqForDistinctTables()
    {
        Assert.Equal("true\t0\ttrue\t1\n", VmHarness.Run(
            "local n = 0 local mt = {__eq = function() n = n + 1 return true end} " +
            "local a, b = setmetatable({}, mt), setmetatable({}, mt) local r1 = a == a local c1 = n print(r1, c1, a == b, n)"));
    }
}
