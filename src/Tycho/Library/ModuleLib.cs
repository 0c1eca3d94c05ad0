using Tycho.Runtime;

namespace Tycho.Library;

/// <summary>
/// <c>module</c> and <c>package.seeall</c> (Lua 5.1 manual §5.3; Debian's 5.2 keeps them through LUA_COMPAT_MODULE):
/// the module system of 5.1, where a file declares <c>module("a.b", package.seeall)</c> and its globals become the
/// module's fields. Opened by the package library of those versions (<see cref="LegacyLibraries"/>).
/// </summary>
internal static class ModuleLib
{
    private static readonly LuaString MName = LuaString.FromAscii("_M"), NameName = LuaString.FromAscii("_NAME"),
        PackageName = LuaString.FromAscii("_PACKAGE"), IndexName = LuaString.FromAscii("__index");

    /// <summary>module(name [, ...]): finds or makes the module's table (package.loaded[name], else the global path
    /// <c>a.b</c>), gives a new one <c>_M</c>, <c>_NAME</c> and <c>_PACKAGE</c>, makes it the environment of the
    /// calling function and calls each option with it.</summary>
    public static readonly LuaHostFunction Module = new("module", ModuleFn);

    /// <summary>package.seeall(module): the module's metatable gets <c>__index</c> = the globals, so the module's
    /// code still sees them.</summary>
    public static readonly LuaHostFunction SeeAll = new("seeall", ctx =>
    {
        LuaTable m = ctx.CheckTable(1);
        m.Metatable ??= new LuaTable();
        m.Metatable.SetStr(IndexName, ctx.Global.Globals);
        return 0;
    });

    private static int ModuleFn(LuaCallContext ctx)
    {
        LuaString name = ctx.CheckString(1);
        LuaTable loaded = ctx.Global.LoadedTable;
        if (loaded.Get(name).O is not LuaTable m)
        {
            m = FindTable(ctx.Global.Globals, name.ToString())
                ?? throw ctx.Error($"name conflict for module '{name}'");
            loaded.Set(name, m);
        }
        if (m.GetStr(NameName).IsNil)
        {
            m.SetStr(MName, m);
            m.SetStr(NameName, name);
            string s = name.ToString();
            int dot = s.LastIndexOf('.');
            m.SetStr(PackageName, LuaString.From(dot < 0 ? "" : s[..(dot + 1)]));
        }
        SetCallerEnvironment(ctx, m);
        for (int i = 2; i <= ctx.ArgCount; i++)
            if (ctx[i].IsFunction) ctx.Call(ctx[i], m);
        return 0;
    }

    /// <summary>luaL_findtable: walks (and makes, raw) the tables of a dotted path from <paramref name="root"/>;
    /// null when a part holds something other than a table.</summary>
    private static LuaTable? FindTable(LuaTable root, string path)
    {
        LuaTable t = root;
        foreach (string part in path.Split('.'))
        {
            LuaString key = LuaString.From(part);
            LuaValue v = t.Get(key);
            if (v.IsNil)
            {
                var fresh = new LuaTable();
                t.Set(key, fresh);
                t = fresh;
            }
            else if (v.O is LuaTable sub) t = sub;
            else return null;
        }
        return t;
    }

    /// <summary>
    /// Makes <paramref name="env"/> the environment of the Lua function that called <c>module</c>. 5.2's compat
    /// module sets that function's first upvalue, its <c>_ENV</c>; in 5.1 it is <c>setfenv(2, env)</c>
    /// (<see cref="FunctionEnvironments"/>).
    /// </summary>
    private static void SetCallerEnvironment(LuaCallContext ctx, LuaTable env)
    {
        var th = ctx.Thread;
        int fi = th.FrameOfLevel(1);
        if (fi < 0 || th.Frames[fi].Function is not LuaClosure caller)
            throw ctx.Error("'module' not called from a Lua function");
        if (FunctionEnvironments.TrySet(caller, env)) return;   // 5.1: the caller's own environment
        for (int n = 1; LuaThread.TryGetUpvalue(caller, n, out string upName, out _); n++)
        {
            if (upName != "_ENV" && !(n == 1 && ctx.Global.Profile.Minor == 2)) continue;
            LuaThread.SetUpvalue(caller, n, env);
            return;
        }
    }
}
