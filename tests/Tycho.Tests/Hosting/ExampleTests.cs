using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>Runs the core logic of each examples/Hosting.* project.</summary>
public class ExampleTests
{
    [Fact]
    public void HelloWorld()
    {
        var w = new StringWriter();
        global::Hosting.HelloWorld.Demo.Run(w);
        string s = w.ToString();
        Assert.Contains("1 + 1 = 2", s);
        Assert.Contains("Hello, world!", s);
        Assert.Contains("area(3, 4) = 12", s);
        Assert.Contains("error: hello:1: bad argument #1 to 'greet' (string expected, got table)", s);
        Assert.Contains("printed from Lua", s);
    }

    [Fact]
    public void GameObject()
    {
        var w = new StringWriter();
        var hero = global::Hosting.GameObject.Demo.Run(w);
        string s = w.ToString();
        Assert.Equal(3.0, hero.X);
        Assert.Contains("hero@(3, 4) hp=100", s);
        Assert.Contains("distance to orc: 5.0", s);
        Assert.Contains("orc defeated, hp=0", s);
        Assert.Contains("caught: game:8: damage must be positive", s);
        Assert.Contains("caught: game:10: 'GameObject' has no member 'Fly'", s);
        Assert.Contains("orc alive: False", s);
    }

    [Fact]
    public void RuleEngine()
    {
        var r = global::Hosting.RuleEngine.Demo.Run(new StringWriter());
        Assert.Equal(("ana", 10L, "bulk: bulk order"), r[0]);
        Assert.Equal(("bo", 12L, "big_spender: over 1000, member: member"), r[1]);
        Assert.Equal(("cy", 0L, ""), r[2]);
    }

    [Fact]
    public async Task Async()
    {
        var w = new StringWriter();
        string result = await global::Hosting.Async.Demo.RunAsync(w);
        string s = w.ToString();
        Assert.Equal("finished", result);
        Assert.Contains("tick 3", s);
        Assert.Contains("downloaded 42 bytes", s);
        Assert.Contains("caught: async:8: unsupported url bad://x", s);
        Assert.Contains("cancelled: long:1: execution cancelled", s);
    }
}
