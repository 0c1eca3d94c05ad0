using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Debugging;

/// <summary>
/// Evaluates an expression (or runs a statement) as if written in a stopped frame: its locals and upvalues are
/// visible and assignable, other names are the frame's <c>_ENV</c> (else the globals). The chunk's environment is a
/// proxy whose <c>__index</c>/<c>__newindex</c> see a snapshot of the frame's variables; assignments to them are
/// written back to the frame (lua_setlocal, lua_setupvalue) when the evaluation ends. Runs on the Lua thread while
/// stopped (or in a breakpoint's condition); the hooks are off there, so evaluation never stops at a breakpoint.
/// </summary>
internal sealed class FrameEvaluator(LuaState state)
{
    private const string ChunkName = "=(debugger)";

    private sealed class Slot(bool isLocal, int index, LuaValue value)
    {
        public bool IsLocal { get; } = isLocal;
        public int Index { get; } = index;
        public LuaValue Value { get; set; } = value;
        public bool Dirty { get; set; }
    }

    /// <summary>The values of <paramref name="code"/> in <paramref name="frame"/> (the globals when null). Throws
    /// <see cref="LuaException"/> for a syntax or runtime error.</summary>
    public LuaValue[] Evaluate(FrameRef? frame, string code)
    {
        var slots = frame is { } f ? Snapshot(f.Get()) : new Dictionary<string, Slot>(StringComparer.Ordinal);
        LuaTable env = slots.TryGetValue("_ENV", out var envSlot) && envSlot.Value.AsTable is LuaTable t ? t : state.Globals;
        var proxy = CreateProxy(slots, env);
        var chunk = Compile(code, proxy);
        var results = state.Call(chunk);
        if (frame is { } target) WriteBack(target, slots);
        return results;
    }

    /// <summary>The truth of a breakpoint condition; an error in it counts as true (the user sees why it stopped).</summary>
    public bool IsTrue(FrameRef frame, string condition, out string? error)
    {
        error = null;
        try
        {
            var values = Evaluate(frame, "return " + condition);
            return values.Length > 0 && values[0].IsTruthy;
        }
        catch (LuaException e)
        {
            error = e.Message;
            return true;
        }
    }

    private LuaClosure Compile(string code, LuaTable env)
    {
        try
        {
            return state.Load("return " + code, ChunkName, env);
        }
        catch (LuaRuntimeException expressionError)
        {
            try { return state.Load(code, ChunkName, env); }
            catch (LuaRuntimeException) { throw expressionError; }
        }
    }

    /// <summary>The frame's variables by name: upvalues first, then locals in order, so an inner local shadows an
    /// outer one and a local shadows an upvalue, as in the source.</summary>
    private static Dictionary<string, Slot> Snapshot(LuaStackFrame frame)
    {
        var slots = new Dictionary<string, Slot>(StringComparer.Ordinal);
        foreach (var v in frame.GetUpvalues()) slots[v.Name] = new Slot(false, v.Index, v.Value);
        foreach (var v in frame.GetLocals())
            if (v.Index > 0) slots[v.Name] = new Slot(true, v.Index, v.Value);
        return slots;
    }

    private LuaTable CreateProxy(Dictionary<string, Slot> slots, LuaTable env)
    {
        var meta = new LuaTable();
        meta["__index"] = LuaFunctionExtensions.Create(ctx =>
        {
            var key = ctx[2];
            if (key.AsString is LuaString s && s.TryDecodeUtf8(out var name) && slots.TryGetValue(name, out var slot))
                return ctx.Return(slot.Value);
            return ctx.Return(state.GetIndex(env, key));
        }, "(debugger) __index");
        meta["__newindex"] = LuaFunctionExtensions.Create(ctx =>
        {
            var key = ctx[2];
            if (key.AsString is LuaString s && s.TryDecodeUtf8(out var name) && slots.TryGetValue(name, out var slot))
            {
                slot.Value = ctx[3];
                slot.Dirty = true;
            }
            else
            {
                state.SetIndex(env, key, ctx[3]);
            }
            return ctx.Return();
        }, "(debugger) __newindex");
        return new LuaTable { Metatable = meta };
    }

    private static void WriteBack(FrameRef target, Dictionary<string, Slot> slots)
    {
        LuaStackFrame frame = target.Get();
        foreach (var slot in slots.Values)
        {
            if (!slot.Dirty) continue;
            if (slot.IsLocal) frame.TrySetLocal(slot.Index, slot.Value);
            else frame.TrySetUpvalue(slot.Index, slot.Value);
        }
    }
}
