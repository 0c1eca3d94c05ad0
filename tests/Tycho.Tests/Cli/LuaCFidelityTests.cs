using System.Diagnostics;
using Xunit;

namespace Tycho.Tests.Cli;

/// <summary>
/// What lua.c does around a script (manual §7) that main.lua of the official suite checks: output flushing, closing the
/// state on exit, the message handler at the error point, Ctrl-C, <c>-E</c>, binary scripts.
/// </summary>
public sealed class LuaCFidelityTests
{
    private static string FirstLine(string s) => s.Split('\n')[0];

    [Fact]
    public async Task PrintReachesAPipeBeforeTheScriptEnds()
    {
        using var p = TychoProcess.Start(new[] { "-e", "print('first') io.write('buffered') while true do end" });
        try
        {
            // Times out (fails) when print's line waits for the script to end.
            string? line = await p.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal("first", line);
            Assert.False(p.HasExited);
        }
        finally { p.Kill(entireProcessTree: true); }
    }

    [Fact]
    public void DefaultOutputFileIsFlushedAtExit()
    {
        using var dir = new TempDir();
        var r = TychoProcess.Run(new[] { "-e", "io.output('o.txt'); io.write('alo')" }, workingDirectory: dir.Path);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("alo", File.ReadAllText(Path.Combine(dir.Path, "o.txt")));
    }

    [Fact]
    public void UnclosedFileIsClosedWhenCollected()
    {
        using var dir = new TempDir();
        var r = TychoProcess.Run(new[] { "-e",
            "local f = io.open('c.txt', 'w') f:write('kept') f = nil collectgarbage() print(io.open('c.txt'):read('a'))" },
            workingDirectory: dir.Path);
        Assert.Equal("kept\n", r.Stdout);
    }

    [Fact]
    public void OsExitWithCloseClosesPendingVariablesAndRunsFinalizers()
    {
        using var dir = new TempDir();
        dir.Write("tbc.lua", """
            setmetatable({}, {__gc = function () print('gc') end})
            local x <close> = setmetatable({}, {__close = function (_, err) assert(err == nil) print('Ok') end})
            local e1 <close> = setmetatable({}, {__close = function () print(120) end})
            os.exit(true, true)
            """);
        var r = TychoProcess.Run(new[] { "tbc.lua" }, workingDirectory: dir.Path);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("120\nOk\ngc\n", r.Stdout);
    }

