using Tycho.Hosting;
using Tycho.Runtime;

namespace Hosting.Async;

/// <summary>Async host functions: a script waits on a host timer and an async "download" without blocking a thread.</summary>
public static class Demo
{
    public const string Script = """
        log('start')
        for i = 1, 3 do
          wait(0.01)
          log('tick ' .. i)
        end
        local body = download('https://example.invalid/data')
        log('downloaded ' .. #body .. ' bytes')
        local ok, err = pcall(function() local b = download('bad://x') return b end)
        log('caught: ' .. err)
        return 'finished'
        """;

    public static async Task<string> RunAsync(TextWriter output, CancellationToken cancellationToken = default)
    {
        using var lua = new LuaState();
        lua.Globals["log"] = LuaFunction.Create((string s) => output.WriteLine(s));
        // wait(seconds): suspends the script on a host timer.
        lua.Globals["wait"] = LuaFunction.CreateAsync(
            (double seconds, CancellationToken ct) => new ValueTask(Task.Delay(TimeSpan.FromSeconds(seconds), ct)), "wait");
        // download(url): a fake I/O call returning a string; failures become Lua errors.
        lua.Globals["download"] = LuaFunction.CreateAsync(async (string url, CancellationToken ct) =>
        {
            await Task.Delay(5, ct);
            if (!url.StartsWith("https://", StringComparison.Ordinal)) throw new InvalidOperationException($"unsupported url {url}");
            return new string('x', 42);
        }, "download");
        string result = await lua.DoStringAsync<string>(Script, "=async", cancellationToken);
        output.WriteLine(result);

        // Cancellation reaches the script as an error and the host as OperationCanceledException.
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(30));
        try { await lua.DoStringAsync("wait(60)", "=long", cts.Token); }
        catch (OperationCanceledException e) { output.WriteLine($"cancelled: {e.InnerException?.Message}"); }
        return result;
    }
}
