using System.Net.Sockets;
using System.Text.Json.Nodes;
using Tycho.Debugging;
using Tycho.Tests.Cli;
using Xunit;

namespace Tycho.Tests.Debugging;

/// <summary>
/// <see cref="LuaDebugServer"/>: a host's own state, run by the host's thread, is attached to over TCP, stopped at a
/// breakpoint, inspected and changed, then detached from, and the host goes on.
/// </summary>
public sealed class DapServerTests
{
    private const string HostScript = """
        seen = 0
        function update(tick)
          local doubled = tick * 2
          seen = seen + math.min(tick, 1)
          return doubled
        end
        """;

    /// <summary>A state that loaded the host script from a file, and a thread calling update(tick) every few ms
    /// until told to stop.</summary>
    private sealed class Host : IDisposable
    {
        private readonly TempDir _dir = new();
        private readonly Thread _thread;
        private volatile bool _stop;
        public LuaState State { get; } = new();
        public string ScriptPath { get; }
        public LuaDebugServer Server { get; }
        public Exception? Failure { get; private set; }

        public Host()
        {
            ScriptPath = Path.Combine(_dir.Path, _dir.Write("host.lua", HostScript));
            State.Call(State.LoadFile(ScriptPath));
            Server = LuaDebugServer.Start(State);
            var update = State.Globals["update"];
            _thread = new Thread(() =>
            {
                try
                {
                    for (long tick = 1; !_stop; tick++)
                    {
                        State.Call(update, tick);
                        Thread.Sleep(2);
                    }
                }
                catch (Exception e) { Failure = e; }
            }) { IsBackground = true };
            _thread.Start();
        }

        public bool Stop()
        {
            _stop = true;
            return _thread.Join(TimeSpan.FromSeconds(20));
        }

        public void Dispose()
        {
            Stop();
            Server.Dispose();
            State.Dispose();
            _dir.Dispose();
        }
    }

    private static DapTestClient Attach(Host host)
    {
        var tcp = new TcpClient();
        tcp.Connect("127.0.0.1", host.Server.Port);
        var client = DapTestClient.Connect(tcp.GetStream(), tcp);
        client.Request("initialize", new JsonObject { ["adapterID"] = "tycho" });
        client.WaitForEvent("initialized");
        client.Request("attach");
        return client;
    }

    [Fact]
    public void Attach_StopsTheHostAtABreakpoint_AndDetachLetsItRunOn()
    {
        using var host = new Host();
        using (var client = Attach(host))
        {
            client.SetBreakpoints(host.ScriptPath, new JsonArray(new JsonObject { ["line"] = 3 }));
            client.Request("configurationDone");
            var stopped = client.WaitForEvent("stopped");
            Assert.Equal("breakpoint", stopped.GetString("reason"));
            var frame = client.TopFrame();
            Assert.Equal(3, frame.Line);
            Assert.Equal($"function <{host.ScriptPath}:2>", frame.Name);   // called from the host: no name, as in lua_getinfo
            Assert.True(long.Parse(client.Evaluate("tick", frame.Id)) >= 1);
            client.Evaluate("seen = -1000", frame.Id);
            client.Request("disconnect");
        }
        Assert.True(host.Stop(), "the host thread did not finish after the client detached");
        Assert.Null(host.Failure);
        // The state is the host's again: the change made while stopped is there, and later ticks counted on.
        Assert.True(host.State.DoString<long>("return seen") > -1000);
    }

    [Fact]
    public void Dispose_WhileTheHostIsStopped_ResumesIt()
    {
        using var host = new Host();
        var client = Attach(host);
        client.SetBreakpoints(host.ScriptPath, new JsonArray(new JsonObject { ["line"] = 4 }));
        client.Request("configurationDone");
        client.WaitForEvent("stopped");
        host.Server.Dispose();
        Assert.True(host.Stop(), "the host thread stayed stopped after the server was disposed");
        Assert.Null(host.Failure);
        client.Dispose();
    }

    [Fact]
    public void Requests_ThatNeedAStop_FailWhileTheHostRuns()
    {
        using var host = new Host();
        using var client = Attach(host);
        client.Request("configurationDone");
        var response = client.Send("stackTrace", new JsonObject { ["threadId"] = 1 });
        Assert.False(response["success"]!.GetValue<bool>());
        var launch = client.Send("launch", new JsonObject { ["program"] = host.ScriptPath });
        Assert.False(launch["success"]!.GetValue<bool>());
    }
}
