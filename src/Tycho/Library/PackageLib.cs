using System.Text;
using Tycho.Compiler;
using Tycho.Runtime;
using Tycho.Runtime.Gc;

namespace Tycho.Library;

/// <summary>
/// The package library and <c>require</c> (manual §6.3), a port of lua5.4's loadlib.c: package.loaded
/// (registry._LOADED), package.preload, package.searchers (preload, Lua files along package.path, and the C
/// searchers, which find files along package.cpath but cannot load native code), package.searchpath and
/// package.path/cpath from LUA_PATH_5_4 / LUA_PATH (";;" = default path). Default paths are those of the
/// reference lua5.4 build, so "module 'x' not found" messages list the same files.
/// </summary>
internal static class PackageLib
{
    private const string DefaultPath =
        "/usr/local/share/lua/5.4/?.lua;/usr/local/share/lua/5.4/?/init.lua;/usr/local/lib/lua/5.4/?.lua;" +
        "/usr/local/lib/lua/5.4/?/init.lua;/usr/share/lua/5.4/?.lua;/usr/share/lua/5.4/?/init.lua;./?.lua;./?/init.lua";
    private const string DefaultCPath =
        "/usr/local/lib/lua/5.4/?.so;/usr/lib/x86_64-linux-gnu/lua/5.4/?.so;/usr/lib/lua/5.4/?.so;" +
        "/usr/local/lib/lua/5.4/loadall.so;./?.so";
    private const string DlMessage = "dynamic libraries not enabled; check your Lua installation";

    private static readonly LuaString PreloadKey = LuaString.FromAscii("_PRELOAD");

    /// <summary>package's functions, prepared once per process (see <see cref="LibraryTemplate"/>).</summary>
    internal static readonly LibraryTemplate Functions = new("package", ("loadlib", LoadLib), ("searchpath", SearchPathFn));

    /// <summary>The sandbox's package: no loadlib or searchpath.</summary>
    private static readonly LibraryTemplate SandboxFunctions = Functions.Only();

    private static readonly LuaHostFunction PreloadSearcher = new("searcher_preload", SearcherPreload);
    private static readonly LuaString SearchersName = LuaString.FromAscii("searchers"), PathName = LuaString.FromAscii("path"),
        CPathName = LuaString.FromAscii("cpath"), ConfigName = LuaString.FromAscii("config"),
        LoadedName = LuaString.FromAscii("loaded"), PreloadName = LuaString.FromAscii("preload"),
        RequireName = LuaString.FromAscii("require"), Config = LuaString.FromAscii("/\n;\n?\n!\n-\n"),
        DefaultPathString = LuaString.FromAscii(DefaultPath), DefaultCPathString = LuaString.FromAscii(DefaultCPath);

    private static readonly long SharedBytes = LibraryTemplate.SizeOf(PreloadSearcher, SearchersName, PathName, CPathName,
        ConfigName, Config, LoadedName, PreloadName, RequireName, PreloadKey);

    /// <summary>A path as a Lua string: the shared one when it is the default (the usual case).</summary>
    private static LuaString PathValue(string path, string dft, LuaString dftString)
    {
        if (!ReferenceEquals(path, dft)) return LuaString.From(path);
        MemoryAccount.ChargeCurrent(MemorySizes.String(dftString.Length));   // see LibraryTemplate.SizeOf
        return dftString;
    }

    /// <summary>Registers <c>package</c> and the global <c>require</c>. <paramref name="sandboxed"/>: without
    /// <c>loadlib</c> and <c>searchpath</c>, and the preload searcher only (no file is ever read).</summary>
    public static void Open(GlobalState state, bool sandboxed = false)
    {
        MemoryAccount.ChargeCurrent(SharedBytes);   // see LibraryTemplate.SizeOf
        LuaTable pkg = (sandboxed ? SandboxFunctions : Functions).Open(state, extra: 6);
        var searchers = new LuaTable(sandboxed ? 1 : 4, 0);
        searchers.VmSetInt(1, PreloadSearcher);
        if (!sandboxed)
        {
            searchers.VmSetInt(2, new LuaHostFunction("searcher_Lua", ctx => SearcherLua(ctx, pkg)));
            searchers.VmSetInt(3, new LuaHostFunction("searcher_C", ctx => SearcherC(ctx, pkg)));
            searchers.VmSetInt(4, new LuaHostFunction("searcher_Croot", ctx => SearcherCRoot(ctx, pkg)));
        }
        var profile = state.Profile;
        if (profile.HasModuleSystem)
        {
            OpenModuleSystem(state, pkg, searchers, sandboxed);
        }
        else
        {
            pkg.VmSetStr(SearchersName, searchers);
            pkg.VmSetStr(PathName, PathValue(EnvPath("LUA_PATH", DefaultPath, state.Platform), DefaultPath, DefaultPathString));
            pkg.VmSetStr(CPathName, PathValue(EnvPath("LUA_CPATH", DefaultCPath, state.Platform), DefaultCPath, DefaultCPathString));
        }
        pkg.VmSetStr(ConfigName, profile.Minor == 1 ? Config51 : Config);
        pkg.VmSetStr(LoadedName, state.LoadedTable);
        pkg.VmSetStr(PreloadName, Preload(state));
        state.Globals.VmSetStr(RequireName, new LuaHostFunction("require", ctx => Require(ctx, pkg)));
    }

