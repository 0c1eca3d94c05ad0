using System.Text;
using Tycho.Runtime;
using Tycho.Runtime.Gc;

namespace Tycho.Library;

/// <summary>
/// The io library (manual §6.8), a port of lua5.4's liolib.c. Files are <see cref="LuaUserdata"/> holding a
/// <see cref="LuaFile"/>, sharing the registry's "FILE*" metatable (<c>__name</c>, <c>__index</c> = methods,
/// <c>__tostring</c>, <c>__gc</c>, <c>__close</c>). io.stdout writes to <see cref="Tycho.Hosting.LuaState.StandardOutput"/>, the
/// stream <c>print</c> uses, so their output keeps its order. Failures return <c>nil, "name: message", errno</c>.
/// </summary>
internal static partial class IoLib
{
    private static readonly LuaString FileHandleName = LuaString.FromAscii("FILE*");
    private static readonly LuaString InputKey = LuaString.FromAscii("_IO_input");
    private static readonly LuaString OutputKey = LuaString.FromAscii("_IO_output");
    private const int MaxArgLine = 250;

    /// <summary>io's functions, prepared once per process (see <see cref="LibraryTemplate"/>).</summary>
    internal static readonly LibraryTemplate Functions = new("io",
        ("close", IoClose), ("flush", IoFlush), ("input", IoInput), ("lines", IoLines), ("open", IoOpen),
        ("output", IoOutput), ("popen", IoPopen), ("read", IoRead), ("tmpfile", IoTmpFile), ("type", IoType),
        ("write", IoWrite));

    /// <summary>The file handles' methods (the metatable's <c>__index</c>).</summary>
    private static readonly LibraryTemplate FileMethods = new("FILE*",
        ("close", FClose), ("flush", FFlush), ("lines", FLines), ("read", FRead), ("seek", FSeek),
        ("setvbuf", FSetVBuf), ("write", FWrite));

    private static readonly LuaHostFunction GcFunction = new("__gc", FGc), CloseFunction = new("__close", FGc),
        ToStringFunction = new("__tostring", FToString);
    private static readonly LuaString StdinName = LuaString.FromAscii("stdin"), StdoutName = LuaString.FromAscii("stdout"),
        StderrName = LuaString.FromAscii("stderr");

    private static readonly long SharedBytes = LibraryTemplate.SizeOf(GcFunction, CloseFunction, ToStringFunction,
        StdinName, StdoutName, StderrName, FileHandleName, InputKey, OutputKey, MetaNames.Name, MetaNames.ToStringName,
        MetaNames.Strings[(int)MetaEvent.Index], MetaNames.Strings[(int)MetaEvent.Gc], MetaNames.Strings[(int)MetaEvent.Close]);

    /// <summary>Registers the <c>io</c> global, the FILE* metatable and the standard files.</summary>
    public static void Open(GlobalState state, LibraryTemplate? functions = null)
    {
        MemoryAccount.ChargeCurrent(SharedBytes);   // see LibraryTemplate.SizeOf
        var io = LegacyLibraries.Io(functions ?? (state.Profile.Minor == 3 ? Functions53 : Functions), state.Profile, methods: false).Open(state, extra: 3);
        var mt = new LuaTable(0, 8);
        mt.VmSetStr(MetaNames.Name, FileHandleName);
        mt.VmSetStr(MetaNames.Strings[(int)MetaEvent.Index], LegacyLibraries.Io(FileMethods, state.Profile, methods: true).CreateTable());
        mt.VmSetStr(MetaNames.Strings[(int)MetaEvent.Gc], GcFunction);
        mt.VmSetStr(MetaNames.Strings[(int)MetaEvent.Close], CloseFunction);
        mt.VmSetStr(MetaNames.ToStringName, ToStringFunction);
        state.Registry.VmSetStr(FileHandleName, mt);

        var stdin = NewFile(state, new LuaFile(state.StandardInput, true, false, LuaFile.Kind.Standard) { FlushBeforeRead = state.StandardOutput });
        var stdout = NewFile(state, new LuaFile(state.StandardOutput, false, true, LuaFile.Kind.Standard));
        var stderr = NewFile(state, new LuaFile(state.StandardError, false, true, LuaFile.Kind.Standard) { BufferMode = 0 });
        io.VmSetStr(StdinName, stdin);
        io.VmSetStr(StdoutName, stdout);
        io.VmSetStr(StderrName, stderr);
        state.Registry.VmSetStr(InputKey, stdin);
        state.Registry.VmSetStr(OutputKey, stdout);
    }

