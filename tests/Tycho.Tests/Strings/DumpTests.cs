using Xunit;
using Tycho.Compiler;
using Tycho.Tests.Infrastructure;

namespace Tycho.Tests.Strings;

/// <summary>string.dump (manual §6.4): Lua functions become binary chunks that load back; host functions cannot.</summary>
public class DumpTests
{
    private readonly LibHarness _h = new(LuaLibraries.String | LuaLibraries.Utf8);

    [Fact]
    public void DumpsLuaFunctionAsBinaryChunk()
    {
        var f = _h.State.Load("local a = ... return a + 1"u8, "=dumptest");
        var r = _h.Call("string", "dump", f);
        var bytes = r[0].AsString!.Span;
        Assert.Equal("\u001bLua"u8.ToArray(), bytes.Slice(0, 4).ToArray());
        var p = ChunkReader.Undump(bytes, "=dumptest");
        Assert.Equal(f.Proto.Code.Length, p.Code.Length);
    }

    [Fact]
    public void StripDropsDebugInformation()
    {
        var f = _h.State.Load("local a = 1\nlocal b = 2\nreturn a + b"u8, "=dumptest");
        int full = _h.Call("string", "dump", f)[0].AsString!.Length;
        int stripped = _h.Call("string", "dump", f, true)[0].AsString!.Length;
        Assert.True(stripped < full);
    }

    [Fact]
    public void HostFunctionCannotBeDumped()
    {
        var e = Assert.Throws<LuaRuntimeException>(() => _h.Call("string", "dump", _h.Function("string", "len")));
        Assert.Equal("unable to dump given function", e.Value.ToString());
        e = Assert.Throws<LuaRuntimeException>(() => _h.Call("string", "dump", 1));
        Assert.Equal("bad argument #1 to 'dump' (function expected, got number)", e.Value.ToString());
    }
}
