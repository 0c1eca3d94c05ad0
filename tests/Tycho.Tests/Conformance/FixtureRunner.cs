using System.Diagnostics;
using System.Text;

namespace Tycho.Tests.Conformance;

/// <summary>What running a fixture produced: its standard output and, if it failed, the error message.</summary>
internal sealed record FixtureOutcome(byte[] Stdout, string? Error);

/// <summary>
/// Runs a fixture in-process the way tests/conformance/regen.sh runs it under lua5.N (<c>lua5.N name.lua</c> from the
/// fixture's folder): chunk name <c>@name.lua</c>, <c>arg[0] = "name.lua"</c>, <c>arg[-1] = "lua5.N"</c>, no script
/// arguments, empty stdin, a first line starting with '#' skipped. The error message is what that version's lua.c
/// would print first on stderr, without the program name (see <see cref="ErrorText"/>), first line.
/// </summary>
internal static class FixtureRunner
{
    /// <summary>Wall-clock limit per fixture.</summary>
    // A hang guard, not a performance check: generous because CI machines are small and shared.
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>The working directory is process-wide: fixtures switching it must not overlap.</summary>
    private static readonly object CurrentDirectoryLock = new();

    /// <summary>Runs the fixture at <paramref name="path"/> on a big-stack thread under the dialect
    /// <paramref name="version"/>, failing after <see cref="Timeout"/>.</summary>
    public static FixtureOutcome Run(string path, LuaLanguageVersion version = LuaLanguageVersion.Lua54)
    {
        lock (CurrentDirectoryLock)
        {
            string saved = Environment.CurrentDirectory;
            Environment.CurrentDirectory = Path.GetDirectoryName(path)!;
            try
            {
                FixtureOutcome? outcome = null;
                Exception? crash = null;
                var thread = new Thread(() =>
                {
                    try { outcome = RunHere(path, version); }
                    catch (Exception e) { crash = e; }
                }, 256 * 1024 * 1024) { IsBackground = true, Name = "fixture " + Path.GetFileName(path) };
                thread.Start();
                if (!thread.Join(Timeout))
                    throw new TimeoutException($"{path} did not finish within {Timeout.TotalSeconds} s");
                if (crash is not null)
                    throw new InvalidOperationException($"{Path.GetFileName(path)}: non-Lua exception escaped: {crash}", crash);
                return outcome!;
            }
            finally
            {
                Environment.CurrentDirectory = saved;
            }
        }
    }

    private static FixtureOutcome RunHere(string path, LuaLanguageVersion version)
    {
        string name = Path.GetFileName(path);
        var stdout = new MemoryStream();
        var state = new LuaState(new LuaStateOptions
        {
            LanguageVersion = version,
            Output = stdout,
            ErrorOutput = new MemoryStream(),
            Input = new MemoryStream(),
        });
        string? error = null;
        try
        {
            var arg = new LuaTable();
            arg.SetInt(-1, LuaValue.FromString(ProgramName(version)));
            arg.SetInt(0, LuaValue.FromString(name));
            state.Globals.SetStr(LuaString.From("arg"), arg);
            var chunk = state.Load(SkipFirstCommentLine(File.ReadAllBytes(path)), "@" + name);
            state.Call(chunk);
        }
        catch (LuaRuntimeException e)
        {
            error = FirstLine(ErrorText(state, e.Value, version));
        }
        finally
        {
            state.StandardOutput.Flush();
            state.Dispose();
        }
        return new FixtureOutcome(stdout.ToArray(), error);
    }

    /// <summary>The program name lua.c runs as for <paramref name="version"/>: <c>lua5.4</c>, <c>lua5.1</c>...</summary>
    public static string ProgramName(LuaLanguageVersion version) =>
        version == LuaLanguageVersion.Lua54 ? "lua5.4" : "lua5." + ((int)version - 50);

