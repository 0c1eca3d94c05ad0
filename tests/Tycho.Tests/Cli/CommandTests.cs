using Xunit;

namespace Tycho.Tests.Cli;

/// <summary>The <c>tycho</c> command behaves as lua5.4's standalone interpreter (manual §7, lua.c).</summary>
public sealed class CommandTests
{
    private static string FirstLine(string s) => s.Split('\n')[0];

    [Fact]
    public void VersionOptionPrintsOneLine()
    {
        var r = TychoProcess.Run(new[] { "-v" });
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("Tycho ", r.Stdout);
        Assert.Contains("Lua 5.4", r.Stdout);
        Assert.Single(r.Stdout.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void ExecuteOptionRunsStatements()
    {
        var r = TychoProcess.Run(new[] { "-e", "print(1 + 1)", "-e", "x = 40", "-eprint(x + 2)" });
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("2\n42\n", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void ArgTableHasScriptAtZeroAndOptionsAtNegativeIndices()
    {
        using var dir = new TempDir();
        dir.Write("args.lua", "for i = -3, #arg do io.write(i, '=', tostring(arg[i]), ' ') end print() print(select('#', ...), ...)");
        var r = TychoProcess.Run(new[] { "-e", "x=1", "args.lua", "a", "b c" }, workingDirectory: dir.Path);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("-3=tycho -2=-e -1=x=1 0=args.lua 1=a 2=b c \n2\ta\tb c\n", r.Stdout);
    }

    [Fact]
    public void ArgTableWithoutScriptPutsProgramAtZero()
    {
        var r = TychoProcess.Run(new[] { "-e", "print(arg[0], arg[1], arg[2], #arg)" });
        Assert.Equal("tycho\t-e\tprint(arg[0], arg[1], arg[2], #arg)\t2\n", r.Stdout);
    }

    [Fact]
    public void RuntimeErrorReportsMessageAndTracebackWithStatusOne()
    {
        using var dir = new TempDir();
        dir.Write("boom.lua", "print('before')\nerror('boom')\n");
        var r = TychoProcess.Run(new[] { "boom.lua" }, workingDirectory: dir.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("before\n", r.Stdout);
        Assert.Equal("tycho: boom.lua:2: boom", FirstLine(r.Stderr));
        Assert.Contains("stack traceback:", r.Stderr);
    }

    [Fact]
    public void NonStringErrorObjectsAreDescribed()
    {
        var table = TychoProcess.Run(new[] { "-e", "error({})" });
        Assert.Equal(1, table.ExitCode);
        Assert.Equal("tycho: (error object is a table value)", FirstLine(table.Stderr));

        var custom = TychoProcess.Run(new[] { "-e", "error(setmetatable({}, {__tostring = function() return 'TS' end}))" });
        Assert.Equal(1, custom.ExitCode);
        Assert.Equal("tycho: TS\n", custom.Stderr);

        var number = TychoProcess.Run(new[] { "-e", "error(12)" });
        Assert.Equal("tycho: 12", FirstLine(number.Stderr));
    }

    [Fact]
    public void SyntaxErrorInScriptHasNoTraceback()
    {
        using var dir = new TempDir();
        dir.Write("bad.lua", "x = = 1\n");
        var r = TychoProcess.Run(new[] { "bad.lua" }, workingDirectory: dir.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("tycho: bad.lua:1: unexpected symbol near '='\n", r.Stderr);
    }

    [Fact]
    public void MissingScriptCannotBeOpened()
    {
        using var dir = new TempDir();
        var r = TychoProcess.Run(new[] { "nofile.lua" }, workingDirectory: dir.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("tycho: cannot open nofile.lua: No such file or directory\n", r.Stderr);
    }

    [Fact]
    public void UnknownOptionPrintsUsage()
    {
        var r = TychoProcess.Run(new[] { "-x" });
        Assert.Equal(1, r.ExitCode);
        var lines = r.Stderr.Split('\n');
        Assert.Equal("tycho: unrecognized option '-x'", lines[0]);
        Assert.Equal("usage: tycho [options] [script [args]]", lines[1]);
        Assert.Contains("  -e stat   execute string 'stat'", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void OptionWithoutArgumentPrintsUsage()
    {
        var r = TychoProcess.Run(new[] { "-e" });
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("tycho: '-e' needs argument", FirstLine(r.Stderr));
    }

    [Fact]
    public void OsExitSetsStatusAndFlushesOutput()
    {
        var r = TychoProcess.Run(new[] { "-e", "io.write('partial') print(' line') os.exit(3)" });
        Assert.Equal(3, r.ExitCode);
        Assert.Equal("partial line\n", r.Stdout);
        var ok = TychoProcess.Run(new[] { "-e", "os.exit(true)" });
        Assert.Equal(0, ok.ExitCode);
        var fail = TychoProcess.Run(new[] { "-e", "os.exit(false)" });
        Assert.Equal(1, fail.ExitCode);
    }

    [Fact]
    public void DashRunsStandardInputWithArguments()
    {
        var r = TychoProcess.Run(new[] { "-", "x", "y" }, stdin: "print(arg[0], ...)\n");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("-\tx\ty\n", r.Stdout);
    }

    [Fact]
    public void RedirectedStandardInputRunsAsAChunkNamedStdin()
    {
        var r = TychoProcess.Run(Array.Empty<string>(), stdin: "print('from stdin')\nerror('e')\n");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("from stdin\n", r.Stdout);
        Assert.Equal("tycho: stdin:2: e", FirstLine(r.Stderr));
    }

    [Fact]
    public void DoubleDashStopsOptions()
    {
        using var dir = new TempDir();
        dir.Write("-e", "print('script named -e', ...)");
        var r = TychoProcess.Run(new[] { "--", "-e", "1" }, workingDirectory: dir.Path);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("script named -e\t1\n", r.Stdout);
    }

    [Fact]
    public void ShebangLineIsSkipped()
    {
        using var dir = new TempDir();
        dir.Write("s.lua", "#!/usr/bin/env tycho\nprint(debug.getinfo(1, 'l').currentline)\n");
        var r = TychoProcess.Run(new[] { "s.lua" }, workingDirectory: dir.Path);
        Assert.Equal("2\n", r.Stdout);
    }

    [Fact]
    public void LuaInitRunsFirstUnlessIgnored()
    {
        var env = new Dictionary<string, string?> { ["LUA_INIT"] = "greeting = 'hi from init'" };
        var r = TychoProcess.Run(new[] { "-e", "print(greeting)" }, environment: env);
        Assert.Equal("hi from init\n", r.Stdout);

        var versioned = new Dictionary<string, string?> { ["LUA_INIT"] = "greeting = 'plain'", ["LUA_INIT_5_4"] = "greeting = 'versioned'" };
        Assert.Equal("versioned\n", TychoProcess.Run(new[] { "-e", "print(greeting)" }, environment: versioned).Stdout);

        var ignored = TychoProcess.Run(new[] { "-E", "-e", "print(greeting)" }, environment: env);
        Assert.Equal("nil\n", ignored.Stdout);
    }

    [Fact]
    public void LuaInitAtFileRunsThatFile()
    {
        using var dir = new TempDir();
        dir.Write("init.lua", "fromfile = 7");
        var env = new Dictionary<string, string?> { ["LUA_INIT"] = "@init.lua" };
        var r = TychoProcess.Run(new[] { "-e", "print(fromfile)" }, workingDirectory: dir.Path, environment: env);
        Assert.Equal("7\n", r.Stdout);
    }

    [Fact]
    public void LibraryOptionRequiresModules()
    {
        using var dir = new TempDir();
        dir.Write("mymod.lua", "return { answer = 42 }");
        var r = TychoProcess.Run(new[] { "-l", "mymod", "-l", "alias=mymod", "-e", "print(mymod.answer, alias == mymod)" },
            workingDirectory: dir.Path);
        Assert.Equal("", r.Stderr);
        Assert.Equal("42\ttrue\n", r.Stdout);
    }

    [Fact]
    public void InteractiveModeEvaluatesExpressionsAndContinuesLines()
    {
        var r = TychoProcess.Run(new[] { "-i" }, stdin: "1 + 1\nx = 1 +\n2\nprint(x)\n= x * 10\nerror('oops')\nprint('still here')\n");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("> 2\n", r.Stdout);
        Assert.Contains(">> ", r.Stdout);
        Assert.Contains("3\n", r.Stdout);
        Assert.Contains("30\n", r.Stdout);
        Assert.Contains("still here\n", r.Stdout);
        Assert.StartsWith("stdin:1: oops", r.Stderr);
        Assert.StartsWith("Tycho ", r.Stdout);
    }
}
