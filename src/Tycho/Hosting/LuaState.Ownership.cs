using Tycho.Runtime;
using Tycho.Runtime.Gc;

namespace Tycho.Hosting;

// Which state a Lua object belongs to. Tables, closures, userdata and coroutines belong to one state: a function of
// state A called through state B would run under A's globals on B's thread, and a table shared by two states could
// be written by two threads at once. So every entry point of the embedding API admits values (Admit): an object
// of another state is rejected, an object the host built outside any state is adopted (with everything unowned it
// reaches) and charged to this state's memory, and a long host string is charged when it enters. Strings and host
// functions (LuaFunction.Create) are immutable or state-free and may be shared.
public sealed partial class LuaState
{
    private static int s_lastId;

    /// <summary>Strings from this many bytes on are charged to the state's memory when the host passes them in
    /// (shorter ones are measured by the next collection cycle, as before).</summary>
    internal const int ChargedStringLength = 1024;

    /// <summary>The state's name in messages: <see cref="LuaStateOptions.Name"/>, else <c>LuaState #n</c> (n counts
    /// the states of the process from 1).</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;

    private static string DefaultName() => "LuaState #" + Interlocked.Increment(ref s_lastId);

    /// <summary>The state as the owner of its objects (guard word and admission; see <see cref="StateOwner"/>).</summary>
    internal readonly ObjectOwner Owner;

    /// <summary>
    /// Admits <paramref name="value"/> into this state (see the file comment). Throws
    /// <see cref="InvalidOperationException"/> naming both states when the value belongs to another state, and
    /// <see cref="LuaMemoryException"/> (state unchanged) when adopting it would pass the memory limit. Must run
    /// inside the state's guard (an API call, or a claimed table access).
    /// </summary>
    internal void Admit(in LuaValue value) => Owner.Admit(value);

    /// <summary>Admits every value of <paramref name="values"/> (see <see cref="Admit(in LuaValue)"/>).</summary>
    internal void Admit(ReadOnlySpan<LuaValue> values)
    {
        foreach (ref readonly var v in values) Owner.Admit(v);
    }

    /// <summary>Admits an object (see <see cref="Admit(in LuaValue)"/>); null is fine.</summary>
    internal void Admit(LuaObject? obj) => Owner.Admit(obj);

    /// <summary>Takes ownership of the objects the state's setup created outside any execution (the libraries'
    /// tables and functions, registrations): without an owner they could be adopted by another state.</summary>
    private void ClaimSetupObjects()
    {
        var owner = (StateOwner)Owner;
        var pending = new Stack<LuaObjectWithId>();
        owner.Claim(Globals, pending);
        owner.Claim(Registry, pending);
        foreach (var mt in Core.TypeMetatables) if (mt is not null) owner.Claim(mt, pending);
    }

    /// <summary>The embedding API's side of <see cref="ObjectOwner"/>: names, errors, adoption and charging.</summary>
    private sealed class StateOwner(LuaState state) : ObjectOwner
    {
        internal override string Name => state.Name;

        internal override Exception ConcurrentUse(int owner, int me) => ConcurrentUseError(owner, me);

        protected override void AdmitSlow(object o)
        {
            switch (o)
            {
                case LuaString s:
                    if (s.Length >= ChargedStringLength) ChargeEntering(MemorySizes.String(s.Length));
                    return;
                case LuaThread t:
                    if (!ReferenceEquals(t.Global, state.Core)) throw Foreign(OwnerOf(t));
                    return;
                case LuaHostFunction:
                    return;
                case LuaObjectWithId w:
                    if (w.Owner is { } other) throw Foreign(other);
                    Adopt(w, charge: true);
                    return;
            }
        }

        private static ObjectOwner OwnerOf(LuaThread t) => t.Global.Memory.Owner!;

        /// <summary>The error for a value of <paramref name="other"/> passed to this state.</summary>
        private InvalidOperationException Foreign(ObjectOwner other) =>
            new($"The value belongs to {other.Name} and cannot be used in {Name}: tables, Lua functions, userdata and " +
                "coroutines belong to the state that created them (or that they first entered); copy the data instead.");

        /// <summary>Checks that <paramref name="bytes"/> fit under the limit (collecting first if needed), then charges them.</summary>
        private void ChargeEntering(long bytes)
        {
            state.Core.Memory.Check(bytes);
            state.Core.Memory.Charge(bytes);
        }