    /// <summary>Runs the fixture with the reference interpreter <paramref name="lua"/> exactly as
    /// tests/conformance/regen.sh does: from its folder, empty stdin, no LUA_INIT; the error is the first line of
    /// stderr without the program name. With <paramref name="programName"/> the interpreter runs under that name
    /// (<c>exec -a</c>, as regen.sh does), so <c>arg[-1]</c> and the error prefix match the expected files.</summary>
    public static FixtureOutcome RunOracle(string lua, string path, string? programName = null)
    {
        var psi = new ProcessStartInfo(programName is null ? lua : "bash")
        {
            WorkingDirectory = Path.GetDirectoryName(path)!, UseShellExecute = false,
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardErrorEncoding = Encoding.Latin1,
        };
        if (programName is not null)
        {
            foreach (string a in new[] { "-c", "exec -a \"$0\" \"$1\" \"$2\"", programName, lua }) psi.ArgumentList.Add(a);
        }
        psi.ArgumentList.Add(Path.GetFileName(path));
        foreach (string init in new[] { "LUA_INIT", "LUA_INIT_5_2", "LUA_INIT_5_3", "LUA_INIT_5_4", "LUA_INIT_5_5" })
            psi.Environment.Remove(init);
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = new MemoryStream();
        var copy = p.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(Timeout))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{lua} {path} did not finish within {Timeout.TotalSeconds} s");
        }
        copy.Wait();
        string? error = null;
        if (p.ExitCode != 0)
        {
            error = FirstLine(stderr.Result);
            string prefix = (programName ?? lua) + ": ";
            if (error.StartsWith(prefix, StringComparison.Ordinal)) error = error[prefix.Length..];
        }
        return new FixtureOutcome(stdout.ToArray(), error);
    }

    /// <summary>lauxlib's skipcomment: a first line starting with '#' is dropped, its newline kept.</summary>
    private static byte[] SkipFirstCommentLine(byte[] source)
    {
        if (source.Length == 0 || source[0] != (byte)'#') return source;
        int nl = Array.IndexOf(source, (byte)'\n');
        return nl < 0 ? Array.Empty<byte>() : source[nl..];
    }

    /// <summary>lua.c's msghandler and report, minus the traceback. 5.3 on: a non-string object's
    /// <c>__tostring</c>, else "(error object is a T value)". 5.1 and 5.2 print nothing for nil; 5.2 uses
    /// <c>__tostring</c> or "(no error message)"; 5.1 prints "(error object is not a string)" for any non-string.</summary>
    private static string ErrorText(LuaState state, LuaValue v, LuaLanguageVersion version)
    {
        if (v.IsString || v.IsNumber) return Latin1(LuaString.ToDisplay(v).Span);
        if (version is LuaLanguageVersion.Lua51 or LuaLanguageVersion.Lua52)
        {
            if (v.IsNil) return "";
            if (version == LuaLanguageVersion.Lua51) return "(error object is not a string)";
            var meta = state.GetMetatable(v)?.GetStr(LuaString.From("__tostring")) ?? LuaValue.Nil;
            if (meta.IsNil) return "(no error message)";
            var r = state.Call(meta, v);
            return r.Length > 0 && (r[0].IsString || r[0].IsNumber) ? Latin1(LuaString.ToDisplay(r[0]).Span) : "(error object is not a string)";
        }
        var handler = state.GetMetatable(v)?.GetStr(LuaString.From("__tostring")) ?? LuaValue.Nil;
        if (!handler.IsNil)
        {
            var results = state.Call(handler, v);
            if (results.Length > 0 && results[0].IsString) return Latin1(results[0].AsString!.Span);
        }
        return $"(error object is a {v.TypeName} value)";
    }

    private static string FirstLine(string s)
    {
        int nl = s.IndexOf('\n');
        return nl < 0 ? s : s.Substring(0, nl);
    }

    /// <summary>Bytes as a string one char per byte, so comparisons are exact and failures readable.</summary>
    public static string Latin1(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);
}
