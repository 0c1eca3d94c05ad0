using Tycho.Compiler;
using Tycho.Runtime;
using Tycho.Runtime.Gc;

namespace Tycho.Library;

/// <summary>The basic functions (manual §6.1): print, pcall, error, load, pairs, select, tonumber, ...</summary>
internal static partial class BaseLib
{
    private static readonly LuaString NextName = LuaString.FromAscii("next");

    /// <summary>The basic functions, prepared once per process (see <see cref="LibraryTemplate"/>).</summary>
    internal static readonly LibraryTemplate Functions = new("_G",
        Fn("assert", Assert), Fn("collectgarbage", CollectGarbage), FnK("dofile", DoFile), Fn("error", Error),
        Fn("getmetatable", GetMetatable), Fn("ipairs", IPairs), Fn("load", Load), Fn("loadfile", LoadFile),
        Fn("next", Next), FnK("pairs", Pairs), Fn("pcall", PCall, HostFunctionKind.PCall), Fn("print", Print),
        Fn("rawequal", RawEqual), Fn("rawget", RawGet), Fn("rawlen", RawLen), Fn("rawset", RawSet),
        Fn("select", Select), Fn("setmetatable", SetMetatable), Fn("tonumber", ToNumber), Fn("tostring", ToStringFn),
        Fn("type", TypeFn), Fn("xpcall", XPCall, HostFunctionKind.XPCall), Fn("warn", Warn));

    private static readonly LuaString GName = LuaString.FromAscii("_G");
    private static readonly LuaString VersionName = LuaString.FromAscii("_VERSION");
    /// <summary><c>_VERSION</c> of each dialect, by <see cref="LanguageProfile.Minor"/>.</summary>
    private static readonly LuaString[] Versions =
        Enumerable.Range(0, 6).Select(minor => LuaString.FromAscii("Lua 5." + minor)).ToArray();
    private static readonly long SharedBytes = LibraryTemplate.SizeOf(GName, VersionName, Versions[4]);

    private static LuaHostFunction Fn(string name, LuaHostDelegate fn, HostFunctionKind kind = HostFunctionKind.Normal) =>
        new(name, fn) { Kind = kind };

    // Functions ending in lua_callk: the VM makes their final call itself, so it may yield.
    private static LuaHostFunction FnK(string name, LuaCallSetup setup) =>
        new(name, ctx => LuaThread.CallContinuedNested(ctx, setup)) { Kind = HostFunctionKind.CallK, Setup = setup };

    /// <summary>Registers the basic functions in the globals (and <c>_G</c>, <c>_VERSION</c>): <paramref name="functions"/>,
    /// a variant of <see cref="Functions"/> (a sandbox's), or these.</summary>
    public static void Open(GlobalState state, LibraryTemplate? functions = null)
    {
        var g = state.Globals;
        MemoryAccount.ChargeCurrent(SharedBytes);   // see LibraryTemplate.SizeOf
        var p = state.Profile;
        bool sandboxed = functions is not null;
        functions = sandboxed ? LegacyLibraries.BaseSandbox(functions!, p) : LegacyLibraries.Base(p);
        functions.AddTo(g);
        // Lua 5.1: setfenv/getfenv (FunctionEnvironments.cs); a sandbox opens its own selection
        if (p.HasFunctionEnvironments && !sandboxed) FunctionEnvironments.AddTo(g);
        g.VmSetStr(GName, g);
        g.VmSetStr(VersionName, Versions[state.Profile.Minor]);
        state.LoadedTable.VmSetStr(GName, g);
    }

    private static readonly LuaHostFunction IPairsAux = new("ipairs_aux", IPairsStep);

    /// <summary>assert(v [, message]): returns all arguments when v is true, else raises message ("assertion failed!").</summary>
    private static int Assert(LuaCallContext ctx)
    {
        if (ctx.ToBoolean(1))
        {
            for (int i = 1; i <= ctx.ArgCount; i++) ctx.Push(ctx[i]);
            return ctx.ArgCount;
        }
        ctx.CheckAny(1);
        LuaValue msg = ctx.ArgCount >= 2 ? ctx[2] : LuaValue.FromString("assertion failed!");
        if (msg.IsString) throw new LuaRuntimeException(LuaValue.FromString(ctx.Thread.Where(1) + msg.AsString));
        throw new LuaRuntimeException(msg);
    }

