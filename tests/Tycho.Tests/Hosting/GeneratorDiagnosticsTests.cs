using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Tycho.Generators;
using Xunit;

namespace Tycho.Tests.Hosting;

/// <summary>The [LuaType] generator run on sources: members it cannot bind get a diagnostic naming them and are left
/// out, and the rest still compiles.</summary>
public class GeneratorDiagnosticsTests
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(LuaState).Assembly.Location)
            .DistinctBy(Path.GetFileName)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    /// <summary>Runs the generator on <paramref name="members"/> inside a [LuaType] class; returns its diagnostics,
    /// the generated source and the errors of the compilation with it.</summary>
    private static (ImmutableArray<Diagnostic> Generator, string Generated, Diagnostic[] Errors) Run(string members)
    {
        string source = $$"""
            using System;
            using System.Threading.Tasks;
            using Tycho.Hosting;
            namespace Sample;
            [LuaType]
            public partial class Thing
            {
            {{members}}
                [LuaMember] public int Ok(int x) => x;
            }
            """;
        var compilation = CSharpCompilation.Create("Sample",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))], References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true,
                nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(new LuaTypeGenerator())
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        string generated = string.Concat(output.SyntaxTrees.Skip(1).Select(t => t.ToString()));
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        return (diagnostics, generated, errors);
    }

    private static void AssertSkipped(string members, string id, string member, string messagePart)
    {
        var (diagnostics, generated, errors) = Run(members);
        var d = Assert.Single(diagnostics);
        Assert.Equal(id, d.Id);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("'" + member + "'", d.GetMessage());
        Assert.Contains(messagePart, d.GetMessage());
        Assert.Empty(errors);   // the rest of the type is bound and compiles
        Assert.Contains("\"Ok\"", generated);
        Assert.DoesNotContain("self." + member, generated);
    }

    [Fact]
    public void AsyncTaskMethodIsReported()
    {
        AssertSkipped("[LuaMember] public async Task<int> Fetch() { await Task.Yield(); return 1; }",
            "TYCHO004", "Fetch", "System.Threading.Tasks.Task<int>");
    }

    [Fact]
    public void ValueTaskMethodIsReported()
    {
        AssertSkipped("[LuaMember] public ValueTask Save() => default;", "TYCHO004", "Save", "LuaFunction.CreateAsync");
    }

    [Fact]
    public void AsyncVoidMethodIsReported()
    {
        AssertSkipped("[LuaMember] public async void Fire() { await Task.Yield(); }", "TYCHO004", "Fire", "async");
    }

    [Fact]
    public void TaskPropertyIsReported()
    {
        AssertSkipped("[LuaMember] public Task<string> Pending { get; } = Task.FromResult(\"\");", "TYCHO004", "Pending", "async");
    }

    [Fact]
    public void RefAndOutParametersAreReported()
    {
        AssertSkipped("[LuaMember] public void Swap(ref int a, out int b) { b = a; }", "TYCHO002", "Swap", "ref or out");
    }

    [Fact]
    public void OpenGenericMethodIsReported()
    {
        AssertSkipped("[LuaMember] public T Echo<T>(T x) => x;", "TYCHO002", "Echo", "generic");
    }

    [Fact]
    public void PointerParameterIsReported()
    {
        AssertSkipped("[LuaMember] public unsafe int Peek(int* p) => *p;", "TYCHO002", "Peek", "pointer");
    }

    [Fact]
    public void PointerFieldIsReported()
    {
        AssertSkipped("[LuaMember] public unsafe int* Raw;", "TYCHO002", "Raw", "pointer");
    }

    [Fact]
    public void SpanParameterAndResultAreReported()
    {
        AssertSkipped("[LuaMember] public int Total(ReadOnlySpan<int> xs) => xs.Length;", "TYCHO002", "Total", "ref struct");
        AssertSkipped("[LuaMember] public Span<int> Buffer() => default;", "TYCHO002", "Buffer", "ref struct");
    }

    [Fact]
    public void InParameterIsBound()
    {
        var (diagnostics, generated, errors) = Run("[LuaMember] public double Half(in double x) => x / 2;");
        Assert.Empty(diagnostics);
        Assert.Empty(errors);
        Assert.Contains("self.Half(", generated);
    }

    [Fact]
    public void NullablePropertyIsOptional()
    {
        var (diagnostics, generated, errors) = Run("[LuaMember] public string? Label { get; set; }");
        Assert.Empty(diagnostics);
        Assert.Empty(errors);
        Assert.Contains("LuaHostCall.OptArg<string?>(ctx, ref next, default!)", generated);
    }
}
