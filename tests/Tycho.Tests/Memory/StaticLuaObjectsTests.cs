using System.Reflection;
using Xunit;

namespace Tycho.Tests.Memory;

/// <summary>Every class that keeps Lua objects in static fields is initialized outside any state's account
/// (<see cref="StaticLuaObjects"/>): otherwise its initializer could run inside a script at its memory limit and
/// fail for the whole process.</summary>
public class StaticLuaObjectsTests
{
    [Fact]
    public void EveryClassHoldingStaticLuaObjectsIsListed()
    {
        var missing = new List<string>();
        foreach (var type in typeof(LuaState).Assembly.GetTypes())
        {
            if (type.ContainsGenericParameters || !HoldsLuaObjects(type)) continue;
            if (Array.IndexOf(StaticLuaObjects.Types, type) < 0) missing.Add(type.FullName!);
        }
        Assert.True(missing.Count == 0, "add to StaticLuaObjects.Types: " + string.Join(", ", missing));
    }

    [Fact]
    public void StateAtItsLimitCanStillUseEveryLibrary()
    {
        using var lua = new LuaState(new LuaStateOptions { MemoryLimit = 1 << 20, Output = new MemoryStream() });
        Assert.Throws<LuaMemoryException>(() => lua.DoString("hog = {} for i = 1, 1e9 do hog[i] = {} end"));
        lua.DoString("hog = nil");
        var r = lua.DoString("return select('#', ipairs({})), math.type(1), utf8.char(72), table.pack(1).n, coroutine.running() ~= nil");
        Assert.Equal(3L, r[0].RawInteger);
    }

    private static bool HoldsLuaObjects(Type type)
    {
        foreach (var f in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
        {
            if (f.IsLiteral) continue;
            if (MentionsLuaObjects(f.FieldType)) return true;
        }
        return false;
    }

    /// <summary>A Lua object type, LuaValue, or an array or generic type over one (e.g. Dictionary&lt;string, LuaString&gt;).</summary>
    private static bool MentionsLuaObjects(Type t)
    {
        while (t.IsArray) t = t.GetElementType()!;
        if (typeof(LuaObject).IsAssignableFrom(t) || t == typeof(LuaValue)) return true;
        if (typeof(Delegate).IsAssignableFrom(t)) return false;   // cached lambdas hold code, not Lua objects
        if (t.IsGenericType) foreach (var a in t.GetGenericArguments()) if (MentionsLuaObjects(a)) return true;
        return false;
    }
}
