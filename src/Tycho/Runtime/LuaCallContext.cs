using System.Runtime.CompilerServices;

namespace Tycho.Runtime;

/// <summary>
/// What a host function sees of its call: the arguments (1-based, as in the C API) and a place to push results.
/// Argument checks raise the same errors as lua5.4's <c>luaL_check*</c> (manual §5.1), e.g.
/// <c>bad argument #1 to 'insert' (table expected, got nil)</c>, positioned at the calling Lua line.
/// A value type that lives only for the duration of the call: do not store it.
/// </summary>
public readonly struct LuaCallContext
{
    /// <summary>The running coroutine (or main thread).</summary>
    public readonly LuaThread Thread;
    /// <summary>Stack index of argument 1.</summary>
    internal readonly int Base;
    /// <summary>Number of arguments passed.</summary>
    public readonly int ArgCount;
    /// <summary>The function being called (gives access to host upvalues).</summary>
    public readonly LuaHostFunction Function;

    internal LuaCallContext(LuaThread thread, int @base, int argCount, LuaHostFunction function)
    {
        Thread = thread; Base = @base; ArgCount = argCount; Function = function;
    }

    /// <summary>The global state the call runs in (the public <c>LuaState</c> is its host: see Hosting).</summary>
    internal GlobalState Global => Thread.Global;

    /// <summary>Argument <paramref name="i"/> (1-based); nil when absent.</summary>
    public LuaValue this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (uint)(i - 1) < (uint)ArgCount ? Thread.Stack[Base + i - 1] : LuaValue.Nil;
    }

    /// <summary>The arguments as a span (valid until the next push or call).</summary>
    public ReadOnlySpan<LuaValue> Args => new(Thread.Stack, Base, ArgCount);

    /// <summary>True when argument <paramref name="i"/> is absent or nil (luaL_opt's test).</summary>
    public bool IsNoneOrNil(int i) => this[i].IsNil;

    // ------------------------------------------------------------ errors

    /// <summary>lua5.4's luaL_argerror: <c>bad argument #i to 'name' (extramsg)</c>, or for methods
    /// <c>calling 'name' on bad self</c>. Returns the exception for the caller to throw.</summary>
    public LuaRuntimeException ArgError(int i, string extraMessage)
    {
        var (name, isMethod) = Thread.CurrentFunctionName(Function);
        if (isMethod)
        {
            i--;
            if (i == 0) return Error($"calling '{name}' on bad self ({extraMessage})");
        }
        return Error($"bad argument #{i} to '{name}' ({extraMessage})");
    }

    /// <summary>lua5.4's luaL_typeerror: <c>bad argument #i to 'f' (T expected, got U)</c>; U honours <c>__name</c>.</summary>
    public LuaRuntimeException TypeError(int i, string expected)
    {
        LuaValue v = this[i];
        string actual;
        var mt = Global.GetMetatable(v);
        if (mt is not null && mt.GetStr(MetaNames.Name).AsString is LuaString n) actual = n.ToString();
        else if (i > ArgCount) actual = "no value";
        else actual = v.TypeName;
        return ArgError(i, $"{expected} expected, got {actual}");
    }

    /// <summary>lua5.4's luaL_error: the message prefixed with the calling Lua function's <c>chunk:line:</c>.</summary>
    public LuaRuntimeException Error(string message) => new(LuaValue.FromString(Thread.Where(1) + message));

    // ------------------------------------------------------------ checks

    /// <summary>luaL_checkany: any value, but present.</summary>
    public LuaValue CheckAny(int i)
    {
        if (i > ArgCount) throw ArgError(i, "value expected");
        return this[i];
    }

    /// <summary>luaL_checktype.</summary>
    public void CheckType(int i, LuaType t)
    {
        if (this[i].Type != t || (t == LuaType.Nil && i > ArgCount)) throw TypeError(i, LuaValue.TypeNames[(int)t]);
    }

    /// <summary>luaL_checkinteger: integers, floats with an exact integer value, and numeric strings.</summary>
    public long CheckInteger(int i)
    {
        LuaValue v = this[i];
        if (v.IsInteger) return v.RawInteger;
        if (v.TryToInteger(out long r)) return r;
        if (v.TryToNumber(out double d))
        {
            if (Global.Profile.LibrariesConvertNumbers) return TruncateToInteger(d);
            throw ArgError(i, "number has no integer representation");
        }
        throw TypeError(i, "number");
    }

    /// <summary>Lua 5.1/5.2's lua_tointeger (Lua 5.1 manual §3.7): the C cast, which truncates toward zero; what
    /// does not fit (NaN, the infinities) is the x86-64 conversion's "integer indefinite", as the oracles give.</summary>
    internal static long TruncateToInteger(double d) =>
        d >= -9.2233720368547758e18 && d < 9.2233720368547758e18 ? (long)d : long.MinValue;

    /// <summary>luaL_checknumber as a double.</summary>
    public double CheckNumber(int i)
    {
        LuaValue v = this[i];
        if (v.IsFloat) return v.RawFloat;
        if (v.TryToNumber(out double d)) return d;
        throw TypeError(i, "number");
    }

    /// <summary>luaL_checknumber keeping the subtype (strings converted by §3.4.3).</summary>
    public LuaValue CheckNumberValue(int i)
    {
        if (this[i].TryToNumberValue(out LuaValue n)) return n;
        throw TypeError(i, "number");
    }

    /// <summary>luaL_checklstring: strings, and numbers converted to strings.</summary>
    public LuaString CheckString(int i)
    {
        LuaValue v = this[i];
        if (v.O is LuaString s) return s;
        if (v.IsNumber) return LuaString.ToDisplay(v, Global.Profile);
        throw TypeError(i, "string");
    }

    /// <summary>A table argument.</summary>
    public LuaTable CheckTable(int i) => this[i].O as LuaTable ?? throw TypeError(i, "table");

    /// <summary>A function argument.</summary>
    public LuaFunction CheckFunction(int i) => this[i].O as LuaFunction ?? throw TypeError(i, "function");

    /// <summary>luaL_optinteger.</summary>
    public long OptInteger(int i, long def) => this[i].IsNil ? def : CheckInteger(i);
    /// <summary>luaL_optnumber.</summary>
    public double OptNumber(int i, double def) => this[i].IsNil ? def : CheckNumber(i);
    /// <summary>luaL_optlstring.</summary>
    public LuaString? OptString(int i, LuaString? def) => this[i].IsNil ? def : CheckString(i);

    /// <summary>lua_toboolean.</summary>
    public bool ToBoolean(int i) => this[i].IsTruthy;

    /// <summary>luaL_tolstring: the value as <c>tostring</c> converts it, honouring <c>__tostring</c> and <c>__name</c>.</summary>
    public LuaString ToDisplayString(int i) => Thread.ToDisplayString(this[i]);

    // ------------------------------------------------------------ results

    /// <summary>Pushes one result.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(in LuaValue v) => Thread.Push(v);

    /// <summary>No results.</summary>
    public int Return() => 0;
    /// <summary>One result.</summary>
    public int Return(in LuaValue a) { Thread.Push(a); return 1; }
    /// <summary>Two results.</summary>
    public int Return(in LuaValue a, in LuaValue b) { Thread.Push(a); Thread.Push(b); return 2; }
    /// <summary>Three results.</summary>
    public int Return(in LuaValue a, in LuaValue b, in LuaValue c) { Thread.Push(a); Thread.Push(b); Thread.Push(c); return 3; }

    // ------------------------------------------------------------ calling back into Lua

    /// <summary>Calls <paramref name="f"/> (any callable value, honouring <c>__call</c>) and returns all its results.</summary>
    public LuaValue[] Call(in LuaValue f, params ReadOnlySpan<LuaValue> args) => Thread.Call(f, args);

    /// <summary>Calls <paramref name="f"/> with up to two arguments and returns its first result, without allocating.</summary>
    public LuaValue Call1(in LuaValue f, in LuaValue a, in LuaValue b) => Thread.Call1(f, a, b);
}
