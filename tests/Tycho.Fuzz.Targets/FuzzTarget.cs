using System.Diagnostics;
using System.Text.RegularExpressions;
using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Fuzz.Targets;

/// <summary>
/// One thing to fuzz: how an input becomes a payload, how a payload runs in a fresh state under limits, and how the
/// smoke runner makes and shrinks payloads. Every run checks the same promises: only <see cref="LuaException"/>s
/// leave the call, no message names a .NET type, the call ends within its timeout + 0.5 s, and the state still runs
/// <c>return 1+1</c>.
/// </summary>
public abstract partial class FuzzTarget
{
    /// <summary>How far past its timeout a call may end (the issue's bound).</summary>
    public static readonly TimeSpan Slack = TimeSpan.FromSeconds(0.5);

    /// <summary>The target's name (text, binary, hostile); reproducer files start with it.</summary>
    public abstract string Name { get; }

    /// <summary>The extension of reproducer files (.lua, .luac).</summary>
    public abstract string Extension { get; }

    /// <summary>The wall-clock limit of one call.</summary>
    public virtual TimeSpan Timeout => TimeSpan.FromSeconds(1);

    /// <summary>The instruction limit of one call.</summary>
    public virtual long InstructionLimit => 2_000_000;

    /// <summary>The memory limit of one state, in bytes.</summary>
    public virtual long MemoryLimit => 20L << 20;

    /// <summary>Turns the raw bytes of a coverage-guided fuzzer into a payload.</summary>
    public abstract byte[] PayloadFromInput(ReadOnlySpan<byte> input);

    /// <summary>The smoke runner's next payload, from <paramref name="rng"/> alone (so a seed replays a run).</summary>
    public abstract byte[] NextPayload(Random rng);

    /// <summary>Smaller payloads to try when minimizing a failure, most aggressive first.</summary>
    public abstract IEnumerable<byte[]> Shrink(byte[] payload);

    /// <summary>Extra words for a hang's or slow run's signature (the generator's templates), so distinct causes
    /// stay distinct findings.</summary>
    public virtual string Label(byte[] payload) => "";

    /// <summary>A fresh state with the target's capabilities and limits.</summary>
    protected abstract LuaState CreateState();

    /// <summary>Runs <paramref name="payload"/> in <paramref name="lua"/>; Lua errors are thrown as usual.</summary>
    protected abstract void Execute(LuaState lua, byte[] payload);

    [GeneratedRegex(@"[A-Za-z]+Exception\b|System\.[A-Z]")]
    private static partial Regex DotNetName();

    /// <summary>The first .NET name in <paramref name="message"/> that the payload itself does not contain (a syntax
    /// error quotes the source, and a script may raise any text it holds: those are not leaks).</summary>
    private static Match? LeakedName(string message, byte[] payload)
    {
        foreach (Match m in DotNetName().Matches(message))
            if (payload.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(m.Value)) < 0) return m;
        return null;
    }

    /// <summary>Runs one payload on the calling thread and checks the promises (the caller bounds the wall time).</summary>
    internal FuzzOutcome Check(byte[] payload)
    {
        string? luaError = null;
        FuzzFailure? failure = null;
        var sw = new Stopwatch();
        LuaState? lua = null;
        try
        {
            lua = CreateState();
            sw.Start();
            try { Execute(lua, payload); }
            catch (LuaException e) { luaError = e.Message; }
            sw.Stop();
            if (luaError is not null && LeakedName(luaError, payload) is { } m)
                failure = new FuzzFailure("leak", $"leak:{Name}:{Normalize(luaError[m.Index..])}", luaError);
            else if (sw.Elapsed > Timeout + Slack)
                failure = new FuzzFailure("slow", $"slow:{Name}:{Label(payload)}", $"{sw.Elapsed.TotalMilliseconds:F0} ms (timeout {Timeout.TotalSeconds} s)");
            else
                failure = CheckUsable(lua);
        }
        catch (Exception e) when (e is not LuaException || lua is null)
        {
            sw.Stop();
            failure = Escape("escape", e);
        }
        finally { lua?.Dispose(); }
        return new FuzzOutcome(sw.Elapsed, luaError, failure);
    }

    private FuzzFailure? CheckUsable(LuaState lua)
    {
        try
        {
            return lua.DoString<long>("return 1+1") == 2 ? null : new FuzzFailure("unusable", $"unusable:{Name}", "return 1+1 did not give 2");
        }
        catch (Exception e) { return Escape("unusable", e); }
    }

    private FuzzFailure Escape(string kind, Exception e)
    {
        string frame = e.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at ", StringComparison.Ordinal)) ?? "";
        int paren = frame.IndexOf('(');
        if (paren > 0) frame = frame[..paren];
        return new FuzzFailure(kind, $"{kind}:{Name}:{e.GetType().Name}:{frame}", e.ToString());
    }

    /// <summary>The message with numbers and quoted text blanked, so one bug's variants share a signature.</summary>
    private static string Normalize(string message)
    {
        string s = Regex.Replace(message.Replace('\n', ' '), @"\d+", "N");
        s = Regex.Replace(s, "'[^']*'", "'_'");
        return s.Length > 100 ? s[..100] : s;
    }
}
