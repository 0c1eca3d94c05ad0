using Xunit;
using Tycho.Tests.Infrastructure;

namespace Tycho.Tests.Vm;

public class CallTests
{
    [Fact]
    public void VarargsAndMultipleResults()
    {
        Assert.Equal("3\t1\tnil\t3\n2\n", VmHarness.Run(
            "local function f(...) return select('#', ...), ... end print(f(1, nil, 3)) print((f(1, 2)))"));
    }

    [Fact]
    public void FixedParametersAreFilledAndExtraArgumentsDropped()
    {
        Assert.Equal("1\tnil\n1\t2\n", VmHarness.Run(
            "local function f(a, b) return a, b end print(f(1)) print(f(1, 2, 3))"));
    }

    [Fact]
    public void VarargFunctionKeepsFixedParameters()
    {
        Assert.Equal("a\tb\t2\tc\td\n", VmHarness.Run(
            "local function f(x, y, ...) return x, y, select('#', ...), ... end print(f('a', 'b', 'c', 'd'))"));
    }

    [Fact]
    public void TailCallsRunInConstantSpace()
    {
        Assert.Equal("500000500000\n", VmHarness.RunOnSmallStack(
            "local function sum(n, acc) if n == 0 then return acc end return sum(n - 1, acc + n) end print(sum(1000000, 0))"));
    }

    [Fact]
    public void DeepNonTailRecursionDoesNotUseTheHostStack()
    {
        Assert.Equal("100000\n", VmHarness.RunOnSmallStack(
            "local function d(n) if n == 0 then return 0 end return 1 + d(n - 1) end print(d(100000))"));
    }

    [Fact]
    public void InfiniteRecursionIsALuaStackOverflowError()
    {
        string output = VmHarness.RunOnSmallStack(
            "local function r(n) return 1 + r(n) end print(pcall(r, 1))");
        Assert.Equal("false\ttest:1: stack overflow\n", output);
    }

    [Fact]
    public void CallMetamethodShiftsArguments()
    {
        Assert.Equal("table\t5\t6\n", VmHarness.Run(
            "local o = setmetatable({}, {__call = function(self, a, b) return type(self), a, b end}) print(o(5, 6))"));
    }

    [Fact]
    public void ClosuresCaptureFreshVariablePerIteration()
    {
        Assert.Equal("1\t2\t3\t10\n", VmHarness.Run(
            "local fs = {} for i = 1, 3 do fs[i] = function() return i end end " +
            "local x = 1 local function inc() x = x + 9 end inc() print(fs[1](), fs[2](), fs[3](), x)"));
    }

    [Fact]
    public void IntegerForLoopNearMaxIntegerDoesNotOverflow()
    {
        Assert.Equal("3\n", VmHarness.Run(
            "local n = 0 for i = math.maxinteger - 2, math.maxinteger do n = n + 1 end print(n)"));
    }

    [Fact]
    public void ForLoopErrors()
    {
        Assert.Equal("false\ttest:1: 'for' step is zero\nfalse\ttest:1: bad 'for' initial value (number expected, got table)\n",
            VmHarness.Run("print(pcall(function() for i = 1, 2, 0 do end end)) print(pcall(function() for i = {}, 2 do end end))"));
    }

    [Fact]
    public void HostCallReturnsAllResults()
    {
        var output = new MemoryStream();
        using var state = new LuaState(new LuaStateOptions { Output = output });
        var r = state.DoString("return 1, 'two', nil, 4.5");
        Assert.Equal(4, r.Length);
        Assert.Equal(1L, r[0].RawInteger);
        Assert.Equal("two", r[1].ToString());
        Assert.True(r[2].IsNil);
        Assert.Equal(4.5, r[3].RawFloat);
    }
}
