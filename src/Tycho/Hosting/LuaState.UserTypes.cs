using System.Runtime.CompilerServices;
using Tycho.Runtime;

namespace Tycho.Hosting;

// Bound user types: one metatable per binding and state, and a cache so one .NET object is one userdata.
public sealed partial class LuaState
{
    private readonly Dictionary<LuaUserTypeBinding, LuaTable> _typeMetatables = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Type, LuaUserTypeBinding> _bindingsByType = new();
    private ConditionalWeakTable<object, LuaUserdata> _userdataCache = new();
    /// <summary>Userdata of the disposable objects Lua created, with whether they were disposed.</summary>
    private readonly ConditionalWeakTable<LuaUserdata, StrongBox<bool>> _luaOwned = new();

    /// <summary>
    /// Registers the source-generated binding of <typeparamref name="T"/> (a <c>[LuaType]</c> class) and sets
    /// a global table named after the type with its static members and constructors (<c>Type.new(...)</c>).
    /// Kept across <see cref="Reset"/>. Instances can be passed to Lua without registering; registering only adds
    /// the statics.
    /// </summary>
    public void RegisterType<T>() where T : ILuaUserType<T> => RegisterType(T.Binding);

    /// <summary>Registers a binding (generated or hand-written); see <see cref="RegisterType{T}"/>.</summary>
    public void RegisterType(LuaUserTypeBinding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        AddRegistration(s =>
        {
            s._bindingsByType[binding.ClrType] = binding;
            var statics = new LuaTable();
            foreach (var (name, fn) in binding.Description.Statics) statics[name] = new LuaHostFunction(name, fn);
            s.Globals[binding.Name] = statics;
        });
    }

    /// <summary>The binding registered for <paramref name="type"/> (or found through <see cref="ILuaUserType"/>), or null.</summary>
    internal LuaUserTypeBinding? FindBinding(Type type) => _bindingsByType.TryGetValue(type, out var b) ? b : null;

    /// <summary>The userdata for a host object: the same userdata each time for the same reference-type object, with
    /// the binding's metatable (none when <paramref name="binding"/> is null: an opaque handle Lua can pass back).
    /// A new userdata is marked for finalization (manual §2.5.3) when the type has a <see cref="LuaMetamethod.Gc"/>
    /// method, or when Lua created it (<paramref name="createdByLua"/>) and it is disposable.</summary>
    internal LuaUserdata GetUserdata(object value, LuaUserTypeBinding? binding, bool createdByLua = false)
    {
        bool identity = !value.GetType().IsValueType;
        if (identity && _userdataCache.TryGetValue(value, out var existing)) return existing;
        var mt = binding is null ? null : GetMetatable(binding);
        var u = new LuaUserdata(value, mt);
        if (identity) _userdataCache.AddOrUpdate(value, u);
        bool owned = createdByLua && value is IDisposable;
        if (owned) _luaOwned.Add(u, new StrongBox<bool>());
        if (binding is not null && (binding.HasMetamethod(LuaMetamethod.Gc) || owned))
            Core.Collector.CheckFinalizer(u, mt, Core.Memory.Running ?? Core.MainThread);
        return u;
    }

    /// <summary>Disposes the object of <paramref name="u"/> if Lua created it and it is not disposed yet (by its
    /// <c>__gc</c> or <c>__close</c>). Returns true when disposed now, false when it was already, null when the host
    /// owns it (nothing is done). A .NET exception from Dispose becomes a Lua error.</summary>
    internal bool? DisposeLuaOwned(in LuaCallContext ctx, LuaUserdata u)
    {
        if (!_luaOwned.TryGetValue(u, out var disposed)) return null;
        if (disposed.Value || u.Value is not IDisposable d) return false;
        disposed.Value = true;
        try { d.Dispose(); }
        catch (Exception e) when (e is not LuaRuntimeException) { throw LuaHostCall.Wrap(ctx, e); }
        return true;
    }

    /// <summary>The metatable of <paramref name="binding"/> in this state, built on first use. In a
    /// <see cref="LuaStateOptions.Sandboxed"/> state it has <c>__metatable = false</c>, so scripts cannot reach it
    /// (see <see cref="LuaUserTypeBinding"/>); the host can still change it here.</summary>
    public LuaTable GetMetatable(LuaUserTypeBinding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        if (_typeMetatables.TryGetValue(binding, out var mt)) return mt;
        mt = UserTypeMetatable.Build(binding, Options.Sandboxed);
        _typeMetatables[binding] = mt;
        _bindingsByType.TryAdd(binding.ClrType, binding);
        return mt;
    }
}
