namespace Tycho.Runtime;

/// <summary>Fixed limits of the VM (luaconf.h / llimits.h equivalents).</summary>
public static class LuaLimits
{
    /// <summary>Maximum number of slots in a thread's stack (LUAI_MAXSTACK).</summary>
    public const int MaxStack = 1_000_000;
    /// <summary>Maximum nesting of host calls into Lua, parser levels and similar .NET recursion (LUAI_MAXCCALLS).</summary>
    public const int MaxCCalls = 200;
}
