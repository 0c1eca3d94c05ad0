using System.Diagnostics;
using System.Text;

namespace Tycho.Tests.Conformance;

/// <summary>What running a fixture produced: its standard output and, if it failed, the error message.</summary>
internal sealed record FixtureOutcome(byte[] Stdout, string? Error);

/// <summary>
/// Runs a fixture in-process the way tests/conformance/regen.sh runs it under lua5.4 (<c>lua5.4 name.lua</c> from the
/// fixture's folder): chunk name <c>@name.lua</c>, <c>arg[0] = "name.lua"</c>, no script arguments, empty stdin, a
/// first line starting with '#' skipped. The error message is what lua.c would print first on stderr, without the
/// program name: the error object as text (or its <c>__tostring</c>, or "(error object is a T value)"), first line.
/// </summary>
internal static class FixtureRunner
{
    /// <summary>Wall-clock limit per fixture.</summary>
    // A hang guard, not a performance check: generous because CI machines are small and shared.
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>The working directory is process-wide: fixtures switching it must not overlap.</summary>
    private static readonly object CurrentDirectoryLock = new();

    /// <summary>Runs the fixture at <paramref name="path"/> on a big-stack thread, failing after <see cref="Timeout"/>.</summary>
    public static FixtureOutcome Run(string path)
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
                    try { outcome = RunHere(path); }
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

    private static FixtureOutcome RunHere(string path)
    {
        string name = Path.GetFileName(path);
        var stdout = new MemoryStream();
        var state = new LuaState(new LuaStateOptions
        {
            Output = stdout,
            ErrorOutput = new MemoryStream(),
            Input = new MemoryStream(),
        });
        string? error = null;
        try
        {
            var arg = new LuaTable();
            arg.SetInt(-1, LuaValue.FromString("lua5.4"));
            arg.SetInt(0, LuaValue.FromString(name));
            state.Globals.SetStr(LuaString.From("arg"), arg);
            var chunk = state.Load(SkipFirstCommentLine(File.ReadAllBytes(path)), "@" + name);
            state.Call(chunk);
        }
        catch (LuaRuntimeException e)
        {
            error = FirstLine(ErrorText(state, e.Value));
        }
        finally
        {
            state.StandardOutput.Flush();
            state.Dispose();
        }
        return new FixtureOutcome(stdout.ToArray(), error);
    }

    /// <summary>Runs the fixture with the reference interpreter <paramref name="lua"/> exactly as
    /// tests/conformance/regen.sh does: from its folder, empty stdin, no LUA_INIT; the error is the first line of
    /// stderr without the program name.</summary>
    public static FixtureOutcome RunOracle(string lua, string path)
    {
        var psi = new ProcessStartInfo(lua)
        {
            WorkingDirectory = Path.GetDirectoryName(path)!, UseShellExecute = false,
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardErrorEncoding = Encoding.Latin1,
        };
        psi.ArgumentList.Add(Path.GetFileName(path));
        psi.Environment.Remove("LUA_INIT");
        psi.Environment.Remove("LUA_INIT_5_4");
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
            if (error.StartsWith(lua + ": ", StringComparison.Ordinal)) error = error[(lua.Length + 2)..];
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

    /// <summary>lua.c's msghandler, minus the traceback.</summary>
    private static string ErrorText(LuaState state, LuaValue v)
    {
        if (v.IsString || v.IsNumber) return Latin1(LuaString.ToDisplay(v).Span);
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
