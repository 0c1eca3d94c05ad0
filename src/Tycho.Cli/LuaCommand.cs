using System.Text;
using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Cli;

/// <summary>
/// One run of the <c>tycho</c> command: lua.c's <c>pmain</c> (manual §7). Options run in order (<c>-e</c>, <c>-l</c>,
/// <c>-W</c>), then the script with its arguments as <c>...</c>, then the REPL when asked for (or when nothing else
/// was given and standard input is a terminal), else standard input runs as a chunk.
/// </summary>
internal sealed class LuaCommand
{
    private readonly CommandLine _line;
    private LuaState? _state;
    private ErrorReporter? _reporter;
    private MessageHandler? _handler;
    private LuaValue _load;
    private ProfilerSession? _profiler;
    private CoverageSession? _coverage;

    /// <summary>Prepares a run with the arguments that follow the program name.</summary>
    public LuaCommand(string[] args) => _line = new CommandLine(args);

    /// <summary>Runs and returns the process exit status: 0 on success, 1 after any reported error.</summary>
    public int Run()
    {
        if (_line.DebugAdapter && !_line.HasError) return DebugAdapterCommand.Run();
        // --sandbox is the Safe preset (the script and stdin are still read by the command itself).
        var noEnvironment = _line.IgnoreEnvironment && !_line.Sandbox ? new NoEnvironmentPlatform() : null;
        var state = new LuaState(new LuaStateOptions
        {
            Platform = noEnvironment,
            LanguageVersion = _line.LanguageVersion,
            Libraries = _line.Sandbox ? LuaLibrarySets.Safe : LuaLibrarySets.All,
            Sandboxed = _line.Sandbox,
            InstructionLimit = _line.InstructionLimit,
            Timeout = _line.Timeout,
            MemoryLimit = _line.MemoryLimit,
        });
        if (noEnvironment is not null) noEnvironment.Opening = false;
        _state = state;
        if (!_line.HasError) StartProfilerOrCoverage(state);
        _reporter = new ErrorReporter(state);
        _handler = new MessageHandler(state, _line.InstructionLimit is not null || _line.Timeout is not null || _line.MemoryLimit > 0);
        _load = state.Globals.GetStr(LuaString.From("load"));
        using var debugServer = _line.DebugServerPort is int port ? DebugAdapterCommand.StartServer(state, port) : null;
        // os.exit ends the process from inside the os library: flush what print/io.write buffered on the way out.
        EventHandler flushAtExit = (_, _) => Flush();
        AppDomain.CurrentDomain.ProcessExit += flushAtExit;
        try
        {
            return RunMain() ? 0 : 1;
        }
        catch (Exception e) when (e is not LuaException)
        {
            // A bug in the runtime must still end as a clean error report, never a .NET crash dump.
            _reporter.Report(CommandLine.ProgramName, "internal error"u8.ToArray());
            return 1;
        }
        finally
        {
            // lua_close: pending finalizers run before the command exits (§2.5.3).
            try { _state?.Dispose(); }
            catch (LuaException e) { _reporter?.Report(CommandLine.ProgramName, Encoding.UTF8.GetBytes(e.Message)); }
            Flush();
            AppDomain.CurrentDomain.ProcessExit -= flushAtExit;
        }
    }

    /// <summary>Flushes the outputs of the run: the script's standard output, then the <c>--profile</c> or
    /// <c>--coverage</c> file (written once, at exit or after the state's finalizers ran, so it counts them).</summary>
    private void Flush()
    {
        try { _state?.StandardOutput.Flush(); } catch (IOException) { } catch (ObjectDisposedException) { }
        WriteToolOutputs();
    }

    private void StartProfilerOrCoverage(LuaState state)
    {
        _profiler = ProfilerSession.StartIfRequested(state, _line);
        _coverage = CoverageSession.StartIfRequested(state, _line);
    }

    private void WriteToolOutputs()
    {
        foreach (string? problem in new[] { _profiler?.Write(), _coverage?.Write() })
            if (problem is not null) _reporter?.Report(CommandLine.ProgramName, Encoding.UTF8.GetBytes(problem));
    }

    private LuaState State => _state!;
    private ErrorReporter Reporter => _reporter!;

    private bool RunMain()
    {
        var line = _line;
        if (line.HasError)
        {
            Reporter.WriteError(CommandLine.Usage(line.Argv[line.Script], line.Problem));
            return false;
        }
        if (line.Version) PrintVersion();
        if (line.IgnoreEnvironment) State.Registry.SetStr(LuaString.From("LUA_NOENV"), LuaValue.True);
        CreateArgTable();
        if (!line.IgnoreEnvironment && !HandleLuaInit()) return false;
        if (!RunArgs()) return false;
        if (line.Script > 0 && !HandleScript()) return false;
        if (line.Interactive)
        {
            new Repl(State, Reporter).Run();
        }
        else if (line.Script < 1 && !line.Execute && !line.Version)
        {
            if (!Console.IsInputRedirected)
            {
                PrintVersion();
                new Repl(State, Reporter).Run();
            }
            else
            {
                return DoFile(null);
            }
        }
        return true;
    }

