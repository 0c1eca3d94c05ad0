using System.Runtime.CompilerServices;
using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// Lua pattern matching (manual §6.4.1), a port of lstrlib.c's backtracking matcher (match, max_expand,
/// min_expand, captures, %b, %f, back-references). Works on byte spans; positions are 0-based offsets into the
/// subject, -1 means "no match". Character classes follow the C locale (ASCII only). Recursion is bounded by
/// <see cref="MaxMatchDepth"/> ("pattern too complex"), so a pattern can never overflow the .NET stack.
/// </summary>
internal ref struct LuaPattern
{
    /// <summary>LUA_MAXCAPTURES.</summary>
    public const int MaxCaptures = 32;
    /// <summary>MAXCCALLS: nesting limit of <see cref="Match"/>.</summary>
    public const int MaxMatchDepth = 200;
    private const int CapUnfinished = -1;
    private const int CapPosition = -2;
    private const byte Esc = (byte)'%';

    /// <summary>The subject.</summary>
    public ReadOnlySpan<byte> Src;
    /// <summary>The pattern (without a leading '^' anchor).</summary>
    public ReadOnlySpan<byte> Pat;
    /// <summary>Number of captures opened so far.</summary>
    public int Level;
    private int _matchDepth;
    private readonly Span<int> _capInit;
    private readonly Span<int> _capLen;
    private readonly LuaCallContext _ctx;

    /// <summary>Prepares a matcher (prepstate). <paramref name="captureStorage"/> needs 2*<see cref="MaxCaptures"/> ints.</summary>
    public LuaPattern(LuaCallContext ctx, ReadOnlySpan<byte> src, ReadOnlySpan<byte> pat, Span<int> captureStorage)
    {
        _ctx = ctx; Src = src; Pat = pat;
        _capInit = captureStorage.Slice(0, MaxCaptures);
        _capLen = captureStorage.Slice(MaxCaptures, MaxCaptures);
        Level = 0; _matchDepth = MaxMatchDepth;
    }

    /// <summary>Resets the state before a new match attempt (reprepstate).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Reset() { Level = 0; _matchDepth = MaxMatchDepth; }

    /// <summary>True when the pattern has none of the special characters, so a plain search does (nospecials).</summary>
    public static bool NoSpecials(ReadOnlySpan<byte> p) => p.IndexOfAny("^$*+?.([%-"u8) < 0;

    private readonly LuaRuntimeException Error(string msg) => _ctx.Error(msg);

    /// <summary>The minor version whose messages the errors use (Lua 5.1 and 5.2 word some of them otherwise).</summary>
    private readonly int Minor => _ctx.Global.Profile.Minor;

    /// <summary>The pattern byte at <paramref name="i"/>, or 0 past the end (C's terminating NUL).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int P(int i) => (uint)i < (uint)Pat.Length ? Pat[i] : 0;

    /// <summary>The subject byte at <paramref name="i"/>, or 0 past the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int S(int i) => (uint)i < (uint)Src.Length ? Src[i] : 0;

    // ------------------------------------------------------------ classes

    private readonly int ClassEnd(int p)
    {
        int c = P(p++);
        if (c == Esc)
        {
            if (p >= Pat.Length) throw Error("malformed pattern (ends with '%')");
            return p + 1;
        }
        if (c == '[')
        {
            if (P(p) == '^') p++;
            do
            {
                if (p >= Pat.Length) throw Error("malformed pattern (missing ']')");
                if (P(p++) == Esc && p < Pat.Length) p++;
            } while (P(p) != ']');
            return p + 1;
        }
        return p;
    }

    /// <summary>match_class: whether byte <paramref name="c"/> is in class letter <paramref name="cl"/> (%a, %D, ...).</summary>
    public static bool MatchClass(int c, int cl)
    {
        bool res;
        switch (cl | 0x20)
        {
            case 'a': res = IsAlpha(c); break;
            case 'c': res = c < 32 || c == 127; break;
            case 'd': res = (uint)(c - '0') <= 9; break;
            case 'g': res = c > 32 && c < 127; break;
            case 'l': res = (uint)(c - 'a') <= 25; break;
            case 'p': res = c > 32 && c < 127 && !IsAlpha(c) && (uint)(c - '0') > 9; break;
            case 's': res = c == ' ' || (uint)(c - '\t') <= 4; break;
            case 'u': res = (uint)(c - 'A') <= 25; break;
            case 'w': res = IsAlpha(c) || (uint)(c - '0') <= 9; break;
            case 'x': res = (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 5; break;
            case 'z': res = c == 0; break;   // deprecated, still accepted by lua5.4
            default: return cl == c;
        }
        if ((uint)(cl - 'A') <= 25) res = !res;
        return res;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAlpha(int c) => (uint)((c | 0x20) - 'a') <= 25;

    /// <summary>matchbracketclass: <paramref name="p"/> is at '[', <paramref name="ec"/> at the closing ']'.</summary>
    private readonly bool MatchBracketClass(int c, int p, int ec)
    {
        bool sig = true;
        if (P(p + 1) == '^') { sig = false; p++; }
        while (++p < ec)
        {
            if (P(p) == Esc)
            {
                p++;
                if (MatchClass(c, P(p))) return sig;
            }
            else if (P(p + 1) == '-' && p + 2 < ec)
            {
                p += 2;
                if (P(p - 2) <= c && c <= P(p)) return sig;
            }
            else if (P(p) == c) return sig;
        }
        return !sig;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool SingleMatch(int s, int p, int ep)
    {
        if (s >= Src.Length) return false;
        int c = Src[s];
        switch (P(p))
        {
            case '.': return true;
            case Esc: return MatchClass(c, P(p + 1));
            case '[': return MatchBracketClass(c, p, ep - 1);
            default: return P(p) == c;
        }
    }

    // ------------------------------------------------------------ matcher

    /// <summary>Tries to match the pattern from pattern offset <paramref name="p"/> at subject offset <paramref name="s"/>;
    /// returns the end of the match or -1.</summary>
    public int Match(int s, int p)
    {
        if (_matchDepth-- == 0) throw Error("pattern too complex");
        // Each (re)entry is a backtracking step, whose loop walks at most the rest of the pattern: charging for it
        // lets the execution limits stop catastrophic patterns.
        _ctx.Global.Charge(1 + ((Pat.Length - p) >> 2));
        while (true)
        {
            if (p >= Pat.Length) break;
            switch (Pat[p])
            {
                case (byte)'(':
                    s = P(p + 1) == ')' ? StartCapture(s, p + 2, CapPosition) : StartCapture(s, p + 1, CapUnfinished);
                    goto done;
                case (byte)')':
                    s = EndCapture(s, p + 1);
                    goto done;
                case (byte)'$':
                    if (p + 1 != Pat.Length) goto default;
                    s = s == Src.Length ? s : -1;
                    goto done;
                case Esc:
                    switch (P(p + 1))
                    {
                        case 'b':
                            s = MatchBalance(s, p + 2);
                            if (s != -1) { p += 4; continue; }
                            goto done;
                        case 'f':
                        {
                            p += 2;
                            if (P(p) != '[') throw Error("missing '[' after '%f' in pattern");
                            int ep = ClassEnd(p);
                            int previous = s == 0 ? 0 : Src[s - 1];
                            if (!MatchBracketClass(previous, p, ep - 1) && MatchBracketClass(S(s), p, ep - 1))
                            {
                                p = ep; continue;
                            }
                            s = -1;
                            goto done;
                        }
                        case >= '0' and <= '9':
                            s = MatchCapture(s, P(p + 1));
                            if (s != -1) { p += 2; continue; }
                            goto done;
                    }
                    goto default;
                default:
                {
                    int ep = ClassEnd(p);
                    int epc = P(ep);
                    if (!SingleMatch(s, p, ep))
                    {
                        if (epc == '*' || epc == '?' || epc == '-') { p = ep + 1; continue; }
                        s = -1;
                        goto done;
                    }
                    switch (epc)
                    {
                        case '?':
                        {
                            int res = Match(s + 1, ep + 1);
                            if (res != -1) { s = res; goto done; }
                            p = ep + 1; continue;
                        }
                        case '+': s = MaxExpand(s + 1, p, ep); goto done;
                        case '*': s = MaxExpand(s, p, ep); goto done;
                        case '-': s = MinExpand(s, p, ep); goto done;
                        default: s++; p = ep; continue;
                    }
                }
            }
        }
    done:
        _matchDepth++;
        return s;
    }

    private int MaxExpand(int s, int p, int ep)
    {
        int i = 0;
        while (SingleMatch(s + i, p, ep)) i++;
        _ctx.Global.Charge(i >> 2);
        while (i >= 0)
        {
            int res = Match(s + i, ep + 1);
            if (res != -1) return res;
            i--;
        }
        return -1;
    }

    private int MinExpand(int s, int p, int ep)
    {
        while (true)
        {
            int res = Match(s, ep + 1);
            if (res != -1) return res;
            if (SingleMatch(s, p, ep)) s++;
            else return -1;
        }
    }

    private readonly int MatchBalance(int s, int p)
    {
        if (p >= Pat.Length - 1) throw Error(Minor == 1 ? "unbalanced pattern" : "malformed pattern (missing arguments to '%b')");
        if (s >= Src.Length || Src[s] != Pat[p]) return -1;
        int b = Pat[p], e = Pat[p + 1];
        int cont = 1;
        while (++s < Src.Length)
        {
            int c = Src[s];
            if (c == e) { if (--cont == 0) return s + 1; }
            else if (c == b) cont++;
        }
        return -1;
    }

    private int StartCapture(int s, int p, int what)
    {
        int level = Level;
        if (level >= MaxCaptures) throw Error("too many captures");
        _capInit[level] = s;
        _capLen[level] = what;
        Level = level + 1;
        int res = Match(s, p);
        if (res == -1) Level--;
        return res;
    }

    private int EndCapture(int s, int p)
    {
        int l = CaptureToClose();
        _capLen[l] = s - _capInit[l];
        int res = Match(s, p);
        if (res == -1) _capLen[l] = CapUnfinished;
        return res;
    }

    private readonly int CaptureToClose()
    {
        for (int level = Level - 1; level >= 0; level--)
            if (_capLen[level] == CapUnfinished) return level;
        throw Error("invalid pattern capture");
    }

    private readonly int MatchCapture(int s, int l)
    {
        l = CheckCapture(l);
        int len = _capLen[l];
        // A position capture has length CapPosition (-2), which lstrlib reads as a huge size_t: never matches.
        if (len >= 0 && Src.Length - s >= len && Src.Slice(_capInit[l], len).SequenceEqual(Src.Slice(s, len))) return s + len;
        return -1;
    }

    private readonly int CheckCapture(int l)
    {
        l -= '1';
        if (l < 0 || l >= Level || _capLen[l] == CapUnfinished)
            throw Error(Minor == 1 ? "invalid capture index" : $"invalid capture index %{l + 1}");
        return l;
    }

    // ------------------------------------------------------------ captures

    /// <summary>
    /// get_onecapture: capture <paramref name="i"/> of a match spanning [<paramref name="s"/>, <paramref name="e"/>)
    /// (the whole match when there are no captures and i is 0). Returns either a string slice or a position.
    /// </summary>
    public readonly LuaValue GetCapture(int i, int s, int e)
    {
        if (i >= Level)
        {
            if (i != 0) throw Error(Minor <= 2 ? "invalid capture index" : $"invalid capture index %{i + 1}");
            return LuaString.FromBytes(Src.Slice(s, e - s));
        }
        int len = _capLen[i];
        if (len == CapUnfinished) throw Error("unfinished capture");
        if (len == CapPosition) return LuaValue.FromInteger(_capInit[i] + 1);
        return LuaString.FromBytes(Src.Slice(_capInit[i], len));
    }

    /// <summary>Appends capture <paramref name="i"/> to a buffer (add_s's use of get_onecapture).</summary>
    public readonly void AppendCapture(ref LuaByteBuffer b, int i, int s, int e)
    {
        if (i >= Level)
        {
            if (i != 0) throw Error(Minor <= 2 ? "invalid capture index" : $"invalid capture index %{i + 1}");
            b.Append(Src.Slice(s, e - s));
            return;
        }
        int len = _capLen[i];
        if (len == CapUnfinished) throw Error("unfinished capture");
        if (len == CapPosition)
        {
            Span<char> tmp = stackalloc char[24];
            (_capInit[i] + 1).TryFormat(tmp, out int n, default, System.Globalization.CultureInfo.InvariantCulture);
            b.AppendAscii(tmp.Slice(0, n));
            return;
        }
        b.Append(Src.Slice(_capInit[i], len));
    }

    /// <summary>Number of values <see cref="PushCaptures"/> produces: the captures, or the whole match when there
    /// are none and <paramref name="wholeIfNone"/>.</summary>
    public readonly int CaptureCount(bool wholeIfNone) => Level == 0 && wholeIfNone ? 1 : Level;

    /// <summary>push_captures: pushes all captures (or the whole match) onto the calling thread; returns the count.</summary>
    public readonly int PushCaptures(int s, int e, bool wholeIfNone)
    {
        int n = CaptureCount(wholeIfNone);
        _ctx.Thread.EnsureStack(n);
        for (int i = 0; i < n; i++) _ctx.Push(GetCapture(i, s, e));
        return n;
    }
}
