using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>Runs examples/Hosting.Scheduler: precompiled chunk, host round-robin over coroutines, host-driven GC.</summary>
public class SchedulerExampleTests
{
    [Fact]
    public void TheTasksInterleaveFinishOrFailAndTheCollectionFreesTheirGarbage()
    {
        var w = new StringWriter();
        var r = global::Hosting.Scheduler.Demo.Run(w);
        Assert.True(r.ChunkBytes > 0);
        Assert.Equal(new[]
        {
            "[alpha] alpha step 1", "[beta] beta step 1", "[faulty] faulty step 1", "[gamma] gamma step 1",
            "[alpha] alpha step 2", "[beta] beta step 2", "[faulty] faulty step 2", "[gamma] gamma step 2",
            "[alpha] alpha step 3", "beta finished: beta done, sum=3", "faulty failed: tasks:10: faulty gave up after 2 steps",
            "[gamma] gamma step 3", "alpha finished: alpha done, sum=6", "[gamma] gamma step 4", "gamma finished: gamma done, sum=10",
        }, r.Log);
        // Eleven steps left 5,500 strings and their tables behind; the collection finds them dead.
        Assert.True(r.KilobytesAfter < r.KilobytesBefore - 100, $"{r.KilobytesBefore} -> {r.KilobytesAfter}");
        Assert.Contains($"precompiled tasks: {r.ChunkBytes} bytes", w.ToString());
        Assert.Contains("KB after", w.ToString());
    }
}
