using System.Runtime.CompilerServices;

namespace Tycho.Runtime;

// Calls from host code into Lua (lua_call), and the luaL helpers that need the call stack.
public sealed partial class LuaThread
{
    /// <summary>Calls any callable value (honouring <c>__call</c>) with the arguments and returns all results.
    /// Lua errors propagate as <see cref="LuaRuntimeException"/>.</summary>
    internal LuaValue[] Call(in LuaValue f, ReadOnlySpan<LuaValue> args)
    {
        int func = Top;
        EnsureSlots(func + args.Length + 1 + ExtraStack);
        Stack[func] = f;
        args.CopyTo(Stack.AsSpan(func + 1));
        Top = func + 1 + args.Length;
        CallAt(func, args.Length, -1);
        int n = Top - func;
        var r = n == 0 ? Array.Empty<LuaValue>() : new LuaValue[n];
        Array.Copy(Stack, func, r, 0, n);
        Top = func;
        return r;
    }

    /// <summary>Calls with up to two arguments, returning the first result, without allocating.</summary>
    internal LuaValue Call1(in LuaValue f, in LuaValue a, in LuaValue b) => CallValue(f, a, b, default, 2, 1);

    /// <summary>Calls <paramref name="f"/> with the first <paramref name="nargs"/> of a, b, c; returns the first
    /// result (nil when <paramref name="nresults"/> is 0).</summary>
    internal LuaValue CallValue(in LuaValue f, in LuaValue a, in LuaValue b, in LuaValue c, int nargs, int nresults)
    {
        LuaValue f0 = f, a0 = a, b0 = b, c0 = c;
        int func = Top;
        EnsureSlots(func + 4 + ExtraStack);
        var s = Stack;
        s[func] = f0;
        if (nargs > 0) s[func + 1] = a0;
        if (nargs > 1) s[func + 2] = b0;
        if (nargs > 2) s[func + 3] = c0;
        Top = func + 1 + nargs;
        CallAt(func, nargs, nresults);
        LuaValue r = nresults > 0 ? Stack[func] : default;
        Top = func;
        return r;
    }

    /// <summary>Calls a metamethod such as <c>__close</c> from the VM's own machinery (never yieldable).</summary>
    internal void CallNoYield(in LuaValue f, in LuaValue a, in LuaValue b, int nresults) => CallValue(f, a, b, default, 2, nresults);

