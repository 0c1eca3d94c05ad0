using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// The standard libraries as Lua 5.1 and 5.2 have them (as Debian's <c>lua5.1</c> and <c>lua5.2</c> are built: 5.2
/// with LUA_COMPAT_ALL): each is 5.4's template without what the version lacks, with the version's variants
/// (<see cref="LegacyBase"/>, <see cref="LegacyLibVariants"/>) and old functions (<see cref="Compat51"/>) in, and
/// float results (<see cref="FloatResults"/>). Built once per process, at its start (StaticLuaObjects), outside any state's account; each library's <c>Open</c> asks for its
/// version's template here, and gets 5.4's own unchanged for 5.3 on.
/// </summary>
internal static class LegacyLibraries
{
    private static readonly LibraryTemplate Base51 = BaseFor(BaseLib.Functions, 1, sandboxed: false);
    private static readonly LibraryTemplate Base52 = BaseFor(BaseLib.Functions, 2, sandboxed: false);

    /// <summary>The basic functions of <paramref name="p"/>'s version.</summary>
    public static LibraryTemplate Base(LanguageProfile p) => p.Minor switch
    {
        1 => Base51, 2 => Base52, _ => Lua55Libraries.Base(p, null),
    };

    /// <summary>A sandbox's basic functions (<paramref name="sandbox"/>) in <paramref name="p"/>'s version: the
    /// sandbox's own <c>load</c> and <c>collectgarbage</c> stay, and no <c>loadstring</c> goes round them.</summary>
    public static LibraryTemplate BaseSandbox(LibraryTemplate sandbox, LanguageProfile p) =>
        p.Minor <= 2 ? BaseFor(sandbox, p.Minor, sandboxed: true) : sandbox;

    private static LibraryTemplate BaseFor(LibraryTemplate t, int minor, bool sandboxed)
    {
        t = t.Without("warn");
        if (minor == 1)
        {
            t = t.Without("rawlen").With(LegacyBase.Assert51, LegacyBase.Pairs51, LegacyBase.IPairs51, LegacyBase.ToNumber51, Compat51.Unpack,
                Compat51.GcInfo, Compat51.NewProxy);
            if (!sandboxed) t = t.With(LegacyBase.Load51, LegacyBase.CollectGarbage51, Compat51.LoadString);
        }
        else
        {
            t = t.With(LegacyBase.Assert52, LegacyBase.Pairs52, LegacyBase.IPairs52, LegacyBase.ToNumber52, Compat51.Unpack);
            if (!sandboxed) t = t.With(LegacyBase.CollectGarbage52).Alias("loadstring", "load");
        }
        return t.With(LegacyBase.Print, LegacyBase.ToStringFn).WithFloatResults();
    }

    private static readonly LibraryTemplate String51 = StringLib.Functions.Without("pack", "packsize", "unpack")
        .With(LegacyLibVariants.Rep51, StringFormat.Format51, StringLib.Find51, StringLib.Match51).Alias("gfind", "gmatch").WithFloatResults();
    private static readonly LibraryTemplate String52 = StringLib.Functions.Without("pack", "packsize", "unpack")
        .With(StringFormat.Format52).WithFloatResults();

    /// <summary>string's functions in <paramref name="p"/>'s version (5.1: <c>gfind</c>, no separator for
    /// <c>rep</c>; neither has <c>pack</c>/<c>unpack</c>).</summary>
    public static LibraryTemplate String(LanguageProfile p) => p.Minor switch
    {
        1 => String51, 2 => String52, 3 => StringLib.Functions53, _ => StringLib.Functions,
    };

    private static readonly LibraryTemplate Table51 = TableLib.Functions.Without("pack", "unpack", "move")
        .With(LegacyLibVariants.Insert51, LegacyLibVariants.Remove51, Compat51.GetN, Compat51.SetN, Compat51.MaxN,
            Compat51.ForEach, Compat51.ForEachI).WithFloatResults();
    private static readonly LibraryTemplate Table52 = TableLib.Functions.Without("move")
        .With(LegacyLibVariants.Insert52, LegacyLibVariants.Remove52, LegacyLibVariants.Pack52, Compat51.MaxN)
        .WithAs("unpack", Compat51.Unpack).WithFloatResults();

    /// <summary>table's functions in <paramref name="p"/>'s version.</summary>
    public static LibraryTemplate Table(LanguageProfile p) => p.Minor switch
    {
        1 => Table51, 2 => Table52, _ => Lua55Libraries.Table(p),
    };

    private static readonly LibraryTemplate Math51 = MathFor(MathLib.Functions, 1);
    private static readonly LibraryTemplate Math52 = MathFor(MathLib.Functions, 2);

    private static LibraryTemplate MathFor(LibraryTemplate t, int minor)
    {
        t = t.Without("tointeger", "type", "ult").With(LegacyLibVariants.Floor, LegacyLibVariants.Ceil,
            LegacyLibVariants.Abs, LegacyLibVariants.FMod, LegacyLibVariants.Atan, LegacyLibVariants.Max, LegacyLibVariants.Min, LegacyLibVariants.ModF,
            minor == 1 ? LegacyLibVariants.Log51 : LegacyLibVariants.Log52);
        if (minor == 1) t = t.Alias("mod", "fmod");
        return t.WithFloatResults();
    }

    /// <summary>math's state-free functions in <paramref name="p"/>'s version (no <c>math.type</c>,
    /// <c>tointeger</c>, <c>ult</c>; 5.1's <c>mod</c>).</summary>
    public static LibraryTemplate Math(LanguageProfile p) => p.Minor switch
    {
        1 => Math51, 2 => Math52, _ => MathLib.Functions,
    };

