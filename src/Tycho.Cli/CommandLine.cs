namespace Tycho.Cli;

/// <summary>The options found on the command line (lua.c's <c>collectargs</c>, manual §7).</summary>
internal sealed class CommandLine
{
    /// <summary>The name used in messages, as lua.c's <c>progname</c>.</summary>
    public const string ProgramName = "tycho";

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
    /// <summary>
    /// Index in <see cref="Argv"/> of the script name, 0 when there is none (or of the bad option when
    /// <see cref="HasError"/>).
    /// </summary>
    public int Script { get; private set; }
    /// <summary><c>--sandbox</c>: run with the Safe preset (<see cref="LuaPresets.Safe"/>).</summary>
    public bool Sandbox { get; private set; }
    /// <summary><c>--instruction-limit N</c>: instruction budget of each chunk the command runs.</summary>
    public long? InstructionLimit { get; private set; }
    /// <summary><c>--timeout SECONDS</c>: wall-clock limit of each chunk the command runs.</summary>
    public TimeSpan? Timeout { get; private set; }

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
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                // Tycho's long options (lua's own options are all one letter, so these never clash).
                if (!LongOption(argv, ref i)) { HasError = true; return; }
                continue;
            }
            char option = a.Length > 1 ? a[1] : '\0';
            bool extra = a.Length > 2;
            switch (option)
            {
                case '-':   // "--": stop handling options
                    if (extra) { HasError = true; return; }
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

    /// <summary>Parses <c>--name value</c> or <c>--name=value</c> at <paramref name="i"/>; false when malformed.</summary>
    private bool LongOption(string[] argv, ref int i)
    {
        string a = argv[i];
        int eq = a.IndexOf('=');
        string name = eq < 0 ? a : a[..eq];
        if (name == "--sandbox") { Sandbox = eq < 0; return eq < 0; }
        if (name is not ("--instruction-limit" or "--timeout")) return false;
        string? value = eq >= 0 ? a[(eq + 1)..] : i + 1 < argv.Length ? argv[++i] : null;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (name == "--instruction-limit")
        {
            if (!long.TryParse(value, System.Globalization.NumberStyles.Integer, inv, out long n) || n < 0) return false;
            InstructionLimit = n;
            return true;
        }
        if (!double.TryParse(value, System.Globalization.NumberStyles.Float, inv, out double secs) || !(secs >= 0) || secs > 1e9) return false;
        Timeout = TimeSpan.FromSeconds(secs);
        return true;
    }

    /// <summary>lua.c's <c>print_usage</c> text for a bad option.</summary>
    public static string Usage(string badOption)
    {
        string first = badOption.StartsWith("--instruction-limit", StringComparison.Ordinal) || badOption.StartsWith("--timeout", StringComparison.Ordinal)
            ? $"'{badOption}' needs a non-negative number"
            : badOption.Length > 1 && (badOption[1] == 'e' || badOption[1] == 'l')
            ? $"'{badOption}' needs argument"
            : $"unrecognized option '{badOption}'";
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
            "  --sandbox               run untrusted code: no io, os only for time, no binary chunks\n" +
            "  --instruction-limit N   stop each chunk after N VM instructions\n" +
            "  --timeout SECONDS       stop each chunk after SECONDS of wall-clock time\n" +
            "  --        stop handling options\n" +
            "  -         stop handling options and execute stdin\n";
    }

    /// <summary>The <c>-v</c> line (lua.c's <c>LUA_COPYRIGHT</c>).</summary>
    public const string VersionLine =
        "Tycho 0.1 (Lua 5.4)  Copyright (C) 2026 Tycho contributors; Lua 5.4 Copyright (C) 1994-2024 Lua.org, PUC-Rio";
}
