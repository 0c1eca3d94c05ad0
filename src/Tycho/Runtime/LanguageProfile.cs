namespace Tycho.Runtime;

/// <summary>
/// What one dialect of Lua (the hosting layer's <c>LuaLanguageVersion</c>) changes, as data the lexer, parser, compiler, VM and
/// libraries read: a state has one (<see cref="GlobalState.Profile"/>) and every chunk it compiles carries it
/// (<c>Chunk.Profile</c>). One core serves every version; nothing forks the VM or a whole library. The 5.4 profile
/// must cost nothing on hot paths: its checks belong at compile time, library opening or error paths.
/// </summary>
internal sealed class LanguageProfile
{
    /// <summary>The minor version number: 1 to 5.</summary>
    public int Minor { get; }
    /// <summary><c>_VERSION</c>: <c>"Lua 5.4"</c>.</summary>
    public string VersionName => "Lua 5." + Minor;

    // ------------------------------------------------------------------ grammar

    /// <summary><c>goto</c> and labels (5.2 on).</summary>
    public bool HasGoto => Minor >= 2;
    /// <summary>The integer subtype: integer numerals, <c>//</c>, the bitwise operators, <c>math.type</c> (5.3 on).
    /// Without it every number is a float printed with <c>%.14g</c>.</summary>
    public bool HasIntegers => Minor >= 3;
    /// <summary>Local attributes <c>&lt;const&gt;</c> and <c>&lt;close&gt;</c> (5.4 on).</summary>
    public bool HasAttributes => Minor >= 4;
    /// <summary><c>global</c> declarations and read-only loop variables (5.5).</summary>
    public bool HasGlobalDeclarations => Minor >= 5;
    /// <summary>Function environments (<c>setfenv</c>/<c>getfenv</c>) instead of <c>_ENV</c> (5.1).</summary>
    public bool HasFunctionEnvironments => Minor == 1;

    // ------------------------------------------------------------------ Lua 5.5 (v55)

    /// <summary>A loop's control variable is read-only (Lua 5.5 manual §3.3.5, §8.1).</summary>
    public bool HasReadOnlyLoopControl => Minor >= 5;
    /// <summary>Floats print with as many digits as reading them back needs (<c>%.15g</c>, else <c>%.17g</c>;
    /// Lua 5.5 lobject.c) instead of <c>%.14g</c>.</summary>
    public bool HasRoundTripFloats => Minor >= 5;
    /// <summary>A <c>__call</c> chain holds at most 15 objects, and a frame records how many it went through
    /// (Lua 5.5 manual §8.1, <c>debug.getinfo</c>'s <c>extraargs</c>).</summary>
    public bool LimitsCallChains => Minor >= 5;
    /// <summary><c>string.pack</c> sizes are size_t, up to <c>math.maxinteger</c> (Lua 5.5 lstrlib.c MAX_SIZE).</summary>
    public bool HasSizeTPackSizes => Minor >= 5;
    /// <summary>A runtime error in a stripped function is positioned <c>?:?:</c> (Lua 5.5 ldebug.c luaG_addinfo: it
    /// has no source) rather than <c>?:-1:</c>.</summary>
    public bool HasUnknownStrippedPosition => Minor >= 5;
    /// <summary>A method call whose name is not a short string constant SELF can index (Lua 5.5 lcode.c luaK_self)
    /// compiles to MOVE and GETTABLE.</summary>
    public bool HasSelfOnlyForShortKeys => Minor >= 5;
    /// <summary>An error inside a message handler calls the handler again, nesting until the C-stack limit turns it
    /// into "C stack overflow" (Lua 5.5 ldebug.c luaG_errormsg; the 5.4.8 oracle does the same, Tycho's 5.4 profile
    /// gives up after 20 attempts).</summary>
    public bool HandlerErrorsNest => Minor >= 5;
    /// <summary>A nil error object is replaced by the message <c>"&lt;no error object&gt;"</c> (Lua 5.5 manual §8.1).</summary>
    public bool ReplacesNilErrors => Minor >= 5;
    /// <summary><c>load</c> and <c>loadfile</c> refuse the mode <c>'B'</c> (Lua 5.5 lbaselib.c getMode).</summary>
    public bool RefusesFixedBufferMode => Minor >= 5;
    /// <summary>A <c>__close</c> called without an error gets only the value, no second argument (Lua 5.5 manual
    /// §3.3.8).</summary>
    public bool ClosesWithoutError => Minor >= 5;
    /// <summary><c>pairs</c> returns four values, <c>__pairs</c>' fourth being the loop's closing value (Lua 5.5
    /// manual §6.1).</summary>
    public bool PairsGivesClosingValue => Minor >= 5;
    /// <summary>A traceback names a function by its call site before its global name (Lua 5.5 lauxlib.c
    /// pushfuncname).</summary>
    public bool TracebackPrefersCallSiteNames => Minor >= 5;

