using Xunit;
using Xunit.Sdk;

namespace Tycho.Tests.Infrastructure;

/// <summary>
/// A check where Tycho is known to differ from the reference (Lua 5.4.8): the case is reported Skipped with the
/// exact difference instead of passing silently or being deleted. The check still runs: when it passes the case
/// fails, telling that the entry is stale, so a fixed difference cannot stay hidden behind its skip.
/// </summary>
internal static class KnownDifference
{
    /// <summary>Runs <paramref name="check"/>; an assertion failure skips the case with <paramref name="difference"/>,
    /// any other exception fails it, and a pass fails it as stale (<paramref name="entry"/> names what to remove).</summary>
    public static void Expect(string difference, string entry, Action check)
    {
        string? failure = null;
        try { check(); }
        catch (XunitException e) { failure = e.Message; }
        Skip.If(failure is not null, "Tycho differs from Lua " + Oracles.Version + ": " + difference);
        Assert.Fail($"{entry} now matches Lua {Oracles.Version}: remove it from the known differences");
    }
}