    /// <summary>The package library of 5.1 and 5.2 (Lua 5.1 manual §5.3): the searchers are <c>package.loaders</c>
    /// (5.2 has both names for one table), <c>package.seeall</c> and the global <c>module</c> are there, 5.1 has no
    /// <c>searchpath</c>; the paths are those of the version's Debian build, read from LUA_PATH (5.1) or
    /// LUA_PATH_5_2 then LUA_PATH (5.2).</summary>
    private static void OpenModuleSystem(GlobalState state, LuaTable pkg, LuaTable searchers, bool sandboxed)
    {
        int minor = state.Profile.Minor;
        if (minor >= 2) pkg.VmSetStr(SearchersName, searchers);
        else pkg.VmSetStr(LuaString.FromAscii("searchpath"), LuaValue.Nil);
        pkg.VmSetStr(LoadersName, searchers);
        string path = minor == 1 ? DefaultPath51 : DefaultPath52, cpath = minor == 1 ? DefaultCPath51 : DefaultCPath52;
        string suffix = minor == 1 ? "" : "_5_2";
        pkg.VmSetStr(PathName, LuaString.From(EnvPath("LUA_PATH", path, state.Platform, suffix)));
        pkg.VmSetStr(CPathName, LuaString.From(EnvPath("LUA_CPATH", cpath, state.Platform, suffix)));
        pkg.VmSetStr(LuaString.FromAscii("seeall"), ModuleLib.SeeAll);
        if (!sandboxed) state.Globals.VmSetStr(LuaString.FromAscii("module"), ModuleLib.Module);
    }

    private static readonly LuaString LoadersName = LuaString.FromAscii("loaders");
    /// <summary>5.1's package.config, without the final newline of later versions'.</summary>
    private static readonly LuaString Config51 = LuaString.FromAscii("/\n;\n?\n!\n-");
    private const string DefaultPath51 =
        "./?.lua;/usr/local/share/lua/5.1/?.lua;/usr/local/share/lua/5.1/?/init.lua;/usr/local/lib/lua/5.1/?.lua;" +
        "/usr/local/lib/lua/5.1/?/init.lua;/usr/share/lua/5.1/?.lua;/usr/share/lua/5.1/?/init.lua";
    private const string DefaultCPath51 =
        "./?.so;/usr/local/lib/lua/5.1/?.so;/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;/usr/lib/lua/5.1/?.so;" +
        "/usr/local/lib/lua/5.1/loadall.so";
    private const string DefaultPath52 =
        "/usr/local/share/lua/5.2/?.lua;/usr/local/share/lua/5.2/?/init.lua;/usr/local/lib/lua/5.2/?.lua;" +
        "/usr/local/lib/lua/5.2/?/init.lua;/usr/share/lua/5.2/?.lua;/usr/share/lua/5.2/?/init.lua;./?.lua";
    private const string DefaultCPath52 =
        "/usr/local/lib/lua/5.2/?.so;/usr/lib/x86_64-linux-gnu/lua/5.2/?.so;/usr/lib/lua/5.2/?.so;" +
        "/usr/local/lib/lua/5.2/loadall.so;./?.so";

    private static LuaTable Preload(GlobalState state)
    {
        if (state.Registry.GetStr(PreloadKey).AsTable is LuaTable t) return t;
        t = new LuaTable();
        state.Registry.SetStr(PreloadKey, t);
        return t;
    }

    /// <summary>setpath: the versioned variable, then the plain one, else the default; the first ";;" is
    /// replaced by the default path.</summary>
    internal static string EnvPath(string envName, string dft, ILuaPlatform? platform = null, string versionSuffix = "_5_4")
    {
        platform ??= LuaPlatform.Host;
        string? path = (versionSuffix.Length > 0 ? platform.GetEnvironmentVariable(envName + versionSuffix) : null)
            ?? platform.GetEnvironmentVariable(envName);
        if (path is null) return dft;
        int mark = path.IndexOf(";;", StringComparison.Ordinal);
        if (mark < 0) return path;
        var sb = new StringBuilder();
        if (mark > 0) sb.Append(path, 0, mark).Append(';');
        sb.Append(dft);
        if (mark < path.Length - 2) sb.Append(';').Append(path, mark + 2, path.Length - mark - 2);
        return sb.ToString();
    }

