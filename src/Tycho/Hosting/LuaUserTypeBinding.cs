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
}
