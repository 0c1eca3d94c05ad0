using Tycho.Runtime;

namespace Tycho.Syntax;

// The syntax tree of a Lua 5.4 chunk (manual §3, grammar in §9). The parser builds it; the compiler walks it.
// Every node carries the source line the compiler attributes its instructions to, chosen as lparser.c does so
// that error positions match lua5.4.

/// <summary>Base of all syntax tree nodes.</summary>
internal abstract class Node
{
    /// <summary>1-based source line.</summary>
    public int Line;
}

// ---------------------------------------------------------------- expressions

/// <summary>Base of expressions.</summary>
internal abstract class Expr : Node { }

/// <summary><c>nil</c></summary>
internal sealed class NilExpr : Expr { }
/// <summary><c>true</c></summary>
internal sealed class TrueExpr : Expr { }
/// <summary><c>false</c></summary>
internal sealed class FalseExpr : Expr { }
/// <summary><c>...</c> (only legal inside a vararg function; the parser checks: "cannot use '...' outside a vararg function").</summary>
internal sealed class VarargExpr : Expr { }
/// <summary>An integer numeral (after overflow rules: a decimal numeral that overflows is a <see cref="FloatExpr"/>).</summary>
internal sealed class IntegerExpr : Expr { public long Value; }
/// <summary>A float numeral.</summary>
internal sealed class FloatExpr : Expr { public double Value; }
/// <summary>A string literal, escapes already decoded to bytes.</summary>
internal sealed class StringExpr : Expr { public LuaString Value = LuaString.Empty; }
/// <summary>An anonymous function <c>function (params) body end</c>.</summary>
internal sealed class FunctionExpr : Expr { public FunctionBody Body = null!; }

/// <summary>A name used as an expression; the compiler resolves it to a local, an upvalue or <c>_ENV.name</c>.</summary>
internal sealed class NameExpr : Expr { public string Name = ""; }

/// <summary><c>obj[key]</c>; <c>obj.name</c> is an IndexExpr whose key is a <see cref="StringExpr"/>.
/// Line: the line of the <c>[</c> or <c>.</c>.</summary>
internal sealed class IndexExpr : Expr { public Expr Object = null!; public Expr Key = null!; }

/// <summary><c>f(args)</c>, <c>f"str"</c>, <c>f{...}</c>. Line: where the whole suffixed expression starts
/// (lparser.c suffixedexp), which is the line lua5.4 reports for the call.</summary>
internal sealed class CallExpr : Expr { public Expr Function = null!; public List<Expr> Args = new(); }

/// <summary><c>obj:name(args)</c>. Line as for <see cref="CallExpr"/>.</summary>
internal sealed class MethodCallExpr : Expr { public Expr Object = null!; public string Method = ""; public List<Expr> Args = new(); }

/// <summary><c>(e)</c>: adjusts a multi-valued expression to one value; otherwise transparent.</summary>
internal sealed class ParenExpr : Expr { public Expr Inner = null!; }

/// <summary>Binary operators, lowest to highest precedence groups as in §3.4.8.</summary>
internal enum BinaryOp
{
    Or, And,
    Lt, Gt, Le, Ge, Ne, Eq,
    BOr, BXor, BAnd, Shl, Shr,
    Concat,
    Add, Sub,
    Mul, Div, IDiv, Mod,
    Pow,
}

/// <summary>A binary operation. Line: the line of the operator token.</summary>
internal sealed class BinaryExpr : Expr { public BinaryOp Op; public Expr Left = null!; public Expr Right = null!; }

/// <summary>Unary operators: <c>not</c>, <c>-</c>, <c>#</c>, <c>~</c>.</summary>
internal enum UnaryOp { Not, Neg, Len, BNot }

/// <summary>A unary operation. Line: the line of the operator token.</summary>
internal sealed class UnaryExpr : Expr { public UnaryOp Op; public Expr Operand = null!; }

/// <summary>Kinds of table constructor fields.</summary>
internal enum TableFieldKind
{
    /// <summary><c>exp</c>: the next positional element.</summary>
    Positional,
    /// <summary><c>name = exp</c> (key is a <see cref="StringExpr"/>).</summary>
    Named,
    /// <summary><c>[exp] = exp</c>.</summary>
    Keyed,
}

