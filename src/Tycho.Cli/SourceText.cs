namespace Tycho.Cli;

/// <summary>Preparation of a script file's bytes before loading, as lauxlib's <c>luaL_loadfilex</c>.</summary>
internal static class SourceText
{
    /// <summary>The first byte of a binary chunk (<c>LUA_SIGNATURE</c>, "\x1bLua").</summary>
    public const byte LuaSignature = 0x1B;

    /// <summary>
    /// Skips a UTF-8 byte-order mark and a first line starting with <c>#</c> (e.g. <c>#!/usr/bin/env tycho</c>),
    /// keeping the line's newline so that line numbers in messages stay right. A binary chunk may follow the comment
    /// line (luaL_loadfilex reopens the file in binary mode there): then the newline goes too.
    /// </summary>
    public static byte[] SkipComment(byte[] source)
    {
        int start = 0;
        if (source.Length >= 3 && source[0] == 0xEF && source[1] == 0xBB && source[2] == 0xBF) start = 3;
        if (start < source.Length && source[start] == (byte)'#')
        {
            int nl = Array.IndexOf(source, (byte)'\n', start);
            start = nl < 0 ? source.Length : nl;   // keep the '\n'
            if (start + 1 < source.Length && source[start + 1] == LuaSignature) start++;
        }
        return start == 0 ? source : source[start..];
    }
}
