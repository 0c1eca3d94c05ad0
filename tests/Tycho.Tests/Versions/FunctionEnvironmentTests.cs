using Xunit;

namespace Tycho.Tests.Versions;

/// <summary>
/// Lua 5.1's function environments (5.1 manual §2.9): getfenv/setfenv by function and by level, new closures taking
/// their creator's environment, host functions' and the thread's environment being the globals, the errors, and the
/// debug library not showing the hidden environment upvalue. The expected text is what Debian's lua5.1 printed for
/// the same script.
/// </summary>
public sealed class FunctionEnvironmentTests
{
    private const string Script = "local out = {}\nlocal function add(...) local t = {} for i = 1, select('#', ...) do t[#t + 1] = tostring(select(i, ...)) end out[#out + 1] = table.concat(t, \" \") end\nadd(getfenv(print) == _G, getfenv(0) == _G, getfenv() == _G, getfenv(1) == _G)\nlocal function f() return x end\nadd(setfenv(f, {x = 5}) == f, f(), x)\nlocal function mk() return function() return y end end\nsetfenv(mk, {y = \"inner\"})\nadd(mk()())\nlocal env = {getfenv = getfenv}\nlocal function h() setfenv(1, env); z = 3; return getfenv(1) == env end\nadd(h(), env.z, z)\nlocal function caller() local e = getfenv(2) return e end\nlocal e2 = {caller = caller}\nlocal function viaenv() local r = caller() return r end\nsetfenv(viaenv, e2)\nadd(viaenv() == e2)\nadd(pcall(getfenv, 10))\nadd(pcall(setfenv, print, {}))\nadd(pcall(setfenv, 1, nil))\nadd(pcall(getfenv, -1))\nlocal u = 1\nlocal function k() return u end\nadd(debug.getupvalue(k, 1))\nadd(debug.getinfo(k, \"u\").nups, debug.getinfo(f, \"u\").nups)\nadd(debug.setupvalue(k, 1, 2), k())\nreturn table.concat(out, \"\\n\")\n";

    private const string Expected = "true true true true\ntrue 5 nil\ninner\ntrue 3 nil\ntrue\nfalse bad argument #1 to '?' (invalid level)\nfalse 'setfenv' cannot change environment of given object\nfalse bad argument #2 to '?' (table expected, got nil)\nfalse bad argument #1 to '?' (level must be non-negative)\nu 1\n1 0\nu 2";

    [Fact]
    public void EnvironmentsBehaveAsLua51s()
    {
        using var lua = new LuaState(new LuaStateOptions { LanguageVersion = LuaLanguageVersion.Lua51 });
        Assert.Equal(Expected, lua.DoString(Script, "=stdin")[0].ToString());
    }

    [Fact]
    public void LoadedChunksGetTheGlobals()
    {
        using var lua = new LuaState(new LuaStateOptions { LanguageVersion = LuaLanguageVersion.Lua51 });
        lua.DoString("setfenv(1, {getfenv = getfenv, G = _G})");
        var chunk = lua.Load("return getfenv(1)", "=c");
        Assert.Same(lua.Globals, lua.Call(chunk)[0].AsTable);
    }

    [Theory]
    [InlineData(LuaLanguageVersion.Lua52)]
    [InlineData(LuaLanguageVersion.Lua54)]
    public void OnlyLua51HasThem(LuaLanguageVersion version)
    {
        using var lua = new LuaState(new LuaStateOptions { LanguageVersion = version });
        Assert.Equal("nil nil", lua.DoString("return tostring(setfenv) .. ' ' .. tostring(getfenv)")[0].ToString());
    }
}
