using Xunit;
using System.Text.Json.Nodes;
using Tycho.Debugging;
using Tycho.Tests.Infrastructure;

namespace Tycho.Tests.Debugging;

/// <summary>
/// The debug adapter in launch mode, in process: a client drives <see cref="LuaDebugAdapter"/> over pipes through
/// the Lua programs of tests/dap/fixtures (the ones the node client's tests use too).
/// </summary>
public sealed class DapAdapterTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Root, "tests", "dap", "fixtures", name);

    private static JsonArray Breakpoints(params JsonObject[] breakpoints) => new(breakpoints.Select(b => (JsonNode)b).ToArray());

    [Fact]
    public void Initialize_AnswersCapabilitiesThenSendsInitialized()
    {
        using var client = DapTestClient.StartAdapter();
        var capabilities = client.Request("initialize", new JsonObject { ["adapterID"] = "tycho" });
        Assert.True(capabilities.GetBool("supportsConfigurationDoneRequest"));
        Assert.True(capabilities.GetBool("supportsLogPoints"));
        var filters = (JsonArray)capabilities["exceptionBreakpointFilters"]!;
        Assert.Equal(new[] { "all", "uncaught" }, filters.Select(f => ((JsonObject)f!).GetString("filter")));
        client.WaitForEvent("initialized");
    }

    [Fact]
    public void Launch_RunsTheProgram_ForwardsPrint_AndExitsWithZero()
    {
        using var client = DapTestClient.StartAdapter();
        client.Launch(Fixture("loop.lua"));
        Assert.Equal(0, client.WaitForExit());
        Assert.Equal("total\t385\n", client.Output("stdout"));
    }

    [Fact]
    public void Launch_OfAMissingProgram_FailsWithItsName()
    {
        using var client = DapTestClient.StartAdapter();
        client.Request("initialize");
        var response = client.Send("launch", new JsonObject { ["program"] = Fixture("missing.lua") });
        Assert.False(response["success"]!.GetValue<bool>());
        Assert.Contains("missing.lua", response.GetString("message"));
    }

    [Fact]
    public void Breakpoint_InARequiredModule_StopsWithTheCallStack()
    {
        using var client = DapTestClient.StartAdapter();
        client.Request("initialize");
        client.Request("launch", new JsonObject { ["program"] = Fixture("main.lua"), ["cwd"] = Fixture("") });
        client.SetBreakpoints(Fixture("lib/geometry.lua"), Breakpoints(new JsonObject { ["line"] = 4 }));
        client.Request("configurationDone");
        var stopped = client.WaitForEvent("stopped");
        Assert.Equal("breakpoint", stopped.GetString("reason"));
        var frames = (JsonArray)client.Request("stackTrace", new JsonObject { ["threadId"] = 1 })["stackFrames"]!;
        var top = (JsonObject)frames[0]!;
        Assert.Equal(4, top.GetInt("line"));
        Assert.Equal(Fixture("lib/geometry.lua"), top.GetObject("source").GetString("path"));
        Assert.Equal(5, ((JsonObject)frames[1]!).GetInt("line"));
        Assert.Equal("1", client.Evaluate("side", top.GetInt("id")));
        client.SetBreakpoints(Fixture("lib/geometry.lua"), new JsonArray());
        client.Request("continue", new JsonObject { ["threadId"] = 1 });
        Assert.Equal(0, client.WaitForExit());
        Assert.Equal("total area 14\n", client.Output("stdout"));
    }

    [Fact]
    public void SetBreakpoints_MovesABlankLineToTheNextCode_AndRejectsWhatCannotStop()
    {
        using var client = DapTestClient.StartAdapter();
        client.Request("initialize");
        var result = client.SetBreakpoints(Fixture("lib/geometry.lua"), Breakpoints(
            new JsonObject { ["line"] = 2 },
            new JsonObject { ["line"] = 300 },
            new JsonObject { ["line"] = 4, ["hitCondition"] = "sometimes" }));
        var moved = (JsonObject)result[0]!;
        Assert.True(moved.GetBool("verified"));
        Assert.Equal(3, moved.GetInt("line"));
        Assert.False(((JsonObject)result[1]!).GetBool("verified"));
        var bad = (JsonObject)result[2]!;
        Assert.False(bad.GetBool("verified"));
        Assert.Contains("hit condition", bad.GetString("message"));
    }

    [Fact]
    public void ConditionalBreakpoint_StopsWhenTrue_AndEvaluateSeesTheLocals()
    {
        using var client = DapTestClient.StartAdapter();
        client.Launch(Fixture("loop.lua"), breakpoints: Breakpoints(new JsonObject { ["line"] = 4, ["condition"] = "i == 7" }));
        client.WaitForEvent("stopped");
        var frame = client.TopFrame();
        Assert.Equal("7", client.Evaluate("i", frame.Id));
        Assert.Equal("49", client.Evaluate("square", frame.Id));
        Assert.Equal("91", client.Evaluate("total", frame.Id));
    }

    [Fact]
    public void HitConditionAndLogPoint_CountHitsAndInterpolate()
    {
        using var client = DapTestClient.StartAdapter();
        client.Launch(Fixture("loop.lua"), breakpoints: Breakpoints(
            new JsonObject { ["line"] = 3, ["hitCondition"] = "== 4" },
            new JsonObject { ["line"] = 4, ["logMessage"] = "square of {i} is {square}" }));
        client.WaitForEvent("stopped");
        Assert.Equal("4", client.Evaluate("i", client.TopFrame().Id));
        Assert.Equal("square of 1 is 1\nsquare of 2 is 4\nsquare of 3 is 9\n", client.Output("console"));
        client.Request("continue", new JsonObject { ["threadId"] = 1 });
        Assert.Equal(0, client.WaitForExit());   // "== 4" stops once only
    }

    [Fact]
    public void Evaluate_AssignmentToALocal_IsWrittenBackToTheFrame()
    {
        using var client = DapTestClient.StartAdapter();
        client.Launch(Fixture("loop.lua"), lines: new[] { 6 });
        client.WaitForEvent("stopped");
        var frame = client.TopFrame();
        Assert.Equal("", client.Evaluate("total = total * 2", frame.Id));
        client.Request("continue", new JsonObject { ["threadId"] = 1 });
        Assert.Equal(0, client.WaitForExit());
        Assert.Equal("total\t770\n", client.Output("stdout"));
    }

    [Fact]
    public void SetVariable_OnALocalAndATableField()
    {
        using var client = DapTestClient.StartAdapter();
        client.Launch(Fixture("data.lua"), lines: new[] { 11 });
        client.WaitForEvent("stopped");
        var frame = client.TopFrame();
        var scopes = (JsonArray)client.Request("scopes", new JsonObject { ["frameId"] = frame.Id })["scopes"]!;
        int locals = ((JsonObject)scopes[0]!).GetInt("variablesReference")!.Value;
        var variables = (JsonArray)client.Request("variables", new JsonObject { ["variablesReference"] = locals })["variables"]!;
        var config = variables.Select(v => (JsonObject)v!).Single(v => v.GetString("name") == "config");
        var set = client.Request("setVariable", new JsonObject
        {
            ["variablesReference"] = config.GetInt("variablesReference"),
            ["name"] = "name",
            ["value"] = "'changed'",
        });
        Assert.Equal("\"changed\"", set.GetString("value"));
        client.Request("setVariable", new JsonObject { ["variablesReference"] = locals, ["name"] = "big", ["value"] = "{1, 2}" });
        client.Request("continue", new JsonObject { ["threadId"] = 1 });
        Assert.Equal(0, client.WaitForExit());
        Assert.Equal("changed\t2\n", client.Output("stdout"));
    }

    [Fact]
    public void Variables_PageALargeTable_AndShowTheMetatable()
    {
        using var client = DapTestClient.StartAdapter();
        client.Launch(Fixture("data.lua"), lines: new[] { 11 });
        client.WaitForEvent("stopped");
        var frame = client.TopFrame();
        var big = client.Request("evaluate", new JsonObject { ["expression"] = "big", ["frameId"] = frame.Id });
        Assert.Equal(250, big.GetInt("indexedVariables"));
        var page = (JsonArray)client.Request("variables", new JsonObject
        {
            ["variablesReference"] = big.GetInt("variablesReference"), ["filter"] = "indexed", ["start"] = 248, ["count"] = 5,
        })["variables"]!;
        Assert.Equal(new[] { "[249]=498", "[250]=500" }, page.Select(v => $"{((JsonObject)v!).GetString("name")}={((JsonObject)v!).GetString("value")}"));
        var origin = client.Request("evaluate", new JsonObject { ["expression"] = "config.origin", ["frameId"] = frame.Id });
        var fields = (JsonArray)client.Request("variables", new JsonObject { ["variablesReference"] = origin.GetInt("variablesReference") })["variables"]!;
        Assert.Equal(new[] { "[metatable]", "x", "y" }, fields.Select(v => ((JsonObject)v!).GetString("name")));
    }

    [Fact]
    public void Stepping_InOverAndOut()
    {
        using var client = DapTestClient.StartAdapter();
        client.Launch(Fixture("steps.lua"), lines: new[] { 13 });
        client.WaitForEvent("stopped");
        Assert.Equal("step", client.ResumeAndWait("stepIn").GetString("reason"));
        Assert.Equal(2, client.TopFrame().Line);
        client.ResumeAndWait("next");
        Assert.Equal(3, client.TopFrame().Line);
        client.ResumeAndWait("stepOut");
        Assert.Equal(14, client.TopFrame().Line);
        client.ResumeAndWait("next");
        client.ResumeAndWait("next");   // over coroutine.resume: no stop inside the coroutine
        Assert.Equal(16, client.TopFrame().Line);
    }

    [Fact]
    public void Stepping_IntoACoroutineAndOutAtItsYield()
    {
        using var client = DapTestClient.StartAdapter();
        client.Launch(Fixture("steps.lua"), lines: new[] { 15 });
        client.WaitForEvent("stopped");
        int co = client.ResumeAndWait("stepIn").GetInt("threadId")!.Value;
        Assert.NotEqual(1, co);
        Assert.Equal(7, client.TopFrame(co).Line);
        client.ResumeAndWait("next", co);
        Assert.Equal(8, client.TopFrame(co).Line);
        var back = client.ResumeAndWait("next", co);
        Assert.Equal(1, back.GetInt("threadId"));
        Assert.Equal(16, client.TopFrame().Line);
    }

    [Fact]
    public void StopOnEntry_StopsAtTheFirstLine()
    {
        using var client = DapTestClient.StartAdapter();
        client.Launch(Fixture("steps.lua"), stopOnEntry: true);
        Assert.Equal("entry", client.WaitForEvent("stopped").GetString("reason"));
        Assert.Equal(4, client.TopFrame().Line);
    }

    [Fact]
    public void Threads_ListTheLiveCoroutines()
    {
        using var client = DapTestClient.StartAdapter();
        client.Launch(Fixture("threads.lua"), lines: new[] { 11 });
        client.WaitForEvent("stopped");
        var threads = (JsonArray)client.Request("threads")["threads"]!;
        Assert.Equal(new[] { "main", "coroutine 2", "coroutine 3" }, threads.Select(t => ((JsonObject)t!).GetString("name")));
    }

    [Fact]
    public void ExceptionFilterAll_StopsAtCaughtAndUncaughtErrors_ThenExitsWithOne()
    {
        using var client = DapTestClient.StartAdapter();
        client.Launch(Fixture("errors.lua"), exceptionFilters: new[] { "all" });
        var first = client.WaitForEvent("stopped");
        Assert.Equal("exception", first.GetString("reason"));
        Assert.Contains("too big: 5", first.GetString("text"));
        var second = client.ResumeAndWait("continue");
        Assert.Contains("too big: 10", second.GetString("text"));
        client.Request("continue", new JsonObject { ["threadId"] = 1 });
        Assert.Equal(1, client.WaitForExit());
        Assert.Contains("too big: 10", client.Output("stderr"));
    }

    [Fact]
    public void ExceptionFilterUncaught_SkipsTheErrorPcallCatches()
    {
        using var client = DapTestClient.StartAdapter();
        client.Launch(Fixture("errors.lua"), exceptionFilters: new[] { "uncaught" });
        var stopped = client.WaitForEvent("stopped");
        Assert.Contains("too big: 10", stopped.GetString("text"));
        Assert.Equal("10", client.Evaluate("n", client.TopFrame().Id));
    }

    [Fact]
    public void Pause_StopsABusyLoop_AndTerminateEndsIt()
    {
        using var client = DapTestClient.StartAdapter();
        client.Launch(Fixture("busy.lua"));
        Thread.Sleep(100);
        client.Request("pause", new JsonObject { ["threadId"] = 1 });
        Assert.Equal("pause", client.WaitForEvent("stopped").GetString("reason"));
        Assert.Equal("true", client.Evaluate("n > 0", client.TopFrame().Id));
        client.Request("terminate");
        client.WaitForExit();
    }

    [Fact]
    public void RequestsThatNeedAStop_FailClearlyWhileRunning()
    {
        using var client = DapTestClient.StartAdapter();
        client.Launch(Fixture("busy.lua"));
        var response = client.Send("evaluate", new JsonObject { ["expression"] = "1" });
        Assert.False(response["success"]!.GetValue<bool>());
        Assert.Contains("running", response.GetString("message"));
        var threads = (JsonArray)client.Request("threads")["threads"]!;
        Assert.Equal("main", ((JsonObject)threads[0]!).GetString("name"));
        client.Request("terminate");
        client.WaitForExit();
    }

    [Fact]
    public void OsExit_EndsTheScriptNotTheAdapter()
    {
        using var dir = new Cli.TempDir();
        dir.Write("exit.lua", "print('bye')\nos.exit(3)\nprint('not reached')\n");
        using var client = DapTestClient.StartAdapter();
        client.Launch(Path.Combine(dir.Path, "exit.lua"));
        Assert.Equal(3, client.WaitForExit());
        Assert.Equal("bye\n", client.Output("stdout"));
    }

    [Fact]
    public async Task Disconnect_WhileStopped_EndsTheSession()
    {
        var client = DapTestClient.StartAdapter();
        client.Launch(Fixture("busy.lua"), lines: new[] { 3 });
        client.WaitForEvent("stopped");
        client.Request("disconnect", new JsonObject { ["terminateDebuggee"] = true });
        await client.AdapterTask!.WaitAsync(TimeSpan.FromSeconds(10));
        client.Dispose();
    }

    [Theory]
    [InlineData("3", 2, false)]
    [InlineData("3", 3, true)]
    [InlineData("3", 4, true)]
    [InlineData("== 3", 4, false)]
    [InlineData("> 3", 3, false)]
    [InlineData("% 2", 4, true)]
    [InlineData("% 2", 5, false)]
    [InlineData("<= 1", 1, true)]
    public void HitCondition_Forms(string text, long hits, bool met)
    {
        Assert.True(HitCondition.TryParse(text, out var condition, out _));
        Assert.Equal(met, condition.IsMet(hits));
    }

    [Fact]
    public void DapConnection_ReadsFramedMessages_AndSkipsStrayBlankLines()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("\r\nContent-Length: 13\r\n\r\n{\"seq\":1,\"a\":2}");
        // The body is 15 bytes but the header says 13: the reader takes exactly what the header says.
        var exact = System.Text.Encoding.UTF8.GetBytes("Content-Length: 15\r\n\r\n{\"seq\":1,\"a\":2}");
        var connection = new DapConnection(new MemoryStream(exact), Stream.Null);
        Assert.Equal(2, connection.Read()!.GetInt("a"));
        Assert.Null(connection.Read());
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => new DapConnection(new MemoryStream(bytes), Stream.Null).Read());
    }
}