        /// <summary>
        /// Makes this state the owner of <paramref name="root"/> and of every unowned table, closure and userdata it
        /// reaches (entries, keys, metatables, user values). First everything is found and sized, so that an object
        /// of another state or a memory error leaves all of it unowned; then the size is charged when
        /// <paramref name="charge"/> (objects built by the host; not the state's own setup, which the first cycle measures).
        /// </summary>
        internal void Adopt(LuaObjectWithId root, bool charge)
        {
            var found = new List<LuaObjectWithId>();
            var seen = new HashSet<LuaObjectWithId>(ReferenceEqualityComparer.Instance) { root };
            var pending = new Stack<LuaObjectWithId>();
            pending.Push(root);
            long bytes = 0;
            while (pending.TryPop(out var x))
            {
                found.Add(x);
                switch (x)
                {
                    case LuaTable t:
                        bytes += t.ApproximateSize;
                        foreach (var v in t.ArrayPart) bytes += Visit(v, seen, pending);
                        for (int i = 0; i < t.NodeCapacity; i++)
                        {
                            if (t.NodeValue(i).IsNil) continue;
                            bytes += Visit(t.NodeKey(i), seen, pending) + Visit(t.NodeValue(i), seen, pending);
                        }
                        if (t.Metatable is { } mt) Visit(LuaValue.FromObject(mt), seen, pending);
                        break;
                    case LuaUserdata u:
                        bytes += MemorySizes.Userdata;
                        if (u.Metatable is { } umt) Visit(LuaValue.FromObject(umt), seen, pending);
                        bytes += Visit(u.UserValue, seen, pending);
                        break;
                    case LuaClosure c:
                        bytes += MemorySizes.Closure(c.UpValues.Length);
                        break;
                }
            }
            if (charge) state.Core.Memory.Check(bytes);
            foreach (var x in found) x.Owner = this;
            if (charge) state.Core.Memory.Charge(bytes);
        }

        /// <summary>
        /// <see cref="Adopt"/> for the state's own setup (nothing charged): marks <paramref name="root"/> and every
        /// unowned table, closure and userdata it reaches as owned as it goes, the owner field doubling as the
        /// visited mark (setup objects are many, and a set of them would cost more than the walk). An object of
        /// another state throws as in <see cref="Adopt"/>; the setup then fails as a whole.
        /// </summary>
        internal void Claim(LuaObjectWithId root, Stack<LuaObjectWithId> pending)
        {
            ClaimOne(LuaValue.FromObject(root), pending);
            while (pending.TryPop(out var x))
            {
                switch (x)
                {
                    case LuaTable t:
                        foreach (var v in t.ArrayPart) ClaimOne(v, pending);
                        for (int i = 0; i < t.NodeCapacity; i++)
                        {
                            if (t.NodeValue(i).IsNil) continue;
                            ClaimOne(t.NodeKey(i), pending);
                            ClaimOne(t.NodeValue(i), pending);
                        }
                        if (t.Metatable is { } mt) ClaimOne(LuaValue.FromObject(mt), pending);
                        break;
                    case LuaUserdata u:
                        if (u.Metatable is { } umt) ClaimOne(LuaValue.FromObject(umt), pending);
                        ClaimOne(u.UserValue, pending);
                        break;
                }
            }
        }

        /// <summary>One value reached by <see cref="Claim"/> (the checks of <see cref="Visit"/>).</summary>
        private void ClaimOne(in LuaValue v, Stack<LuaObjectWithId> pending)
        {
            switch (v.O)
            {
                case LuaThread t:
                    if (!ReferenceEquals(t.Global, state.Core)) throw Foreign(OwnerOf(t));
                    return;
                case LuaHostFunction:
                    return;
                case LuaObjectWithId w when w.Owner is null:
                    w.Owner = this;
                    pending.Push(w);
                    return;
                case LuaObjectWithId w when !ReferenceEquals(w.Owner, this):
                    throw Foreign(w.Owner!);
            }
        }

        /// <summary>One value reached by <see cref="Adopt"/>: queues unowned objects, rejects other states' objects,
        /// and returns the bytes of a long string (charged with the adopted objects).</summary>
        private long Visit(in LuaValue v, HashSet<LuaObjectWithId> seen, Stack<LuaObjectWithId> pending)
        {
            switch (v.O)
            {
                case LuaString s:
                    return s.Length >= ChargedStringLength ? MemorySizes.String(s.Length) : 0;
                case LuaThread t:
                    if (!ReferenceEquals(t.Global, state.Core)) throw Foreign(OwnerOf(t));
                    return 0;
                case LuaHostFunction:
                    return 0;
                case LuaObjectWithId w when w.Owner is null:
                    if (seen.Add(w)) pending.Push(w);
                    return 0;
                case LuaObjectWithId w when !ReferenceEquals(w.Owner, this):
                    throw Foreign(w.Owner!);
                default:
                    return 0;
            }
        }
    }
}