/// <summary>One field of a table constructor.</summary>
internal sealed class TableField : Node { public TableFieldKind Kind; public Expr? Key; public Expr Value = null!; }

/// <summary><c>{ fields }</c>. Line: the line of <c>{</c>.</summary>
internal sealed class TableExpr : Expr { public List<TableField> Fields = new(); }

// ---------------------------------------------------------------- functions and blocks

/// <summary>A sequence of statements with its own scope. <see cref="EndLine"/> is the line of the token that
/// closes it (<c>end</c>, <c>until</c>, <c>else</c>, ... or end of file), where lua5.4 reports pending-goto errors.</summary>
internal sealed class Block : Node { public List<Stat> Stats = new(); public int EndLine; }

/// <summary>Parameters and body of a function (or of the main chunk, which is vararg with no parameters).</summary>
internal sealed class FunctionBody : Node
{
    /// <summary>Named parameters, not including the implicit <c>self</c> of a method.</summary>
    public List<string> Params = new();
    /// <summary>True when the parameter list ends with <c>...</c>.</summary>
    public bool IsVararg;
    /// <summary>True when the body itself evaluates <c>...</c> (Lua 5.1 then leaves its <c>arg</c> local nil).</summary>
    public bool UsesVararg;
    /// <summary>True for <c>function a:b() end</c>: an implicit first parameter <c>self</c>.</summary>
    public bool IsMethod;
    /// <summary>The name of the vararg table, <c>...t</c> (Lua 5.5 manual §3.4.11): a read-only local holding the
    /// extra arguments with their count at <c>n</c>; null when the vararg parameter is anonymous.</summary>
    public string? VarargName;
    /// <summary>The statements.</summary>
    public Block Body = null!;
    /// <summary>Line of the <c>end</c> token (lastlinedefined). <see cref="Node.Line"/> is linedefined as lparser.c
    /// records it: the line of the token after <c>function</c> (after the name for named functions), which differs
    /// from the <c>function</c> keyword's line only across a line break; 0 for a main chunk.</summary>
    public int EndLine;
    /// <summary>Line of the token after <c>end</c>: where lparser.c stands when close_func reports an unresolved
    /// <c>break</c> or <c>goto</c> of the body.</summary>
    public int NextLine;
}

/// <summary>A parsed chunk: the main function (vararg, no parameters) and its chunk name (<c>"@file.lua"</c>, <c>"=stdin"</c>, or source text).</summary>
internal sealed class Chunk
{
    public FunctionBody Main = null!;
    public string ChunkName = "?";
    /// <summary>The dialect the chunk was parsed for (the code generator follows it too).</summary>
    public LanguageProfile Profile = LanguageProfile.Lua54;
}

// ---------------------------------------------------------------- statements

/// <summary>Base of statements.</summary>
internal abstract class Stat : Node { }

/// <summary>Attribute of a local variable (§3.3.7).</summary>
internal enum LocalAttribute { None, Const, Close }

/// <summary>A name declared by <c>local</c>, with its attribute.</summary>
internal sealed class LocalName { public string Name = ""; public LocalAttribute Attribute; }

/// <summary><c>local names [= exprs]</c>.</summary>
internal sealed class LocalStat : Stat { public List<LocalName> Names = new(); public List<Expr> Values = new(); }

/// <summary><c>targets = values</c>; targets are <see cref="NameExpr"/> or <see cref="IndexExpr"/>.
/// Line: the line of the <c>=</c>.</summary>
internal sealed class AssignStat : Stat { public List<Expr> Targets = new(); public List<Expr> Values = new(); }

/// <summary>A function call used as a statement (its results are discarded).</summary>
internal sealed class CallStat : Stat { public Expr Call = null!; }

/// <summary><c>do block end</c></summary>
internal sealed class DoStat : Stat { public Block Body = null!; }

/// <summary><c>while cond do block end</c></summary>
internal sealed class WhileStat : Stat { public Expr Condition = null!; public Block Body = null!; }

