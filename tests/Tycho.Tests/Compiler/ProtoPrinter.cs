using System.Globalization;
using System.Text;

namespace Tycho.Tests.Compiler;

/// <summary>A canonical text listing of a prototype tree (code with lines, constants, locals, upvalues), for diffs.</summary>
internal static class ProtoPrinter
{
    /// <summary>Lists <paramref name="p"/> and its nested prototypes, depth first.</summary>
    public static string Print(Prototype p)
    {
        var sb = new StringBuilder();
        Print(p, sb, "main");
        return sb.ToString();
    }

    /// <summary>Asserts the two listings are the same; the failure shows both whole, differing lines marked.</summary>
    public static void AssertSame(Prototype expected, Prototype actual, string expectedName = "luac", string actualName = "tycho")
    {
        string e = Print(expected), a = Print(actual);
        if (e == a) return;
        string[] el = e.Split('\n'), al = a.Split('\n');
        var sb = new StringBuilder($"listings differ (lines marked * differ; left {expectedName}, right {actualName}):\n");
        for (int i = 0; i < Math.Max(el.Length, al.Length); i++)
        {
            string l = i < el.Length ? el[i] : "", r = i < al.Length ? al[i] : "";
            sb.Append(l == r ? "  " : "* ").Append(l.Replace('\t', ' ').PadRight(40)).Append(" | ").Append(r.Replace('\t', ' ')).Append('\n');
        }
        throw new Xunit.Sdk.XunitException(sb.ToString());
    }

    private static void Print(Prototype p, StringBuilder sb, string path)
    {
        sb.Append($"function {path} <{p.LineDefined},{p.LastLineDefined}> params={p.NumParams} vararg={p.IsVararg} stack={p.MaxStackSize}\n");
        for (int i = 0; i < p.Code.Length; i++)
        {
            int line = i < p.LineInfo.Length ? p.LineInfo[i] : -1;
            sb.Append($"  {i + 1}\t[{line}]\t{Instruction.ToText(p.Code[i])}\n");
        }
        for (int i = 0; i < p.Constants.Length; i++) sb.Append($"  K{i} {Constant(p.Constants[i])}\n");
        foreach (var l in p.LocalVars) sb.Append($"  local {l.Name} {l.StartPc} {l.EndPc}\n");
        foreach (var u in p.Upvalues) sb.Append($"  upvalue {u.Name} {(u.InStack ? 1 : 0)} {u.Index} {(int)u.Kind}\n");
        for (int i = 0; i < p.Protos.Length; i++) Print(p.Protos[i], sb, path + "." + i);
    }

    private static string Constant(LuaValue v)
    {
        if (v.IsInteger) return "int " + v.RawInteger.ToString(CultureInfo.InvariantCulture);
        if (v.IsFloat) return "flt " + v.RawFloat.ToString("R", CultureInfo.InvariantCulture);
        if (v.IsString) return "str \"" + v.AsString + "\"";
        if (v.IsNil) return "nil";
        return v.RawBoolean ? "true" : "false";
    }
}
