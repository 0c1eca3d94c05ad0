using System.Globalization;
using System.Text;
using Tycho.Syntax;

namespace Tycho.Tests.Syntax;

/// <summary>Prints syntax trees as compact S-expressions so tests can check tree shapes.</summary>
internal static class AstPrinter
{
    public static string Print(Expr e)
    {
        var sb = new StringBuilder();
        Write(sb, e);
        return sb.ToString();
    }

    public static string Print(Block b)
    {
        var sb = new StringBuilder();
        Write(sb, b);
        return sb.ToString();
    }

    private static string Op(BinaryOp op) => op switch
    {
        BinaryOp.Or => "or", BinaryOp.And => "and", BinaryOp.Lt => "<", BinaryOp.Gt => ">", BinaryOp.Le => "<=",
        BinaryOp.Ge => ">=", BinaryOp.Ne => "~=", BinaryOp.Eq => "==", BinaryOp.BOr => "|", BinaryOp.BXor => "~",
        BinaryOp.BAnd => "&", BinaryOp.Shl => "<<", BinaryOp.Shr => ">>", BinaryOp.Concat => "..", BinaryOp.Add => "+",
        BinaryOp.Sub => "-", BinaryOp.Mul => "*", BinaryOp.Div => "/", BinaryOp.IDiv => "//", BinaryOp.Mod => "%",
        BinaryOp.Pow => "^", _ => "?",
    };

    private static string Op(UnaryOp op) => op switch
    {
        UnaryOp.Not => "not", UnaryOp.Neg => "neg", UnaryOp.Len => "#", UnaryOp.BNot => "bnot", _ => "?",
    };

    private static void List(StringBuilder sb, IEnumerable<Expr> es)
    {
        foreach (var e in es) { sb.Append(' '); Write(sb, e); }
    }

    private static void Write(StringBuilder sb, Expr e)
    {
        switch (e)
        {
            case NilExpr: sb.Append("nil"); break;
            case TrueExpr: sb.Append("true"); break;
            case FalseExpr: sb.Append("false"); break;
            case VarargExpr: sb.Append("..."); break;
            case IntegerExpr i: sb.Append(i.Value.ToString(CultureInfo.InvariantCulture)); break;
            case FloatExpr f: sb.Append(f.Value.ToString("R", CultureInfo.InvariantCulture)).Append('f'); break;
            case StringExpr s: sb.Append('"').Append(Encoding.Latin1.GetString(s.Value.Span)).Append('"'); break;
            case NameExpr n: sb.Append(n.Name); break;
            case ParenExpr p: sb.Append("(paren "); Write(sb, p.Inner); sb.Append(')'); break;
            case IndexExpr x: sb.Append("(index "); Write(sb, x.Object); sb.Append(' '); Write(sb, x.Key); sb.Append(')'); break;
            case CallExpr c: sb.Append("(call "); Write(sb, c.Function); List(sb, c.Args); sb.Append(')'); break;
            case MethodCallExpr m: sb.Append("(method "); Write(sb, m.Object); sb.Append(' ').Append(m.Method); List(sb, m.Args); sb.Append(')'); break;
            case BinaryExpr b: sb.Append('(').Append(Op(b.Op)).Append(' '); Write(sb, b.Left); sb.Append(' '); Write(sb, b.Right); sb.Append(')'); break;
            case UnaryExpr u: sb.Append('(').Append(Op(u.Op)).Append(' '); Write(sb, u.Operand); sb.Append(')'); break;
            case FunctionExpr fn: Write(sb, fn.Body); break;
            case TableExpr t:
                sb.Append("(table");
                foreach (var f in t.Fields)
                {
                    sb.Append(' ');
                    switch (f.Kind)
                    {
                        case TableFieldKind.Positional: Write(sb, f.Value); break;
                        case TableFieldKind.Named: sb.Append('('); Write(sb, f.Key!); sb.Append(" = "); Write(sb, f.Value); sb.Append(')'); break;
                        default: sb.Append("(["); Write(sb, f.Key!); sb.Append("] = "); Write(sb, f.Value); sb.Append(')'); break;
                    }
                }
                sb.Append(')');
                break;
            default: sb.Append("?").Append(e.GetType().Name); break;
        }
    }

    private static void Write(StringBuilder sb, FunctionBody f)
    {
        sb.Append("(function (");
        if (f.IsMethod) sb.Append("self:");
        sb.Append(string.Join(" ", f.Params));
        if (f.IsVararg) sb.Append(f.Params.Count > 0 ? " ..." : "...");
        sb.Append(") ");
        Write(sb, f.Body);
        sb.Append(')');
    }

    private static void Write(StringBuilder sb, Block b)
    {
        sb.Append('{');
        for (int i = 0; i < b.Stats.Count; i++)
        {
            if (i > 0) sb.Append("; ");
            Write(sb, b.Stats[i]);
        }
        sb.Append('}');
    }

    private static void Write(StringBuilder sb, Stat s)
    {
        switch (s)
        {
            case LocalStat l:
                sb.Append("local");
                foreach (var n in l.Names)
                {
                    sb.Append(' ').Append(n.Name);
                    if (n.Attribute != LocalAttribute.None) sb.Append('<').Append(n.Attribute == LocalAttribute.Const ? "const" : "close").Append('>');
                }
                if (l.Values.Count > 0) { sb.Append(" ="); List(sb, l.Values); }
                break;
            case AssignStat a: sb.Append("set"); List(sb, a.Targets); sb.Append(" ="); List(sb, a.Values); break;
            case CallStat c: Write(sb, c.Call); break;
            case DoStat d: sb.Append("do "); Write(sb, d.Body); break;
            case WhileStat w: sb.Append("while "); Write(sb, w.Condition); sb.Append(' '); Write(sb, w.Body); break;
            case RepeatStat r: sb.Append("repeat "); Write(sb, r.Body); sb.Append(" until "); Write(sb, r.Condition); break;
            case IfStat i:
                sb.Append("if");
                foreach (var c in i.Clauses) { sb.Append(' '); Write(sb, c.Condition); sb.Append(' '); Write(sb, c.Body); }
                if (i.Else != null) { sb.Append(" else "); Write(sb, i.Else); }
                break;
            case NumericForStat f:
                sb.Append("for ").Append(f.Variable).Append(" = "); Write(sb, f.Start); sb.Append(", "); Write(sb, f.Limit);
                if (f.Step != null) { sb.Append(", "); Write(sb, f.Step); }
                sb.Append(' '); Write(sb, f.Body);
                break;
            case GenericForStat g: sb.Append("for ").Append(string.Join(",", g.Names)).Append(" in"); List(sb, g.Values); sb.Append(' '); Write(sb, g.Body); break;
            case FunctionStat fs: sb.Append("function "); Write(sb, fs.Target); sb.Append(' '); Write(sb, fs.Function); break;
            case LocalFunctionStat lf: sb.Append("local function ").Append(lf.Name).Append(' '); Write(sb, lf.Function); break;
            case ReturnStat r: sb.Append("return"); List(sb, r.Values); break;
            case BreakStat: sb.Append("break"); break;
            case GotoStat g: sb.Append("goto ").Append(g.Label); break;
            case LabelStat l: sb.Append("::").Append(l.Label).Append("::"); break;
            default: sb.Append('?').Append(s.GetType().Name); break;
        }
    }
}
