using System.Text;
using System.Text.Json.Nodes;
using Tycho.Debugging;
using Tycho.Tests.Cli;
using Xunit;

namespace Tycho.Tests.Debugging;

/// <summary><c>tycho --debug-adapter</c>: the command speaks DAP on its standard streams, and nothing else reaches
/// its standard output (a script's print becomes an output event).</summary>
public sealed class DapCommandTests
{
    [Fact]
    public void DebugAdapterOption_SpeaksDapOnStdout_AndForwardsPrintAsOutputEvents()
    {
        using var dir = new TempDir();
        string script = Path.Combine(dir.Path, dir.Write("hello.lua", "print('hello from lua')\n"));
        using var process = TychoProcess.Start(new[] { "--debug-adapter" });
        var connection = new DapConnection(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        var seen = new List<JsonObject>();
        JsonObject Next()
        {
            var message = connection.Read() ?? throw new InvalidOperationException("tycho closed its output: " + process.StandardError.ReadToEnd());
            seen.Add(message);
            return message;
        }
        connection.Send(new JsonObject { ["type"] = "request", ["command"] = "initialize", ["arguments"] = new JsonObject() });
        Assert.Equal("initialize", Next().GetString("command"));
        connection.Send(new JsonObject { ["type"] = "request", ["command"] = "launch", ["arguments"] = new JsonObject { ["program"] = script } });
        connection.Send(new JsonObject { ["type"] = "request", ["command"] = "configurationDone" });
        while (Next() is var m && m.GetString("event") != "terminated") { }
        connection.Send(new JsonObject { ["type"] = "request", ["command"] = "disconnect" });
        Next();
        Assert.True(process.WaitForExit(20_000), "tycho --debug-adapter did not exit after disconnect");
        Assert.Equal(0, process.ExitCode);
        var output = seen.Where(m => m.GetString("event") == "output").Select(m => m.GetObject("body")).ToList();
        Assert.Equal("hello from lua\n", string.Concat(output.Where(b => b.GetString("category") == "stdout").Select(b => b.GetString("output"))));
        Assert.Contains(seen, m => m.GetString("event") == "exited" && m.GetObject("body").GetInt("exitCode") == 0);
    }

    [Fact]
    public void DebugServerOption_AnnouncesItsPort_AndRunsTheScript()
    {
        using var dir = new TempDir();
        dir.Write("quick.lua", "print('ran')\n");
        var result = TychoProcess.Run(new[] { "--debug-server", "0", "quick.lua" }, workingDirectory: dir.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("ran\n", result.Stdout);
        Assert.Matches(@"debug server listening on 127\.0\.0\.1:\d+", result.Stderr);
    }
}