    // ------------------------------------------------------------------ 5.1/5.2 language core (lexer, parser, VM slow paths)

    /// <summary>5.1's luaX_token2str quotes every token in messages (<c>'&lt;eof&gt;'</c>, <c>'&lt;name&gt;'</c>); 5.2 on
    /// print the token classes bare.</summary>
    public bool QuotesTokenClasses => Minor == 1;
    /// <summary><c>\x</c> and <c>\z</c> escapes, and an error for unknown escapes (5.2 on; Lua 5.2 manual §3.1).
    /// 5.1 keeps the character after an unknown backslash.</summary>
    public bool HasHexEscapes => Minor >= 2;
    /// <summary><c>\u{XXX}</c> escapes (5.3 on).</summary>
    public bool HasUtf8Escapes => Minor >= 3;
    /// <summary>5.2's escape errors show only the escape sequence (<c>near '\q'</c>); 5.3 on show the string so far.</summary>
    public bool EscapeErrorShowsSequence => Minor == 2;
    /// <summary>"unfinished long string/comment" names the opening line (5.3 on).</summary>
    public bool LongStringErrorHasLine => Minor >= 3;
    /// <summary>Hexadecimal fractions and binary exponents in numerals (5.2 on; 5.1 reads a numeral as digits and
    /// dots, an exponent, then letters, and converts it with strtod).</summary>
    public bool HasHexFloats => Minor >= 2;
    /// <summary>A <c>[[</c> inside a level-0 long bracket is an error (5.1's LUA_COMPAT_LSTR == 1).</summary>
    public bool RejectsNestedLongBrackets => Minor == 1;
    /// <summary>A call whose <c>(</c> starts a new line is "ambiguous syntax" (5.1 only).</summary>
    public bool RejectsAmbiguousCalls => Minor == 1;
    /// <summary>Empty statements (<c>;</c>) and <c>break</c> anywhere in a block (5.2 on; 5.1 manual §2.4.4 makes
    /// <c>break</c> the last statement of its block).</summary>
    public bool HasEmptyStatement => Minor >= 2;
    /// <summary><c>__eq</c> is tried only between two tables or two userdata sharing the same metamethod (5.1, 5.2).</summary>
    public bool EqNeedsSameMetamethod => Minor <= 2;
    /// <summary><c>__len</c> applies to tables (5.2 on; 5.1 manual §2.8 uses it for userdata only).</summary>
    public bool HasTableLen => Minor >= 2;
    /// <summary>Order metamethods apply only between operands of one type sharing the metamethod, and the
    /// <c>__le</c> fallback to <c>__lt</c> cannot yield (5.1 manual §2.8 "lt"/"le" events).</summary>
    public bool OrderNeedsSameMetamethod => Minor == 1;
    /// <summary>A numeric for loop with step 0 is an error (5.4 on); earlier versions just run it.</summary>
    public bool ForZeroStepIsError => Minor >= 4;
    /// <summary><c>__gc</c> on tables (5.2 on; 5.1 finalizes userdata only).</summary>
    public bool HasTableFinalizers => Minor >= 2;
    /// <summary><c>__name</c> in messages and <c>tostring</c> (5.3 on).</summary>
    public bool HasNameField => Minor >= 3;
    /// <summary>Runtime errors name the variable the 5.1/5.2 way: <c>(a nil value)</c> after the name
    /// (<c>attempt to index local 't' (a nil value)</c>).</summary>
    public bool OldStyleVariableInfo => Minor <= 2;

    // ------------------------------------------------------------------ Lua 5.3 and older: core and libraries (v53)