    private void PrintVersion()
    {
        var bytes = Encoding.UTF8.GetBytes(_line.VersionLineOfDialect + "\n");
        State.StandardOutput.Write(bytes);
        State.StandardOutput.Flush();
    }

    /// <summary>
    /// lua.c's <c>createargtable</c>: the script name at index 0, its arguments at 1.., and the program name and
    /// options at negative indices. Without a script, the program name is at 0.
    /// </summary>
    private void CreateArgTable()
    {
        var argv = _line.Argv;
        int script = _line.Script;
        var arg = new LuaTable(Math.Max(0, argv.Length - script - 1), script + 1);
        for (int i = 0; i < argv.Length; i++)
            arg.SetInt(i - script, LuaValue.FromString(argv[i]));
        State.Globals.SetStr(LuaString.From("arg"), arg);
    }

    /// <summary>lua.c's <c>handle_luainit</c>: runs <c>LUA_INIT_5_4</c> (the dialect's, <c>LUA_INIT_5_1</c> ...; 5.1's
    /// lua.c has none) or <c>LUA_INIT</c> (<c>@file</c> runs a file).</summary>
    private bool HandleLuaInit()
    {
        string name = "=LUA_INIT_" + _line.VersionNumber.Replace('.', '_');
        string? init = _line.LanguageVersion == LuaLanguageVersion.Lua51 ? null : Environment.GetEnvironmentVariable(name.Substring(1));
        if (init is null)
        {
            name = "=LUA_INIT";
            init = Environment.GetEnvironmentVariable("LUA_INIT");
        }
        if (init is null) return true;
        if (init.StartsWith('@')) return DoFile(init.Substring(1));
        return DoString(init, name);
    }

    /// <summary>lua.c's <c>runargs</c>: the <c>-e</c>, <c>-l</c> and <c>-W</c> options, in order.</summary>
    private bool RunArgs()
    {
        var argv = _line.Argv;
        int limit = _line.OptionLimit;
        for (int i = 1; i < limit; i++)
        {
            string a = argv[i];
            if (a.Length < 2) continue;
            char option = a[1];
            switch (option)
            {
                case 'e':
                case 'l':
                    string extra = a.Length > 2 ? a.Substring(2) : argv[++i];
                    bool ok = option == 'e' ? DoString(extra, "=(command line)") : DoLibrary(extra);
                    if (!ok) return false;
                    break;
                case 'W':
                    TurnWarningsOn();
                    break;
            }
        }
        return true;
    }

    /// <summary><c>-W</c>: lua.c calls <c>lua_warning(L, "@on")</c>; the same control message goes through <c>warn</c>.</summary>
    private void TurnWarningsOn()
    {
        var warn = State.Globals.GetStr(LuaString.From("warn"));
        if (warn.IsNil) return;
        Protected(() => State.Call(warn, new[] { LuaValue.FromString("@on") }));
    }

    /// <summary>lua.c's <c>dolibrary</c>: <c>-l mod</c> or <c>-l g=mod</c> sets global g to <c>require(mod)</c>.</summary>
    private bool DoLibrary(string spec)
    {
        string global = spec, module = spec;
        int eq = spec.IndexOf('=');
        if (eq >= 0)
        {
            global = spec.Substring(0, eq);
            module = spec.Substring(eq + 1);
        }
        return Protected(() =>
        {
            var require = State.Globals.GetStr(LuaString.From("require"));
            var results = State.Call(require, new[] { LuaValue.FromString(module) });
            State.Globals.SetStr(LuaString.From(global), results.Length > 0 ? results[0] : LuaValue.Nil);
        });
    }

    /// <summary>lua.c's <c>dostring</c>: loads and runs <paramref name="code"/> under <paramref name="chunkName"/>.</summary>
    private bool DoString(string code, string chunkName)
    {
        if (!TryLoad(Encoding.UTF8.GetBytes(code), chunkName, out var f)) return false;
        return DoCall(f, Array.Empty<LuaValue>());
    }

    /// <summary>lua.c's <c>dofile</c>: runs a file (or standard input when <paramref name="path"/> is null).</summary>
    private bool DoFile(string? path)
    {
        if (!TryLoadFile(path, out var f)) return false;
        return DoCall(f, Array.Empty<LuaValue>());
    }

