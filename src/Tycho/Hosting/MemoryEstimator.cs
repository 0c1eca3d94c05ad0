using Tycho.Compiler;

namespace Tycho;

/// <summary>
/// Estimates the bytes used by the Lua objects reachable from a state (registry, globals, type metatables, the main
/// thread's stack and host handles) by walking the object graph once with approximate per-object sizes. O(live
/// objects); meant for diagnostics (<see cref="LuaState.Info"/>), not for hot paths.
/// </summary>
internal static class MemoryEstimator
{
    private const long ObjectHeader = 24;

    public static long Estimate(LuaState state)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var work = new Stack<object>();
        void Add(in LuaValue v) { if (v.AsObject is LuaObject o && seen.Add(o)) work.Push(o); }
        void AddObj(object? o) { if (o is not null && seen.Add(o)) work.Push(o); }

        AddObj(state.Registry);
        AddObj(state.Globals);
        AddObj(state.MainThread);
        foreach (var mt in state.TypeMetatables) AddObj(mt);
        foreach (var h in state.HandleObjects()) AddObj(h);
        long total = 0;
        while (work.Count > 0)
        {
            object o = work.Pop();
            switch (o)
            {
                case LuaString s: total += ObjectHeader + 8 + s.Length; break;
                case LuaTable t:
                    total += t.ApproximateSize;
                    AddObj(t.Metatable);
                    foreach (var (k, v) in t.Pairs()) { Add(k); Add(v); }
                    break;
                case LuaClosure c:
                    total += ObjectHeader + 16 + c.UpValues.Length * 40L;
                    AddObj(c.Proto);
                    foreach (var uv in c.UpValues) if (uv is not null && uv.Owner is null) Add(uv.Closed);
                    break;
                case Prototype p:
                    total += 128 + p.Code.Length * 4L + p.Constants.Length * 16L + p.LineInfo.Length * 4L + p.LocalVars.Length * 32L;
                    foreach (var k in p.Constants) Add(k);
                    foreach (var child in p.Protos) AddObj(child);
                    break;
                case LuaHostFunction h:
                    total += ObjectHeader + 32 + h.UpValues.Length * 16L;
                    foreach (var uv in h.UpValues) Add(uv);
                    break;
                case LuaUserdata u:
                    total += ObjectHeader + 40;
                    AddObj(u.Metatable);
                    Add(u.UserValue);
                    break;
                case LuaThread th:
                    total += ObjectHeader + 64 + th.Stack.Length * 16L + th.Frames.Length * 64L;
                    for (int i = 0; i < th.Top && i < th.Stack.Length; i++) Add(th.Stack[i]);
                    break;
            }
        }
        return total;
    }
}
