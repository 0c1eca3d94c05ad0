using Xunit;
using Tycho.Tests.Infrastructure;

namespace Tycho.Tests.Vm;

public class ErrorTests
{
    [Theory]
    [InlineData("local x; x()", "attempt to call a nil value (local 'x')")]
    [InlineData("undefinedf()", "attempt to call a nil value (global 'undefinedf')")]
    [InlineData("local t = {} t:m()", "attempt to call a nil value (method 'm')")]
    [InlineData("local t = {} t.x.y()", "attempt to index a nil value (field 'x')")]
    [InlineData("local t = {} t.a.b = 1", "attempt to index a nil value (field 'a')")]
    [InlineData("return 1 + nil", "attempt to perform arithmetic on a nil value")]
    [InlineData("local a = {} return a .. 'x'", "attempt to concatenate a table value (local 'a')")]
    [InlineData("return #nil", "attempt to get length of a nil value")]
    [InlineData("return {} < {}", "attempt to compare two table values")]
    [InlineData("return 1 < 'x'", "attempt to compare number with string")]
    [InlineData("local z = 0 return 1 % z", "attempt to perform 'n%0'")]
    [InlineData("local z = 0 return 1 // z", "attempt to divide by zero")]
    [InlineData("local z = 0 return 1.5 | z", "number has no integer representation")]
    [InlineData("local t = {} t[nil] = 1", "table index is nil")]
    [InlineData("for k in 5 do end", "attempt to call a number value (for iterator 'for iterator')")]
    [InlineData("local u = {} local function f() return u.a.b end f()", "attempt to index a nil value (field 'a')")]
    [InlineData("local u local function f() return u.a end f()", "attempt to index a nil value (upvalue 'u')")]
    public void MessagesNameTheCulprit(string code, string message)
    {
        var e = VmHarness.RunError(code);
        Assert.Equal("test:1: " + message, e.Value.ToString());
    }

    [Fact]
    public void ErrorLevelsAndValues()
    {
        Assert.Equal("false\tnil\ntable\ntest:1: lvl2\ntest:1: deep\n", VmHarness.Run(
            "print(pcall(error)) print(type(select(2, pcall(error, {})))) print(select(2, pcall(error, 'lvl2', 2))) " +
            "local function thrower() error('deep', 2) end print(select(2, pcall(function() thrower() end)))"));
    }

    [Fact]
    public void XpcallHandlerRunsAtTheErrorPoint()
    {
        string output = VmHarness.Run(
            "local function f() error('x') end\nprint(xpcall(f, debug.traceback))");
        Assert.Equal("false\ttest:1: x\nstack traceback:\n\t[C]: in function 'error'\n\ttest:1: in function <test:1>\n" +
                     "\t[C]: in function 'xpcall'\n\ttest:2: in main chunk\n\t[C]: in ?\n", output);
    }

    [Fact]
    public void ErrorInHandlerIsErrorInErrorHandling()
    {
        Assert.Equal("false\terror in error handling\n", VmHarness.Run(
            "print(xpcall(error, function(m) error(m) end, 'x'))"));
    }

    [Fact]
    public void UncaughtErrorCarriesTraceback()
    {
        var e = VmHarness.RunError("local function f()\n  error('boom')\nend\nf()");
        Assert.Equal("test:2: boom", e.Value.ToString());
        Assert.Equal("stack traceback:\n\t[C]: in function 'error'\n\ttest:2: in local 'f'\n\ttest:4: in main chunk\n\t[C]: in ?", e.LuaTraceback);
    }

    [Fact]
    public void ArgumentErrorsUseCallSiteNames()
    {
        Assert.Equal("false\tbad argument #1 to 'setmetatable' (table expected, got number)\n" +
                     "false\ttest:1: bad argument #1 to 'select' (index out of range)\n", VmHarness.Run(
            "print(pcall(setmetatable, 1, {})) print(pcall(function() return select(0, 1) end))"));
    }

    [Fact]
    public void DeepHostNestingEndsInCStackOverflow()
    {
        // Each level goes Lua -> ipairs iterator (host) -> __index (Lua) through a nested host call.
        string output = VmHarness.RunOnSmallStack(
            "local function nest(n) local r = setmetatable({}, {__index = function() return nest(n + 1) end}) " +
            "for _, v in ipairs(r) do return v end end\nprint(pcall(nest, 0))");
        Assert.StartsWith("false\t", output);
        Assert.EndsWith("C stack overflow\n", output);
    }

    [Fact]
    public void RecursiveMetamethodsHitCStackOverflow()
    {
        Assert.Equal("false\ttest:1: C stack overflow\n", VmHarness.RunOnSmallStack(
            "local t = setmetatable({}, {__index = function(t, k) return t[k] end}) print(pcall(function() return t.x end))"));
    }
}

public class ProtectedCallTests
{
    [Fact]
    public void XpcallHandlerSeesStackOverflowMessage()
    {
        Assert.Equal("false\tH test:1: stack overflow\n", VmHarness.RunOnSmallStack(
            "print(xpcall(function() local function r() return 1 + r() end return r() end, function(m) return 'H ' .. m end))"));
    }

    [Fact]
    public void LoadWithEnvironmentAndReaderFunction()
    {
        Assert.Equal("5\n7\t1\tnil\n3\nnil\tattempt to load a text chunk (mode is 'b')\n", VmHarness.Run(
            "local env = {print = print, x = 5} local f = load('print(x) y = 1 return ...', 'chunk', 't', env) print(f(7), env.y, y) " +
            "local parts, i = {'return ', '1 + ', '2'}, 0 print(load(function() i = i + 1 return parts[i] end)()) " +
            "print(load('return 1', '=name', 'b'))"));
    }

    [Fact]
    public void PcallInsideCoroutineCatchesErrorsAfterResume()
    {
        Assert.Equal("true\tfalse\ttest:1: late\n", VmHarness.Run(
            "local co = coroutine.create(function() return pcall(function() coroutine.yield() error('late') end) end) " +
            "coroutine.resume(co) print(coroutine.resume(co))"));
    }
}