/// <summary><c>repeat block until cond</c>; the condition sees the block's locals.</summary>
internal sealed class RepeatStat : Stat { public Block Body = null!; public Expr Condition = null!; }

/// <summary>One <c>if</c>/<c>elseif</c> arm.</summary>
internal sealed class IfClause : Node
{
    public Expr Condition = null!;
    /// <summary>Line of the <c>then</c> token: lparser.c codes the condition's test after reading it, so line hooks
    /// and error positions see that line.</summary>
    public int ThenLine;
    public Block Body = null!;
}

/// <summary><c>if c then b {elseif c then b} [else b] end</c></summary>
internal sealed class IfStat : Stat { public List<IfClause> Clauses = new(); public Block? Else; }

/// <summary><c>for v = start, limit [, step] do block end</c> (§3.3.5).</summary>
internal sealed class NumericForStat : Stat
{
    public string Variable = "";
    public Expr Start = null!, Limit = null!;
    public Expr? Step;
    /// <summary>Line of the <c>do</c> token: lparser.c forbody codes the loop's preparation after reading it.</summary>
    public int DoLine;
    public Block Body = null!;
}

/// <summary><c>for names in exprs do block end</c> (§3.3.5).</summary>
internal sealed class GenericForStat : Stat
{
    public List<string> Names = new();
    public List<Expr> Values = new();
    /// <summary>Line of the <c>do</c> token: lparser.c forbody codes the loop's preparation after reading it.</summary>
    public int DoLine;
    public Block Body = null!;
}

/// <summary><c>function a.b.c:m() body end</c>: <see cref="Target"/> is the assigned place (a NameExpr or an
/// IndexExpr chain); <see cref="FunctionBody.IsMethod"/> is set for the colon form.</summary>
internal sealed class FunctionStat : Stat { public Expr Target = null!; public FunctionBody Function = null!; }

/// <summary><c>local function name() body end</c>: the local is in scope inside the body (recursion).</summary>
internal sealed class LocalFunctionStat : Stat { public string Name = ""; public FunctionBody Function = null!; }

/// <summary><c>global [attrib] names [= exprs]</c> or <c>global [attrib] *</c> (Lua 5.5 manual §3.3.7): a compile-time
/// declaration; only the initialization runs. An attribute is <see cref="LocalAttribute.Const"/> or none.</summary>
internal sealed class GlobalStat : Stat
{
    /// <summary>The declared names, empty for the collective form <c>*</c>.</summary>
    public List<LocalName> Names = new();
    /// <summary>True for <c>global [attrib] *</c>.</summary>
    public bool IsCollective;
    /// <summary>The attribute of the collective form.</summary>
    public LocalAttribute CollectiveAttribute;
    /// <summary>The initializing expressions (none when the statement only declares).</summary>
    public List<Expr> Values = new();
    /// <summary>Line of the token after <c>=</c>'s expression list starts (lparser.c initglobal's line).</summary>
    public int ValuesLine;
}

/// <summary><c>global function name() body end</c> (Lua 5.5 manual §3.4.11): declares the global, then initializes
/// it, which fails if it already has a value.</summary>
internal sealed class GlobalFunctionStat : Stat { public string Name = ""; public FunctionBody Function = null!; }

/// <summary><c>return [exprs]</c>; always the last statement of a block.</summary>
internal sealed class ReturnStat : Stat { public List<Expr> Values = new(); }

/// <summary><c>break</c></summary>
internal sealed class BreakStat : Stat
{
    /// <summary>Line of the token before the keyword, where 5.2 and 5.3 code the jump (lparser.c statement calls
    /// luaK_jump before gotostat reads the keyword).</summary>
    public int LineBefore;
}

/// <summary><c>goto name</c></summary>
internal sealed class GotoStat : Stat
{
    public string Label = "";
    /// <summary>See <see cref="BreakStat.LineBefore"/>.</summary>
    public int LineBefore;
}

/// <summary><c>::name::</c></summary>
internal sealed class LabelStat : Stat { public string Label = ""; }