    /// <summary>The core converts numeric strings in arithmetic and bitwise operations before trying metamethods
    /// (5.3 manual §3.4.3); from 5.4 the string metatable's arithmetic metamethods do it (and bitwise operations
    /// on strings are errors).</summary>
    public bool CoercesStringsInCore => Minor <= 3;
    /// <summary>A missing <c>__le</c> falls back to <c>not __lt(b, a)</c> (5.3 manual §2.4, "le").</summary>
    public bool LeFallsBackToLt => Minor <= 3;
    /// <summary>A closure whose upvalues all match those of the last closure made from the same prototype is that
    /// closure again (5.2/5.3 lvm.c's cache; the 5.3 manual §3.4.4 leaves closure identity unspecified).</summary>
    public bool CachesClosures => Minor is 2 or 3;
    /// <summary>A label may repeat one of an enclosing block (5.3 manual §3.3.4: visible in its block only, checked
    /// per block); from 5.4 no visible label may share its name.</summary>
    public bool LabelsUniquePerBlock => Minor is 2 or 3;
    /// <summary><c>\u{XXX}</c> escapes up to 2^31 (5.4 manual §3.1); 5.3's stop at U+10FFFF (5.3 manual §3.1).</summary>
    public bool HasExtendedUtf8Escapes => Minor >= 4;
    /// <summary>Runtime messages name a called value by how the call site called it ("for iterator", a
    /// metamethod), say "bad 'for' limit (number expected, got x)" and place a call on the line of its arguments;
    /// 5.3's use the called register's variable name only, say "'for' limit must be a number" and place a call on
    /// the line where its prefix expression starts (5.3 ldebug.c, lvm.c, lparser.c).</summary>
    public bool HasLua54RuntimeMessages => Minor >= 4;
    /// <summary>The debug library's names of unnamed slots are "(vararg)", "(temporary)" and metamethods are named
    /// without their "__"; 5.3's are "(*vararg)", "(*temporary)" and "__add" (5.3 ldebug.c).</summary>
    public bool HasLua54DebugNames => Minor >= 4;
    /// <summary>The generational collector mode and collectgarbage's "generational"/"incremental" (5.4 manual §2.5.2);
    /// 5.3's collector is incremental only, so <c>collectgarbage("step")</c> reports each finished cycle.</summary>
    public bool HasGenerationalCollector => Minor >= 4;
    /// <summary>An open upvalue of a coroutine the cycle did not reach keeps its value alive when the upvalue is new
    /// or a closure using it was traversed since the last such remark (5.3 lgc.c remarkupvals and the upvalue's
    /// 'touched' flag), so a cycle through a suspended coroutine needs two collections (5.3.6 testes/gc.lua). 5.4's
    /// upvalues are collectable objects: an open one keeps its value only while a reachable closure uses it.</summary>
    public bool RemarksOpenUpvalues => Minor == 3;
    /// <summary><c>collectgarbage("step", n)</c> does a slice of an incremental cycle, the slices' work adding up
    /// until one finishes the cycle and returns true (5.3 lgc.c luaC_step, see <c>IncrementalSteps</c>); otherwise
    /// every step completes a cycle.</summary>
    public bool StepsAccumulateWork => Minor == 3;
    /// <summary><c>warn</c> and warnings (5.4 manual §6.1); in 5.3 an error in a <c>__gc</c> finalizer is raised
    /// again, as "error in __gc metamethod (msg)", by whatever ran the collector (5.3 manual §2.5.1).</summary>
    public bool HasWarnings => Minor >= 4;
    /// <summary><c>coroutine.close</c> (5.4 manual §6.2).</summary>
    public bool HasCoroutineClose => Minor >= 4;
    /// <summary>Lua 5.4's loop layout, which Tycho's code always has: a numeric <c>for</c>'s FORPREP falls into the
    /// body and OP_TFORPREP runs the generic loop's first TFORCALL without tracing it (5.4 lvm.c). Up to 5.3 FORPREP
    /// jumps to the FORLOOP at the loop's end (5.3 lvm.c OP_FORPREP) and the generic loop's first jump reaches a
    /// traced TFORCALL: the line hook replays the events that layout gives (LuaThread.LoopLines.cs).</summary>
    public bool HasLua54LoopLayout => Minor >= 4;
    /// <summary>A <c>break</c> or <c>goto</c> jumps from the line of the token before it, and <c>if c then goto l</c>
    /// jumps straight to the label as <c>if c then break</c> does (5.2 and 5.3 lparser.c statement, test_then_block;
    /// the line hook sees the difference). 5.1 and 5.4 code the jump on the keyword's line.</summary>
    public bool CodesJumpsBeforeKeyword => Minor is 2 or 3;
    /// <summary>An <c>if</c>'s condition is tested before <c>then</c> is read, on the condition's line, and
    /// <c>if c then break</c> is no special case (5.1 and 5.5 lparser.c test_then_block / cond); 5.2 to 5.4 test it
    /// on the line of <c>then</c> and let the condition jump straight to the loop's exit.</summary>
    public bool CodesTestBeforeThen => Minor is 1 or >= 5;
    /// <summary><c>print</c> converts its arguments by calling the global <c>tostring</c> (5.3 manual §6.1, print).</summary>
    public bool PrintCallsGlobalTostring => Minor <= 3;

    // ------------------------------------------------------------------ standard libraries (v51lib)

