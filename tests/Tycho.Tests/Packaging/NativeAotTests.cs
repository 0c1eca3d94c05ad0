using Tycho.Tests.Infrastructure;
using Xunit;

namespace Tycho.Tests.Packaging;

/// <summary>
/// Issue #14, scope 4: a host publishes with NativeAOT. Publishes examples/Hosting.NativeAot (a generated user type,
/// a host function, a script) as a native executable and checks that it prints what the same code prints under the
/// JIT. Needs the platform's C toolchain (clang or gcc), which NativeAOT links with; without it the test is Skipped.
/// </summary>
[Collection(PackagingCollection.Name)]
public class NativeAotTests(PackagingWorkspace workspace)
{
    private static string Project => Path.Combine(RepoPaths.ExamplesDir, "Hosting.NativeAot", "Hosting.NativeAot.csproj");

    [Fact]
    public void TheExampleRunsUnderTheJit()
    {
        var output = new StringWriter();
        var thermostat = global::Hosting.NativeAot.Demo.Run(output);
        Assert.Equal(21.5, thermostat.Target);
        Assert.Equal(Expected, output.ToString().Replace("\r\n", "\n"));
    }

    [SkippableFact]
    public void ThePublishedNativeExecutablePrintsTheSame()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "the test drives the Unix toolchain");
        string? linker = DotnetCommand.FindOnPath("clang", "gcc", "cc");
        Skip.If(linker is null, "NativeAOT links with the platform's C compiler, and neither clang nor gcc is on PATH");
        string output = Path.Combine(workspace.Root, "native-example");

        workspace.Dotnet(RepoPaths.Root, null, "publish", Project, "-c", "Release", "-p:PublishAot=true", "-o", output,
            "--artifacts-path", workspace.Artifacts, "-nodeReuse:false", "-p:UseSharedCompilation=false");

        // Native: one executable, no IL assembly of the example beside it to be run by a JIT.
        Assert.False(File.Exists(Path.Combine(output, "Hosting.NativeAot.dll")), "published IL, not a native executable");
        var result = DotnetCommand.Run(Path.Combine(output, "Hosting.NativeAot"), [], output, TimeSpan.FromMinutes(1),
            new Dictionary<string, string> { ["DOTNET_ROOT"] = "/nonexistent" });
        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}: {result.Errors}");
        Assert.Equal("", result.Errors);
        Assert.Equal(Expected, result.Output);
    }

    /// <summary>The example's output: the generated binding, a host exception caught by pcall with its message (the
    /// runtime tells a host's exception from its own by stack frames, which NativeAOT must still provide), deep Lua
    /// recursion, recursion through the host's stack ending in Lua's error rather than a crash (the stack probe works
    /// on a NativeAOT main thread too), and number formatting.</summary>
    private const string Expected = """
        kitchen: 21.5 °C
        caught: thermostat:4: 99 °C is out of range (Parameter 'celsius')
        recursion depth 100000
        through the host: C stack overflow
        Lua 5.4 9007199254740992 3.142
        back in C#: kitchen: 21.5 °C

        """;
}