    private static readonly string[] GcOptions =
        { "stop", "restart", "collect", "count", "step", "setpause", "setstepmul", "isrunning", "generational", "incremental" };

    /// <summary>collectgarbage([opt [, arg]]) (§6.1): every lua5.4 option is accepted.</summary>
    private static int CollectGarbage(LuaCallContext ctx)
    {
        string opt = ctx.OptString(1, null)?.ToString() ?? "collect";
        if (Array.IndexOf(GcOptions, opt) < 0) throw ctx.ArgError(1, $"invalid option '{opt}'");
        var st = ctx.Global;
        if (st.GcRefused) return ctx.Return(LuaValue.Nil);
        switch (opt)
        {
            case "collect": st.GcCollect(ctx.Thread); return ctx.Return(0);
            case "count": return ctx.Return(st.GcCountKilobytes);
            case "step": return ctx.Return(st.GcStep(ctx.Thread, ctx.OptInteger(2, 0)));
            case "isrunning": return ctx.Return(st.GcRunning);
            case "stop": st.GcSetRunning(false); return ctx.Return(0);
            case "restart": st.GcSetRunning(true); return ctx.Return(0);
            case "setpause": return ctx.Return(st.GcSetPause(ctx.OptInteger(2, 0)));
            case "setstepmul": return ctx.Return(st.GcSetStepMul(ctx.OptInteger(2, 0)));
            case "incremental":
                return ctx.Return(GcModeNames[(int)st.GcSetIncremental(ctx.OptInteger(2, 0), ctx.OptInteger(3, 0), ctx.OptInteger(4, 0))]);
            default:
                return ctx.Return(GcModeNames[(int)st.GcSetGenerational(ctx.OptInteger(2, 0), ctx.OptInteger(3, 0))]);
        }
    }

    /// <summary>collectgarbage's names of <see cref="GlobalState.CollectorMode"/> values, by value.</summary>
    private static readonly string[] GcModeNames = { "incremental", "generational" };

    /// <summary>error(message [, level]): raises any value; string messages get "chunk:line: " of the given level.</summary>
    private static int Error(LuaCallContext ctx)
    {
        LuaValue msg = ctx[1];
        long level = ctx.OptInteger(2, 1);
        // 5.1 and 5.2 position any string-convertible message (lua_isstring), numbers included.
        if (msg.IsNumber && level > 0 && ctx.Global.Profile.Minor <= 2) msg = LuaString.ToDisplay(msg, ctx.Global.Profile);
        if (msg.IsString && level > 0)
            msg = LuaValue.FromString(LuaString.Concat(LuaString.From(ctx.Thread.Where((int)Math.Min(level, int.MaxValue))), msg.AsString!));
        throw new LuaRuntimeException(msg);
    }

    /// <summary>Lua 5.5's getMode (lbaselib.c): the mode 'B' (fixed buffers, manual §4.6 lua_load) is for C code only.</summary>
    private static void CheckMode(in LuaCallContext ctx, string mode, int arg)
    {
        if (ctx.Global.Profile.RefusesFixedBufferMode && mode.Contains('B')) throw ctx.ArgError(arg, "invalid mode");
    }

    /// <summary>getmetatable(object): the <c>__metatable</c> field if present, else the metatable.</summary>
    private static int GetMetatable(LuaCallContext ctx)
    {
        ctx.CheckAny(1);
        LuaTable? mt = ctx.Global.GetMetatable(ctx[1]);
        if (mt is null) return ctx.Return(LuaValue.Nil);
        LuaValue protectedField = mt.GetStr(MetaNames.Metatable);
        return ctx.Return(protectedField.IsNil ? mt : protectedField);
    }

    /// <summary>ipairs(t): iterates t[1], t[2], ... (with <c>__index</c>) until the first nil.</summary>
    private static int IPairs(LuaCallContext ctx)
    {
        ctx.CheckAny(1);
        return ctx.Return(IPairsAux, ctx[1], 0);
    }

