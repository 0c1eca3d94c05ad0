using System.Runtime.CompilerServices;
using Tycho.Runtime.Gc;
using Tycho.Runtime;

namespace Tycho.Hosting;

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
            foreach (var type in Types) RuntimeHelpers.RunClassConstructor(type.TypeHandle);
        }
        finally { MemoryAccount.Resume(saved); }
        Volatile.Write(ref _done, 1);
    }

    /// <summary>The classes with static Lua objects (a test checks the list is complete; scanning the assembly by
    /// reflection at startup would cost milliseconds).</summary>
    internal static readonly Type[] Types =
    {
        typeof(LuaState), typeof(AsyncFunctionFactory), typeof(LuaTable), typeof(LuaMemoryException), typeof(LuaString),
        typeof(LuaValue), typeof(MetaNames), typeof(Library.BaseLib), typeof(Library.CoroutineLib), typeof(Library.IoLib),
        typeof(Library.MathLib), typeof(Library.OsLib), typeof(Library.PackageLib), typeof(Library.TableLib),
        typeof(Library.Utf8Lib), typeof(Library.DebugLib), typeof(ShortStringIds), typeof(HookEvents),
    };
}
