using System.Runtime.CompilerServices;
using System.Text;
using Tycho.Runtime;

namespace Tycho.Syntax;

/// <summary>
/// The Lua 5.4 lexer (manual §3.1), a byte-level port of llex.c: same token classes, same newline handling
/// (<c>\r\n</c>, <c>\n\r</c>, <c>\n</c>, <c>\r</c> each count as one line), same escape decoding and the same error
/// messages, including the "near" text, which llex takes from its token buffer (for a string, the opening quote
/// and the characters decoded so far).
/// </summary>
internal sealed class Lexer
{
    private const int Eoz = -1;

    private readonly byte[] _src;
    private int _pos;
    private readonly string _chunkId;
    private readonly NameTable _names;
    // luaX_newstring's anchor table: equal literals of one chunk are one string object, long ones included,
    // so %p shows the same address for them in every function of the chunk (literals.lua "reuse of long strings").
    private readonly Dictionary<LuaString, LuaString> _literals = new();

    // llex's token buffer, used for strings (values and error texts).
    private byte[] _buf = new byte[64];
    private int _bufLen;

    /// <summary>Current line (ls->linenumber): the line where the lexer stands, i.e. where the last lexed token ends.</summary>
    public int Line = 1;
    /// <summary>The line of the token before <see cref="Current"/> (ls->lastline).</summary>
    public int LastLine = 1;
    /// <summary>The current token (ls->t).</summary>
    public Token Current;
    /// <summary>The lookahead token (ls->lookahead), or Kind <see cref="Tk.Eos"/> when none.</summary>
    private Token _ahead;
    private bool _hasAhead;
    // The last lexed token: lparser's "near" text is whatever llex's buffer holds, i.e. this token's text.
    private Token _lastLexed;

    /// <summary>Creates a lexer over <paramref name="source"/> for the dialect <paramref name="profile"/> (Lua 5.4
    /// when null); <paramref name="chunkId"/> prefixes messages.</summary>
    public Lexer(byte[] source, string chunkId, CompileMeter? meter = null, LanguageProfile? profile = null)
    {
        _src = source;
        _chunkId = chunkId;
        _meter = meter ?? CompileMeter.None;
        _profile = profile ?? LanguageProfile.Lua54;
        _names = new NameTable(_profile.HasGoto);
    }

    /// <summary>How this dialect's messages show <paramref name="token"/> (5.1 quotes <c>'&lt;eof&gt;'</c>).</summary>
    public string Display(int token) => Tk.ToDisplay(token, _profile.QuotesTokenClasses);

    /// <summary>The dialect being lexed (its reserved words and numerals).</summary>
    private readonly LanguageProfile _profile;

    /// <summary>Where each token's work and syntax-tree memory are charged.</summary>
    private readonly CompileMeter _meter;

    /// <summary>luaX_next's scan, charged to the meter by the bytes it consumed.</summary>
    private void LexCharged(ref Token t)
    {
        int start = _pos;
        Lex(ref t);
        _meter.Token(_pos - start);
    }

