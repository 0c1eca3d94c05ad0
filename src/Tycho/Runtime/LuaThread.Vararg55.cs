namespace Tycho.Runtime;

// Lua 5.5's vararg tables and global initialization (manual §3.4.11, §3.3.7): the instructions only code compiled
// under the 5.5 profile holds, run from SlowOp.
public sealed partial class LuaThread
{
    /// <summary>OP_VARARGTABLE: the named vararg table of the running function, <c>{...; n = count}</c>, made when the
    /// compiler saw it written, passed on or captured.</summary>
    private void VarargTableOp(int ra)
    {
        ref CallFrame f = ref Frames[FrameCount - 1];
        int nextra = f.NExtraArgs, first = f.Base - nextra;
        var t = new LuaTable(nextra, 1, Memory);
        for (int j = 0; j < nextra; j++) t.VmSetInt(j + 1, Stack[first + j]);
        t.VmSetStr(NKey, LuaValue.FromInteger(nextra));
        Stack[ra] = t;
        CheckGc(ra + 1);
    }

    private static readonly LuaString NKey = LuaString.From("n");

    /// <summary>OP_VARARGFROMTABLE: <c>...</c> reads the vararg table (raw), as far as its field <c>n</c> says, which
    /// must be a proper count (ltm.c getnumargs: a non-negative integer within the stack's reach).</summary>
    private void VarargFromTableOp(int wanted, int ra, LuaValue table)
    {
        LuaValue nv = table.O is LuaTable t ? t.VmGetStr(NKey) : default;
        if (!nv.IsInteger || (ulong)nv.RawInteger > int.MaxValue / 2) throw RuntimeError("vararg table has no proper 'n'");
        int n = (int)nv.RawInteger;
        if (wanted < 0)
        {
            wanted = n;
            Global.Charge(n);
            EnsureSlots(ra + n + ExtraStack);
            Top = ra + n;
        }
        var s = Stack;
        var tt = (LuaTable)table.O!;
        for (int j = 0; j < wanted; j++) s[ra + j] = j < n ? tt.VmGetInt(j + 1) : default;
    }

    /// <summary>OP_GETVARARG: <c>t[key]</c> of a vararg table that does not exist: an extra argument by position, or
    /// their count at <c>"n"</c> (ltm.c luaT_getvararg).</summary>
    private LuaValue ExtraArgument(LuaValue key)
    {
        ref CallFrame f = ref Frames[FrameCount - 1];
        int nextra = f.NExtraArgs;
        if (LuaArith.ToIntegerStrict(key, out long n))
            return (ulong)(n - 1) < (ulong)nextra ? Stack[f.Base - nextra + (int)n - 1] : default;
        if (key.O is LuaString s && s.Length == 1 && s[0] == (byte)'n') return LuaValue.FromInteger(nextra);
        return default;
    }

    /// <summary>The error of OP_ERRNNIL: <c>global x = v</c> found x already set (lvm.c luaG_errnnil).</summary>
    private LuaRuntimeException GlobalDefinedError(LuaValue[] k, int bx)
    {
        string name = bx > 0 && k[bx - 1].O is LuaString s ? s.ToString() : "?";
        return RuntimeError($"global '{name}' already defined");
    }
}