    private static int IPairsStep(LuaCallContext ctx)
    {
        long i = ctx.CheckInteger(2) + 1;
        LuaValue t = ctx[1];
        LuaValue v = t.O is LuaTable tt && tt.Metatable is null ? tt.VmGetInt(i) : ctx.Thread.GetIndex(t, i);
        if (v.IsNil) return ctx.Return(LuaValue.Nil);
        return ctx.Return(i, v);
    }

    /// <summary>load(chunk [, chunkname [, mode [, env]]]): compiles a string or the pieces a function returns.
    /// Returns the function, or nil and the error message.</summary>
    private static int Load(LuaCallContext ctx)
    {
        // lua_load builds the chunk name and the reader's buffer inside its protected parser: running out of
        // memory there is load's nil + message too (and the memory limit, sticky, fires again after the grace).
        int top = ctx.Thread.Top;
        try { return LoadProtected(ctx); }
        catch (LuaMemoryException e) { ctx.Thread.Top = top; return ctx.Return(LuaValue.Nil, e.Value); }
    }

    /// <summary>5.1's loadstring(string [, chunkname]) (Lua 5.1 manual §5.1): load of a string without mode or
    /// environment.</summary>
    internal static int LoadString(LuaCallContext ctx)
    {
        int top = ctx.Thread.Top;
        try
        {
            LuaString s = ctx.CheckString(1);
            string name = ChunkName(ctx, 2) ?? SourceAsName(ctx, s);
            return LoadChunk(ctx, s.Bytes, NameToNul(name), "bt", false, LuaValue.Nil);
        }
        catch (LuaMemoryException e) { ctx.Thread.Top = top; return ctx.Return(LuaValue.Nil, e.Value); }
    }

    /// <summary>5.1's load(func [, chunkname]): the reader's pieces, without mode or environment (the caller checked
    /// that argument 1 is a function).</summary>
    internal static int LoadReaderOnly(LuaCallContext ctx)
    {
        int top = ctx.Thread.Top;
        try { return LoadProtected(ctx, legacy: true); }
        catch (LuaMemoryException e) { ctx.Thread.Top = top; return ctx.Return(LuaValue.Nil, e.Value); }
    }

    private static string NameToNul(string name)
    {
        int nul = name.IndexOf('\0');
        return nul >= 0 ? name[..nul] : name;
    }

    private static int LoadProtected(LuaCallContext ctx, bool legacy = false)
    {
        LuaValue chunk = ctx[1];
        string mode = legacy ? "bt" : ctx.OptString(3, null)?.ToString() ?? "bt";
        CheckMode(ctx, mode, 3);
        byte[] bytes;
        string name;
        long held = 0;   // bytes of the chunk held outside Lua objects
        if (chunk.O is LuaString || chunk.IsNumber)
        {
            LuaString s = ctx.CheckString(1);
            bytes = s.Bytes;   // only read by the compiler: no copy to charge
            name = ChunkName(ctx, 2) ?? SourceAsName(ctx, s);
        }
        else if (chunk.O is LuaFunction)
        {
            name = ChunkName(ctx, 2) ?? "=(load)";
            var buffer = new ReaderBuffer(ctx.Global);
            while (true)
            {
                LuaValue piece;
                // lua_load runs the reader inside the protected parser: its errors become load's nil + message.
                int top = ctx.Thread.Top;
                try { piece = ctx.Thread.Call1(chunk, LuaValue.Nil, LuaValue.Nil); }
                catch (LuaRuntimeException e) { ctx.Thread.Top = top; return ctx.Return(LuaValue.Nil, e.Value); }
                if (piece.IsNil) break;
                // lua_isstring: numbers are pieces too, converted as tostring does.
                if (!LibOps.IsStringLike(piece)) return ctx.Return(LuaValue.Nil, "reader function must return a string");
                LuaString ps = LibOps.ToLuaString(piece);
                if (ps.Length == 0) break;
                buffer.Append(ps.Span);
            }
            bytes = buffer.ToArray();
            held = bytes.Length;
        }
        else throw ctx.TypeError(1, "function");   // luaB_load: not a string, so it must be a reader
        // The chunk name reaches lua_load as a C string: it ends at the first '\0'.
        int nul = name.IndexOf('\0');
        if (nul >= 0) name = name[..nul];
        bool hasEnv = !legacy && ctx.ArgCount >= 4;
        return LoadChunk(ctx, bytes, name, mode, hasEnv, ctx[4], held);
    }