    /// <summary>§6.3 require(modname): returns the module value and the loader data (only the value when already loaded).</summary>
    private static int Require(LuaCallContext ctx, LuaTable pkg)
    {
        LuaString name = ctx.CheckString(1);
        var loaded = ctx.Global.LoadedTable;
        LuaValue existing = LibOps.Get(ctx.Thread, loaded, name);
        bool v51 = ctx.Global.Profile.Minor == 1;
        if (v51 && existing.O is LuaUserdata { Value: RequireSentinel })
            throw ctx.Error($"loop or previous error loading module '{name}'");
        if (existing.IsTruthy) return ctx.Return(existing);
        var (loader, data) = FindLoader(ctx, pkg, name);
        // 5.1 marks the module as being loaded (Lua 5.1 manual §5.3): a loop, or a second require after an error, says so.
        if (v51) LibOps.Set(ctx.Thread, loaded, name, LuaValue.FromObject(new LuaUserdata(RequireSentinel.Instance)));
        LuaValue[] res = ctx.Call(loader, name, data);
        LuaValue r = res.Length > 0 ? res[0] : LuaValue.Nil;
        if (!r.IsNil) LibOps.Set(ctx.Thread, loaded, name, r);
        r = LibOps.Get(ctx.Thread, loaded, name);
        if (r.IsNil || r.O is LuaUserdata { Value: RequireSentinel })
        {
            r = LuaValue.True;
            LibOps.Set(ctx.Thread, loaded, name, r);
        }
        // require gives the loader's data too from 5.4 on (Lua 5.1 manual §5.3: the module's value only).
        return ctx.Global.Profile.Minor <= 2 ? ctx.Return(r) : ctx.Return(r, data);
    }

    /// <summary>What 5.1's require leaves in package.loaded while a module loads (its light userdata sentinel).</summary>
    private sealed class RequireSentinel
    {
        public static readonly RequireSentinel Instance = new();
    }

    private static (LuaValue Loader, LuaValue Data) FindLoader(in LuaCallContext ctx, LuaTable pkg, LuaString name)
    {
        // 5.1 searches package.loaders (Lua 5.1 manual §5.3); 5.2's loaders is the same table as its searchers.
        string field = ctx.Global.Profile.Minor == 1 ? "loaders" : "searchers";
        if (LibOps.Get(ctx.Thread, pkg, LuaString.FromAscii(field)).AsTable is not LuaTable searchers)
            throw ctx.Error($"'package.{field}' must be a table");
        var msg = new StringBuilder();
        for (long i = 1; ; i++)
        {
            LuaValue searcher = searchers.GetInt(i);
            if (searcher.IsNil) throw ctx.Error($"module '{name}' not found:{msg}");
            LuaValue[] r = ctx.Call(searcher, name);
            LuaValue a = r.Length > 0 ? r[0] : LuaValue.Nil;
            if (a.IsFunction) return (a, r.Length > 1 ? r[1] : LuaValue.Nil);
            if (!LibOps.IsStringLike(a)) continue;
            // 5.1 and 5.2's searchers begin their messages with "\n\t"; from 5.3 on require puts it between them.
            if (ctx.Global.Profile.Minor > 2) msg.Append("\n\t");
            msg.Append(LibOps.ToLuaString(a).ToString());
        }
    }

    private static int SearcherPreload(LuaCallContext ctx)
    {
        LuaString name = ctx.CheckString(1);
        LuaValue f = LibOps.Get(ctx.Thread, Preload(ctx.Global), name);
        if (f.IsNil) return ctx.Return((ctx.Global.Profile.Minor <= 2 ? "\n\t" : "") + $"no field package.preload['{name}']");
        return ctx.Return(f, ":preload:");
    }

    /// <summary>findfile: searches package[pname] for the module; null with the error message when not found.</summary>
    private static string? FindFile(in LuaCallContext ctx, LuaTable pkg, string name, string pname, out string error)
    {
        LuaValue path = LibOps.Get(ctx.Thread, pkg, LuaString.FromAscii(pname));
        if (!LibOps.IsStringLike(path)) throw ctx.Error($"'package.{pname}' must be a string");
        return SearchPath(ctx.Global, name, LibOps.ToLuaString(path).ToString(), ".", "/", out error);
    }

    /// <summary>searchpath: the first readable file of <paramref name="path"/> with '?' replaced by the name
    /// (whose <paramref name="sep"/> are replaced by <paramref name="dirSep"/>); else "no file '...'" lines.</summary>
    internal static string? SearchPath(GlobalState state, string name, string path, string sep, string dirSep, out string error)
    {
        if (sep.Length > 0 && name.Contains(sep[0])) name = name.Replace(sep, dirSep);
        string full = path.Replace("?", name);
        foreach (string file in full.Split(';'))
        {
            if (file.Length == 0) continue;
            if (Readable(state, file)) { error = ""; return file; }
        }
        // 5.1 and 5.2 skip empty templates (pushnexttemplate), so an empty path adds no line at all.
        // Their messages start each line with "\n\t" themselves: require concatenates what the searchers say.
        error = state.Profile.Minor <= 2
            ? string.Concat(full.Split(';').Where(f => f.Length > 0).Select(f => "\n\tno file '" + f + "'"))
            : "no file '" + full.Replace(";", "'\n\tno file '") + "'";
        return null;
    }

