namespace Tycho.Hosting;

/// <summary>The standard libraries, one flag each (manual §6). Common combinations are in <see cref="LuaLibrarySets"/>.</summary>
[Flags]
public enum LuaLibraries
{
    /// <summary>No library.</summary>
    None = 0,
    /// <summary>Basic functions (§6.1).</summary>
    Base = 1 << 0,
    /// <summary>package and require (§6.3).</summary>
    Package = 1 << 1,
    /// <summary>coroutine (§6.2).</summary>
    Coroutine = 1 << 2,
    /// <summary>string (§6.4).</summary>
    String = 1 << 3,
    /// <summary>utf8 (§6.5).</summary>
    Utf8 = 1 << 4,
    /// <summary>table (§6.6).</summary>
    Table = 1 << 5,
    /// <summary>math (§6.7).</summary>
    Math = 1 << 6,
    /// <summary>io (§6.8).</summary>
    IO = 1 << 7,
    /// <summary>os (§6.9).</summary>
    OS = 1 << 8,
    /// <summary>debug (§6.10).</summary>
    Debug = 1 << 9,
    /// <summary>bit32 (Lua 5.2 manual §6.7): opened only by the versions that have it, 5.2 and 5.3.</summary>
    Bit32 = 1 << 10,
}