    private static LuaValue NewFile(GlobalState state, LuaFile f)
    {
        var mt = state.Registry.GetStr(FileHandleName).AsTable;
        if (f.HandleKind != LuaFile.Kind.Standard) LuaFile.Track(state, f);
        return LuaValue.FromObject(new LuaUserdata(f, mt));
    }

    /// <summary>A file handle the collector finalizes: its <c>__gc</c> flushes and closes the file when the handle is
    /// collected or the state is closed (lua_close), so a file never closed still gets its buffered output.</summary>
    private static LuaValue NewFile(in LuaCallContext ctx, LuaFile f)
    {
        var handle = NewFile(ctx.Global, f);
        var ud = (LuaUserdata)handle.O!;
        ctx.Global.Collector.CheckFinalizer(ud, ud.Metatable, ctx.Thread);
        return handle;
    }

    private static LuaFile? AsFile(in LuaCallContext ctx, in LuaValue v)
    {
        if (v.O is LuaUserdata u && u.Value is LuaFile f && ReferenceEquals(u.Metatable, ctx.Global.Registry.GetStr(FileHandleName).O))
            return f;
        return null;
    }

    /// <summary>luaL_checkudata(L, 1, "FILE*") without the closed check.</summary>
    private static LuaFile ToLStream(in LuaCallContext ctx) => AsFile(ctx, ctx[1]) ?? throw ctx.TypeError(1, "FILE*");

    /// <summary>tofile: a handle that is not closed ("attempt to use a closed file").</summary>
    private static LuaFile ToFile(in LuaCallContext ctx)
    {
        var f = ToLStream(ctx);
        if (f.IsClosed) throw ctx.Error("attempt to use a closed file");
        return f;
    }

    // ------------------------------------------------------------ opening

    /// <summary>l_checkmode: [rwa]%+?b*.</summary>
    private static bool CheckMode(string mode)
    {
        int i = 0;
        if (mode.Length == 0 || "rwa".IndexOf(mode[i++]) < 0) return false;
        if (i < mode.Length && mode[i] == '+') i++;
        for (; i < mode.Length; i++) if (mode[i] != 'b') return false;
        return true;
    }

    /// <summary>fopen: the file, or null with the errno.</summary>
    private static LuaFile? FOpen(GlobalState state, string name, string mode, out int errno)
    {
        errno = 0;
        bool plus = mode.Contains('+');
        char m = mode[0];
        try
        {
            if (state.Platform.DirectoryExists(name))
            {
                if (m != 'r' || plus) { errno = LuaErrno.EISDIR; return null; }
                return new LuaFile(new DirectoryStream(), true, false, LuaFile.Kind.Regular);
            }
            FileMode fm = m switch { 'r' => FileMode.Open, 'w' => FileMode.Create, _ => FileMode.OpenOrCreate };
            FileAccess fa = m == 'r' && !plus ? FileAccess.Read : (plus ? FileAccess.ReadWrite : FileAccess.Write);
            var fs = state.Platform.OpenFile(name, fm, fa);
            if (m == 'a') fs.Seek(0, SeekOrigin.End);
            return new LuaFile(fs, m == 'r' || plus, m != 'r' || plus, LuaFile.Kind.Regular, append: m == 'a');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errno = LuaErrno.FromException(e);
            return null;
        }
    }

    /// <summary>§6.8 io.open(filename [, mode]).</summary>
    private static int IoOpen(LuaCallContext ctx)
    {
        string name = ctx.CheckString(1).ToString();
        string mode = ctx.OptString(2, null)?.ToString() ?? "r";
        if (!CheckMode(mode)) throw ctx.ArgError(2, "invalid mode");
        var f = FOpen(ctx.Global, name, mode, out int errno);
        if (f is null) return LuaErrno.Fail(ctx, errno, name);
        return ctx.Return(NewFile(ctx, f));
    }

