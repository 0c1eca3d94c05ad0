using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Fuzz.Targets;

/// <summary>Arbitrary bytes given to <c>load</c> as a text chunk and, when they compile, run: all inside one limited
/// call in the Safe preset, so compiling is under the limits too.</summary>
internal sealed class TextLoadTarget : FuzzTarget
{
    private const string Wrapper = "local f, e = load(..., '=fuzz', 't') if not f then error(e, 0) end return f()";

    public override string Name => "text";

    public override string Extension => ".lua";

    public override byte[] PayloadFromInput(ReadOnlySpan<byte> input) => input.ToArray();

    public override byte[] NextPayload(Random rng)
    {
        var seeds = Seeds.Text;
        var seed = seeds[rng.Next(seeds.Length)];
        return ByteMutator.Mutate(rng, seed, seeds, 1 + rng.Next(8), 64 * 1024, structural: true);
    }

    public override IEnumerable<byte[]> Shrink(byte[] payload) => ByteMutator.RemoveChunks(payload);

    protected override LuaState CreateState() =>
        new(LuaPresets.Safe(InstructionLimit, Timeout, MemoryLimit, Stream.Null));

    protected override void Execute(LuaState lua, byte[] payload) =>
        lua.Call(lua.Load(Wrapper, "=wrapper"), LuaValue.FromString(LuaString.FromBytes(payload)));
}
