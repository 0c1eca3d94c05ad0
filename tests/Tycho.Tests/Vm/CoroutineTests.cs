using Xunit;
using Tycho.Tests.Infrastructure;

namespace Tycho.Tests.Vm;

public class CoroutineTests
{
    [Fact]
    public void ResumeYieldPassValues()
    {
        Assert.Equal("true\t3\nsuspended\ntrue\t20\ntrue\t7\ndead\tfalse\tcannot resume dead coroutine\n", VmHarness.Run(@"
local co = coroutine.create(function(a, b)
  local c = coroutine.yield(a + b)
  local d, e = coroutine.yield(c * 2)
  return d + e
end)
print(coroutine.resume(co, 1, 2))
print(coroutine.status(co))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, 3, 4))
print(coroutine.status(co), coroutine.resume(co))"));
    }

    [Fact]
    public void YieldAcrossPcall()
    {
        Assert.Equal("in pcall\nfalse test:5: after resume\ndone\n", VmHarness.Run(@"
local co = coroutine.wrap(function()
  local ok, v = pcall(function()
    local x = coroutine.yield('in pcall')
    error('after ' .. x)
  end)
  coroutine.yield(tostring(ok) .. ' ' .. v)
  return 'done'
end)
print(co()) print(co('resume')) print(co())"));
    }

    [Fact]
    public void YieldInsideMetamethods()
    {
        Assert.Equal("index foo\nr1\tv1\nadd\nr2\t42\nlt\nr3\ttrue\nconcat\nr4\taC\nlen\nr6\t7\ncall 5\nr7\tcalled\nend\n", VmHarness.Run(@"
local mt = {__index = function(t, k) return coroutine.yield('index ' .. k) end,
  __add = function(a, b) return coroutine.yield('add') end,
  __lt = function(a, b) return coroutine.yield('lt') end,
  __concat = function(a, b) return coroutine.yield('concat') end,
  __len = function(a) return coroutine.yield('len') end,
  __call = function(self, x) return coroutine.yield('call ' .. x) end}
local obj, obj2 = setmetatable({}, mt), setmetatable({}, mt)
local co = coroutine.wrap(function()
  print('r1', obj.foo)
  print('r2', obj + 1)
  print('r3', obj < obj2)
  print('r4', 'a' .. obj .. 'b')
  print('r6', #obj)
  print('r7', obj(5))
  return 'end'
end)
print(co()) print(co('v1')) print(co(42)) print(co(true)) print(co('C')) print(co(7)) print(co('called'))"));
    }

    [Fact]
    public void YieldInsideForInIterator()
    {
        Assert.Equal("0\nk1 1\nk2 2\nk3 iter done\n", VmHarness.Run(@"
local co = coroutine.wrap(function()
  for k in function(s, c) if c < 3 then return coroutine.yield(c) or c + 1 end end, nil, 0 do io.write('k', k, ' ') end
  return 'iter done'
end)
print(co()) print(co(1)) print(co(2)) print(co(3))"));
    }

    [Fact]
    public void YieldFromMainAndAcrossHostCallsFail()
    {
        Assert.Equal("false\tattempt to yield from outside a coroutine\nfalse\tattempt to yield across a C-call boundary\n", VmHarness.Run(
            "print(pcall(coroutine.yield, 1)) " +
            "print(coroutine.resume(coroutine.create(function() table.sort({3, 2, 1}, function(a, b) coroutine.yield() end) end)))"));
    }

    [Fact]
    public void StatusRunningNormalAndIsYieldable()
    {
        Assert.Equal("running\ttrue\nouter\tnormal\nfalse\ntrue\n", VmHarness.Run(@"
local co
co = coroutine.create(function()
  print(coroutine.status(co), coroutine.isyieldable())
  coroutine.resume(coroutine.create(function() print('outer', coroutine.status(co)) end))
end)
coroutine.resume(co)
print(coroutine.isyieldable())
print(select(2, coroutine.running()))"));
    }

    [Fact]
    public void WrapPropagatesErrorsWithPosition()
    {
        Assert.Equal("false\ttest:1: test:1: s\nfalse\ttest:1: cannot resume dead coroutine\n", VmHarness.Run(
            "local w = coroutine.wrap(function() error('s') end) print(pcall(function() return w() end)) print(pcall(function() return w() end))"));
    }

    [Fact]
    public void CloseRunsPendingCloseVariables()
    {
        Assert.Equal("true\t1\nclosed x\ntrue\tdead\nfalse\ttest:1: oops\n", VmHarness.Run(
            "local co = coroutine.create(function() local x <close> = setmetatable({}, {__close = function() print('closed x') end}) coroutine.yield(1) end) " +
            "print(coroutine.resume(co)) print(coroutine.close(co), coroutine.status(co)) " +
            "local bad = coroutine.create(function() error('oops') end) coroutine.resume(bad) print(coroutine.close(bad))"));
    }

    [Fact]
    public void GeneratorsInLoops()
    {
        Assert.Equal("1 2 3 \n", VmHarness.Run(
            "local function gen(n) return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end) end " +
            "for v in gen(3) do io.write(v, ' ') end print()"));
    }
}
