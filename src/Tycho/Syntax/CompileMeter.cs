using Tycho.Runtime;

namespace Tycho.Syntax;

/// <summary>
/// Charges one compilation to the state that asked for it, so that a hostile chunk cannot outrun the state's
/// limits while it is being compiled: the lexer and the code generator report their work (one unit per token and
/// per instruction, plus the bytes scanned), and the transient memory they hold (source copy, syntax tree, code
/// being built), which is not made of Lua objects and so is invisible to the collector.
/// <para>
/// Work goes to <see cref="GlobalState.Charge"/> in batches, which also polls the clock and the cancellation
/// token. Memory is never charged as debt (it is garbage once the prototype exists, and the prototype charges
/// itself when its closure is created); instead the running total is checked with
/// <see cref="GlobalState.CheckAllocation"/> each time it grows by <see cref="CheckStep"/>, so a compile that would
/// pass the memory limit raises <c>not enough memory</c> while it is still small.
/// </para>
/// <para>Without a state (host compiling outside any state) nothing is charged. The meter may be used from the
/// compilation's own big-stack thread while the calling thread waits for it.</para>
/// </summary>
internal sealed class CompileMeter
{
    /// <summary>Estimated bytes of syntax tree built per token (node objects, lists, the token's share of them).</summary>
    public const long TokenBytes = 64;
    /// <summary>Bytes held per instruction emitted (the code word, its line and list growth).</summary>
    public const long InstructionBytes = 12;
    /// <summary>Bytes held per constant (the value slot and the lookup-cache entry).</summary>
    public const long ConstantBytes = 48;
    /// <summary>Growth of the held bytes between two memory checks.</summary>
    public const long CheckStep = 64 * 1024;
    /// <summary>Work units collected before they are charged.</summary>
    private const long WorkBatch = 256;

    private readonly GlobalState? _global;
    private long _held, _checkedAt, _work;

    /// <summary>A meter charging to <paramref name="global"/> (null: charges nothing).</summary>
    public CompileMeter(GlobalState? global) { _global = global; }

    /// <summary>A meter that charges nothing.</summary>
    public static readonly CompileMeter None = new(null);

    /// <summary>Reports <paramref name="units"/> of work (one unit ≈ one VM instruction).</summary>
    public void Work(long units)
    {
        if ((_work += units) >= WorkBatch) FlushWork();
    }

    /// <summary>Reports <paramref name="bytes"/> more transient memory held until the compilation ends.</summary>
    public void Hold(long bytes)
    {
        if ((_held += bytes) - _checkedAt >= CheckStep) CheckMemory();
    }

    /// <summary>One token lexed from <paramref name="scanned"/> source bytes.</summary>
    public void Token(long scanned)
    {
        Work(1 + (scanned >> 5));
        Hold(TokenBytes);
    }

    /// <summary>Charges what is pending and checks the memory now (at the end of a compilation).</summary>
    public void Flush()
    {
        FlushWork();
        CheckMemory();
    }

    private void FlushWork()
    {
        long w = _work;
        _work = 0;
        _global?.Charge(w);
    }

    private void CheckMemory()
    {
        _checkedAt = _held;
        _global?.CheckAllocation(_held);
    }
}
