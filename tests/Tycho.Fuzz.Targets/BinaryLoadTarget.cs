using System.Runtime.CompilerServices;
using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Fuzz.Targets;

/// <summary>
/// A binary chunk from <c>string.dump</c> of a seed program, with some bytes changed, given to <c>load</c> in
/// binary mode and run under limits. The chunk's <c>_ENV</c> is a table of harmless functions, since the state
/// cannot be sandboxed (the Safe preset refuses binary chunks) and a mutated chunk may name any global.
/// </summary>
internal sealed class BinaryLoadTarget : FuzzTarget
{
    private const string Wrapper = "local s, env = ... local f, e = load(s, '=fuzz', 'b', env) if not f then error(e, 0) end return f()";

    private const string EnvBuilder = """
        local e = {}
        for _, k in ipairs{'assert', 'error', 'ipairs', 'next', 'pairs', 'pcall', 'rawequal', 'rawget', 'rawlen', 'rawset',
          'select', 'setmetatable', 'getmetatable', 'tonumber', 'tostring', 'type', 'xpcall', 'string', 'table', 'math',
          'utf8', 'coroutine'} do e[k] = _G[k] end
        return e
        """;

    private static readonly Lazy<byte[][]> LazyChunks = new(DumpSeeds);

    // Which dumped chunk a payload was made from, so minimizing can put bytes back instead of cutting them.
    private readonly ConditionalWeakTable<byte[], byte[]> _origins = new();

    public override string Name => "binary";

    public override string Extension => ".luac";

    /// <summary>First byte picks the chunk; then each 3 bytes are an offset (2 bytes) and the byte written there.</summary>
    public override byte[] PayloadFromInput(ReadOnlySpan<byte> input)
    {
        var chunks = LazyChunks.Value;
        var origin = chunks[input.IsEmpty ? 0 : input[0] % chunks.Length];
        var payload = (byte[])origin.Clone();
        for (int i = 1; i + 2 < input.Length; i += 3)
            payload[(input[i] | input[i + 1] << 8) % payload.Length] = input[i + 2];
        _origins.AddOrUpdate(payload, origin);
        return payload;
    }

    public override byte[] NextPayload(Random rng)
    {
        var chunks = LazyChunks.Value;
        var origin = chunks[rng.Next(chunks.Length)];
        bool structural = rng.Next(8) == 0;
        var payload = ByteMutator.Mutate(rng, origin, chunks, 1 + rng.Next(4), 1 << 20, structural);
        if (!structural) _origins.AddOrUpdate(payload, origin);
        return payload;
    }

    /// <summary>Puts changed bytes back, half of them at a time then one by one; a chunk whose length changed is
    /// shrunk by cutting.</summary>
    public override IEnumerable<byte[]> Shrink(byte[] payload)
    {
        if (!_origins.TryGetValue(payload, out var origin) || origin.Length != payload.Length)
        {
            foreach (var c in ByteMutator.RemoveChunks(payload)) yield return c;
            yield break;
        }
        var diffs = Enumerable.Range(0, payload.Length).Where(i => payload[i] != origin[i]).ToList();
        for (int size = Math.Max(1, diffs.Count / 2); ; size /= 2)
        {
            for (int start = 0; start < diffs.Count; start += size)
            {
                var candidate = (byte[])payload.Clone();
                foreach (int i in diffs.Skip(start).Take(size)) candidate[i] = origin[i];
                _origins.AddOrUpdate(candidate, origin);
                yield return candidate;
            }
            if (size == 1) break;
        }
    }

    protected override LuaState CreateState() => new(new LuaStateOptions
    {
        Libraries = LuaLibrarySets.Safe,
        Platform = LuaPlatform.Deny,
        InstructionLimit = InstructionLimit,
        Timeout = Timeout,
        MemoryLimit = MemoryLimit,
        Output = Stream.Null,
        ErrorOutput = Stream.Null,
        Input = Stream.Null,
    });

    protected override void Execute(LuaState lua, byte[] payload)
    {
        var env = lua.DoString(EnvBuilder, "=env")[0];
        lua.Call(lua.Load(Wrapper, "=wrapper"), LuaValue.FromString(LuaString.FromBytes(payload)), env);
    }

    private static byte[][] DumpSeeds()
    {
        using var lua = new LuaState(LuaPresets.All());
        var dump = lua.Load("return string.dump(load(..., '=seed'))", "=dump");
        return Seeds.BuiltIn.Select(src => lua.Call(dump, src)[0].AsString!.Span.ToArray()).ToArray();
    }
}
