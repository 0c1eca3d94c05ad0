using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>
/// Describes how a .NET type appears in Lua: its name, instance members, static members and metamethods.
/// Normally generated (see <see cref="LuaTypeAttribute"/>); can also be written by hand by overriding
/// <see cref="Build"/>. Each state builds one metatable per binding on first use.
/// <para>Lookup of <c>obj.key</c>: bound methods first, then properties/fields, then the
/// <see cref="LuaMetamethod.Index"/> fallback, else the error <c>'Type' has no member 'key'</c>. Assignment
/// <c>obj.key = v</c>: writable properties/fields, then the <see cref="LuaMetamethod.NewIndex"/> fallback, else an
/// error naming the member as missing or read-only.</para>
/// <para>Finalization (manual §2.5.3 <c>__gc</c>): a <see cref="LuaMetamethod.Gc"/> method runs for every instance
/// once Lua's collector finds its userdata unreachable, or when the state is disposed. Without one, a type implementing
/// <see cref="IDisposable"/> is disposed that way only when Lua created the instance (<c>Type.new(...)</c>, see
/// <see cref="ReturnConstructed{T}"/>): objects the host passes in stay the host's to dispose. Unreachable from Lua
/// does not mean unreferenced by .NET: a Lua-created object the host keeps (read from a global, say) is still
/// disposed when Lua drops it, unless the host holds its userdata through a <see cref="LuaHandle"/>.
/// Without a <see cref="LuaMetamethod.Close"/> method, a disposable type is also a to-be-closed value (manual §3.3.8):
/// <c>local f &lt;close&gt; = Type.new(...)</c> disposes it at the end of the block (once: the collector does not
/// dispose it again); closing an instance the host owns is the error <c>cannot close a 'Type' the host owns</c>.</para>
/// <para>When <see cref="LuaStateOptions.Sandboxed"/> is set, the metatable carries <c>__metatable = false</c> (as
/// C libraries protect theirs, manual §6.1 <c>getmetatable</c>): <c>getmetatable(obj)</c> returns false and
/// scripts cannot reach or change the table shared by every instance.</para>
/// </summary>
public abstract class LuaUserTypeBinding
{
    private static readonly ConcurrentDictionary<Type, string> Names = new();
    private LuaUserTypeBuilder? _built;

    /// <summary>Registers the type's Lua name for error messages.</summary>
    protected LuaUserTypeBinding() { }

    /// <summary>The bound .NET type.</summary>
    public abstract Type ClrType { get; }

    /// <summary>The Lua-visible name (<c>__name</c>, error messages, global table of statics).</summary>
    public abstract string Name { get; }

    /// <summary>Declares the members (called once per binding).</summary>
    protected abstract void Build(LuaUserTypeBuilder builder);

    internal LuaUserTypeBuilder Description
    {
        get
        {
            if (_built is not null) return _built;
            var b = new LuaUserTypeBuilder();
            Build(b);
            Names[ClrType] = Name;
            return Interlocked.CompareExchange(ref _built, b, null) ?? b;
        }
    }

    /// <summary>Whether a <paramref name="kind"/> metamethod is declared.</summary>
    internal bool HasMetamethod(LuaMetamethod kind) => Description.Metamethods.Exists(m => m.Kind == kind);

    /// <summary>Instances Lua creates are Lua's to dispose (by <c>__gc</c> or <c>__close</c>).</summary>
    internal bool IsDisposable => typeof(IDisposable).IsAssignableFrom(ClrType);

    internal static string? TryGetName(Type t) => Names.TryGetValue(t, out var n) ? n : null;

    /// <summary>Argument <paramref name="arg"/> as the bound object, or the Lua error <c>bad argument #1 to 'M'
    /// (Type expected, got number)</c> / <c>calling 'M' on bad self</c>. For generated code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T CheckSelf<T>(in LuaCallContext ctx, int arg = 1) where T : class
    {
        if (ctx[arg].AsObject is LuaUserdata { Value: T self }) return self;
        throw ctx.TypeError(arg, TryGetName(typeof(T)) ?? typeof(T).Name);
    }

    /// <summary>Argument <paramref name="arg"/> as a bound struct (boxed in the userdata).</summary>
    public static T CheckSelfValue<T>(in LuaCallContext ctx, int arg = 1) where T : struct
    {
        if (ctx[arg].AsObject is LuaUserdata { Value: T self }) return self;
        throw ctx.TypeError(arg, TryGetName(typeof(T)) ?? typeof(T).Name);
    }

    /// <summary>Returns <paramref name="instance"/>, just created for Lua (a bound constructor), as its userdata:
    /// Lua owns it, so an <see cref="IDisposable"/> instance is disposed when Lua's collector finds it unreachable
    /// or the state is disposed (see the class remarks). For generated code.</summary>
    public static int ReturnConstructed<T>(in LuaCallContext ctx, T instance) where T : class, ILuaUserType<T>
    {
        ArgumentNullException.ThrowIfNull(instance);
        return ctx.Return(LuaValue.FromObject(ctx.State.GetUserdata(instance, T.Binding, createdByLua: true)));
    }

    /// <summary>Returns the <c>__pairs</c> results for <paramref name="items"/>: an iterator function giving each
    /// key and value (converted by <see cref="LuaConvert"/> rules), then nil, nil (manual §6.1 <c>pairs</c>). A null
    /// sequence iterates as empty; an exception thrown while enumerating becomes a Lua error. For generated code.</summary>
    public static int ReturnPairs<TKey, TValue>(in LuaCallContext ctx, IEnumerable<KeyValuePair<TKey, TValue>>? items) =>
        ctx.Return(UserTypeIterator.Pairs((items ?? []).GetEnumerator()), LuaValue.Nil, LuaValue.Nil);

    /// <summary>Returns the <c>__pairs</c> results for a sequence: an iterator giving <c>1, v1</c>, <c>2, v2</c>,
    /// ..., as <c>ipairs</c> over a list (see <see cref="ReturnPairs{TKey, TValue}"/>). For generated code.</summary>
    public static int ReturnSequence<T>(in LuaCallContext ctx, IEnumerable<T>? items) =>
        ctx.Return(UserTypeIterator.Sequence((items ?? []).GetEnumerator()), LuaValue.Nil, LuaValue.Nil);
}
