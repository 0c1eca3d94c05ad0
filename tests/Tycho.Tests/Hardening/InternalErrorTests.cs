using Tycho.Compiler;
using Xunit;

namespace Tycho.Tests.Hardening;

/// <summary>
/// A .NET exception that is not a Lua error reaches scripts as a Lua error naming no .NET type (issue 13, scope
/// 5): a host function's own exception keeps its message, a fault of the runtime becomes "internal error"; both
/// keep the original as InnerException, are catchable by pcall, and leave the state usable.
/// </summary>
public class InternalErrorTests
{
    [Fact]
    public void AHostFunctionsExceptionKeepsItsMessageWithoutItsTypeName()
    {
        using var lua = new LuaState();
        lua.RegisterLibrary("h", ("boom", _ => throw new InvalidOperationException("boom")));
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("h.boom()", "=s"));
        Assert.Equal("boom", e.Message);   // positioned like luaL_error in a C function: no position
        Assert.IsType<InvalidOperationException>(e.InnerException);
        var r = lua.DoString("return pcall(h.boom)");
        Assert.False(r[0].IsTruthy);
        Assert.Equal("boom", r[1].ToString());
        Assert.Equal(2L, lua.DoString<long>("return 1 + 1"));
    }

    [Fact]
    public void AFaultOfTheRuntimeIsAnInternalError()
    {
        // ChunkWriter.Dump(null) throws from the runtime (through ArgumentNullException.ThrowIfNull in the base
        // library): standing for any runtime bug reached from a host function.
        using var lua = new LuaState();
        lua.RegisterLibrary("h", ("bug", _ => { ChunkWriter.Dump(null!, false); return 0; }));
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("h.bug()", "=s"));
        Assert.Equal("internal error", e.Message);
        Assert.IsType<ArgumentNullException>(e.InnerException);
        var r = lua.DoString("return pcall(h.bug)");
        Assert.False(r[0].IsTruthy);
        Assert.Equal("internal error", r[1].ToString());
        Assert.Equal(2L, lua.DoString<long>("return 1 + 1"));
    }

    [Fact]
    public void ACoroutineThatFaultsReturnsTheErrorFromResume()
    {
        using var lua = new LuaState();
        lua.RegisterLibrary("h", ("bug", _ => { ChunkWriter.Dump(null!, false); return 0; }));
        var r = lua.DoString("return coroutine.resume(coroutine.create(function() h.bug() end))");
        Assert.False(r[0].IsTruthy);
        Assert.Equal("internal error", r[1].ToString());
        Assert.Equal(2L, lua.DoString<long>("return 1 + 1"));
    }
}