    /// <summary>A string chunk without a name is its own name (luaL_loadbuffer with the string as chunkname), kept
    /// as a .NET string twice its size: checked against the memory limit before it is made.</summary>
    private static string SourceAsName(LuaCallContext ctx, LuaString s)
    {
        ctx.Global.CheckAllocation(MemorySizes.SourceName(s.Length));
        return s.ToString();
    }

    /// <summary>The optional chunk name argument <paramref name="arg"/> as the .NET string the prototypes share
    /// (checked against the memory limit first: it is twice the Lua string's size).</summary>
    private static string? ChunkName(LuaCallContext ctx, int arg)
    {
        LuaString? s = ctx.OptString(arg, null);
        if (s is null) return null;
        ctx.Global.CheckAllocation(MemorySizes.SourceName(s.Length));
        return s.ToString();
    }

    /// <summary>Compiles or undumps a chunk and pushes its closure, or nil and the message of a syntax error or of a
    /// rejected binary chunk, or of any error met while compiling (<c>not enough memory</c> and the limits included,
    /// as lua's protected parser returns them). The compilation is charged to the state (<paramref name="held"/>:
    /// bytes of <paramref name="bytes"/> that are not a Lua string).</summary>
    private static int LoadChunk(LuaCallContext ctx, byte[] bytes, string name, string mode, bool hasEnv, LuaValue env, long held = 0)
    {
        if (ChunkLoader.ModeError(ChunkLoader.IsBinary(bytes), mode) is { } refused)
            return ctx.Return(LuaValue.Nil, refused);
        try
        {
            Prototype p = ChunkLoader.Load(bytes, name, ctx.Global, held);
            var f = GlobalState.CreateMainClosure(p, hasEnv ? env : (LuaValue)ctx.Global.Globals);
            return ctx.Return(f);
        }
        catch (LuaSyntaxException e)
        {
            return ctx.Return(LuaValue.Nil, e.Value);
        }
        catch (LuaRuntimeException e)
        {
            // luaB_load returns every error of the protected parser, memory errors included. A limit that fired
            // meanwhile is sticky: it is raised again once the cleanup grace is spent.
            return ctx.Return(LuaValue.Nil, e.Value);
        }
    }

    /// <summary>Reads a source file for loadfile/dofile: skips a UTF-8 BOM and a first line starting with '#'
    /// (which may precede a binary chunk).</summary>
    private static byte[] ReadSource(byte[] data)
    {
        int start = 0;
        if (data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) start = 3;
        if (data.Length > start && data[start] == '#')
        {
            int nl = Array.IndexOf(data, (byte)'\n', start);
            // keep the newline so line numbers stay right, unless a binary chunk follows (luaL_loadfilex)
            start = nl < 0 ? data.Length : nl + 1 < data.Length && data[nl + 1] == 0x1B ? nl + 1 : nl;
        }
        return start == 0 ? data : data[start..];
    }

    /// <summary>loadfile([filename [, mode [, env]]]) (manual §6.1). The file is read through the host's
    /// <c>LuaStateOptions.FileSystem</c> when one is set, else through the platform; without a name, from stdin.</summary>
    private static int LoadFile(LuaCallContext ctx)
    {
        LuaString? fname = ctx.OptString(1, null);
        string mode = ctx.OptString(2, null)?.ToString() ?? "bt";
        CheckMode(ctx, mode, 2);
        byte[] data;
        string chunkName;
        try
        {
            if (fname is null) { data = ReadAll(ctx.Global.StandardInput); chunkName = "=stdin"; }
            else if (ctx.Global.ReadSourceFile is { } read)
            {
                // The host's file system replaces the platform's: a file it lacks is missing, never read from disk.
                if (read(fname.ToString()) is not { } bytes)
                    return ctx.Return(LuaValue.Nil, $"cannot open {fname}: No such file or directory");
                data = bytes;
                chunkName = "@" + fname;
            }
            else { data = ctx.Global.Platform.ReadAllBytes(fname.ToString()); chunkName = "@" + fname; }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // C opens a directory but cannot read it: lauxlib's "cannot read" (errfile), not "cannot open".
            if (fname is not null && ctx.Global.Platform.DirectoryExists(fname.ToString()))
                return ctx.Return(LuaValue.Nil, $"cannot read {fname}: Is a directory");
            string why = e is FileNotFoundException or DirectoryNotFoundException ? "No such file or directory"
                : e is UnauthorizedAccessException ? "Permission denied" : e.Message;
            return ctx.Return(LuaValue.Nil, $"cannot open {fname}: {why}");
        }
        byte[] source = ReadSource(data);
        return LoadChunk(ctx, source, chunkName, mode, ctx.ArgCount >= 3, ctx[3], source.Length);
    }

