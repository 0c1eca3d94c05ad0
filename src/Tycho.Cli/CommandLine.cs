using Tycho.Hosting;

namespace Tycho.Cli;

/// <summary>The options found on the command line (lua.c's <c>collectargs</c>, manual §7).</summary>
internal sealed class CommandLine
{
    /// <summary>
    /// The name used in messages and as <c>arg[-n]</c>: lua.c's <c>progname</c>, <c>argv[0]</c> as the caller typed
    /// it, so a script can re-run the interpreter through <c>arg</c> (main.lua does). Under <c>dotnet exec</c>,
    /// argv[0] would name the .NET host rather than this command, so the plain name stands in.
    /// </summary>
    public static string ProgramName { get; } = ProgramPath.FromProcess() ?? "tycho";

    /// <summary>The arguments as lua.c's <c>argv</c>: index 0 is the program name.</summary>
    public string[] Argv { get; }
    /// <summary>True when an option was malformed; <see cref="Script"/> then indexes the bad option.</summary>
    public bool HasError { get; private set; }
    /// <summary><c>-i</c>: enter interactive mode after running the script.</summary>
    public bool Interactive { get; private set; }
    /// <summary><c>-v</c> (also implied by <c>-i</c>): print the version line.</summary>
    public bool Version { get; private set; }
    /// <summary><c>-e</c> was given at least once.</summary>
    public bool Execute { get; private set; }
    /// <summary><c>-E</c>: ignore <c>LUA_INIT</c> and other environment variables.</summary>
    public bool IgnoreEnvironment { get; private set; }
    /// <summary><c>--memory-limit BYTES</c>: maximum bytes of Lua objects (0: no limit).</summary>
    public long MemoryLimit { get; private set; }
    /// <summary>For a bad long option: what is wrong with it (null: lua.c's usual usage message).</summary>
    public string? Problem { get; private set; }
    /// <summary>
    /// Index in <see cref="Argv"/> of the script name, 0 when there is none (or of the bad option when
    /// <see cref="HasError"/>).
    /// </summary>
    public int Script { get; private set; }
    /// <summary><c>--sandbox</c>: run with the Safe preset (<see cref="LuaPresets.Safe"/>).</summary>
    public bool Sandbox { get; private set; }
    /// <summary><c>--profile FILE</c>: write a speedscope profile to FILE and collapsed stacks to FILE.collapsed.</summary>
    public string? ProfilePath { get; private set; }
    /// <summary><c>--profile-interval MS</c>: milliseconds between two profiler samples.</summary>
    public double? ProfileInterval { get; private set; }
    /// <summary><c>--profile-lines</c>: profile frames are the running lines rather than the functions.</summary>
    public bool ProfileLines { get; private set; }
    /// <summary><c>--coverage FILE</c>: write LCOV line coverage to FILE.</summary>
    public string? CoveragePath { get; private set; }
    /// <summary><c>--instruction-limit N</c>: instruction budget of each chunk the command runs.</summary>
    public long? InstructionLimit { get; private set; }
    /// <summary><c>--timeout SECONDS</c>: wall-clock limit of each chunk the command runs.</summary>
    public TimeSpan? Timeout { get; private set; }
    /// <summary><c>--lua 5.1|5.2|5.3|5.4|5.5</c>: the dialect of Lua to speak (5.4 by default).</summary>
    public LuaLanguageVersion LanguageVersion { get; private set; } = LuaLanguageVersion.Lua54;
    /// <summary><c>--debug-adapter</c>: speak the Debug Adapter Protocol on stdin/stdout instead of running a script.</summary>
    public bool DebugAdapter { get; private set; }
    /// <summary><c>--debug-server PORT</c>: let a DAP client attach on 127.0.0.1:PORT while the script runs.</summary>
    public int? DebugServerPort { get; private set; }

    /// <summary>Parses <paramref name="args"/> (without the program name) as lua.c does.</summary>
    public CommandLine(string[] args)
    {
        Argv = new string[args.Length + 1];
        Argv[0] = ProgramName;
        Array.Copy(args, 0, Argv, 1, args.Length);
        Collect();
    }

    /// <summary>Index of the first argument that is not an option (lua.c's <c>optlim</c>).</summary>
    public int OptionLimit => Script > 0 ? Script : Argv.Length;

