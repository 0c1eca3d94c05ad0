using System.Collections.Concurrent;

namespace Tycho.Fuzz.Targets;

/// <summary>
/// Runs payloads on a worker thread with a big stack (as the tycho command does), waiting at most the target's
/// timeout + 0.5 s + a grace for the answer. A worker that never answers is abandoned (its thread keeps spinning,
/// which is why a smoke run stops after a few hangs) and a new one takes over.
/// </summary>
public static class FuzzHarness
{
    private const int StackSize = 256 * 1024 * 1024;
    private static readonly TimeSpan HangGrace = TimeSpan.FromSeconds(5);
    private static readonly object Gate = new();
    private static Worker? _worker;
    private static int _abandoned;

    /// <summary>How many worker threads were abandoned to hangs in this process.</summary>
    public static int AbandonedThreads => Volatile.Read(ref _abandoned);

    /// <summary>Runs <paramref name="payload"/> through <paramref name="target"/>. A run that ended late is tried once
    /// more, so a busy machine alone does not make a finding.</summary>
    public static FuzzOutcome Run(FuzzTarget target, byte[] payload)
    {
        var outcome = RunOnce(target, payload);
        if (outcome.Failure?.Kind == "slow")
        {
            var again = RunOnce(target, payload);
            if (again.Passed || again.Failure!.Kind != "slow") return again;
        }
        return outcome;
    }

    private static FuzzOutcome RunOnce(FuzzTarget target, byte[] payload)
    {
        lock (Gate)
        {
            _worker ??= new Worker();
            var job = new Job(target, payload);
            _worker.Post(job);
            TimeSpan wait = target.Timeout + FuzzTarget.Slack + HangGrace;
            if (job.Done.Wait(wait)) return job.Outcome!;
            _worker.Abandon();
            _worker = null;
            Interlocked.Increment(ref _abandoned);
            return new FuzzOutcome(wait, null, new FuzzFailure("hang", $"hang:{target.Name}:{target.Label(payload)}",
                $"no answer after {wait.TotalSeconds:F1} s (timeout {target.Timeout.TotalSeconds} s)"));
        }
    }

    private sealed class Job(FuzzTarget target, byte[] payload)
    {
        public ManualResetEventSlim Done { get; } = new();
        public FuzzOutcome? Outcome { get; private set; }

        public void Run()
        {
            Outcome = target.Check(payload);
            Done.Set();
        }
    }

    private sealed class Worker
    {
        private readonly BlockingCollection<Job> _jobs = new();

        public Worker()
        {
            var thread = new Thread(Loop, StackSize) { IsBackground = true, Name = "fuzz worker" };
            thread.Start();
        }

        public void Post(Job job) => _jobs.Add(job);

        public void Abandon() => _jobs.CompleteAdding();

        private void Loop()
        {
            foreach (var job in _jobs.GetConsumingEnumerable()) job.Run();
        }
    }
}
