using System.Text;
using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Cli;

/// <summary>
/// The interactive read-eval-print loop of lua.c's <c>doREPL</c> (manual §7): each line is first tried as
/// <c>return line</c> so expressions print their values; otherwise lines are accumulated while the chunk is
/// incomplete (its syntax error ends in <c>&lt;eof&gt;</c>). Errors are reported without the program name.
/// </summary>
internal sealed class Repl
{
    private const string EofMark = "<eof>";
    private readonly LuaState _state;
    private readonly ErrorReporter _reporter;

    /// <summary>Creates the loop over the state's globals.</summary>
    public Repl(LuaState state, ErrorReporter reporter)
    {
        _state = state;
        _reporter = reporter;
    }

    /// <summary>Reads and runs lines until end of input.</summary>
    public void Run()
    {
        while (true)
        {
            var status = LoadLine(out var chunk, out var error);
            if (status == LineStatus.EndOfInput) break;
            if (status == LineStatus.SyntaxError)
            {
                _reporter.Report(null, _reporter.MessageBytes(error!.Value));
                continue;
            }
            try
            {
                var results = _state.Call(chunk!, ReadOnlySpan<LuaValue>.Empty);
                PrintResults(results);
            }
            catch (LuaRuntimeException e)
            {
                _reporter.ReportRuntime(null, e);
            }
        }
        Write("\n");
    }

    private enum LineStatus { Ok, SyntaxError, EndOfInput }

    /// <summary>lua.c's <c>loadline</c>: one complete statement (maybe several lines) or expression.</summary>
    private LineStatus LoadLine(out LuaClosure? chunk, out LuaRuntimeException? error)
    {
        chunk = null;
        error = null;
        string? line = ReadLine(firstLine: true);
        if (line is null) return LineStatus.EndOfInput;
        if (TryCompile("return " + line, out chunk, out _)) return LineStatus.Ok;
        while (true)
        {
            if (TryCompile(line, out chunk, out error)) return LineStatus.Ok;
            if (!IsIncomplete(error!)) return LineStatus.SyntaxError;
            string? more = ReadLine(firstLine: false);
            if (more is null) return LineStatus.SyntaxError;   // input ended inside a statement
            line += "\n" + more;
        }
    }

    private static bool IsIncomplete(LuaRuntimeException e) =>
        e is LuaSyntaxException && e.Message.EndsWith(EofMark, StringComparison.Ordinal);

    private bool TryCompile(string code, out LuaClosure? chunk, out LuaRuntimeException? error)
    {
        chunk = null;
        error = null;
        try
        {
            chunk = _state.Load(Encoding.UTF8.GetBytes(code), "=stdin");
            return true;
        }
        catch (LuaRuntimeException e)
        {
            error = e;
            return false;
        }
    }

    /// <summary>lua.c's <c>pushline</c>: prompts, reads, and maps a leading <c>=</c> to <c>return</c> (5.2 habit).</summary>
    private string? ReadLine(bool firstLine)
    {
        Write(Prompt(firstLine));
        string? line = Console.In.ReadLine();
        if (line is null) return null;
        if (firstLine && line.StartsWith('=')) return "return " + line.Substring(1);
        return line;
    }

    /// <summary>lua.c's <c>get_prompt</c>: <c>_PROMPT</c>/<c>_PROMPT2</c> when set, else "> " and ">> ".</summary>
    private string Prompt(bool firstLine)
    {
        var custom = _state.Globals.GetStr(LuaString.From(firstLine ? "_PROMPT" : "_PROMPT2"));
        if (!custom.IsNil) return _state.ToDisplayString(custom);
        return firstLine ? "> " : ">> ";
    }

    /// <summary>lua.c's <c>l_print</c>: any results go to the global <c>print</c>.</summary>
    private void PrintResults(LuaValue[] results)
    {
        if (results.Length == 0) return;
        try
        {
            var print = _state.Globals.GetStr(LuaString.From("print"));
            _state.Call(print, results);
        }
        catch (LuaRuntimeException e)
        {
            var msg = Encoding.UTF8.GetString(_reporter.MessageBytes(e.Value));
            _reporter.Report(null, Encoding.UTF8.GetBytes($"error calling 'print' ({msg})"));
        }
    }

    private void Write(string text)
    {
        _state.StandardOutput.Write(Encoding.UTF8.GetBytes(text));
        _state.StandardOutput.Flush();
    }
}