    /// <summary>The <c>bit32</c> library: 5.2's, and 5.3's release build keeps it (LUA_COMPAT_5_2, lbitlib.c).</summary>
    public bool HasBit32 => Minor is 2 or 3;
    /// <summary>Lua 5.1's library set (Lua 5.1 manual §5): <c>unpack</c>, <c>loadstring</c>, <c>table.getn</c>,
    /// <c>string.gfind</c>, <c>math.mod</c>, <c>gcinfo</c>, <c>newproxy</c>; no <c>rawlen</c>, <c>table.pack</c>.</summary>
    public bool HasLua51Library => Minor == 1;
    /// <summary>What Debian's 5.2 keeps of 5.1 through LUA_COMPAT_ALL and 5.1 has: <c>unpack</c>, <c>loadstring</c>,
    /// <c>module</c>, <c>package.seeall</c>, <c>package.loaders</c>, <c>table.maxn</c>.</summary>
    public bool HasModuleSystem => Minor <= 2;
    /// <summary><c>pairs</c> honours <c>__pairs</c> (Lua 5.2 manual §6.1; 5.1's ignores it).</summary>
    public bool HasPairsMetamethod => Minor >= 2;
    /// <summary><c>ipairs</c> honours <c>__ipairs</c> (Lua 5.2 manual §6.1; 5.3 keeps it under LUA_COMPAT_IPAIRS).</summary>
    public bool HasIPairsMetamethod => Minor is 2 or 3;
    /// <summary>Library functions take any number where an integer is expected, converting it as the C cast does
    /// (5.1 and 5.2's <c>luaL_checkinteger</c>), and give floats only: there is no integer subtype to give.</summary>
    public bool LibrariesConvertNumbers => !HasIntegers;

    // ------------------------------------------------------------------ binary chunks (dump)

    /// <summary>The header <c>string.dump</c> writes and <c>load</c> checks: each version's <c>luac</c> header and
    /// messages (Lua 5.3 manual §6.4 string.dump, ldump.c/lundump.c of 5.3.6 and 5.5.0); 5.1 and 5.2 write Tycho's
    /// 5.4-shaped chunks.</summary>
    public BinaryChunkHeader ChunkHeader => Minor switch
    {
        3 => BinaryChunkHeader.Lua53, 5 => BinaryChunkHeader.Lua55, _ => BinaryChunkHeader.Lua54,
    };
    /// <summary>A dump writes each string once and refers back to it after (Lua 5.5 ldump.c dumpString), so a string
    /// shared by several functions is saved once.</summary>
    public bool DumpReusesStrings => Minor >= 5;

    /// <summary>A function may use all 255 registers, and going beyond is "too many registers (limit is 255)", as
    /// is "too many returns" for a return of 255 values (Lua 5.5 lcode.c luaK_checkstack, luaK_ret); up to 5.4 the
    /// last register stays free and the message is "function or expression needs too many registers".</summary>
    public bool HasFullRegisterFile => Minor >= 5;

    private LanguageProfile(int minor) { Minor = minor; }

    /// <summary>The compile error for a <c>break</c> outside any loop of its function, on line <paramref name="line"/>,
    /// raised when the function closes (5.1's parser raises "no loop to break" and 5.5's "break outside loop" at
    /// the statement instead: see <see cref="RejectsBreakAtStatement"/>).</summary>
    internal string BreakOutsideLoop(int line) =>
        Minor is 2 or 3 ? $"<break> at line {line} not inside a loop" : $"break outside loop at line {line}";

    /// <summary>Lua 5.5's parser rejects a <c>break</c> outside any loop at the keyword ("break outside loop near
    /// 'break'"), instead of leaving it a pending jump until its function closes.</summary>
    internal bool RejectsBreakAtStatement => Minor >= 5;

    /// <summary>Lua 5.1.</summary>
    public static readonly LanguageProfile Lua51 = new(1);
    /// <summary>Lua 5.2.</summary>
    public static readonly LanguageProfile Lua52 = new(2);
    /// <summary>Lua 5.3.</summary>
    public static readonly LanguageProfile Lua53 = new(3);
    /// <summary>Lua 5.4, the default.</summary>
    public static readonly LanguageProfile Lua54 = new(4);
    /// <summary>Lua 5.5.</summary>
    public static readonly LanguageProfile Lua55 = new(5);

    /// <summary>The profile of Lua 5.<paramref name="minor"/>, or null for a version Tycho does not speak.</summary>
    public static LanguageProfile? ForMinor(int minor) => minor switch
    {
        1 => Lua51, 2 => Lua52, 3 => Lua53, 4 => Lua54, 5 => Lua55, _ => null,
    };
}
