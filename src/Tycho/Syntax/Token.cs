using Tycho.Runtime;

namespace Tycho.Syntax;

/// <summary>
/// Token codes, numbered as llex.h: single-byte symbols are their byte value (0..255); reserved words and
/// multi-byte symbols follow from <see cref="FirstReserved"/> in luaX_tokens order (the order matters for
/// <see cref="ToDisplay(int)"/>: everything before <see cref="Eos"/> prints quoted).
/// </summary>
internal static class Tk
{
    public const int FirstReserved = 257;
    public const int And = 257, Break = 258, Do = 259, Else = 260, Elseif = 261, End = 262, False = 263, For = 264,
        Function = 265, Goto = 266, If = 267, In = 268, Local = 269, Nil = 270, Not = 271, Or = 272, Repeat = 273,
        Return = 274, Then = 275, True = 276, Until = 277, While = 278;
    public const int IDiv = 279, Concat = 280, Dots = 281, Eq = 282, Ge = 283, Le = 284, Ne = 285, Shl = 286,
        Shr = 287, DbColon = 288, Eos = 289, Flt = 290, Int = 291, Name = 292, String = 293;

    /// <summary>luaX_tokens: display names of the tokens from <see cref="FirstReserved"/> on.</summary>
    private static readonly string[] Names =
    {
        "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in", "local",
        "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
        "//", "..", "...", "==", ">=", "<=", "~=", "<<", ">>", "::", "<eof>", "<number>", "<integer>", "<name>", "<string>",
    };

    /// <summary>Number of reserved words (they come first in <see cref="Names"/>).</summary>
    public const int ReservedCount = 22;

    /// <summary>Spelling of reserved word <paramref name="token"/>.</summary>
    public static string ReservedWord(int token) => Names[token - FirstReserved];

    /// <summary>luaX_token2str: <c>'x'</c> for symbols and reserved words, <c>'&lt;\N&gt;'</c> for control
    /// bytes, bare <c>&lt;eof&gt;</c>, <c>&lt;name&gt;</c>, ... for the token classes.</summary>
    public static string ToDisplay(int token) => ToDisplay(token, false);

    /// <summary><see cref="ToDisplay(int)"/>, or with <paramref name="quoteAll"/> 5.1's luaX_token2str, which
    /// quotes the token classes too (<c>'&lt;eof&gt;'</c>).</summary>
    public static string ToDisplay(int token, bool quoteAll)
    {
        if (token < FirstReserved)
        {
            // lisprint of Lua's own ctype table (C locale): printable ASCII only.
            if (token >= 0x20 && token < 0x7F) return "'" + (char)token + "'";
            return "'<\\" + token + ">'";
        }
        string s = Names[token - FirstReserved];
        return token < Eos || quoteAll ? "'" + s + "'" : s;
    }
}

/// <summary>A lexed token with its semantic value (llex.h Token + SemInfo).</summary>
internal struct Token
{
    /// <summary>Token code (<see cref="Tk"/>).</summary>
    public int Kind;
    /// <summary>Name of a <see cref="Tk.Name"/> token (interned).</summary>
    public string? Name;
    /// <summary>Index of <see cref="Name"/> in the lexer's name table.</summary>
    public int NameId;
    /// <summary>Value of a <see cref="Tk.String"/> token.</summary>
    public LuaString? Str;
    /// <summary>Value of a <see cref="Tk.Int"/> token.</summary>
    public long Int;
    /// <summary>Value of a <see cref="Tk.Flt"/> token.</summary>
    public double Flt;
    /// <summary>Source span of a numeral (its text for messages).</summary>
    public int Start, End;
    /// <summary>For strings: the quote byte, or 0 for a long string whose level is <see cref="LongLevel"/>.</summary>
    public byte Delim;
    /// <summary>Number of '=' of a long string's brackets.</summary>
    public int LongLevel;
}