    private static byte[] ReadAll(Stream s)
    {
        var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>dofile([filename]): runs the file (read as <c>loadfile</c> reads it) and returns its results;
    /// errors propagate.</summary>
    private static int DoFile(LuaCallContext ctx, out int nresults)
    {
        int before = ctx.Thread.Top;
        LoadFile(ctx);
        LuaValue f = ctx.Thread.Stack[before];
        if (f.IsNil) throw new LuaRuntimeException(ctx.Thread.Stack[before + 1]);
        ctx.Thread.Top = before + 1;
        nresults = -1;
        return 0;
    }

    /// <summary>next(table [, index]).</summary>
    private static int Next(LuaCallContext ctx)
    {
        LuaTable t = ctx.CheckTable(1);
        bool found = t.VmNext(ctx[2], out LuaValue k, out LuaValue v);
        ChargeArrayScan(ctx, t, ctx[2], found ? k : LuaValue.Nil);
        return found ? ctx.Return(k, v) : ctx.Return(LuaValue.Nil);
    }

    /// <summary>Charges the empty array slots a call of next skipped from <paramref name="from"/> to
    /// <paramref name="to"/>: a table emptied of millions of entries makes each call a long scan.</summary>
    private static void ChargeArrayScan(LuaCallContext ctx, LuaTable t, in LuaValue from, in LuaValue to)
    {
        long cap = t.ArrayCapacity;
        long a = from.IsNil ? 0 : from.IsInteger && from.RawInteger >= 1 && from.RawInteger <= cap ? from.RawInteger : cap;
        long b = to.IsInteger && to.RawInteger >= 1 && to.RawInteger <= cap ? to.RawInteger : cap;
        if (b - a >= 8) ctx.Global.Charge((b - a) >> 3);
    }

    /// <summary>pairs(t): <c>__pairs</c> if present, else next, t, nil.</summary>
    private static int Pairs(LuaCallContext ctx, out int nresults)
    {
        ctx.CheckAny(1);
        LuaValue t = ctx[1];
        LuaTable? mt = ctx.Global.GetMetatable(t);
        LuaValue mm = mt is null ? LuaValue.Nil : mt.GetStr(MetaNames.Pairs);
        // Lua 5.5 manual §6.1: pairs gives a fourth value too, the loop's closing value.
        bool closing = ctx.Global.Profile.PairsGivesClosingValue;
        nresults = closing ? 4 : 3;
        if (mm.IsNil)
        {
            LuaValue next = ctx.Global.Globals.GetStr(NextName) is { IsNil: false } n ? n : new LuaHostFunction("next", Next);
            if (closing) { ctx.Push(next); ctx.Push(t); ctx.Push(LuaValue.Nil); ctx.Push(LuaValue.Nil); return -1; }
            else ctx.Return(next, t, LuaValue.Nil);
            return -1;
        }
        ctx.Push(mm);
        ctx.Push(t);
        return 1;
    }

    /// <summary>pcall(f, ...) called from host code (the VM runs calls from Lua itself, without nesting).</summary>
    private static int PCall(LuaCallContext ctx)
    {
        ctx.CheckAny(1);
        var th = ctx.Thread;
        int func = th.Top;
        th.EnsureSlots(func + ctx.ArgCount + 1 + LuaThread.ExtraStack);
        for (int i = 1; i <= ctx.ArgCount; i++) th.Stack[func + i - 1] = ctx[i];
        th.Top = func + ctx.ArgCount;
        return CallProtected(ctx, func, ctx.ArgCount - 1);
    }

    /// <summary>xpcall(f, msgh, ...) called from host code; the handler already ran at the error point.</summary>
    private static int XPCall(LuaCallContext ctx)
    {
        if (ctx.Global.Profile.Minor <= 2) ctx.CheckAny(2);   // 5.1 and 5.2 take any handler (Lua 5.1 manual §5.1)
        ctx.CheckType(2, LuaType.Function);
        var th = ctx.Thread;
        int func = th.Top;
        // Lua 5.1's xpcall(f, err) passes f no arguments (Lua 5.1 manual §5.1).
        int argc = ctx.Global.Profile.Minor == 1 ? 2 : ctx.ArgCount;
        th.EnsureSlots(func + argc + 1 + LuaThread.ExtraStack);
        th.Stack[func] = ctx[1];
        for (int i = 3; i <= argc; i++) th.Stack[func + i - 2] = ctx[i];
        th.Top = func + argc - 1;
        return CallProtected(ctx, func, argc - 2);
    }

    /// <summary>Calls the function at stack slot <paramref name="func"/> with the <paramref name="nargs"/> values
    /// above it and returns <c>true</c> and its results, or <c>false</c> and the error object.</summary>
    private static int CallProtected(LuaCallContext ctx, int func, int nargs)
    {
        var th = ctx.Thread;
        try
        {
            th.CallAt(func, nargs, -1);
        }
        catch (LuaRuntimeException e)
        {
            th.Top = func;
            return ctx.Return(false, e.Value);
        }
        int n = th.Top - func;
        th.Push(default);
        Array.Copy(th.Stack, func, th.Stack, func + 1, n);
        th.Stack[func] = LuaValue.True;
        return n + 1;
    }

    /// <summary>print(...): tostring of each argument, tab-separated, newline-terminated, to the state's output,
    /// which is then flushed.</summary>
    private static int Print(LuaCallContext ctx)
    {
        var output = ctx.Global.StandardOutput;
        int n = ctx.ArgCount;
        for (int i = 1; i <= n; i++)
        {
            if (i > 1) output.WriteByte((byte)'\t');
            output.Write(ctx.ToDisplayString(i).Span);
        }
        output.WriteByte((byte)'\n');
        // lua_writeline flushes: a script's progress shows at once through a pipe (io.write stays buffered).
        try { output.Flush(); } catch (IOException) { }
        return 0;
    }

    private static int RawEqual(LuaCallContext ctx)
    {
        ctx.CheckAny(1); ctx.CheckAny(2);
        return ctx.Return(LuaValue.RawEquals(ctx[1], ctx[2]));
    }

    private static int RawGet(LuaCallContext ctx)
    {
        LuaTable t = ctx.CheckTable(1);
        ctx.CheckAny(2);
        return ctx.Return(t.VmGet(ctx[2]));
    }

    private static int RawLen(LuaCallContext ctx)
    {
        LuaValue v = ctx[1];
        if (v.O is LuaTable t) return ctx.Return(t.Length);
        if (v.O is LuaString s) return ctx.Return(s.Length);
        throw ctx.Global.Profile.Minor == 2 ? ctx.ArgError(1, "table or string expected") : ctx.TypeError(1, "table or string");
    }

    private static int RawSet(LuaCallContext ctx)
    {
        LuaTable t = ctx.CheckTable(1);
        ctx.CheckAny(2); ctx.CheckAny(3);
        LuaValue k = ctx[2];
        if (k.IsNil) throw new LuaRuntimeException("table index is nil");
        if (k.IsFloat && double.IsNaN(k.RawFloat)) throw new LuaRuntimeException("table index is NaN");
        t.Set(k, ctx[3]);
        return ctx.Return(t);
    }

    /// <summary>select(n, ...) / select('#', ...).</summary>
    private static int Select(LuaCallContext ctx)
    {
        int n = ctx.ArgCount;
        LuaValue a = ctx[1];
        if (a.O is LuaString s && s.Length == 1 && s[0] == '#') return ctx.Return(n - 1);
        long i = ctx.CheckInteger(1);
        if (i < 0) i = n + i;
        else if (i > n) i = n;
        if (i < 1) throw ctx.ArgError(1, "index out of range");
        ctx.Global.Charge(n - i);   // the caller moves them
        // The results are the last n - i arguments, already on top of the stack (as lbaselib.c's luaB_select).
        return n - (int)i;
    }

    /// <summary>setmetatable(table, metatable|nil).</summary>
    private static int SetMetatable(LuaCallContext ctx)
    {
        LuaTable t = ctx.CheckTable(1);
        LuaValue m = ctx[2];
        if ((!m.IsNil && m.O is not LuaTable) || ctx.ArgCount < 2)
            throw ctx.Global.Profile.Minor <= 2 ? ctx.ArgError(2, "nil or table expected") : ctx.TypeError(2, "nil or table");
        if (t.Metatable is not null && !t.Metatable.GetStr(MetaNames.Metatable).IsNil)
            throw ctx.Error("cannot change a protected metatable");
        t.Metatable = m.O as LuaTable;
        ctx.Global.Collector.CheckFinalizer(t, t.Metatable, ctx.Thread);
        return ctx.Return(t);
    }

    /// <summary>tonumber(e [, base]).</summary>
    private static int ToNumber(LuaCallContext ctx)
    {
        if (ctx.IsNoneOrNil(2))
        {
            LuaValue v = ctx[1];
            if (v.IsNumber) return ctx.Return(v);
            if (v.O is LuaString s)
            {
                ctx.Global.Charge((s.Length >> 2) + 1);   // a 16 MB numeral of spaces or zeros is read byte by byte
                if (NumberParser.TryParse(s.Span, out LuaValue r)) return ctx.Return(r);
            }
            ctx.CheckAny(1);
            return ctx.Return(LuaValue.Nil);
        }
        long bas = ctx.CheckInteger(2);
        ctx.CheckType(1, LuaType.String);
        if (bas < 2 || bas > 36) throw ctx.ArgError(2, "base out of range");
        var span = ctx[1].AsString!.Span;
        ctx.Global.Charge((span.Length >> 2) + 1);
        int p = 0;
        while (p < span.Length && IsSpace(span[p])) p++;
        bool neg = false;
        if (p < span.Length && span[p] == '-') { neg = true; p++; }
        else if (p < span.Length && span[p] == '+') p++;
        if (p >= span.Length || DigitValue(span[p]) >= bas) return ctx.Return(LuaValue.Nil);
        long n = 0;
        while (p < span.Length && DigitValue(span[p]) < bas) { n = unchecked(n * bas + DigitValue(span[p])); p++; }
        while (p < span.Length && IsSpace(span[p])) p++;
        if (p != span.Length) return ctx.Return(LuaValue.Nil);
        return ctx.Return(neg ? unchecked(0 - n) : n);
    }

    private static bool IsSpace(byte c) => c == ' ' || (c >= '\t' && c <= '\r');

    private static int DigitValue(byte c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;

    private static int ToStringFn(LuaCallContext ctx)
    {
        ctx.CheckAny(1);
        return ctx.Return(ctx.ToDisplayString(1));
    }

    private static int TypeFn(LuaCallContext ctx)
    {
        ctx.CheckAny(1);
        return ctx.Return(LuaValue.FromString(TypeNameStrings[(int)ctx[1].Type]));
    }

    private static readonly LuaString[] TypeNameStrings = Array.ConvertAll(LuaValue.TypeNames, LuaString.FromAscii);

    /// <summary>warn(msg1, ...): "@on"/"@off" control; otherwise writes "Lua warning: ..." to standard error when on.</summary>
    private static int Warn(LuaCallContext ctx)
    {
        int n = ctx.ArgCount;
        ctx.CheckString(1);
        for (int i = 2; i <= n; i++) ctx.CheckString(i);
        var st = ctx.Global;
        LuaString first = ctx.CheckString(1);
        if (n == 1 && first.Length > 0 && first[0] == '@')
        {
            string ctl = first.ToString();
            if (ctl == "@on") st.WarningsOn = true;
            else if (ctl == "@off") st.WarningsOn = false;
            return 0;
        }
        if (!st.WarningsOn) return 0;
        var err = st.StandardError;
        err.Write("Lua warning: "u8);
        for (int i = 1; i <= n; i++) err.Write(ctx.CheckString(i).Span);
        err.Write("\n"u8);
        err.Flush();
        return 0;
    }
}
