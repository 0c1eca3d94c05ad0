using System.Diagnostics;
using System.Runtime.CompilerServices;
using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// A file handle of the io library (manual §6.8), the value inside a "FILE*" userdata: a C <c>FILE</c> over a
/// .NET <see cref="Stream"/>, with its own read buffer (for <c>ungetc</c>-style look-ahead used by
/// <c>read("n")</c> and line reading), C-like append semantics and <c>setvbuf</c> modes.
/// </summary>
internal sealed class LuaFile
{
    /// <summary>How the handle is closed (liolib's closef): normally, never (standard files), or as a pipe.</summary>
    public enum Kind { Regular, Standard, Pipe }

    private Stream? _stream;
    private readonly byte[] _rbuf = new byte[4096];
    private int _rpos, _rlen;
    private readonly bool _append;
    private readonly string? _deleteOnClose;
    private readonly ILuaPlatform? _platform;
    private bool _eof;

    /// <summary>The kind of handle.</summary>
    public Kind HandleKind { get; }
    /// <summary>The process behind a pipe from io.popen.</summary>
    public Process? Process { get; }
    /// <summary>Whether reading is allowed (C: "Bad file descriptor" otherwise).</summary>
    public bool CanRead { get; }
    /// <summary>Whether writing is allowed.</summary>
    public bool CanWrite { get; }
    /// <summary>setvbuf mode: 0 no buffering, 1 full, 2 line.</summary>
    public int BufferMode { get; set; } = 1;
    /// <summary>For stdin: the output stream flushed before blocking for input, so prompts written without a
    /// newline appear (what a line-buffered C stdout gives on a terminal).</summary>
    public Stream? FlushBeforeRead { get; init; }
    /// <summary>Set when the last operation failed with an I/O error (ferror); holds the errno.</summary>
    public int Error { get; set; }

    /// <summary>Wraps a stream.</summary>
    public LuaFile(Stream stream, bool canRead, bool canWrite, Kind kind, bool append = false,
        Process? process = null, string? deleteOnClose = null, ILuaPlatform? platform = null)
    {
        _stream = stream; CanRead = canRead; CanWrite = canWrite; HandleKind = kind; _append = append;
        Process = process; _deleteOnClose = deleteOnClose; _platform = platform;
    }

    /// <summary>True once closed.</summary>
    public bool IsClosed => _stream is null;

    private Stream S => _stream ?? throw new ObjectDisposedException("file");

    // ------------------------------------------------------------ reading

    /// <summary>getc: the next byte, or -1 at end of file or on error (then <see cref="Error"/> is set).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GetC()
    {
        if (_rpos < _rlen) return _rbuf[_rpos++];
        return Fill() ? _rbuf[_rpos++] : -1;
    }

    /// <summary>ungetc of the byte just read (c == -1 is ignored, as in C).</summary>
    public void UngetC(int c)
    {
        if (c < 0) return;
        if (_rpos > 0) _rbuf[--_rpos] = (byte)c;
        else
        {
            Array.Copy(_rbuf, 0, _rbuf, 1, _rlen);
            _rbuf[0] = (byte)c;
            _rlen++;
        }
    }

    private bool Fill()
    {
        if (!CanRead) { Error = LuaErrno.EBADF; return false; }
        if (_eof && HandleKind != Kind.Standard) return false;
        try
        {
            FlushBeforeRead?.Flush();
            int n = S.Read(_rbuf, 0, _rbuf.Length - 1);
            _rpos = 0; _rlen = n;
            if (n <= 0) { _eof = true; return false; }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            Error = e is UnauthorizedAccessException ? LuaErrno.EISDIR : LuaErrno.FromException(e);
            _rpos = _rlen = 0;
            return false;
        }
    }

    /// <summary>Reads up to <paramref name="count"/> bytes into the accumulator; returns the number read.</summary>
    public long ReadInto(ref ByteAccumulator buf, long count)
    {
        long total = 0;
        while (total < count)
        {
            if (_rpos >= _rlen && !Fill()) break;
            int n = (int)Math.Min(count - total, _rlen - _rpos);
            buf.Append(new ReadOnlySpan<byte>(_rbuf, _rpos, n));
            _rpos += n;
            total += n;
        }
        return total;
    }

    /// <summary>Reads a line into the accumulator (with the '\n' when <paramref name="keepNewline"/>); returns
    /// whether a newline was seen.</summary>
    public bool ReadLine(ref ByteAccumulator buf, bool keepNewline)
    {
        for (;;)
        {
            if (_rpos >= _rlen && !Fill()) return false;
            var span = new ReadOnlySpan<byte>(_rbuf, _rpos, _rlen - _rpos);
            int nl = span.IndexOf((byte)'\n');
            if (nl >= 0)
            {
                buf.Append(span[..(keepNewline ? nl + 1 : nl)]);
                _rpos += nl + 1;
                return true;
            }
            buf.Append(span);
            _rpos = _rlen;
        }
    }