    private void Collect()
    {
        var argv = Argv;
        for (int i = 1; i < argv.Length; i++)
        {
            Script = i;
            string a = argv[i];
            if (a.Length == 0 || a[0] != '-') return;   // not an option: the script name
            char option = a.Length > 1 ? a[1] : '\0';
            bool extra = a.Length > 2;
            switch (option)
            {
                case '-':   // "--": stop handling options; "--name [value]": a long option
                    if (extra)
                    {
                        if (!CollectLongOption(ref i)) { HasError = true; return; }
                        break;
                    }
                    Script = i + 1;
                    if (Script == argv.Length) Script = 0;  // no script after "--"
                    return;
                case '\0':  // "-": the script is stdin
                    return;
                case 'E':
                    if (extra) { HasError = true; return; }
                    IgnoreEnvironment = true;
                    break;
                case 'W':
                    if (extra) { HasError = true; return; }
                    break;
                case 'i':
                case 'v':
                    if (extra) { HasError = true; return; }
                    if (option == 'i') Interactive = true;
                    Version = true;
                    break;
                case 'e':
                case 'l':
                    if (option == 'e') Execute = true;
                    if (!extra)
                    {
                        i++;
                        if (i >= argv.Length || (argv[i].Length > 0 && argv[i][0] == '-'))
                        {
                            HasError = true;   // Script still indexes the option itself
                            return;
                        }
                    }
                    break;
                default:
                    HasError = true;
                    return;
            }
        }
        Script = 0;
    }

    // ------------------------------------------------------------ long options (Tycho's own, not lua.c's)

    /// <summary>A long option: <c>--Name</c>, followed by a value (next argument or <c>--Name=value</c>) when
    /// <see cref="Value"/> is set; <see cref="Apply"/> stores it and returns an error text for a bad value, or null.
    /// Long options start with "--" so they never clash with lua.c's one-letter options.</summary>
    private sealed record LongOption(string Name, string? Value, string Help, Func<CommandLine, string, string?> Apply);