    /// <summary>
    /// lua_call: calls <c>Stack[func]</c> with the <paramref name="nargs"/> values above it; results are left at
    /// <c>func..Top</c>. Nested on the .NET stack, so it counts toward the "C stack overflow" limit and makes the
    /// thread non-yieldable meanwhile. On error the frames above are discarded (upvalues closed, to-be-closed
    /// variables closed with the error) and the error propagates. Limits are polled first (a call must not start
    /// after its token was cancelled or its deadline passed).
    /// </summary>
    internal void CallAt(int func, int nargs, int nresults)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw RuntimeError("C stack overflow");
        int savedCCalls = CCalls;
        var memory = Global.Memory.Enter(this);   // allocations below charge this state (MemoryAccount)
        int savedFrames = FrameCount;
        Exception? caught = null;
        NonYieldable++;
        try
        {
            IncCCalls();
            // A token cancelled or a deadline passed before the call: none of it may run (the callee's first
            // safepoint could come after side effects).
            Global.PollBoundary(this);
            var kind = PreCall(func, nargs, nresults, FrameFlags.None, false, out _);
            if (kind == CallKind.Lua) Execute(FrameCount - 1);
        }
        catch (Exception e)
        {
            caught = e; // handled below, outside the catch block (see Execute)
        }
        finally
        {
            NonYieldable--;
            memory.Exit();
        }
        if (caught is null)
        {
            CCalls = savedCCalls;
            return;
        }
        LuaRuntimeException ex = PrepareError(caught);   // the message handler runs at the depth of the error
        CCalls = savedCCalls;
        if (FrameCount > savedFrames || (TbcCount > 0 && TbcList[TbcCount - 1] >= func) || (OpenUpvalues?.Index >= func))
        {
            int top = Top;
            for (int i = savedFrames; i < FrameCount; i++) { top = Math.Max(top, Frames[i].Top); Frames[i].Function = null; }
            FrameCount = savedFrames;
            Top = Math.Min(top, Stack.Length - 1);
            LuaValue err = CloseProtected(func, ex.Value);
            if (!LuaValue.RawEquals(err, ex.Value) || !ReferenceEquals(err.O, ex.Value.O))
                ex = new LuaRuntimeException(err, ex) { SeenBy = ex.SeenBy, LuaTraceback = ex.LuaTraceback };
        }
        Top = func;
        // Leaving for the host (no frame but the base one below): the message is made now, while the call's
        // limits still apply to a __tostring metamethod.
        if (savedFrames <= 1) ex.ResolveMessage(this);
        throw ex;
    }

    /// <summary>Frame index of stack level <paramref name="level"/> (0 = running function), or -1.</summary>
    internal int FrameOfLevel(int level)
    {
        int fi = FrameCount - 1 - level;
        return level >= 0 && fi >= 1 ? fi : -1;
    }

    /// <summary>luaL_where: "chunk:line: " of the function at <paramref name="level"/> (1 = caller of the running host function), or "".</summary>
    internal string Where(int level)
    {
        int fi = FrameOfLevel(level);
        if (fi < 0) return "";
        ref CallFrame f = ref Frames[fi];
        if (!f.IsLua) return "";
        int line = CurrentLine(f);
        if (line <= 0) return "";
        return ChunkId.Format(f.Closure!.Proto.Source, Global.Profile) + ":" + line + ": ";
    }

    /// <summary>Name of the running host function for error messages and whether it was called as a method
    /// (luaL_argerror): the name at the call site, else its global name ("string.rep"), else "?".</summary>
    internal (string Name, bool IsMethod) CurrentFunctionName(LuaHostFunction f)
    {
        int fi = FrameCount - 1;
        if (fi >= 1 && ReferenceEquals(Frames[fi].Function, f))
        {
            var (kind, name) = GetFuncName(fi);
            // Lua 5.1 names a generic for's iterator by the register it sits in.
            if (kind == "for iterator" && Global.Profile.Minor == 1) name = "(for generator)";
            if (name is not null) return (name, kind == "method");
            // Called straight from the host with no Lua code below: the function's own name reads best.
            if (fi == 1) return (f.Name, false);
        }
        else return (f.Name, false); // delegate invoked directly by host code, without a call frame
        return (FallbackFunctionName(f), false);
    }

    /// <summary>The name luaL_argerror gives a function its call site does not name: none in 5.1 ("?", Lua 5.1's
    /// lauxlib has no global search), else where the loaded libraries hold it. (5.2 searches the globals in their
    /// hash order, which its random seed changes: "tonumber" or "_G.tonumber"; the first is the more frequent.)</summary>
    private string FallbackFunctionName(LuaHostFunction f) =>
        Global.Profile.Minor == 1 ? "?" : GlobalFunctionName(f) ?? "?";

    /// <summary>pushglobalfuncname: "name" or "lib.name" when <paramref name="fn"/> is reachable from package.loaded.</summary>
    internal string? GlobalFunctionName(LuaFunction fn)
    {
        LuaTable loaded = Global.LoadedTable;
        LuaValue key = LuaValue.Nil;
        while (loaded.Next(key, out LuaValue k1, out LuaValue v1))
        {
            key = k1;
            if (k1.O is not LuaString s1) continue;
            if (ReferenceEquals(v1.O, fn)) return s1.ToString();
            if (v1.O is LuaTable lib)
            {
                LuaValue key2 = LuaValue.Nil;
                while (lib.Next(key2, out LuaValue k2, out LuaValue v2))
                {
                    key2 = k2;
                    if (k2.O is LuaString s2 && ReferenceEquals(v2.O, fn))
                    {
                        string name = s1 + "." + s2;
                        return name.StartsWith("_G.", StringComparison.Ordinal) ? name.Substring(3) : name;
                    }
                }
            }
        }
        return null;
    }

    /// <summary>luaL_tolstring: <c>__tostring</c> (which must return a string), else the raw form with <c>__name</c>.</summary>
    internal LuaString ToDisplayString(in LuaValue v)
    {
        LuaTable? mt = Global.GetMetatable(v);
        if (mt is not null)
        {
            LuaValue tm = mt.GetStr(MetaNames.ToStringName);
            if (!tm.IsNil)
            {
                LuaValue r = Call1(tm, v, LuaValue.Nil);
                if (r.O is LuaString rs) return rs;
                if (r.IsNumber) return LuaString.ToDisplay(r, Global.Profile);
                throw new LuaRuntimeException(LuaValue.FromString(Where(1) + "'__tostring' must return a string"));
            }
            if (v.O is LuaTable or LuaUserdata && Global.Profile.HasNameField && mt.GetStr(MetaNames.Name).O is LuaString name)
                return LuaString.Concat(name, LuaString.FromAscii(": " + LuaString.AddressOf(v.O!)));
        }
        return v.IsNumber ? LuaString.ToDisplay(v, Global.Profile) : LuaString.ToDisplay(v);
    }
}