    /// <summary>opencheckfile: "cannot open file 'name' (message)".</summary>
    private static LuaValue OpenCheckFile(in LuaCallContext ctx, string name, string mode)
    {
        var f = FOpen(ctx.Global, name, mode, out int errno);
        if (f is null) throw ctx.Error($"cannot open file '{name}' ({LuaErrno.Message(errno)})");
        return NewFile(ctx, f);
    }

    /// <summary>§6.8 io.popen(prog [, mode]) via /bin/sh -c.</summary>
    private static int IoPopen(LuaCallContext ctx)
    {
        LuaString prog = ctx.CheckString(1);
        string mode = ctx.OptString(2, null)?.ToString() ?? "r";
        if (mode != "r" && mode != "w") throw ctx.ArgError(2, "invalid mode");
        ctx.Global.StandardOutput.Flush();
        try
        {
            var p = ctx.Global.Platform.StartShell(prog.ToString(), readOutput: mode == "r");
            Stream s = mode == "r" ? p.StandardOutput.BaseStream : p.StandardInput.BaseStream;
            return ctx.Return(NewFile(ctx, new LuaFile(s, mode == "r", mode == "w", LuaFile.Kind.Pipe, process: p)));
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            return LuaErrno.Fail(ctx, LuaErrno.ENOENT, prog.ToString());
        }
    }

