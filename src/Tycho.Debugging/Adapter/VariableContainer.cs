using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Debugging;

/// <summary>A variable as the client lists it: its name, value and the expression that reaches it (for "Add to
/// Watch"; null when none does).</summary>
internal readonly record struct Variable(string Name, LuaValue Value, string? EvaluateName);

/// <summary>
/// What a <c>variablesReference</c> expands to while stopped: a frame's locals or upvalues, a table's entries (with
/// its metatable), or a userdata's metatable. Indexed children (a sequence's <c>[1]..[n]</c>) are separate from the
/// named ones so that the client can page through large tables.
/// </summary>
internal abstract class VariableContainer
{
    public virtual IReadOnlyList<Variable> Indexed() => Array.Empty<Variable>();
    public abstract IReadOnlyList<Variable> Named();

    /// <summary>Assigns the variable called <paramref name="name"/>; a <see cref="DapException"/> when there is none
    /// or it cannot be assigned.</summary>
    public abstract void Set(string name, LuaValue value);

    /// <summary>The frame whose variables these are, for evaluating the new value of <c>setVariable</c>.</summary>
    public virtual FrameRef? Frame => null;

    public const string MetatableName = "[metatable]";
}

/// <summary>The locals (or the upvalues) of a frame (manual §4.7 lua_getlocal / lua_getupvalue).</summary>
internal sealed class FrameVariables(FrameRef frame, bool upvalues) : VariableContainer
{
    public override FrameRef? Frame => frame;

    public override IReadOnlyList<Variable> Named()
    {
        var f = frame.Get();
        var list = new List<Variable>();
        foreach (var v in upvalues ? f.GetUpvalues() : f.GetLocals())
        {
            string name = v.Index < 0 ? $"(vararg {-v.Index})" : v.Name;
            list.Add(new Variable(name, v.Value, v.Index < 0 ? null : v.Name));
        }
        return list;
    }

    public override void Set(string name, LuaValue value)
    {
        var f = frame.Get();
        // The last of several locals with one name is the one in scope (an inner block's shadows an outer one's).
        int index = 0;
        foreach (var v in upvalues ? f.GetUpvalues() : f.GetLocals())
        {
            string shown = v.Index < 0 ? $"(vararg {-v.Index})" : v.Name;
            if (shown == name) index = v.Index;
        }
        bool done = index != 0 && (upvalues ? f.TrySetUpvalue(index, value) : f.TrySetLocal(index, value));
        if (!done) throw new DapException($"no {(upvalues ? "upvalue" : "local")} named '{name}'");
    }
}

/// <summary>A table's entries: <c>[1]..[n]</c> of its sequence as indexed children, the other keys (sorted, with
/// <c>[metatable]</c> first) as named ones. Reads and writes are raw: inspecting must not run metamethods.</summary>
internal sealed class TableVariables(LuaTable table, string? expression, LuaState state, ValueFormatter format) : VariableContainer
{
    public LuaTable Table => table;

    public long SequenceLength => table.RawLength;

    public override IReadOnlyList<Variable> Indexed()
    {
        long n = SequenceLength;
        var list = new List<Variable>((int)Math.Min(n, 1 << 16));
        for (long i = 1; i <= n; i++)
        {
            var key = LuaValue.FromInteger(i);
            list.Add(new Variable("[" + i + "]", table.RawGet(key), format.ChildExpression(expression, key)));
        }
        return list;
    }

    public override IReadOnlyList<Variable> Named()
    {
        long n = SequenceLength;
        var entries = new List<(string Name, LuaValue Key, LuaValue Value)>();
        var key = LuaValue.Nil;
        while (table.Next(key, out var k, out var v))
        {
            key = k;
            if (k.IsInteger && k.RawInteger >= 1 && k.RawInteger <= n) continue;
            entries.Add((format.KeyName(k), k, v));
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var list = new List<Variable>(entries.Count + 1);
        if (state.GetMetatable(table) is LuaTable mt)
            list.Add(new Variable(MetatableName, mt, expression is null ? null : $"getmetatable({expression})"));
        foreach (var (name, k, v) in entries) list.Add(new Variable(name, v, format.ChildExpression(expression, k)));
        return list;
    }

    public int NamedCount()
    {
        long n = SequenceLength;
        int count = state.GetMetatable(table) is null ? 0 : 1;
        var key = LuaValue.Nil;
        while (table.Next(key, out var k, out _))
        {
            key = k;
            if (!(k.IsInteger && k.RawInteger >= 1 && k.RawInteger <= n)) count++;
        }
        return count;
    }

    public override void Set(string name, LuaValue value)
    {
        if (name == MetatableName) throw new DapException("the metatable cannot be replaced from here; use setmetatable in the Debug Console");
        var key = LuaValue.Nil;
        while (table.Next(key, out var k, out _))
        {
            key = k;
            if (format.KeyName(k) == name)
            {
                table.RawSet(k, value);
                return;
            }
        }
        // A new field: an identifier name adds a string key.
        if (ValueFormatter.IsIdentifier(name)) table.RawSet(LuaValue.FromString(name), value);
        else throw new DapException($"no field '{name}'");
    }
}

/// <summary>A userdata (or any non-table value) with a metatable: its only child is the metatable.</summary>
internal sealed class MetatableOnly(LuaTable metatable, string? expression) : VariableContainer
{
    public override IReadOnlyList<Variable> Named() =>
        new[] { new Variable(MetatableName, metatable, expression is null ? null : $"getmetatable({expression})") };

    public override void Set(string name, LuaValue value) => throw new DapException($"'{name}' cannot be assigned");
}
