using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;

namespace Tycho.Tests.BinaryChunks;

/// <summary>
/// Test oracle: compiles Lua with the reference compiler <c>luac5.4</c> and reads its lua5.4.4 binary chunk
/// (lundump.c layout) into a <see cref="Prototype"/>, giving real lcode.c output to verify, dump and undump.
/// </summary>
internal static class PucChunk
{
    /// <summary>True when luac5.4 is installed.</summary>
    public static bool Available { get; } = File.Exists("/usr/bin/luac5.4") || File.Exists("/usr/local/bin/luac5.4");

    /// <summary>Compiles <paramref name="source"/> with luac5.4 and returns the raw chunk bytes.</summary>
    public static byte[] CompileBytes(string source, bool strip = false)
    {
        string dir = Path.Combine(Path.GetTempPath(), "tycho-dump-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string src = Path.Combine(dir, "t.lua"), outp = Path.Combine(dir, "out.luac");
            File.WriteAllText(src, source);
            var args = new List<string> { "-o", outp };
            if (strip) args.Add("-s");
            args.Add("t.lua");
            var psi = new ProcessStartInfo("luac5.4", args)
            {
                WorkingDirectory = dir, RedirectStandardError = true, RedirectStandardOutput = true,
            };
            using var p = Process.Start(psi)!;
            string err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0) throw new InvalidOperationException("luac5.4 failed: " + err);
            return File.ReadAllBytes(outp);
        }
        finally
        {
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }

    /// <summary>Compiles <paramref name="source"/> with luac5.4 into a prototype.</summary>
    public static Prototype Compile(string source, bool strip = false) => Parse(CompileBytes(source, strip));

    /// <summary>Reads a lua5.4.4 binary chunk (trusted input).</summary>
    public static Prototype Parse(byte[] data)
    {
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
