using Tycho.Runtime;

namespace Tycho.Library;

// The io library as Lua 5.3 has it (5.3 manual §6.8).
internal static partial class IoLib
{
    /// <summary>io's functions in Lua 5.3: an <c>io.lines</c> that returns the iterator alone.</summary>
    internal static readonly LibraryTemplate Functions53 = Functions.Replacing(new LuaHostFunction("lines", IoLines53));

    /// <summary>io.lines of 5.3 returns only its iterator: 5.4's extra results (two nils and the file, a
    /// to-be-closed variable of the generic for) would reach a caller such as <c>load(io.lines(f))</c> as
    /// arguments.</summary>
    private static int IoLines53(LuaCallContext ctx) => ctx.Return(LinesIterator(ctx, out _, out _));
}
