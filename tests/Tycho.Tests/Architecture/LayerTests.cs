using System.Reflection;
using NetArchTest.Rules;
using Tycho.Tests.Infrastructure;
using Xunit;

namespace Tycho.Tests.Architecture;

/// <summary>
/// The runtime assembly's layers only point down (README, "Layout"): Runtime at the bottom (values, VM, GC,
/// limits, platform), Syntax and Compiler on top of it (they produce the runtime's prototypes), Library on the
/// runtime and compiler, Hosting (the public embedding API) on everything. A reference from a lower layer to a
/// higher one fails here.
/// </summary>
public sealed class LayerTests
{
    private static readonly Assembly Runtime = typeof(LuaState).Assembly;

    public static TheoryData<string, string[]> Forbidden => new()
    {
        { "Tycho.Runtime", new[] { "Tycho.Syntax", "Tycho.Compiler", "Tycho.Library", "Tycho.Hosting" } },
        { "Tycho.Syntax", new[] { "Tycho.Compiler", "Tycho.Library", "Tycho.Hosting" } },
        { "Tycho.Compiler", new[] { "Tycho.Library", "Tycho.Hosting" } },
        { "Tycho.Library", new[] { "Tycho.Hosting" } },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void LowerLayersDoNotReferenceHigherOnes(string layer, string[] higher)
    {
        Assert.NotEmpty(Types.InAssembly(Runtime).That().ResideInNamespace(layer).GetTypes());
        var result = Types.InAssembly(Runtime).That().ResideInNamespace(layer)
            .ShouldNot().HaveDependencyOnAny(higher).GetResult();
        Assert.True(result.IsSuccessful,
            $"{layer} references a higher layer from: " + string.Join(", ", result.FailingTypeNames ?? Array.Empty<string>()));
    }

    [Fact]
    public void EveryTypeLivesInALayer()
    {
        string[] layers = { "Tycho.Runtime", "Tycho.Syntax", "Tycho.Compiler", "Tycho.Library", "Tycho.Hosting" };
        var stray = Runtime.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("Tycho", StringComparison.Ordinal))
            .Where(t => !layers.Any(l => t.Namespace == l || t.Namespace!.StartsWith(l + ".", StringComparison.Ordinal)))
            .Select(t => t.FullName).ToList();
        Assert.Empty(stray);
    }

    [Theory]
    [InlineData("Tycho.Syntax")]
    [InlineData("Tycho.Compiler")]
    public void TheFrontEndIsInternal(string layer)
    {
        Assert.NotEmpty(Types.InAssembly(Runtime).That().ResideInNamespace(layer).GetTypes());
        var result = Types.InAssembly(Runtime).That().ResideInNamespace(layer).Should().NotBePublic().GetResult();
        Assert.True(result.IsSuccessful, "public: " + string.Join(", ", result.FailingTypeNames ?? Array.Empty<string>()));
    }

    /// <summary>Namespaces follow the folders: src/Tycho/Runtime/Gc/X.cs declares <c>namespace Tycho.Runtime.Gc</c>.</summary>
    [Fact]
    public void NamespacesFollowFolders()
    {
        string root = Path.Combine(RepoPaths.Root, "src", "Tycho");
        var wrong = new List<string>();
        foreach (string file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            string rel = Path.GetRelativePath(root, file);
            if (rel.StartsWith("obj", StringComparison.Ordinal) || rel.StartsWith("bin", StringComparison.Ordinal)) continue;
            string? folder = Path.GetDirectoryName(rel);
            string expected = "namespace Tycho." + folder!.Replace(Path.DirectorySeparatorChar, '.') + ";";
            if (!File.ReadLines(file).Any(l => l == expected)) wrong.Add(rel);
        }
        Assert.Empty(wrong);
    }
}
