namespace Tycho.Cli;

/// <summary>
/// The standalone interpreter's pacing of full .NET collections, after lua's own rule (manual §2.5.1, the
/// collector's pause): a full cycle starts when the heap has grown to a multiple of what the last full cycle
/// left alive. The .NET collector left to itself sizes its generations for throughput, and an interpreter's
/// workload is the worst case for that: objects that live a few milliseconds (a tree being built, a decoded
/// document) outlive the short gen0 window, are promoted, and then wait in the older generations until a full
/// collection that a growing heap postpones; bench/RESULTS.md measured peaks of 6x lua's. This class runs a
/// compacting full collection when the heap (live bytes as of the last collection) passes
/// <see cref="PausePercent"/>% of what the last full collection kept, and at least <see cref="MinGrowthBytes"/>
/// above it. Only the command does this: in an embedding host the process's collections are the host's choice.
/// </summary>
/// <remarks>
/// It needs no thread or timer: an instance with a finalizer is created and dropped, so the next collection
/// (usually a gen0 one) queues its finalizer, which checks the heap on the finalizer thread and creates the next
/// instance. It is checked once per .NET collection, never on the interpreter's paths.
/// </remarks>
internal sealed class GcPacer
{
    /// <summary>The heap may grow to this percentage of the bytes the last full collection kept.</summary>
    internal const long PausePercent = 150;

    /// <summary>The least growth (bytes) that starts a full collection, so a small heap is not collected over and over.</summary>
    internal const long MinGrowthBytes = 4 << 20;

    private static long s_keptByLastFull;
    private static int s_fullCollections = -1;

    /// <summary>Starts pacing for the rest of the process.</summary>
    internal static void Start() => _ = new GcPacer();

    ~GcPacer()
    {
        Check();
        _ = new GcPacer();
    }

    private static void Check()
    {
        int full = GC.CollectionCount(2);
        if (full != s_fullCollections)
        {
            // A full collection ran since the last check (ours or the runtime's): its survivors are the new base.
            GCMemoryInfo last = GC.GetGCMemoryInfo(GCKind.FullBlocking);
            s_keptByLastFull = last.Index == 0 ? 0 : last.HeapSizeBytes - last.FragmentedBytes;
            s_fullCollections = full;
        }
        GCMemoryInfo now = GC.GetGCMemoryInfo();
        long heap = now.HeapSizeBytes - now.FragmentedBytes;
        if (heap > Math.Max(s_keptByLastFull / 100 * PausePercent, s_keptByLastFull + MinGrowthBytes))
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
