namespace Tycho.Fuzz.Targets;

/// <summary>
/// The entry points for SharpFuzz (<c>Fuzzer.LibFuzzer.Run(FuzzTargets.TextLoad)</c>, <c>Fuzzer.OutOfProcess.Run</c>):
/// each runs one input and throws <see cref="FuzzFailure"/> when a promise is broken, which the driver reports as
/// a crash.
/// </summary>
public static class FuzzTargets
{
    /// <summary>Text <c>load</c> of arbitrary bytes, run under limits in the Safe preset.</summary>
    public static FuzzTarget Text { get; } = new TextLoadTarget();

    /// <summary>Binary <c>load</c> of a dumped corpus chunk mutated by the input.</summary>
    public static FuzzTarget Binary { get; } = new BinaryLoadTarget();

    /// <summary>Generated hostile scripts in the Safe preset with instruction, time and memory limits.</summary>
    public static FuzzTarget Hostile { get; } = new HostileScriptTarget();

    /// <summary>Every target, in the order the smoke runs use.</summary>
    public static IReadOnlyList<FuzzTarget> All { get; } = [Text, Binary, Hostile];

    /// <summary>The target called <paramref name="name"/>, or null.</summary>
    public static FuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>Fuzzer entry: text chunk.</summary>
    public static void TextLoad(ReadOnlySpan<byte> input) => RunInput(Text, input);

    /// <summary>Fuzzer entry: mutated binary chunk.</summary>
    public static void BinaryLoad(ReadOnlySpan<byte> input) => RunInput(Binary, input);

    /// <summary>Fuzzer entry: generated hostile script.</summary>
    public static void HostileScript(ReadOnlySpan<byte> input) => RunInput(Hostile, input);

    private static void RunInput(FuzzTarget target, ReadOnlySpan<byte> input)
    {
        var outcome = FuzzHarness.Run(target, target.PayloadFromInput(input));
        if (outcome.Failure is { } failure) throw failure;
    }
}