    /// <summary>lua.c's <c>handle_script</c>: runs the script with <c>arg[1..n]</c> as its varargs.</summary>
    private bool HandleScript()
    {
        var argv = _line.Argv;
        int script = _line.Script;
        string? path = argv[script];
        if (path == "-" && argv[script - 1] != "--") path = null;   // "-" means stdin, unless after "--"
        if (!TryLoadFile(path, out var f)) return false;
        LuaValue[] args = Array.Empty<LuaValue>();
        return Protected(() => args = ScriptArguments()) && DoCall(f, args);
    }

    /// <summary>lua.c's <c>pushargs</c>: the script's arguments, read back from the global <c>arg</c> table.</summary>
    private LuaValue[] ScriptArguments()
    {
        if (State.Globals.GetStr(LuaString.From("arg")).AsTable is not LuaTable arg)
            throw new LuaRuntimeException("'arg' is not a table");
        int n = (int)arg.Length;
        var args = new LuaValue[n];
        for (int i = 1; i <= n; i++) args[i - 1] = arg.GetInt(i);
        return args;
    }

    private bool TryLoadFile(string? path, out LuaValue f)
    {
        f = LuaValue.Nil;
        byte[] source;
        string chunkName;
        try
        {
            if (path is null)
            {
                chunkName = "=stdin";
                using var buffer = new MemoryStream();
                State.StandardInput.CopyTo(buffer);
                source = buffer.ToArray();
            }
            else
            {
                chunkName = "@" + path;
                if (Directory.Exists(path))
                {
                    // C opens a directory but cannot read it: lauxlib's "cannot read" (errfile).
                    Reporter.Report(CommandLine.ProgramName, Encoding.UTF8.GetBytes($"cannot read {path}: Is a directory"));
                    return false;
                }
                source = File.ReadAllBytes(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string what = path is null ? "read" : "open";
            string reason = e is FileNotFoundException or DirectoryNotFoundException ? "No such file or directory"
                : e is UnauthorizedAccessException ? "Permission denied" : e.Message;
            Reporter.Report(CommandLine.ProgramName, Encoding.UTF8.GetBytes($"cannot {what} {path ?? "stdin"}: {reason}"));
            return false;
        }
        return TryLoad(SourceText.SkipComment(source), chunkName, out f);
    }

    private bool TryLoad(byte[] source, string chunkName, out LuaValue f)
    {
        f = LuaValue.Nil;
        try
        {
            if (source.Length > 0 && source[0] == SourceText.LuaSignature && !_load.IsNil) return TryLoadBinary(source, chunkName, out f);
            f = State.Load(source, chunkName);
            return true;
        }
        catch (LuaRuntimeException e)
        {
            // Load errors do not go through the message handler: no traceback, as lua.c.
            Reporter.Report(CommandLine.ProgramName, Reporter.MessageBytes(e.Value));
            return false;
        }
    }

    /// <summary>A precompiled script (luac output or string.dump): the base library's <c>load</c> undumps it, with
    /// its checks (and the sandbox's refusal of binary chunks).</summary>
    private bool TryLoadBinary(byte[] source, string chunkName, out LuaValue f)
    {
        var results = State.Call(_load, LuaValue.FromString(LuaString.FromBytes(source)),
            LuaValue.FromString(chunkName), LuaValue.FromString("b"));
        f = results.Length > 0 ? results[0] : LuaValue.Nil;
        if (f.IsFunction) return true;
        Reporter.Report(CommandLine.ProgramName, Reporter.MessageBytes(results.Length > 1 ? results[1] : LuaValue.Nil));
        return false;
    }

    /// <summary>lua.c's <c>docall</c> + <c>report</c>: runs <paramref name="f"/> under the message handler, reporting
    /// its error.</summary>
    private bool DoCall(LuaValue f, LuaValue[] args)
    {
        LuaValue? error = null;
        bool ok;
        using (new InterruptOnSigint(State)) ok = Protected(() => error = _handler!.Call(f, args));
        if (!ok) return false;
        if (error is null) return true;
        Reporter.Report(CommandLine.ProgramName, Reporter.MessageBytes(error.Value));
        return false;
    }

    /// <summary>Runs <paramref name="action"/> (pmain's own protection), reporting a Lua error.</summary>
    private bool Protected(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (LuaLimitException e)
        {
            // A limit ends the command with one line and no traceback: "tycho: instruction limit exceeded".
            Reporter.Report(CommandLine.ProgramName, Encoding.UTF8.GetBytes(e.Message));
            return false;
        }
        catch (LuaRuntimeException e)
        {
            Reporter.ReportRuntime(CommandLine.ProgramName, e);
            return false;
        }
    }
}
