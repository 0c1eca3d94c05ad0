using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;

namespace Tycho.Tests.Infrastructure;

/// <summary>
/// The reference compiler as a test oracle: compiles Lua with luac 5.4.8 (<see cref="Oracles.Luac"/>) and reads its
/// binary chunk (lundump.c layout) into a <see cref="Prototype"/>, so Tycho's code generation can be compared with
/// lcode.c's instruction by instruction, and real lcode.c output can be verified, dumped and undumped.
/// Callers first call <c>Oracles.Luac.Require()</c>, which reports the test Skipped when there is no luac.
/// </summary>
internal static class Luac
{
    /// <summary>Compiles <paramref name="source"/> (as file <paramref name="fileName"/>, so chunk name
    /// <c>@t.lua</c>); returns the chunk bytes, or luac's error message without its program name.</summary>
    public static (byte[]? Chunk, string? Error) TryCompileBytes(string source, bool strip = false, string fileName = "t.lua") =>
        TryCompileBytes(Encoding.UTF8.GetBytes(source), strip, fileName);

    /// <summary>Compiles the source bytes <paramref name="source"/>, as <see cref="TryCompileBytes(string, bool, string)"/>.</summary>
    public static (byte[]? Chunk, string? Error) TryCompileBytes(byte[] source, bool strip = false, string fileName = "t.lua")
    {
        string luac = Oracles.Luac.Path ?? throw new InvalidOperationException(Oracles.Luac.Missing);
        string dir = Directory.CreateTempSubdirectory("tycho-luac-").FullName;
        try
        {
            string outp = Path.Combine(dir, "out.luac");
            File.WriteAllBytes(Path.Combine(dir, fileName), source);
            var psi = new ProcessStartInfo(luac)
            {
                WorkingDirectory = dir, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
            };
            psi.ArgumentList.Add("-o");
            psi.ArgumentList.Add(outp);
            if (strip) psi.ArgumentList.Add("-s");
            psi.ArgumentList.Add(fileName);
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            string err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            _ = stdout.Result;
            if (p.ExitCode == 0) return (File.ReadAllBytes(outp), null);
            err = err.Trim();
            int colon = err.IndexOf(": ", StringComparison.Ordinal); // "luac: t.lua:1: ..." (the program name varies)
            return (null, colon >= 0 ? err[(colon + 2)..] : err);
        }
        finally
        {
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }

    /// <summary>Compiles <paramref name="source"/>; returns the main prototype, or luac's error message.</summary>
    public static (Prototype? Proto, string? Error) TryCompile(string source, bool strip = false)
    {
        var (chunk, error) = TryCompileBytes(source, strip);
        return (chunk is null ? null : Undump(chunk), error);
    }

    /// <summary>Compiles <paramref name="source"/> that must compile; returns the chunk bytes.</summary>
    public static byte[] CompileBytes(string source, bool strip = false)
    {
        var (chunk, error) = TryCompileBytes(source, strip);
        return chunk ?? throw new InvalidOperationException("luac failed: " + error);
    }

    /// <summary>Compiles <paramref name="source"/> that must compile into a prototype.</summary>
    public static Prototype Compile(string source, bool strip = false) => Undump(CompileBytes(source, strip));

    /// <summary>Reads a Lua 5.4 binary chunk written by luac (trusted input).</summary>
    public static Prototype Undump(byte[] data)
    {
        // signature, version, format, LUAC_DATA, sizes, LUAC_INT, LUAC_NUM, number of upvalues of the main function
        var r = new Reader(data) { Pos = 4 + 1 + 1 + 6 + 3 + 8 + 8 + 1 };
        return r.Function(null);
    }

    private sealed class Reader
    {
        private readonly byte[] _d;
        public int Pos;
        public Reader(byte[] d) { _d = d; }

        private byte Byte() => _d[Pos++];

        private int Size()
        {
            long x = 0;
            byte b;
            do { b = Byte(); x = (x << 7) | (uint)(b & 0x7F); } while ((b & 0x80) == 0);
            return checked((int)x);
        }

        private byte[]? Bytes()
        {
            int size = Size();
            if (size == 0) return null;
            var s = _d.AsSpan(Pos, size - 1).ToArray();
            Pos += size - 1;
            return s;
        }

        private string? Str() => Bytes() is { } b ? Encoding.UTF8.GetString(b) : null;

        private long Int64() { long v = BinaryPrimitives.ReadInt64LittleEndian(_d.AsSpan(Pos)); Pos += 8; return v; }

        public Prototype Function(string? parentSource)
        {
            var p = new Prototype { Source = Str() ?? parentSource ?? "=?" };
            p.LineDefined = Size();
            p.LastLineDefined = Size();
            p.NumParams = Byte();
            p.IsVararg = Byte() != 0;
            p.MaxStackSize = Byte();
            p.Code = new uint[Size()];
            for (int i = 0; i < p.Code.Length; i++) { p.Code[i] = BinaryPrimitives.ReadUInt32LittleEndian(_d.AsSpan(Pos)); Pos += 4; }
            p.Constants = new LuaValue[Size()];
            for (int i = 0; i < p.Constants.Length; i++)
            {
                p.Constants[i] = Byte() switch
                {
                    0x00 => LuaValue.Nil,
                    0x01 => LuaValue.False,
                    0x11 => LuaValue.True,
                    0x03 => LuaValue.FromInteger(Int64()),
                    0x13 => LuaValue.FromFloat(BitConverter.Int64BitsToDouble(Int64())),
                    _ => LuaValue.FromString(LuaString.FromBytes(Bytes())),
                };
            }
            p.Upvalues = new UpvalueDesc[Size()];
            for (int i = 0; i < p.Upvalues.Length; i++)
                p.Upvalues[i] = new UpvalueDesc(null, Byte() != 0, Byte(), (LocalKind)Byte());
            p.Protos = new Prototype[Size()];
            for (int i = 0; i < p.Protos.Length; i++) p.Protos[i] = Function(p.Source);
            var deltas = new sbyte[Size()];
            for (int i = 0; i < deltas.Length; i++) deltas[i] = (sbyte)Byte();
            var abs = new Dictionary<int, int>();
            int nabs = Size();
            for (int i = 0; i < nabs; i++) { int pc = Size(); abs[pc] = Size(); }
            p.LineInfo = new int[deltas.Length];
            int line = p.LineDefined;
            for (int i = 0; i < deltas.Length; i++)
            {
                line = deltas[i] == -128 ? abs[i] : line + deltas[i];
                p.LineInfo[i] = line;
            }
            p.LocalVars = new LocalVarInfo[Size()];
            for (int i = 0; i < p.LocalVars.Length; i++) p.LocalVars[i] = new LocalVarInfo(Str()!, Size(), Size());
            int nnames = Size();
            for (int i = 0; i < nnames; i++) p.Upvalues[i] = p.Upvalues[i] with { Name = Str() };
            return p;
        }
    }
}