    /// <summary>§6.8 io.tmpfile: a "w+" file removed when closed.</summary>
    private static int IoTmpFile(LuaCallContext ctx)
    {
        try
        {
            string name = ctx.Global.Platform.CreateTempFile();
            var fs = ctx.Global.Platform.OpenFile(name, FileMode.Create, FileAccess.ReadWrite);
            return ctx.Return(NewFile(ctx, new LuaFile(fs, true, true, LuaFile.Kind.Regular, deleteOnClose: name, platform: ctx.Global.Platform)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return LuaErrno.Fail(ctx, e, null);
        }
    }

    // ------------------------------------------------------------ default files

    private static LuaValue GetIoFile(in LuaCallContext ctx, LuaString key)
    {
        LuaValue v = ctx.Global.Registry.GetStr(key);
        if (v.O is LuaUserdata { Value: LuaFile f } && f.IsClosed)
            throw ctx.Error($"default {(key == InputKey ? "input" : "output")} file is closed");
        return v;
    }

    private static int GIoFile(in LuaCallContext ctx, LuaString key, string mode)
    {
        if (!ctx.IsNoneOrNil(1))
        {
            LuaValue v = ctx[1];
            if (v.IsString || v.IsNumber) v = OpenCheckFile(ctx, LibOps.ToLuaString(v).ToString(), mode);
            else ToFile(ctx);
            ctx.Global.Registry.SetStr(key, v);
        }
        return ctx.Return(ctx.Global.Registry.GetStr(key));
    }

    private static int IoInput(LuaCallContext ctx) => GIoFile(ctx, InputKey, "r");
    private static int IoOutput(LuaCallContext ctx) => GIoFile(ctx, OutputKey, "w");

    private static int IoRead(LuaCallContext ctx)
    {
        LuaValue fv = GetIoFile(ctx, InputKey);
        return GRead(ctx, (LuaFile)((LuaUserdata)fv.O!).Value!, 1, null);
    }

    private static int IoWrite(LuaCallContext ctx)
    {
        LuaValue fv = GetIoFile(ctx, OutputKey);
        return GWrite(ctx, (LuaFile)((LuaUserdata)fv.O!).Value!, fv, 1);
    }

    private static int IoClose(LuaCallContext ctx)
    {
        if (ctx.ArgCount == 0)
        {
            LuaValue fv = ctx.Global.Registry.GetStr(OutputKey);
            var f = AsFile(ctx, fv)!;
            if (f.IsClosed) throw ctx.Error("attempt to use a closed file");
            return AuxClose(ctx, f);
        }
        return FClose(ctx);
    }

    private static int IoFlush(LuaCallContext ctx)
    {
        LuaValue fv = GetIoFile(ctx, OutputKey);
        var f = (LuaFile)((LuaUserdata)fv.O!).Value!;
        return FileResult(ctx, f.Flush(), f);
    }

    private static int IoType(LuaCallContext ctx)
    {
        ctx.CheckAny(1);
        var f = AsFile(ctx, ctx[1]);
        if (f is null) return ctx.Return(LuaValue.Nil);
        return ctx.Return(f.IsClosed ? "closed file" : "file");
    }

    /// <summary>§6.8 io.lines([filename, ...]): with a name, returns the iterator, nil, nil and the file (closed
    /// at the end of the loop).</summary>
    private static int IoLines(LuaCallContext ctx)
    {
        LuaValue iter = LinesIterator(ctx, out LuaValue fileValue, out bool toClose);
        if (toClose) return ctx.Return(iter, LuaValue.Nil, LuaValue.Nil) + ctx.Return(fileValue);
        return ctx.Return(iter);
    }

    /// <summary>io.lines' iterator over the named file (closed at its end) or the default input.</summary>
    private static LuaValue LinesIterator(LuaCallContext ctx, out LuaValue fileValue, out bool toClose)
    {
        if (ctx.IsNoneOrNil(1))
        {
            fileValue = ctx.Global.Registry.GetStr(InputKey);
            if (AsFile(ctx, fileValue) is { IsClosed: true }) throw ctx.Error("attempt to use a closed file");
            toClose = false;
        }
        else
        {
            fileValue = OpenCheckFile(ctx, ctx.CheckString(1).ToString(), "r");
            toClose = true;
        }
        return AuxLines(ctx, fileValue, toClose);
    }

    private static LuaValue AuxLines(in LuaCallContext ctx, LuaValue fileValue, bool toClose)
    {
        int n = ctx.ArgCount - 1;
        if (n > MaxArgLine) throw ctx.ArgError(MaxArgLine + 2, "too many arguments");
        var formats = new LuaValue[Math.Max(n, 0)];
        for (int i = 0; i < formats.Length; i++) formats[i] = ctx[i + 2];
        return new LuaHostFunction("lines", c => ReadLineIter(c, fileValue, formats, toClose));
    }

    private static int ReadLineIter(LuaCallContext ctx, LuaValue fileValue, LuaValue[] formats, bool toClose)
    {
        var f = (LuaFile)((LuaUserdata)fileValue.O!).Value!;
        if (f.IsClosed) throw ctx.Error("file is already closed");
        var th = ctx.Thread;
        int top = th.Top;
        int n = GRead(ctx, f, 2, formats);
        LuaValue first = th.Stack[th.Top - n];
        if (first.IsTruthy) return n;
        if (n > 1)
        {
            LuaValue msg = th.Stack[th.Top - n + 1];
            throw ctx.Error(LibOps.ToLuaString(msg).ToString());
        }
        th.Top = top;
        if (toClose) f.Close();
        return 0;
    }

    // ------------------------------------------------------------ methods

    private static int FClose(LuaCallContext ctx)
    {
        var f = ToFile(ctx);
        return AuxClose(ctx, f);
    }

    private static int AuxClose(in LuaCallContext ctx, LuaFile f)
    {
        switch (f.HandleKind)
        {
            case LuaFile.Kind.Standard:
                return ctx.Return(LuaValue.Nil, "cannot close standard file");
            case LuaFile.Kind.Pipe:
            {
                var (_, code) = f.Close();
                return ShellCommand.PushResult(ctx, true, code, 0);
            }
            default:
            {
                var (ok, _) = f.Close();
                return ok ? ctx.Return(LuaValue.True) : LuaErrno.Fail(ctx, LuaErrno.EIO, null);
            }
        }
    }

    private static int FGc(LuaCallContext ctx)
    {
        var f = ToLStream(ctx);   // f_gc checks its argument like any method (errors.lua calls it bare)
        if (!f.IsClosed && f.HandleKind != LuaFile.Kind.Standard) f.Close();
        return 0;
    }

    private static int FToString(LuaCallContext ctx)
    {
        var f = ToLStream(ctx);
        if (f.IsClosed) return ctx.Return("file (closed)");
        return ctx.Return("file (" + LuaString.AddressOf(ctx[1].O!) + ")");
    }

    private static int FFlush(LuaCallContext ctx)
    {
        var f = ToFile(ctx);
        return FileResult(ctx, f.Flush(), f);
    }

    private static int FileResult(in LuaCallContext ctx, bool ok, LuaFile f)
    {
        if (ok) return ctx.Return(LuaValue.True);
        int e = f.Error; f.Error = 0;
        return LuaErrno.Fail(ctx, e == 0 ? LuaErrno.EIO : e, null);
    }

    private static int FLines(LuaCallContext ctx)
    {
        ToFile(ctx);
        return ctx.Return(AuxLines(ctx, ctx[1], false));
    }

    private static int FRead(LuaCallContext ctx) => GRead(ctx, ToFile(ctx), 2, null);

    private static int FWrite(LuaCallContext ctx)
    {
        var f = ToFile(ctx);
        return GWrite(ctx, f, ctx[1], 2);
    }

    private static readonly string[] SeekNames = { "set", "cur", "end" };
    private static readonly string[] BufNames = { "no", "full", "line" };

    private static int FSeek(LuaCallContext ctx)
    {
        var f = ToFile(ctx);
        int op = OsLib.CheckOption(ctx, 2, "cur", SeekNames);
        long offset = ctx.OptInteger(3, 0);
        long pos = f.Seek(offset, op == 0 ? SeekOrigin.Begin : op == 1 ? SeekOrigin.Current : SeekOrigin.End);
        if (pos < 0) return FileResult(ctx, false, f);
        return ctx.Return(pos);
    }

    private static int FSetVBuf(LuaCallContext ctx)
    {
        var f = ToFile(ctx);
        int op = OsLib.CheckOption(ctx, 2, null, BufNames);
        ctx.OptInteger(3, 1024);
        f.BufferMode = op == 0 ? 0 : op == 1 ? 1 : 2;
        if (op == 0) f.Flush();
        return ctx.Return(LuaValue.True);
    }

    // ------------------------------------------------------------ g_write / g_read

    /// <summary>g_write: strings as they are, integers with %d, floats with %.14g; returns the file.</summary>
    private static int GWrite(in LuaCallContext ctx, LuaFile f, LuaValue fileValue, int arg)
    {
        bool status = true;
        for (int i = arg; i <= ctx.ArgCount; i++)
        {
            LuaValue v = ctx[i];
            ReadOnlySpan<byte> bytes;
            if (v.IsInteger) bytes = Encoding.ASCII.GetBytes(v.RawInteger.ToString(System.Globalization.CultureInfo.InvariantCulture));
            else if (v.IsFloat && ctx.Global.Profile.HasRoundTripFloats) bytes = LuaString.ToDisplay(v, ctx.Global.Profile).Span;
            else if (v.IsFloat) bytes = Encoding.ASCII.GetBytes(NumberFormatter.FormatG(v.RawFloat, 14, false, false));
            else bytes = ctx.CheckString(i).Span;
            status = f.Write(bytes) && status;
        }
        if (status) return ctx.Return(fileValue);
        return FileResult(ctx, false, f);
    }

    /// <summary>
    /// g_read: reads each format ("n", "l", "L", "a" or a byte count; a leading '*' is allowed) and pushes the
    /// results; the first failing format yields nil and stops. Formats come from the arguments starting at
    /// <paramref name="first"/>, or from <paramref name="formats"/> (the io.lines closure's upvalues).
    /// </summary>
    private static int GRead(in LuaCallContext ctx, LuaFile f, int first, LuaValue[]? formats)
    {
        var th = ctx.Thread;
        int nargs = formats?.Length ?? Math.Max(ctx.ArgCount - first + 1, 0);
        f.ClearError();
        int pushed = 0;
        bool success;
        if (nargs == 0)
        {
            success = ReadLine(th, f, true);
            pushed = 1;
        }
        else
        {
            success = true;
            for (int k = 0; k < nargs && success; k++)
            {
                int argIndex = first + k;
                LuaValue fmt = formats is not null ? formats[k] : ctx[argIndex];
                if (fmt.IsNumber)
                {
                    long l = formats is not null ? ToCount(ctx, fmt, argIndex) : ctx.CheckInteger(argIndex);
                    success = l == 0 ? TestEof(th, f) : ReadChars(th, f, l);
                }
                else
                {
                    LuaString p = fmt.O as LuaString ?? (formats is not null ? throw ctx.ArgError(argIndex, "invalid format") : ctx.CheckString(argIndex));
                    int c0 = p.Length > 0 ? p[0] : 0;
                    if (c0 == '*') c0 = p.Length > 1 ? p[1] : 0;
                    switch (c0)
                    {
                        case 'n': success = ReadNumber(th, f); break;
                        case 'l': success = ReadLine(th, f, true); break;
                        case 'L': success = ReadLine(th, f, false); break;
                        case 'a': ReadAll(th, f); success = true; break;
                        default: throw ctx.ArgError(argIndex, "invalid format");
                    }
                }
                pushed++;
            }
        }
        if (f.Error != 0)
        {
            th.Top -= pushed;
            int e = f.Error;
            f.Error = 0;
            return LuaErrno.Fail(ctx, e, null);
        }
        if (!success) th.Stack[th.Top - 1] = LuaValue.Nil;
        return pushed;
    }

    private static long ToCount(in LuaCallContext ctx, LuaValue v, int arg)
    {
        if (v.TryToInteger(out long l)) return l;
        throw ctx.ArgError(arg, "number has no integer representation");
    }

    private static bool TestEof(LuaThread th, LuaFile f)
    {
        int c = f.GetC();
        f.UngetC(c);
        th.Push(LuaString.Empty);
        return c != -1;
    }

    private static bool ReadChars(LuaThread th, LuaFile f, long n)
    {
        // liolib casts the count to size_t: a negative count asks for a buffer no allocator can give.
        if (n < 0) throw new LuaRuntimeException("not enough memory");
        var buf = new ByteAccumulator((int)Math.Min(n, 1 << 16));
        long got = f.ReadInto(ref buf, n);
        th.Push(buf.ToLuaString());
        return got > 0;
    }

    private static bool ReadLine(LuaThread th, LuaFile f, bool chop)
    {
        var buf = new ByteAccumulator(80);
        bool newline = f.ReadLine(ref buf, !chop);
        th.Push(buf.ToLuaString());
        return newline || buf.Length > 0;
    }

    private static void ReadAll(LuaThread th, LuaFile f)
    {
        var buf = new ByteAccumulator(4096);
        f.ReadInto(ref buf, long.MaxValue);
        th.Push(buf.ToLuaString());
    }

    // ------------------------------------------------------------ read_number (liolib.c, exactly)

    private const int MaxLenNum = 200; // L_MAXLENNUM

    private ref struct NumReader
    {
        public LuaFile F;
        public int C;
        public int N;
        public Span<byte> Buff;
        public bool Invalid; // buffer overflowed: the result is not a number (C sets buff[0] = '\0')

        public bool NextC()
        {
            if (N >= MaxLenNum) { Invalid = true; return false; }
            Buff[N++] = (byte)C;
            C = F.GetC();
            return true;
        }

        public bool Test2(char a, char b) => (C == a || C == b) && NextC();

        public int ReadDigits(bool hex)
        {
            int count = 0;
            while ((hex ? IsXDigit(C) : C is >= '0' and <= '9') && NextC()) count++;
            return count;
        }

        private static bool IsXDigit(int c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';
    }

    private static bool ReadNumber(LuaThread th, LuaFile f)
    {
        var rn = new NumReader { F = f, N = 0, Buff = stackalloc byte[MaxLenNum + 1] };
        int count = 0;
        bool hex = false;
        do { rn.C = f.GetC(); } while (rn.C is ' ' or '\t' or '\n' or '\v' or '\f' or '\r');
        rn.Test2('-', '+');
        if (rn.Test2('0', '0'))
        {
            if (rn.Test2('x', 'X')) hex = true;
            else count = 1;
        }
        count += rn.ReadDigits(hex);
        if (rn.Test2('.', '.')) count += rn.ReadDigits(hex);
        if (count > 0 && (hex ? rn.Test2('p', 'P') : rn.Test2('e', 'E')))
        {
            rn.Test2('-', '+');
            rn.ReadDigits(false);
        }
        f.UngetC(rn.C);
        if (!rn.Invalid && NumberParser.TryParse(rn.Buff[..rn.N], out LuaValue v))
        {
            th.Push(v);
            return true;
        }
        th.Push(LuaValue.Nil);
        return false;
    }

    /// <summary>What fopen of a directory for reading gives: a handle whose reads fail with EISDIR.</summary>
    private sealed class DirectoryStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => 0;
        public override long Position { get => 0; set { } }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("Is a directory", LuaErrno.EISDIR);
        public override long Seek(long offset, SeekOrigin origin) => 0;
        public override void SetLength(long value) { }
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("Bad file descriptor", LuaErrno.EBADF);
    }
}
