namespace Tycho.Debugging.Profiling;

/// <summary>
/// The samples of a profile in the order they were taken: each a stack of interned frames, stored as a node of a
/// prefix tree of stacks (samples that share their callers share the nodes), with a weight (milliseconds of wall
/// time). Not thread-safe: <see cref="LuaProfiler"/> locks around it.
/// </summary>
internal sealed class StackSampleSet
{
    private readonly List<ProfileFrame> _frames = new();
    private readonly Dictionary<ProfileFrame, int> _frameIds = new();
    // Node n is the stack of node _nodes[n].Parent (-1: the empty stack) with frame _nodes[n].Frame pushed on it.
    private readonly List<(int Parent, int Frame)> _nodes = new();
    private readonly Dictionary<(int Parent, int Frame), int> _nodeIds = new();
    private readonly List<int> _sampleNodes = new();
    private readonly List<double> _weights = new();

    /// <summary>The distinct frames, in order of first appearance (their index is their id).</summary>
    public IReadOnlyList<ProfileFrame> Frames => _frames;

    /// <summary>Number of samples taken.</summary>
    public int Count => _sampleNodes.Count;

    /// <summary>The weight of sample <paramref name="index"/> (milliseconds).</summary>
    public double WeightOf(int index) => _weights[index];

    /// <summary>The sum of the weights (milliseconds).</summary>
    public double TotalWeight { get; private set; }

    /// <summary>The id of <paramref name="frame"/>, interning it on first use.</summary>
    public int Intern(in ProfileFrame frame)
    {
        if (_frameIds.TryGetValue(frame, out int id)) return id;
        id = _frames.Count;
        _frames.Add(frame);
        _frameIds.Add(frame, id);
        return id;
    }

    /// <summary>Adds a sample: <paramref name="rootFirst"/> holds frame ids from the outermost caller to the
    /// running function. An empty stack is not a sample and is ignored.</summary>
    public void Add(ReadOnlySpan<int> rootFirst, double weight)
    {
        if (rootFirst.IsEmpty) return;
        int node = -1;
        foreach (int frame in rootFirst)
        {
            if (!_nodeIds.TryGetValue((node, frame), out int child))
            {
                child = _nodes.Count;
                _nodes.Add((node, frame));
                _nodeIds.Add((node, frame), child);
            }
            node = child;
        }
        _sampleNodes.Add(node);
        _weights.Add(weight);
        TotalWeight += weight;
    }

    /// <summary>The frame ids of sample <paramref name="index"/>, outermost caller first.</summary>
    public int[] StackOf(int index) => StackOfNode(_sampleNodes[index]);

    /// <summary>The distinct stacks with how many samples ended on each, in order of first appearance.</summary>
    public IEnumerable<(int[] RootFirst, int Samples)> CountByStack()
    {
        var counts = new Dictionary<int, int>();
        var order = new List<int>();
        foreach (int node in _sampleNodes)
        {
            if (counts.TryGetValue(node, out int n)) counts[node] = n + 1;
            else
            {
                counts[node] = 1;
                order.Add(node);
            }
        }
        foreach (int node in order) yield return (StackOfNode(node), counts[node]);
    }

    private int[] StackOfNode(int node)
    {
        int depth = 0;
        for (int n = node; n >= 0; n = _nodes[n].Parent) depth++;
        var stack = new int[depth];
        for (int n = node; n >= 0; n = _nodes[n].Parent) stack[--depth] = _nodes[n].Frame;
        return stack;
    }
}