    [Fact]
    public void FinalizerClosingTheStateFinishesTheOthersAndNoNewOnes()
    {
        // main.lua: objects made while the state closes are not finalized, collectgarbage fails, and os.exit(0, true)
        // from a finalizer still runs the finalizers pending.
        using var dir = new TempDir();
        dir.Write("close.lua", """
            print("creating 1")
            setmetatable({}, {__gc = function () print(1) end})
            print("creating 2")
            setmetatable({}, {__gc = function ()
              print("2")
              print("creating 3")
              setmetatable({}, {__gc = function () print(3) end})
              print(collectgarbage())
              os.exit(0, true)
            end})
            """);
        var r = TychoProcess.Run(new[] { "-W", "close.lua" }, workingDirectory: dir.Path);
        Assert.Equal("creating 1\ncreating 2\n2\ncreating 3\nnil\n1\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void ErrorObjectIsDescribedAtTheErrorPoint()
    {
        using var dir = new TempDir();
        dir.Write("eo.lua", """
            m = {x=0}
            setmetatable(m, {__tostring = function(x)
              return tostring(debug.getinfo(4).currentline + x.x)
            end})
            error(m)
            """);
        var r = TychoProcess.Run(new[] { "eo.lua" }, workingDirectory: dir.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("tycho: 5\n", r.Stderr);
    }

    [Fact]
    public void TracebackShowsTenAndElevenLevelsAroundTheCut()
    {
        var r = TychoProcess.Run(new[] { "-e", "local function f(n) if n == 0 then error('x') end f(n-1) end f(30)" });
        var lines = r.Stderr.TrimEnd('\n').Split('\n');
        Assert.Equal("stack traceback:", lines[1]);
        Assert.Equal("\t...\t(skipping 12 levels)", lines[12]);
        Assert.Equal(13 + 11, lines.Length);
        Assert.Equal("\t[C]: in ?", lines[^1]);
        Assert.Equal("\t(command line):1: in main chunk", lines[^2]);
    }

    [Fact]
    public void ScriptErrorTracebackHasNoTraceOfTheHandler()
    {
        var r = TychoProcess.Run(new[] { "-e", "local x = nil + 1" });
        Assert.Equal("tycho: (command line):1: attempt to perform arithmetic on a nil value\nstack traceback:\n" +
            "\t(command line):1: in main chunk\n\t[C]: in ?\n", r.Stderr);
    }

    [Fact]
    public async Task SigintInterruptsTheRunningScript()
    {
        using var p = TychoProcess.Start(new[] { "-e", "pcall(function () print(12); while true do end end); print(42)" });
        try
        {
            Assert.Equal("12", p.StandardOutput.ReadLine());
            using (var kill = Process.Start("kill", new[] { "-INT", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
                kill.WaitForExit();
            // Times out (fails) when the script is not interrupted.
            string? line = await p.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal("42", line);
            Assert.True(p.WaitForExit(20_000));
            Assert.Equal(0, p.ExitCode);
        }
        finally { if (!p.HasExited) p.Kill(entireProcessTree: true); }
    }

    [Fact]
    public void SigintOutsideAProtectedCallEndsWithInterrupted()
    {
        // print runs inside f, so the signal can only land once f is running: lstop positions the message at level 1,
        // the main chunk's call (a signal landing in the main chunk itself would give no position, in lua too).
        using var p = TychoProcess.Start(new[] { "-e", "local function f() print(1) while true do end end f()" });
        try
        {
            Assert.Equal("1", p.StandardOutput.ReadLine());
            using (var kill = Process.Start("kill", new[] { "-INT", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
                kill.WaitForExit();
            Assert.True(p.WaitForExit(20_000));
            Assert.Equal(1, p.ExitCode);
            Assert.Equal("tycho: (command line):1: interrupted!", FirstLine(p.StandardError.ReadToEnd()));
        }
        finally { if (!p.HasExited) p.Kill(entireProcessTree: true); }
    }

    [Fact]
    public void IgnoreEnvironmentAlsoIgnoresPathVariables()
    {
        var env = new Dictionary<string, string?> { ["LUA_PATH"] = "xxx", ["LUA_CPATH_5_4"] = "yyy" };
        var used = TychoProcess.Run(new[] { "-e", "print(package.path, package.cpath)" }, environment: env);
        Assert.Equal("xxx\tyyy\n", used.Stdout);
        var ignored = TychoProcess.Run(new[] { "-E", "-e", "print(package.path, package.cpath, os.getenv('LUA_PATH'))" }, environment: env);
        Assert.DoesNotContain("xxx\t", ignored.Stdout);
        Assert.DoesNotContain("yyy", ignored.Stdout);
        Assert.EndsWith("\txxx\n", ignored.Stdout);   // os.getenv still sees the environment
    }

    [Fact]
    public void BinaryChunkAfterAFirstLineCommentRuns()
    {
        using var dir = new TempDir();
        var make = TychoProcess.Run(new[] { "-e",
            "local f = io.open('bin.lua', 'wb') f:write('#comment\\n', string.dump(load('print(3)'))) f:close()" },
            workingDirectory: dir.Path);
        Assert.Equal("", make.Stderr);
        var r = TychoProcess.Run(new[] { "bin.lua" }, workingDirectory: dir.Path);
        Assert.Equal("", r.Stderr);
        Assert.Equal("3\n", r.Stdout);
    }

    [Fact]
    public void DirectoryCannotBeRead()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "d"));
        var r = TychoProcess.Run(new[] { "-e", "print(loadfile('d'))" }, workingDirectory: dir.Path);
        Assert.Equal("nil\tcannot read d: Is a directory\n", r.Stdout);
        var script = TychoProcess.Run(new[] { "d" }, workingDirectory: dir.Path);
        Assert.Equal("tycho: cannot read d: Is a directory\n", script.Stderr);
    }
}