    /// <summary>The long options; add new ones here (usage text included).</summary>
    private static readonly LongOption[] LongOptions =
    {
        new("lua", "VERSION", "speak Lua 5.1, 5.2, 5.3, 5.4 (default) or 5.5",
            (c, v) =>
            {
                if (ParseVersion(v) is not { } version) return $"invalid version '{v}' for '--lua' (5.1 to 5.5)";
                c.LanguageVersion = version;
                return null;
            }),
        new("memory-limit", "BYTES", "limit Lua memory (suffix K, M or G)",
            (c, v) => { if (!TryParseSize(v, out long n)) return $"invalid size '{v}' for '--memory-limit'"; c.MemoryLimit = n; return null; }),
        new("sandbox", null, "run untrusted code: no io, os only for time, no binary chunks",
            (c, _) => { c.Sandbox = true; return null; }),
        new("profile", "FILE", "sample the stack: speedscope FILE, FILE.collapsed",
            (c, v) => SetOutputPath(c, v, coverage: false)),
        new("profile-interval", "MS", "milliseconds between samples (default 1)",
            (c, v) =>
            {
                if (!double.TryParse(v, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out double ms) || ms < 0.1 || ms > 1e6)
                    return $"invalid interval '{v}' for '--profile-interval'";
                c.ProfileInterval = ms;
                return null;
            }),
        new("profile-lines", null, "profile frames are lines, not functions",
            (c, _) => { c.ProfileLines = true; return null; }),
        new("coverage", "FILE", "write LCOV line coverage of the Lua files run to FILE",
            (c, v) => SetOutputPath(c, v, coverage: true)),
        new("instruction-limit", "N", "stop each chunk after N VM instructions",
            (c, v) =>
            {
                if (!long.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long n))
                    return $"invalid count '{v}' for '--instruction-limit'";
                c.InstructionLimit = n;
                return null;
            }),
        new("timeout", "SECONDS", "stop each chunk after SECONDS of wall-clock time",
            (c, v) =>
            {
                if (!double.TryParse(v, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out double secs) || secs > 1e9)
                    return $"invalid time '{v}' for '--timeout'";
                c.Timeout = TimeSpan.FromSeconds(secs);
                return null;
            }),
        new("debug-adapter", null, "speak the Debug Adapter Protocol on stdin/stdout (VS Code)",
            (c, _) => { c.DebugAdapter = true; return null; }),
        new("debug-server", "PORT", "let a debugger attach on 127.0.0.1:PORT (0: any port)",
            (c, v) =>
            {
                if (!int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int port) || port > 65535)
                    return $"invalid port '{v}' for '--debug-server'";
                c.DebugServerPort = port;
                return null;
            }),
    };

    /// <summary>The version named <paramref name="text"/> (<c>"5.1"</c> ... <c>"5.5"</c>), or null.</summary>
    internal static LuaLanguageVersion? ParseVersion(string text) =>
        Array.IndexOf(VersionNames, text) is int i and >= 0 ? Versions[i] : null;

    private static readonly string[] VersionNames = ["5.1", "5.2", "5.3", "5.4", "5.5"];
    private static readonly LuaLanguageVersion[] Versions =
        [LuaLanguageVersion.Lua51, LuaLanguageVersion.Lua52, LuaLanguageVersion.Lua53, LuaLanguageVersion.Lua54, LuaLanguageVersion.Lua55];

    /// <summary>The number of the dialect being spoken: <c>"5.4"</c>.</summary>
    public string VersionNumber => VersionNames[Array.IndexOf(Versions, LanguageVersion)];

    /// <summary>Sets <see cref="ProfilePath"/> or <see cref="CoveragePath"/>, which exclude each other: both need
    /// the state's one host hook (and a line hook would distort the profile).</summary>
    private static string? SetOutputPath(CommandLine c, string path, bool coverage)
    {
        if (path.Length == 0) return $"'--{(coverage ? "coverage" : "profile")}' needs a file name";
        if (coverage) c.CoveragePath = path;
        else c.ProfilePath = path;
        return c.ProfilePath is not null && c.CoveragePath is not null
            ? "'--profile' and '--coverage' cannot be combined"
            : null;
    }

    /// <summary>Handles <c>Argv[i]</c> = "--name[=value]" (and its separate value, advancing <paramref name="i"/>).</summary>
    private bool CollectLongOption(ref int i)
    {
        string a = Argv[i];
        int eq = a.IndexOf('=');
        string name = eq < 0 ? a.Substring(2) : a.Substring(2, eq - 2);
        LongOption? option = Array.Find(LongOptions, o => o.Name == name);
        if (option is null) return false;   // unrecognized option
        string value = "";
        if (option.Value is not null)
        {
            if (eq >= 0) value = a.Substring(eq + 1);
            else if (i + 1 < Argv.Length) value = Argv[++i];
            else { Problem = $"'--{name}' needs argument"; return false; }
        }
        else if (eq >= 0) { Problem = $"'--{name}' takes no argument"; return false; }
        Problem = option.Apply(this, value);
        if (Problem is not null) Script = i;
        return Problem is null;
    }

    /// <summary>Parses a byte count: digits with an optional K, M or G suffix (powers of 1024).</summary>
    internal static bool TryParseSize(string text, out long bytes)
    {
        bytes = 0;
        if (text.Length == 0) return false;
        long unit = char.ToUpperInvariant(text[^1]) switch { 'K' => 1L << 10, 'M' => 1L << 20, 'G' => 1L << 30, _ => 1 };
        string digits = unit == 1 ? text : text[..^1];
        if (!long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long n))
            return false;
        if (n > long.MaxValue / unit) return false;
        bytes = n * unit;
        return true;
    }

    /// <summary>lua.c's <c>print_usage</c> text for a bad option (<paramref name="problem"/>: a long option's error).</summary>
    public static string Usage(string badOption, string? problem = null)
    {
        string first = problem ?? (badOption.Length > 1 && (badOption[1] == 'e' || badOption[1] == 'l')
            ? $"'{badOption}' needs argument"
            : $"unrecognized option '{badOption}'");
        var longHelp = new System.Text.StringBuilder();
        foreach (var o in LongOptions)
            longHelp.Append("  ").Append(("--" + o.Name + " " + o.Value).PadRight(22)).Append(o.Help).Append('\n');
        return $"{ProgramName}: {first}\n" +
            $"usage: {ProgramName} [options] [script [args]]\n" +
            "Available options are:\n" +
            "  -e stat   execute string 'stat'\n" +
            "  -i        enter interactive mode after executing 'script'\n" +
            "  -l mod    require library 'mod' into global 'mod'\n" +
            "  -l g=mod  require library 'mod' into global 'g'\n" +
            "  -v        show version information\n" +
            "  -E        ignore environment variables\n" +
            "  -W        turn warnings on\n" +
            "  --        stop handling options\n" +
            "  -         stop handling options and execute stdin\n" +
            longHelp;
    }

    /// <summary>The <c>-v</c> line (lua.c's <c>LUA_COPYRIGHT</c>) of the default dialect.</summary>
    public const string VersionLine =
        "Tycho 0.1 (Lua 5.4)  Copyright (C) 2026 Tycho contributors; Lua 5.4 Copyright (C) 1994-2024 Lua.org, PUC-Rio";

    /// <summary>The <c>-v</c> line of the dialect being spoken.</summary>
    public string VersionLineOfDialect => VersionLine.Replace("Lua 5.4", "Lua " + VersionNumber);
}
