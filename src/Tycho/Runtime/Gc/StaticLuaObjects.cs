using System.Reflection;
using System.Runtime.CompilerServices;

namespace Tycho;

/// <summary>
/// Runs, once per process and with no state's account current, the static initializers of every Tycho class that
/// keeps Lua objects in static fields (interned names such as <c>"__index"</c>, shared host functions).
/// <para>Why: Lua objects charge the state executing on the thread (<see cref="MemoryAccount"/>). A static
/// initializer that ran lazily inside a script would charge that state, and at its memory limit throw
/// <c>not enough memory</c> from the initializer — which .NET turns into a permanent
/// <see cref="TypeInitializationException"/> for the whole process. Process-wide objects belong to no state.</para>
/// </summary>
internal static class StaticLuaObjects
{
    private static int _done;

    /// <summary>Initializes the classes on first call; later calls return at once.</summary>
    public static void EnsureInitialized()
    {
        if (Volatile.Read(ref _done) != 0) return;
        var saved = MemoryAccount.Suspend();
        try
        {
            foreach (var type in typeof(StaticLuaObjects).Assembly.GetTypes())
                if (!type.ContainsGenericParameters && HoldsLuaObjects(type))
                    RuntimeHelpers.RunClassConstructor(type.TypeHandle);
        }
        finally { MemoryAccount.Resume(saved); }
        Volatile.Write(ref _done, 1);
    }

    private static bool HoldsLuaObjects(Type type)
    {
        foreach (var f in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
        {
            if (f.IsLiteral) continue;
            Type t = f.FieldType;
            while (t.IsArray) t = t.GetElementType()!;
            if (typeof(LuaObject).IsAssignableFrom(t) || t == typeof(LuaValue)) return true;
        }
        return false;
    }
}
