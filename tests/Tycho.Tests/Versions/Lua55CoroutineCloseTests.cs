using Xunit;

namespace Tycho.Tests.Versions;

/// <summary>
/// Lua 5.5's <c>coroutine.close</c> of the running coroutine (manual §6.2): it closes the pending to-be-closed
/// variables and does not return; the resume that ran the coroutine returns instead, through any pcall. The
/// expectations are the 5.5.0 and 5.4.8 oracles' (tests/conformance-5.5/runtime/coroutine_close.lua has more).
/// </summary>
public sealed class Lua55CoroutineCloseTests
{
    private static string Run(LuaLanguageVersion v, string code)
    {
        using var lua = new LuaState(new LuaStateOptions { LanguageVersion = v });
        return string.Join(" ", lua.DoString(code).Select(x => x.ToString()));
    }

    private const string Prelude = "local function closing(f) return setmetatable({}, {__close = f}) end\n";

    /// <summary>The resume returns true and nothing, past two pcalls and a host function; the variable is closed.</summary>
    [Fact]
    public void SelfCloseEndsTheResume()
    {
        Assert.Equal("true 0 closed dead", Run(LuaLanguageVersion.Lua55, Prelude + """
            local log = ""
            local co = coroutine.create(function()
              local t <close> = closing(function() log = log .. "closed" end)
              string.gsub("a", "a", function() pcall(pcall, coroutine.close) end)
              log = log .. "unreachable"
            end)
            local r = table.pack(coroutine.resume(co))
            return r[1], r.n - 1, log, coroutine.status(co)
            """));
    }

    /// <summary>An error of a <c>__close</c> run by the self-close is the resume's error, and a later close's.</summary>
    [Fact]
    public void CloseErrorIsTheResumesError()
    {
        Assert.Equal("false 200 false 200", Run(LuaLanguageVersion.Lua55, Prelude + """
            local co = coroutine.create(function()
              local t <close> = closing(function() error(200) end)
              coroutine.close()
            end)
            local ok, e = coroutine.resume(co)
            local ok2, e2 = coroutine.close(co)
            return ok, e, ok2, e2
            """));
    }

    /// <summary>A <c>__close</c> that closes its coroutine while <c>coroutine.close</c> closes it: the inner close does
    /// not return, the outer one succeeds (coroutine.lua:184).</summary>
    [Fact]
    public void CloseFromOwnCloseHandler()
    {
        Assert.Equal("true dead false", Run(LuaLanguageVersion.Lua55, Prelude + """
            local after = false
            local co
            co = coroutine.create(function()
              local x <close> = closing(function() coroutine.close(co); after = true end)
              coroutine.yield(20)
            end)
            coroutine.resume(co)
            local ok = coroutine.close(co)
            return ok, coroutine.status(co), after
            """));
    }

    /// <summary>A yield inside a <c>__close</c> of a self-close crosses the close's C call, as in 5.5.0.</summary>
    [Fact]
    public void YieldInsideSelfCloseIsAnError()
    {
        Assert.Equal("false attempt to yield across a C-call boundary", Run(LuaLanguageVersion.Lua55, Prelude + """
            local co = coroutine.create(function()
              local a <close> = closing(function() coroutine.yield(5) end)
              coroutine.close()
            end)
            return coroutine.resume(co)
            """));
    }

    /// <summary>5.4 keeps 5.4.8's refusal.</summary>
    [Fact]
    public void Lua54RefusesToCloseTheRunningCoroutine()
    {
        Assert.Equal("false cannot close a running coroutine", Run(LuaLanguageVersion.Lua54, """
            local co
            co = coroutine.create(function() local ok, e = pcall(coroutine.close, co); return ok, e end)
            local _, ok, e = coroutine.resume(co)
            return ok, e
            """));
    }

    /// <summary>A self-close inside a Lua callback of a host function (a plain one and a converted .NET delegate)
    /// leaves through it to the resume, instead of becoming the host function's error.</summary>
    [Fact]
    public void SelfCloseLeavesThroughHostFunctions()
    {
        using var lua = new LuaState(new LuaStateOptions { LanguageVersion = LuaLanguageVersion.Lua55 });
        lua.RegisterLibrary("h", ("call", ctx => { ctx.Call(ctx[1]); return 0; }));
        lua.Globals["typed"] = LuaFunction.Create((LuaCallContext ctx, LuaFunction f) => { ctx.Call(f); });
        var r = lua.DoString("""
            local log = ""
            local function run(call)
              local co = coroutine.create(function()
                call(function() coroutine.close() end)
                log = log .. "unreachable"
              end)
              return coroutine.resume(co), coroutine.status(co)
            end
            local a, b = run(h.call)
            local c, d = run(typed)
            return a, b, c, d, log
            """);
        Assert.Equal("true dead true dead ", string.Join(" ", r.Select(x => x.ToString())));
    }
}
