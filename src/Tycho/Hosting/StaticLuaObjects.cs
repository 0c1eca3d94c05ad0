using System.Diagnostics.CodeAnalysis;
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

    private const DynamicallyAccessedMemberTypes StaticConstructor = DynamicallyAccessedMemberTypes.NonPublicConstructors;

    /// <summary>Receives each class of the list. The annotation tells the trimmer and NativeAOT to keep each listed
    /// class's static constructor, which <see cref="RuntimeHelpers.RunClassConstructor"/> then runs. (An interface
    /// rather than a delegate: the analyzers cannot follow a delegate to an annotated method.)</summary>
    private interface IClassVisitor
    {
        void Visit([DynamicallyAccessedMembers(StaticConstructor)] Type type);
    }

    private sealed class Initializer : IClassVisitor
    {
        public void Visit([DynamicallyAccessedMembers(StaticConstructor)] Type type) => RuntimeHelpers.RunClassConstructor(type.TypeHandle);
    }

    private sealed class Collector : IClassVisitor
    {
        public readonly List<Type> Types = new();

        public void Visit([DynamicallyAccessedMembers(StaticConstructor)] Type type) => Types.Add(type);
    }

    /// <summary>Initializes the classes on first call; later calls return at once.</summary>
    public static void EnsureInitialized()
    {
        if (Volatile.Read(ref _done) != 0) return;
        var saved = MemoryAccount.Suspend();
        try
        {
            ForEachClass(new Initializer());
        }
        finally { MemoryAccount.Resume(saved); }
        Volatile.Write(ref _done, 1);
    }

    /// <summary>The classes with static Lua objects (a test checks the list is complete; scanning the assembly by
    /// reflection at startup would cost milliseconds).</summary>
    internal static Type[] Types
    {
        get
        {
            var collector = new Collector();
            ForEachClass(collector);
            return collector.Types.ToArray();
        }
    }

    /// <summary>The list itself, as calls with constant types: a type read back from an array would carry no
    /// annotation, and NativeAOT could not tell which static constructors must exist.</summary>
    private static void ForEachClass(IClassVisitor visitor)
    {
        visitor.Visit(typeof(LuaState));
        visitor.Visit(typeof(AsyncFunctionFactory));
        visitor.Visit(typeof(LuaTable));
        visitor.Visit(typeof(LuaMemoryException));
        visitor.Visit(typeof(GlobalState));
        visitor.Visit(typeof(LuaString));
        visitor.Visit(typeof(LuaValue));
        visitor.Visit(typeof(MetaNames));
        visitor.Visit(typeof(Library.BaseLib));
        visitor.Visit(typeof(Library.FunctionEnvironments));
        visitor.Visit(typeof(Library.CoroutineLib));
        visitor.Visit(typeof(Library.IoLib));
        visitor.Visit(typeof(Library.MathLib));
        visitor.Visit(typeof(Library.OsLib));
        visitor.Visit(typeof(Library.PackageLib));
        visitor.Visit(typeof(Library.StringLib));
        visitor.Visit(typeof(Library.TableLib));
        visitor.Visit(typeof(Library.Utf8Lib));
        visitor.Visit(typeof(Library.DebugLib));
        visitor.Visit(typeof(Library.StringFormat));
        visitor.Visit(typeof(Library.FloatResults));
        visitor.Visit(typeof(Library.Compat51));
        visitor.Visit(typeof(Library.LegacyBase));
        visitor.Visit(typeof(Library.LegacyLibVariants));
        visitor.Visit(typeof(Library.ModuleLib));
        visitor.Visit(typeof(Library.Bit32Lib));
        visitor.Visit(typeof(Library.LegacyLibraries));
        visitor.Visit(typeof(ShortStringIds));
        visitor.Visit(typeof(LuaThread));                  // Lua 5.5's "n" of vararg tables, "<no error object>"
        visitor.Visit(typeof(Library.GcParam55));
        visitor.Visit(typeof(Library.Lua55Libraries));
        visitor.Visit(typeof(Library.TableCreate));
        visitor.Visit(typeof(Library.CoroutineClose55));
        visitor.Visit(typeof(Library.Utf8Offset55));
        visitor.Visit(typeof(HookEvents));
    }
}
