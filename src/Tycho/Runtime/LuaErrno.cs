
namespace Tycho.Runtime;

/// <summary>
/// Maps .NET I/O exceptions to the C errno values and glibc <c>strerror</c> texts lua5.4 reports through
/// luaL_fileresult (<c>nil, "name: No such file or directory", 2</c>).
/// </summary>
internal static class LuaErrno
{
    public const int ENOENT = 2, EIO = 5, EBADF = 9, ECHILD = 10, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21,
        EINVAL = 22, ENOSPC = 28, ESPIPE = 29, EPIPE = 32, ENAMETOOLONG = 36, ENOTEMPTY = 39;

    /// <summary>glibc's strerror for the common values.</summary>
    public static string Message(int errno) => errno switch
    {
        1 => "Operation not permitted",
        ENOENT => "No such file or directory",
        EIO => "Input/output error",
        EBADF => "Bad file descriptor",
        ECHILD => "No child processes",
        EACCES => "Permission denied",
        EEXIST => "File exists",
        18 => "Invalid cross-device link",
        ENOTDIR => "Not a directory",
        EISDIR => "Is a directory",
        EINVAL => "Invalid argument",
        24 => "Too many open files",
        ENOSPC => "No space left on device",
        ESPIPE => "Illegal seek",
        30 => "Read-only file system",
        EPIPE => "Broken pipe",
        ENAMETOOLONG => "File name too long",
        ENOTEMPTY => "Directory not empty",
        _ => "Unknown error " + errno,
    };

    /// <summary>The errno an exception stands for (.NET on Unix keeps unmapped errnos in HResult).</summary>
    public static int FromException(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => ENOENT,
        UnauthorizedAccessException => EACCES,
        PathTooLongException => ENAMETOOLONG,
        NotSupportedException => ESPIPE,
        ArgumentException => ENOENT,
        IOException io when io.HResult > 0 && io.HResult < 200 => io.HResult,
        _ => EIO,
    };

    /// <summary>luaL_fileresult for a failure: <c>nil, "fname: msg", errno</c> (no prefix when fname is null).</summary>
    public static int Fail(in LuaCallContext ctx, int errno, string? fname)
    {
        string msg = Message(errno);
        return ctx.Return(LuaValue.Nil, fname is null ? msg : fname + ": " + msg, errno);
    }

    /// <summary>luaL_fileresult for an exception.</summary>
    public static int Fail(in LuaCallContext ctx, Exception e, string? fname) => Fail(ctx, FromException(e), fname);
}