    private static bool Readable(GlobalState state, string file)
    {
        try
        {
            if (state.Platform.DirectoryExists(file)) return true;
            using var fs = state.Platform.OpenFile(file, FileMode.Open, FileAccess.Read);
            return true;
        }
        // A platform that denies files makes every candidate unreadable: require reports "module not found".
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or LuaPlatformException)
        {
            return false;
        }
    }

    private static int SearcherLua(LuaCallContext ctx, LuaTable pkg)
    {
        LuaString name = ctx.CheckString(1);
        string? file = FindFile(ctx, pkg, name.ToString(), "path", out string error);
        if (file is null) return ctx.Return(error);
        LuaValue f;
        try { f = LoadFile(ctx.Global, file); }
        catch (LuaRuntimeException e)
        {
            throw new LuaRuntimeException(
                $"error loading module '{name}' from file '{file}':\n\t{LibOps.ToLuaString(e.Value)}");
        }
        return ctx.Return(f, file);
    }

    /// <summary>luaL_loadfile: reads the file, skips a UTF-8 BOM and a first line starting with '#' (keeping
    /// its newline so line numbers stay right) and compiles it under the chunk name "@file".</summary>
    internal static LuaValue LoadFile(GlobalState state, string file)
    {
        byte[] bytes;
        try { bytes = state.Platform.ReadAllBytes(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            int errno = LuaErrno.FromException(e);
            throw new LuaRuntimeException($"cannot read {file}: {LuaErrno.Message(errno == LuaErrno.EACCES && state.Platform.DirectoryExists(file) ? LuaErrno.EISDIR : errno)}");
        }
        ReadOnlySpan<byte> src = bytes;
        if (src.StartsWith("\xEF\xBB\xBF"u8)) src = src[3..];
        if (src.Length > 0 && src[0] == '#')
        {
            int nl = src.IndexOf((byte)'\n');
            src = nl < 0 ? ReadOnlySpan<byte>.Empty : src[nl..];
        }
        return GlobalState.CreateMainClosure(LuaCompiler.CompileSource(src, "@" + file, state), state.Globals);
    }

    /// <summary>The C searchers find files like lua5.4 does, but native modules cannot be loaded.</summary>
    private static int SearcherC(LuaCallContext ctx, LuaTable pkg)
    {
        LuaString name = ctx.CheckString(1);
        string? file = FindFile(ctx, pkg, name.ToString(), "cpath", out string error);
        if (file is null) return ctx.Return(error);
        throw new LuaRuntimeException($"error loading module '{name}' from file '{file}':\n\t{DlMessage}");
    }

    private static int SearcherCRoot(LuaCallContext ctx, LuaTable pkg)
    {
        string name = ctx.CheckString(1).ToString();
        int dot = name.IndexOf('.');
        if (dot < 0) return 0;
        string? file = FindFile(ctx, pkg, name[..dot], "cpath", out string error);
        if (file is null) return ctx.Return(error);
        throw new LuaRuntimeException($"error loading module '{name}' from file '{file}':\n\t{DlMessage}");
    }

    private static int SearchPathFn(LuaCallContext ctx)
    {
        // ll_searchpath checks its arguments inside one call expression, which gcc evaluates right to left:
        // lua5.4 reports a missing path (#2) before a missing name (#1).
        string rep = ctx.OptString(4, null)?.ToString() ?? "/";
        string sep = ctx.OptString(3, null)?.ToString() ?? ".";
        string path = ctx.CheckString(2).ToString();
        string name = ctx.CheckString(1).ToString();
        string? f = SearchPath(ctx.Global, name, path, sep, rep, out string error);
        if (f is not null) return ctx.Return(f);
        return ctx.Return(LuaValue.Nil, error);
    }

    /// <summary>§6.3 package.loadlib: native libraries are not supported here.</summary>
    private static int LoadLib(LuaCallContext ctx)
    {
        string path = ctx.CheckString(1).ToString();
        ctx.CheckString(2);
        // A missing file fails in dlopen under lua5.4 too: give its message and "open" so scripts see the same.
        if (!File.Exists(path))
            return ctx.Return(LuaValue.Nil, path + ": cannot open shared object file: No such file or directory", "open");
        return ctx.Return(LuaValue.Nil, DlMessage, "absent");
    }
}
