using System.Diagnostics;
using System.Text;

namespace Tycho.Tests.Compiler;

/// <summary>
/// Runs the reference compiler <c>luac5.4</c> and reads its binary chunk (lundump.c format, Lua 5.4) back into a
/// <see cref="Prototype"/>, so Tycho's code generation can be compared with lua5.4's instruction by instruction.
/// </summary>
internal static class LuacOracle
{
    /// <summary>True when luac5.4 is installed.</summary>
    public static bool Available { get; } = File.Exists("/usr/bin/luac5.4") || File.Exists("/usr/local/bin/luac5.4");

    /// <summary>Compiles <paramref name="source"/> with luac5.4; returns the main prototype, or the error text.</summary>
    public static (Prototype? Proto, string? Error) Compile(string source, string fileName = "t.lua")
    {
        string dir = Path.Combine(Path.GetTempPath(), "tycho-luac-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string src = Path.Combine(dir, fileName), outp = Path.Combine(dir, "out.luac");
            File.WriteAllBytes(src, Encoding.UTF8.GetBytes(source));
            var psi = new ProcessStartInfo("luac5.4", new[] { "-o", outp, fileName })
            {
                WorkingDirectory = dir, RedirectStandardError = true, RedirectStandardOutput = true,
            };
            using var p = Process.Start(psi)!;
            string err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0)
            {
                err = err.Trim();
                if (err.StartsWith("luac5.4: ")) err = err.Substring("luac5.4: ".Length);
                return (null, err);
            }
            return (Undump(File.ReadAllBytes(outp)), null);
        }
        finally
        {
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }

    /// <summary>Reads a lua5.4 binary chunk.</summary>
    public static Prototype Undump(byte[] data)
    {
        var r = new Reader(data);
        r.Pos = 4 + 1 + 1 + 6 + 3 + 8 + 8; // signature, version, format, LUAC_DATA, sizes, LUAC_INT, LUAC_NUM
        r.Byte(); // number of upvalues of the main function
        return r.Function(null);
    }

    private sealed class Reader
    {
        private readonly byte[] _d;
        public int Pos;
        public Reader(byte[] d) { _d = d; }

        public byte Byte() => _d[Pos++];

        public long Size()
        {
            long x = 0;
            byte b;
            do { b = Byte(); x = (x << 7) | (uint)(b & 0x7F); } while ((b & 0x80) == 0);
            return x;
        }

        public int Int() => (int)Size();

        public string? Str()
        {
            long size = Size();
            if (size == 0) return null;
            int n = (int)size - 1;
            string s = Encoding.Latin1.GetString(_d, Pos, n);
            Pos += n;
            return s;
        }

        private LuaString LStr()
        {
            int n = (int)Size() - 1;
            var s = LuaString.FromBytes(_d.AsSpan(Pos, n));
            Pos += n;
            return s;
        }

        public Prototype Function(string? psource)
        {
            var p = new Prototype();
            p.Source = Str() ?? psource ?? "?";
            p.LineDefined = Int();
            p.LastLineDefined = Int();
            p.NumParams = Byte();
            p.IsVararg = Byte() != 0;
            p.MaxStackSize = Byte();
            int n = Int();
            p.Code = new uint[n];
            for (int i = 0; i < n; i++) { p.Code[i] = BitConverter.ToUInt32(_d, Pos); Pos += 4; }
            n = Int();
            p.Constants = new LuaValue[n];
            for (int i = 0; i < n; i++)
            {
                byte t = Byte();
                switch (t)
                {
                    case 0x00: p.Constants[i] = LuaValue.Nil; break;
                    case 0x01: p.Constants[i] = LuaValue.False; break;
                    case 0x11: p.Constants[i] = LuaValue.True; break;
                    case 0x03: p.Constants[i] = LuaValue.FromInteger(BitConverter.ToInt64(_d, Pos)); Pos += 8; break;
                    case 0x13: p.Constants[i] = LuaValue.FromFloat(BitConverter.ToDouble(_d, Pos)); Pos += 8; break;
                    default: p.Constants[i] = LuaValue.FromString(LStr()); break;
                }
            }
            n = Int();
            var ups = new (bool, int, LocalKind)[n];
            for (int i = 0; i < n; i++) ups[i] = (Byte() != 0, Byte(), (LocalKind)Byte());
            n = Int();
            p.Protos = new Prototype[n];
            for (int i = 0; i < n; i++) p.Protos[i] = Function(p.Source);
            n = Int();
            var rel = new sbyte[n];
            for (int i = 0; i < n; i++) rel[i] = (sbyte)Byte();
            int na = Int();
            var abs = new Dictionary<int, int>();
            for (int i = 0; i < na; i++) { int pc = Int(); abs[pc] = Int(); }
            p.LineInfo = new int[rel.Length];
            int line = p.LineDefined;
            for (int i = 0; i < rel.Length; i++)
            {
                if (rel[i] == -128) line = abs[i];
                else line += rel[i];
                p.LineInfo[i] = line;
            }
            n = Int();
            p.LocalVars = new LocalVarInfo[n];
            for (int i = 0; i < n; i++) p.LocalVars[i] = new LocalVarInfo(Str()!, Int(), Int());
            n = Int();
            p.Upvalues = new UpvalueDesc[ups.Length];
            for (int i = 0; i < ups.Length; i++)
            {
                string? name = i < n ? Str() : null;
                p.Upvalues[i] = new UpvalueDesc(name, ups[i].Item1, ups[i].Item2, ups[i].Item3);
            }
            for (int i = ups.Length; i < n; i++) Str();
            return p;
        }
    }
}
