using Xunit;

namespace Tycho.Tests.Hosting;

public class UserTypeTests
{
    private static LuaState NewState()
    {
        var lua = new LuaState();
        lua.RegisterType<Vec>();
        return lua;
    }

    [Fact]
    public void MethodsPropertiesAndFields()
    {
        using var lua = NewState();
        var v = new Vec(3, 4);
        lua.Globals["v"] = lua.ToValue(v);
        Assert.Equal(5.0, lua.DoString<double>("return v.Length"));
        lua.DoString("v:Move(1, 2) v:Move(1)");
        Assert.Equal(5.0, v.X);
        Assert.Equal(6.0, v.Y);
        lua.DoString("v.X = 10");
        Assert.Equal(10.0, v.X);
        Assert.Equal(v.Id, lua.DoString<int>("return v.id"));
        Assert.Equal(20.0, lua.DoString<double>("return v:Scaled(2).X"));
        Assert.Equal("10.0\t6.0", lua.DoString<string>("local a, b = v:Components() return a .. '\\t' .. b"));
        Assert.Equal(19.0, lua.DoString<double>("return v:Sum(1, 2)"));
        Assert.Equal("vec(10,6)", lua.DoString<string>("return v:Describe()"));
        Assert.Equal("p(10,6)", lua.DoString<string>("return v:Describe('p')"));
        Assert.Same(v, lua.DoString("return v")[0].Get<Vec>());
    }

    [Fact]
    public void StaticsAndConstructors()
    {
        using var lua = NewState();
        Assert.Equal(0.0, lua.DoString<double>("return Vec.Zero().X"));
        Assert.Equal(11.0, lua.DoString<double>("return Vec.Dot(Vec.new(1, 2), Vec.new(3, 4))"));
        var made = lua.DoString("return Vec.new(7)")[0].Get<Vec>();
        Assert.Equal(7.0, made.X);
        Assert.Equal(0.0, made.Y);
    }

    [Fact]
    public void Metamethods()
    {
        using var lua = NewState();
        lua.DoString("a = Vec.new(1, 2) b = Vec.new(3, 4)");
        Assert.Equal(6.0, lua.DoString<double>("return (a + b).Y"));
        Assert.True(lua.DoString<bool>("return Vec.new(1, 2) == a"));
        Assert.False(lua.DoString<bool>("return a == b"));
        Assert.Equal("Vec(1, 2)", lua.DoString<string>("return tostring(a)"));
        Assert.Equal(2L, lua.DoString<long>("return #a"));
        Assert.Equal(3.0, lua.DoString<double>("return a(3)"));
        Assert.Equal(-2.0, lua.DoString<double>("return (-a).Y"));
        Assert.True(lua.DoString<bool>("return a < b"));
        Assert.Equal("x&Vec(1, 2)", lua.DoString<string>("return 'x' .. a"));
        Assert.Equal("Vec", lua.DoString<string>("return getmetatable(a).__name"));
    }

    [Fact]
    public void MissingMembersAndBadSelfGiveClearErrors()
    {
        using var lua = NewState();
        lua.DoString("a = Vec.new(1, 2)");
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("a:Missing()", "=t"));
        Assert.Equal("t:1: 'Vec' has no member 'Missing'", e.Message);
        e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("return a.Hidden", "=t"));
        Assert.Equal("t:1: 'Vec' has no member 'Hidden'", e.Message);
        e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("a.Length = 3", "=t"));
        Assert.Equal("t:1: member 'Length' of 'Vec' is read-only", e.Message);
        e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("a.Move(5)", "=t"));
        Assert.Equal("t:1: bad argument #1 to 'Move' (Vec expected, got number)", e.Message);
        e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("a:Move('left')", "=t"));
        Assert.Equal("t:1: bad argument #1 to 'Move' (number expected, got string)", e.Message);
        e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("a.X = 'str'", "=t"));
        Assert.Contains("number expected, got string", e.Message);
        e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("a:Fail('nope')", "=t"));
        Assert.Equal("t:1: nope", e.Message);
        Assert.IsType<InvalidOperationException>(e.InnerException);
        // Called directly by pcall (no Lua caller), so no position, as luaL_error in C.
        Assert.Equal("nope", lua.DoString<string>("local ok, m = pcall(a.Fail, a, 'nope') return m", "=t"));
        Assert.Equal("t:1: nope", lua.DoString<string>("local ok, m = pcall(function() a:Fail('nope') end) return m", "=t"));
    }

    [Fact]
    public void IndexFallbacksAndClose()
    {
        using var lua = new LuaState();
        var bag = new Bag();
        lua.Globals["bag"] = lua.ToValue(bag);
        lua.DoString("bag.apples = 3 bag.pears = 'many'");
        Assert.Equal(2L, lua.DoString<long>("return bag.Count"));
        Assert.Equal(3L, lua.DoString<long>("return bag.apples"));
        Assert.True(lua.DoString<bool>("return bag.none == nil"));
        lua.DoString("do local b <close> = bag end");
        Assert.Equal(1, bag.Closed);
    }

    [Fact]
    public void InstancesWorkWithoutRegistrationAndKeepIdentity()
    {
        using var lua = new LuaState();
        var v = new Vec(1, 1);
        lua.Globals["f"] = LuaFunction.Create(() => v);
        Assert.True(lua.DoString<bool>("return f() == f() and rawequal(f(), f())"));
        Assert.Equal(2.0, lua.DoString<double>("local x = f() x:Move(1) return x.X"));
        Assert.True(lua.Globals["Vec"].IsNil);
    }

    [Fact]
    public void UserTypeArgumentsToHostFunctions()
    {
        using var lua = NewState();
        lua.Globals["norm"] = LuaFunction.Create((Vec v) => v.Length);
        Assert.Equal(5.0, lua.DoString<double>("return norm(Vec.new(3, 4))"));
        var e = Assert.Throws<LuaRuntimeException>(() => lua.DoString("return norm({})", "=t"));
        Assert.Equal("t:1: bad argument #1 to 'norm' (Vec expected, got table)", e.Message);
    }
}