    private int Cur
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _pos < _src.Length ? _src[_pos] : Eoz;
    }

    private bool CurIsNewline => _pos < _src.Length && (_src[_pos] == '\n' || _src[_pos] == '\r');

    /// <summary>luaX_next: advances to the next token.</summary>
    public void Next()
    {
        LastLine = Line;
        if (_hasAhead)
        {
            Current = _ahead;
            _hasAhead = false;
        }
        else
        {
            LexCharged(ref Current);
            _lastLexed = Current;
        }
    }

    /// <summary>luaX_lookahead: the kind of the token after <see cref="Current"/>.</summary>
    public int Lookahead()
    {
        if (!_hasAhead)
        {
            LexCharged(ref _ahead);
            _lastLexed = _ahead;
            _hasAhead = true;
        }
        return _ahead.Kind;
    }

    /// <summary>The current <see cref="Tk.Name"/> token's name as a Lua string (shared by all its uses).</summary>
    public LuaString CurrentNameString() => _names.LuaStringOf(Current.NameId);

    // ------------------------------------------------------------------ errors

    /// <summary>luaX_syntaxerror: <paramref name="msg"/> near the current token.</summary>
    public LuaSyntaxException SyntaxError(string msg) => Error(msg, Current.Kind);

    /// <summary>luaK_semerror: <paramref name="msg"/> at the current line, without a "near" part; Lua 5.5's is at the
    /// line of the last token consumed (lcode.c luaK_semerror goes back to lastline).</summary>
    public LuaSyntaxException SemanticError(string msg) =>
        _profile.HasGlobalDeclarations ? new LuaSyntaxException(_chunkId + ":" + LastLine + ": " + msg) : Error(msg, 0);

    /// <summary>lexerror: the message with position, and "near" the text of <paramref name="token"/> when not 0.</summary>
    public LuaSyntaxException Error(string msg, int token)
    {
        string full = _chunkId + ":" + Line + ": " + msg;
        if (token != 0) full += " near " + TokenText(token);
        return new LuaSyntaxException(full);
    }

    /// <summary>txtToken: names, strings and numerals show their source form (from the token buffer).</summary>
    private string TokenText(int token)
    {
        if (token is Tk.Name or Tk.String or Tk.Flt or Tk.Int)
        {
            ref Token t = ref _lastLexed;
            switch (t.Kind)
            {
                case Tk.Name: return "'" + t.Name + "'";
                case Tk.Int: case Tk.Flt: return "'" + Latin(_src.AsSpan(t.Start, t.End - t.Start)) + "'";
                case Tk.String:
                {
                    var sb = new List<byte>(t.Str!.Length + 8);
                    if (t.Delim != 0) sb.Add(t.Delim);
                    else { sb.Add((byte)'['); for (int i = 0; i < t.LongLevel; i++) sb.Add((byte)'='); sb.Add((byte)'['); }
                    sb.AddRange(t.Str.Span);
                    if (t.Delim != 0) sb.Add(t.Delim);
                    else { sb.Add((byte)']'); for (int i = 0; i < t.LongLevel; i++) sb.Add((byte)'='); sb.Add((byte)']'); }
                    return "'" + Latin(sb.ToArray()) + "'";
                }
            }
        }
        return Display(token);
    }

    /// <summary>Text of the token buffer for errors raised while lexing.</summary>
    private LuaString Anchor(LuaString s)
    {
        if (s.Length <= 1) return s;   // already one shared instance per process
        if (_literals.TryGetValue(s, out var first)) return first;
        _literals.Add(s, s);
        return s;
    }

    private string BufferText() => "'" + Latin(_buf.AsSpan(0, _bufLen)) + "'";

    /// <summary>Converts message bytes to text; like C's "%s", stops at the first NUL. Bytes are decoded as UTF-8
    /// so that the message converts back to the same bytes when it is valid UTF-8.</summary>
    private static string Latin(ReadOnlySpan<byte> bytes)
    {
        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0) bytes = bytes.Slice(0, nul);
        return Encoding.UTF8.GetString(bytes);
    }

    private LuaSyntaxException BufferError(string msg)
    {
        return new LuaSyntaxException(_chunkId + ":" + Line + ": " + msg + " near " + BufferText());
    }

    // ------------------------------------------------------------------ buffer

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Save(int c)
    {
        if (_bufLen == _buf.Length) Array.Resize(ref _buf, _buf.Length * 2);
        _buf[_bufLen++] = (byte)c;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SaveAndNext()
    {
        Save(_src[_pos]);
        _pos++;
    }

    // ------------------------------------------------------------------ scanning

    private void IncLineNumber()
    {
        int old = _src[_pos];
        _pos++; // skip '\n' or '\r'
        if (CurIsNewline && _src[_pos] != old) _pos++; // skip '\n\r' or '\r\n'
        if (++Line >= int.MaxValue) throw Error("chunk has too many lines", 0);
    }

    private static bool IsAlpha(int c) => (uint)((c | 0x20) - 'a') < 26 || c == '_';
    private static bool IsDigit(int c) => (uint)(c - '0') < 10;
    private static bool IsAlnum(int c) => IsAlpha(c) || IsDigit(c);
    private static bool IsXDigit(int c) => IsDigit(c) || (uint)((c | 0x20) - 'a') < 6;
    private static bool IsSpace(int c) => c == ' ' || (c >= '\t' && c <= '\r');
    private static int HexValue(int c) => IsDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;

    private bool CheckNext1(int c)
    {
        if (Cur == c) { _pos++; return true; }
        return false;
    }

    /// <summary>llex: reads one token into <paramref name="t"/>.</summary>
    private void Lex(ref Token t)
    {
        _bufLen = 0;
        byte[] src = _src;
        for (;;)
        {
            if (_pos >= src.Length) { t.Kind = Tk.Eos; return; }
            int c = src[_pos];
            switch (c)
            {
                case '\n': case '\r':
                    IncLineNumber();
                    continue;
                case ' ': case '\f': case '\t': case '\v':
                    _pos++;
                    continue;
                case '-':
                    _pos++;
                    if (Cur != '-') { t.Kind = '-'; return; }
                    _pos++;
                    if (Cur == '[')
                    {
                        int sep = SkipSep();
                        _bufLen = 0;
                        if (sep >= 2)
                        {
                            ReadLongString(ref t, sep, false);
                            _bufLen = 0;
                            continue;
                        }
                    }
                    while (_pos < src.Length && src[_pos] != '\n' && src[_pos] != '\r') _pos++;
                    continue;
                case '[':
                {
                    int sep = SkipSep();
                    if (sep >= 2) { ReadLongString(ref t, sep, true); t.Kind = Tk.String; return; }
                    if (sep == 0) throw BufferError("invalid long string delimiter");
                    t.Kind = '[';
                    return;
                }
                case '=':
                    _pos++;
                    t.Kind = CheckNext1('=') ? Tk.Eq : '=';
                    return;
                case '<':
                    _pos++;
                    t.Kind = CheckNext1('=') ? Tk.Le : _profile.HasIntegers && CheckNext1('<') ? Tk.Shl : '<';
                    return;
                case '>':
                    _pos++;
                    t.Kind = CheckNext1('=') ? Tk.Ge : _profile.HasIntegers && CheckNext1('>') ? Tk.Shr : '>';
                    return;
                case '/':
                    _pos++;
                    t.Kind = _profile.HasIntegers && CheckNext1('/') ? Tk.IDiv : '/';
                    return;
                case '~':
                    _pos++;
                    t.Kind = CheckNext1('=') ? Tk.Ne : '~';
                    return;
                case ':':
                    _pos++;
                    t.Kind = _profile.HasGoto && CheckNext1(':') ? Tk.DbColon : ':';
                    return;
                case '"': case '\'':
                    ReadString(ref t, c);
                    t.Kind = Tk.String;
                    return;
                case '.':
                {
                    int start = _pos;
                    _pos++;
                    if (CheckNext1('.')) { t.Kind = CheckNext1('.') ? Tk.Dots : Tk.Concat; return; }
                    if (!IsDigit(Cur)) { t.Kind = '.'; return; }
                    ReadNumeral(ref t, start);
                    return;
                }
                case >= '0' and <= '9':
                    ReadNumeral(ref t, _pos);
                    return;
                default:
                    if (IsAlpha(c))
                    {
                        int start = _pos;
                        do _pos++; while (_pos < src.Length && IsAlnum(src[_pos]));
                        int kind = _names.Lookup(src.AsSpan(start, _pos - start), out string name, out int id);
                        t.Kind = kind;
                        t.Name = name;
                        t.NameId = id;
                        return;
                    }
                    _pos++;
                    t.Kind = c; // single-byte token
                    return;
            }
        }
    }

    /// <summary>read_numeral: scans like llex (hex digits, dots, exponent signs, one touching letter) and converts
    /// with lua_stringtonumber rules; failure is "malformed number".</summary>
    private void ReadNumeral(ref Token t, int start)
    {
        if (!_profile.HasHexFloats) { ReadNumeral51(ref t, start); return; }
        byte[] src = _src;
        int e1 = 'e', e2 = 'E';
        int first = src[_pos];
        _pos++;
        if (first == '0' && (Cur == 'x' || Cur == 'X')) { _pos++; e1 = 'p'; e2 = 'P'; }
        for (;;)
        {
            int c = Cur;
            if (c == e1 || c == e2)
            {
                _pos++;
                if (Cur == '-' || Cur == '+') _pos++;
            }
            else if (IsXDigit(c) || c == '.') _pos++;
            else break;
        }
        if (_profile.HasIntegers && IsAlpha(Cur)) _pos++; // numeral touching a letter: force an error (5.3 on)
        ConvertNumeral(ref t, start);
    }

    /// <summary>Lua 5.1's read_numeral: digits and dots, an optional exponent sign after <c>e</c>, then any letters,
    /// digits and underscores; the text must then be a whole C numeral (strtod, which reads hexadecimal too).</summary>
    private void ReadNumeral51(ref Token t, int start)
    {
        while (IsDigit(Cur) || Cur == '.') _pos++;
        if (Cur == 'e' || Cur == 'E')
        {
            _pos++;
            if (Cur == '+' || Cur == '-') _pos++;
        }
        while (IsAlnum(Cur)) _pos++;
        ConvertNumeral(ref t, start);
    }

    /// <summary>Converts the numeral from <paramref name="start"/> to the current position: integers and floats
    /// with lua_stringtonumber's rules, or a float for every numeral in dialects without integers (5.1 and 5.2
    /// read hexadecimal numerals as floats too, so <c>0xffffffffffffffff</c> is 2^64 - 1 rounded, not -1).</summary>
    private void ConvertNumeral(ref Token t, int start)
    {
        byte[] src = _src;
        t.Start = start;
        t.End = _pos;
        var text = src.AsSpan(start, _pos - start);
        LuaValue v;
        bool ok = _profile.HasIntegers ? NumberParser.TryParse(text, out v) : TryParseFloatNumeral(text, out v);
        if (!ok || text.Length == 0 || IsSpace(text[^1]))
        {
            _bufLen = 0;
            for (int i = start; i < _pos; i++) Save(src[i]);
            throw BufferError("malformed number");
        }
        if (v.IsInteger) { t.Kind = Tk.Int; t.Int = v.RawInteger; }
        else { t.Kind = Tk.Flt; t.Flt = v.RawFloat; }
    }

    private static bool TryParseFloatNumeral(ReadOnlySpan<byte> text, out LuaValue v)
    {
        bool ok = NumberParser.TryParseFloat(text, out double d);
        v = LuaValue.FromFloat(d);
        return ok;
    }

    /// <summary>skip_sep: reads '[' or ']' and '='s; returns level+2 for a full bracket, 1 for a lone bracket,
    /// 0 for '[=' without the second bracket. Saves what it reads into the buffer.</summary>
    private int SkipSep()
    {
        int s = _src[_pos];
        int count = 0;
        SaveAndNext();
        while (Cur == '=') { SaveAndNext(); count++; }
        return Cur == s ? count + 2 : count == 0 ? 1 : 0;
    }

    /// <summary>read_long_string: the first newline is skipped, every newline sequence becomes '\n'.</summary>
    private void ReadLongString(ref Token t, int sep, bool isString)
    {
        int line = Line;
        SaveAndNext(); // skip 2nd '['
        if (CurIsNewline) IncLineNumber();
        for (;;)
        {
            int c = Cur;
            switch (c)
            {
                case Eoz:
                    throw Error("unfinished long " + (isString ? "string" : "comment")
                        + (_profile.LongStringErrorHasLine ? " (starting at line " + line + ")" : ""), Tk.Eos);
                case '[' when _profile.RejectsNestedLongBrackets:
                    // Lua 5.1 (LUA_COMPAT_LSTR == 1) rejects a nested "[[" inside a level-0 long bracket.
                    if (SkipSep() == sep && sep == 2) throw Error("nesting of [[...]] is deprecated", '[');
                    break;
                case ']':
                    if (SkipSep() == sep)
                    {
                        SaveAndNext(); // skip 2nd ']'
                        goto endloop;
                    }
                    break;
                case '\n': case '\r':
                    Save('\n');
                    IncLineNumber();
                    if (!isString) _bufLen = 0;
                    break;
                default:
                    if (isString)
                    {
                        // Copy the run of ordinary bytes at once.
                        int start = _pos;
                        byte[] src = _src;
                        while (_pos < src.Length && src[_pos] != ']' && src[_pos] != '\n' && src[_pos] != '\r'
                               && (src[_pos] != '[' || !_profile.RejectsNestedLongBrackets)) _pos++;
                        AppendSource(start, _pos - start);
                    }
                    else
                    {
                        _pos++;
                    }
                    break;
            }
        }
    endloop:
        if (isString)
        {
            t.Str = Anchor(LuaString.FromBytes(_buf.AsSpan(sep, _bufLen - 2 * sep)));
            t.Delim = 0;
            t.LongLevel = sep - 2;
        }
    }

    private void AppendSource(int start, int count)
    {
        if (_bufLen + count > _buf.Length) Array.Resize(ref _buf, Math.Max(_buf.Length * 2, _bufLen + count));
        Buffer.BlockCopy(_src, start, _buf, _bufLen, count);
        _bufLen += count;
    }

    // ------------------------------------------------------------------ short strings

    private void EscCheck(bool ok, string msg, bool saveCurrent = true)
    {
        if (ok) return;
        if (saveCurrent && Cur != Eoz) SaveAndNext(); // add current to buffer for error message
        if (_profile.EscapeErrorShowsSequence)
        {
            // Lua 5.2's escerror shows the escape sequence alone, from its backslash.
            int bs = _buf.AsSpan(0, _bufLen).LastIndexOf((byte)'\\');
            throw new LuaSyntaxException(_chunkId + ":" + Line + ": " + msg + " near '" + Latin(_buf.AsSpan(bs, _bufLen - bs)) + "'");
        }
        throw BufferError(msg);
    }

    private int GetHexa()
    {
        SaveAndNext();
        EscCheck(IsXDigit(Cur), "hexadecimal digit expected");
        return HexValue(Cur);
    }

    private int ReadHexaEsc()
    {
        int r = GetHexa();
        r = (r << 4) + GetHexa();
        _bufLen -= 2; // remove saved chars from buffer
        return r;
    }

    private uint ReadUtf8Esc()
    {
        int i = 4; // chars to be removed: '\', 'u', '{', and first digit
        SaveAndNext(); // skip 'u'
        EscCheck(Cur == '{', "missing '{'");
        uint r = (uint)GetHexa(); // must have at least one digit
        for (;;)
        {
            SaveAndNext();
            if (!IsXDigit(Cur)) break;
            i++;
            if (!_profile.HasExtendedUtf8Escapes)
            {
                // 5.3 llex.c: Unicode only, checked after each digit (so the message shows it)
                r = (r << 4) + (uint)HexValue(Cur);
                EscCheck(r <= 0x10FFFF, "UTF-8 value too large");
                continue;
            }
            EscCheck(r <= (0x7FFFFFFFu >> 4), "UTF-8 value too large");
            r = (r << 4) + (uint)HexValue(Cur);
        }
        EscCheck(Cur == '}', "missing '}'");
        _pos++; // skip '}'
        _bufLen -= i;
        return r;
    }

    /// <summary>luaO_utf8esc: encodes up to 0x7FFFFFFF in the original (up to 6-byte) UTF-8 scheme.</summary>
    private void Utf8Esc()
    {
        uint x = ReadUtf8Esc();
        if (x < 0x80) { Save((int)x); return; }
        Span<byte> tmp = stackalloc byte[8];
        int n = 1;
        uint mfb = 0x3f; // maximum that fits in first byte
        do
        {
            tmp[8 - n++] = (byte)(0x80 | (x & 0x3f));
            x >>= 6;
            mfb >>= 1;
        } while (x > mfb);
        tmp[8 - n] = (byte)((~mfb << 1) | x);
        for (int k = 8 - n; k < 8; k++) Save(tmp[k]);
    }

    private int ReadDecEsc()
    {
        int i, r = 0;
        for (i = 0; i < 3 && IsDigit(Cur); i++)
        {
            r = 10 * r + Cur - '0';
            SaveAndNext();
        }
        if (r > 255 && !_profile.HasHexEscapes)
        {
            // Lua 5.1 keeps neither the backslash nor the digits in its buffer.
            _bufLen -= i + 1;
            throw BufferError("escape sequence too large");
        }
        EscCheck(r <= 255, "decimal escape too large", saveCurrent: !_profile.EscapeErrorShowsSequence);
        _bufLen -= i;
        return r;
    }

    /// <summary>read_string: a quoted string with escapes (§3.1).</summary>
    private void ReadString(ref Token t, int del)
    {
        byte[] src = _src;
        SaveAndNext(); // keep delimiters (for error messages)
        for (;;)
        {
            int c = Cur;
            if (c == del) break;
            switch (c)
            {
                case Eoz:
                    throw Error("unfinished string", Tk.Eos);
                case '\n': case '\r':
                    throw BufferError("unfinished string");
                case '\\':
                {
                    SaveAndNext(); // keep '\\' for error messages
                    int e;
                    int esc = Cur;
                    if (esc is 'x' or 'z' or 'u' && !_profile.HasHexEscapes) esc = 'q';      // 5.1: plain characters
                    else if (esc == 'u' && !_profile.HasUtf8Escapes) esc = 'q';             // 5.2: no \u{XXX}
                    switch (esc)
                    {
                        case 'a': e = '\a'; goto readSave;
                        case 'b': e = '\b'; goto readSave;
                        case 'f': e = '\f'; goto readSave;
                        case 'n': e = '\n'; goto readSave;
                        case 'r': e = '\r'; goto readSave;
                        case 't': e = '\t'; goto readSave;
                        case 'v': e = '\v'; goto readSave;
                        case 'x': e = ReadHexaEsc(); goto readSave;
                        case 'u': Utf8Esc(); goto noSave;
                        case '\n': case '\r':
                            IncLineNumber(); e = '\n'; goto onlySave;
                        case '\\': case '"': case '\'':
                            e = Cur; goto readSave;
                        case Eoz: goto noSave; // will raise an error next loop
                        case 'z':
                            _bufLen--; // remove '\\'
                            _pos++; // skip the 'z'
                            while (IsSpace(Cur))
                            {
                                if (CurIsNewline) IncLineNumber();
                                else _pos++;
                            }
                            goto noSave;
                        default:
                            // Lua 5.1 (manual §2.1) keeps the character after an unknown backslash.
                            if (!IsDigit(Cur) && !_profile.HasHexEscapes) { e = Cur; goto readSave; }
                            EscCheck(IsDigit(Cur), "invalid escape sequence");
                            e = ReadDecEsc();
                            goto onlySave;
                    }
                readSave:
                    _pos++;
                onlySave:
                    _bufLen--; // remove '\\'
                    Save(e);
                noSave:
                    break;
                }
                default:
                {
                    // Copy the run of ordinary bytes at once.
                    int start = _pos;
                    while (_pos < src.Length)
                    {
                        byte b = src[_pos];
                        if (b == del || b == '\\' || b == '\n' || b == '\r') break;
                        _pos++;
                    }
                    AppendSource(start, _pos - start);
                    break;
                }
            }
        }
        SaveAndNext(); // skip delimiter
        t.Str = Anchor(LuaString.FromBytes(_buf.AsSpan(1, _bufLen - 2)));
        t.Delim = (byte)del;
        t.LongLevel = 0;
    }

    // ------------------------------------------------------------------ names

    /// <summary>Interns identifiers so repeated names share one string, and recognises reserved words, without
    /// allocating for names already seen.</summary>
    private sealed class NameTable
    {
        private struct Entry { public string Name; public int Hash; public int Kind; public int Next; public LuaString? Str; }

        private Entry[] _entries = new Entry[64];
        private int[] _buckets = new int[64]; // 1-based entry index, 0 = empty
        private int _count;

        /// <param name="hasGoto">False for Lua 5.1, where <c>goto</c> is an ordinary name.</param>
        public NameTable(bool hasGoto)
        {
            for (int k = Tk.FirstReserved; k < Tk.FirstReserved + Tk.ReservedCount; k++)
            {
                if (k == Tk.Goto && !hasGoto) continue;
                string w = Tk.ReservedWord(k);
                Add(w, Hash(Encoding.ASCII.GetBytes(w)), k);
            }
        }

        private static int Hash(ReadOnlySpan<byte> s)
        {
            uint h = 2166136261;
            foreach (byte b in s) h = (h ^ b) * 16777619;
            return (int)(h & 0x7FFFFFFF);
        }

        /// <summary>Returns the token kind (<see cref="Tk.Name"/> or a reserved word) and the interned name.</summary>
        public int Lookup(ReadOnlySpan<byte> s, out string name, out int id)
        {
            int h = Hash(s);
            for (int i = _buckets[h & (_buckets.Length - 1)]; i != 0; i = _entries[i - 1].Next)
            {
                ref Entry e = ref _entries[i - 1];
                if (e.Hash == h && SameAscii(e.Name, s)) { name = e.Name; id = i - 1; return e.Kind; }
            }
            name = Encoding.ASCII.GetString(s);
            id = _count;
            Add(name, h, Tk.Name);
            return Tk.Name;
        }

        /// <summary>The name of entry <paramref name="id"/> as a Lua string, created once.</summary>
        public LuaString LuaStringOf(int id)
        {
            ref Entry e = ref _entries[id];
            return e.Str ??= LuaString.From(e.Name);
        }

        private static bool SameAscii(string a, ReadOnlySpan<byte> b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < b.Length; i++) if (a[i] != b[i]) return false;
            return true;
        }

        private void Add(string name, int hash, int kind)
        {
            if (_count == _entries.Length)
            {
                Array.Resize(ref _entries, _count * 2);
                _buckets = new int[_count * 2];
                for (int i = 0; i < _count; i++)
                {
                    int b = _entries[i].Hash & (_buckets.Length - 1);
                    _entries[i].Next = _buckets[b];
                    _buckets[b] = i + 1;
                }
            }
            int bucket = hash & (_buckets.Length - 1);
            _entries[_count] = new Entry { Name = name, Hash = hash, Kind = kind, Next = _buckets[bucket] };
            _buckets[bucket] = ++_count;
        }
    }
}