    /// <summary>Clears the end-of-file and error indicators (clearerr).</summary>
    public void ClearError() { Error = 0; _eof = false; }

    // Drops read-ahead so the OS position matches the logical one (needed before writing or seeking).
    private void DiscardReadAhead()
    {
        int unread = _rlen - _rpos;
        if (unread > 0 && S.CanSeek) S.Seek(-unread, SeekOrigin.Current);
        _rpos = _rlen = 0;
    }

    // ------------------------------------------------------------ writing

    /// <summary>fwrite: false (with <see cref="Error"/> set) on failure.</summary>
    public bool Write(ReadOnlySpan<byte> data)
    {
        if (!CanWrite) { Error = LuaErrno.EBADF; return false; }
        try
        {
            if (_rlen > 0) DiscardReadAhead();
            if (_append && S.CanSeek) S.Seek(0, SeekOrigin.End);
            S.Write(data);
            if (BufferMode == 0 || (BufferMode == 2 && data.IndexOf((byte)'\n') >= 0)) S.Flush();
            _flushFailed = false;
            return true;
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException)
        {
            Error = e is ObjectDisposedException ? LuaErrno.EPIPE : LuaErrno.FromException(e);
            return false;
        }
    }

    /// <summary>fflush.</summary>
    public bool Flush()
    {
        try { if (CanWrite) S.Flush(); return true; }
        catch (IOException e) { Error = LuaErrno.FromException(e); _flushFailed = true; return false; }
    }

    /// <summary>The last flush failed and nothing was written since: C's stdio dropped that buffer (fflush's error
    /// discards it), so closing has nothing left to fail on, while the .NET stream still holds the bytes.</summary>
    private bool _flushFailed;

    /// <summary>fseek + ftell: the new position, or -1 with <see cref="Error"/> set.</summary>
    public long Seek(long offset, SeekOrigin origin)
    {
        try
        {
            if (!S.CanSeek) { Error = LuaErrno.ESPIPE; return -1; }
            if (origin == SeekOrigin.Current) offset -= _rlen - _rpos;
            _rpos = _rlen = 0;
            _eof = false;
            long target = origin switch
            {
                SeekOrigin.Begin => offset,
                SeekOrigin.Current => S.Position + offset,
                _ => S.Length + offset,
            };
            if (target < 0) { Error = LuaErrno.EINVAL; return -1; }
            return S.Seek(target, SeekOrigin.Begin);
        }
        catch (Exception e) when (e is IOException or NotSupportedException)
        {
            Error = LuaErrno.FromException(e);
            return -1;
        }
    }

    /// <summary>fclose (or pclose): releases the stream; for pipes waits for the process and returns its status.</summary>
    public (bool Ok, int Code) Close()
    {
        var s = _stream;
        if (s is null) return (true, 0);
        _stream = null;
        bool ok = true;
        try { s.Flush(); } catch (IOException) { ok = _flushFailed; }
        try { s.Dispose(); } catch (IOException) { ok = ok && _flushFailed; }
        if (_deleteOnClose is not null) { try { (_platform ?? LuaPlatform.Host).Remove(_deleteOnClose); } catch (Exception e) when (e is IOException or UnauthorizedAccessException or LuaPlatformException) { } }
        if (Process is not null)
        {
            Process.WaitForExit();
            int code = Process.ExitCode;
            Process.Dispose();
            return (code == 0, code);
        }
        return (ok, 0);
    }

    // ------------------------------------------------------------ registry of open files (for os.exit)

    private static readonly ConditionalWeakTable<GlobalState, List<WeakReference<LuaFile>>> OpenFiles = new();

    /// <summary>Remembers an open file so <see cref="FlushAll"/> can flush it, as C's exit flushes all streams.</summary>
    public static void Track(GlobalState state, LuaFile f)
    {
        var list = OpenFiles.GetOrCreateValue(state);
        lock (list)
        {
            if (list.Count > 64) list.RemoveAll(w => !w.TryGetTarget(out var x) || x.IsClosed);
            list.Add(new WeakReference<LuaFile>(f));
        }
    }

    /// <summary>Flushes every open file of the state.</summary>
    public static void FlushAll(GlobalState state)
    {
        if (!OpenFiles.TryGetValue(state, out var list)) return;
        lock (list)
        {
            foreach (var w in list)
                if (w.TryGetTarget(out var f) && !f.IsClosed) f.Flush();
        }
    }
}