    private static readonly LibraryTemplate Coroutine51 = CoroutineLib.Functions.Without("isyieldable", "close")
        .With(LegacyLibVariants.Running51, LegacyLibVariants.Create51, LegacyLibVariants.Wrap51).WithFloatResults();
    private static readonly LibraryTemplate Coroutine52 = CoroutineLib.Functions.Without("isyieldable", "close")
        .WithFloatResults();

    /// <summary>coroutine's functions in <paramref name="p"/>'s version (no <c>isyieldable</c> or <c>close</c>).</summary>
    public static LibraryTemplate Coroutine(LanguageProfile p) => p.Minor switch
    {
        1 => Coroutine51, 2 => Coroutine52, _ => CoroutineLib.Functions,
    };

    /// <summary>debug functions 5.1 lacks (5.2 lacks only <c>setcstacklimit</c>, 5.3 too).</summary>
    public static readonly string[] DebugMissing51 = { "getuservalue", "setuservalue", "upvalueid", "upvaluejoin", "setcstacklimit" };

    /// <summary>A library with no other difference than the number type (os, io, the file methods) in
    /// <paramref name="p"/>'s version.</summary>
    public static LibraryTemplate FloatsOnly(LibraryTemplate t, LanguageProfile p) =>
        p.LibrariesConvertNumbers ? t.WithFloatResults() : t;

    /// <summary>os's functions in <paramref name="p"/>'s version: 5.1's rename names the file in its message.</summary>
    public static LibraryTemplate Os(LibraryTemplate t, LanguageProfile p)
    {
        if (p.Minor == 1 && t.Contains("rename")) t = t.With(RenameNamingTheFile(t["rename"]));
        return FloatsOnly(t, p);
    }

    private static LuaHostFunction RenameNamingTheFile(LuaHostFunction f)
    {
        LuaHostDelegate inner = f.Delegate;
        return new LuaHostFunction(f.Name, ctx =>
        {
            int n = inner(ctx);
            var stack = ctx.Thread.Stack;
            int top = ctx.Thread.Top;
            if (n == 3 && stack[top - 3].IsNil && stack[top - 2].O is LuaString msg)
                stack[top - 2] = LuaString.From(ctx.CheckString(1) + ": " + msg);
            return n;
        });
    }

    /// <summary>io's functions or the file methods (<paramref name="methods"/>) in <paramref name="p"/>'s version:
    /// 5.1 and 5.2 want read formats to start with '*' (Lua 5.1 manual §5.7), 5.1's write answers true.</summary>
    public static LibraryTemplate Io(LibraryTemplate t, LanguageProfile p, bool methods)
    {
        if (!p.LibrariesConvertNumbers) return t;
        int first = methods ? 2 : 1;
        if (t.Contains("read")) t = t.With(StarFormats(t["read"], first, p.Minor));
        if (t.Contains("lines"))
            t = t.With(p.Minor == 1 ? Lines51(t["lines"], methods) : StarFormats(t["lines"], first + (methods ? 0 : 1), p.Minor));
        if (p.Minor == 1 && t.Contains("write")) t = t.With(WriteGivesTrue(t["write"]));
        return t.WithFloatResults();
    }

    private static LuaHostFunction StarFormats(LuaHostFunction f, int first, int minor)
    {
        LuaHostDelegate inner = f.Delegate;
        return new LuaHostFunction(f.Name, ctx =>
        {
            for (int i = first; i <= ctx.ArgCount; i++)
            {
                if (ctx[i].O is not LuaString s) continue;
                if (s.Length == 0 || s[0] != '*') throw ctx.ArgError(i, "invalid option");
                // 5.1 reads "*n", "*l" and "*a" only ("*L" came with 5.2).
                if (s.Length < 2 || "nla".IndexOf((char)s[1]) < 0 && !(minor >= 2 && s[1] == 'L'))
                    throw ctx.ArgError(i, "invalid format");
            }
            return inner(ctx);
        });
    }

    /// <summary>5.1's io.lines(filename) and file:lines() (Lua 5.1 manual §5.7): lines only, no formats; a file
    /// that cannot be opened is an argument error.</summary>
    private static LuaHostFunction Lines51(LuaHostFunction f, bool methods)
    {
        LuaHostDelegate inner = f.Delegate;
        return new LuaHostFunction(f.Name, ctx =>
        {
            var args = new LuaCallContext(ctx.Thread, ctx.Base, System.Math.Min(ctx.ArgCount, 1), ctx.Function);
            try { return inner(args); }
            catch (LuaRuntimeException e) when (!methods && e.Value.AsString?.ToString() is string m
                && System.Text.RegularExpressions.Regex.Match(m, "^cannot open file '(.*)' \\((.*)\\)$") is { Success: true } g)
            {
                throw ctx.ArgError(1, $"{g.Groups[1].Value}: {g.Groups[2].Value}");
            }
        });
    }

    private static LuaHostFunction WriteGivesTrue(LuaHostFunction f)
    {
        LuaHostDelegate inner = f.Delegate;
        return new LuaHostFunction(f.Name, ctx =>
        {
            int n = inner(ctx);
            if (n == 1 && ctx.Thread.Stack[ctx.Thread.Top - 1].O is LuaUserdata) ctx.Thread.Stack[ctx.Thread.Top - 1] = LuaValue.True;
            return n;
        });
    }

    /// <summary>A function made in a state (math.random with its generator) as <paramref name="p"/>'s version has it.</summary>
    public static LuaHostFunction FloatsOnly(LuaHostFunction f, LanguageProfile p) =>
        p.LibrariesConvertNumbers ? FloatResults.Wrap(f) : f;
}
