using System.IO.Compression;
using System.Xml.Linq;
using Xunit;

namespace Tycho.Tests.Packaging;

/// <summary>
/// Issue #14, scope 3: Tycho ships as NuGet packages. Packs the runtime (package <c>Tycho</c>, with the [LuaType]
/// source generator inside) and the <c>tycho</c> .NET tool (package <c>Tycho.Cli</c>) into a folder feed, then uses
/// them as a user would: a fresh console project restores <c>Tycho</c> from the feed into an empty package cache, and
/// the tool is installed with <c>dotnet tool install</c>.
/// </summary>
[Collection(PackagingCollection.Name)]
public class PackageConsumerTests(PackagingWorkspace workspace)
{
    [Fact]
    public void TheRuntimePackageHoldsTheAssemblyDocsGeneratorReadmeAndLicence()
    {
        string nupkg = Path.Combine(workspace.Feed, $"Tycho.{workspace.Version}.nupkg");
        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("lib/net10.0/Tycho.Runtime.dll", entries);
        Assert.Contains("lib/net10.0/Tycho.Runtime.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/Tycho.Generators.dll", entries);
        Assert.Contains("PACKAGE.md", entries);
        Assert.Contains("LICENSE", entries);

        var nuspec = XDocument.Load(zip.GetEntry("Tycho.nuspec")!.Open());
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Meta(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        Assert.Equal("MIT", Meta("license"));
        Assert.Equal("PACKAGE.md", Meta("readme"));
        Assert.Contains("Lua 5.4", Meta("description"));
        Assert.Contains("lua", Meta("tags").Split(' '));
        Assert.Equal("git", metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("type")?.Value);
        // The generator and the analyzers it was built with stay out of the consumer's dependencies.
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");

        Assert.True(File.Exists(Path.Combine(workspace.Feed, $"Tycho.{workspace.Version}.snupkg")), "no symbol package");
    }

    [Fact]
    public void AConsoleAppReferencingThePackageRunsAGeneratedUserType()
    {
        string dir = Path.Combine(workspace.Root, "consumer");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="tycho-test-feed" value="{workspace.Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Tycho" Version="{workspace.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Counter.cs"), """
            using Tycho.Hosting;

            namespace Consumer;

            [LuaType("Counter")]
            public partial class Counter
            {
                [LuaMember] public long Count { get; private set; }
                [LuaMember] public Counter(long start) { Count = start; }
                [LuaMember] public long Add(long n) => Count += n;
            }
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using Tycho.Hosting;
            using Tycho.Runtime;

            using var lua = new LuaState();
            lua.RegisterType<Consumer.Counter>();
            lua.Globals["log"] = LuaFunction.Create((string s) => Console.WriteLine(s));
            var c = lua.DoString<Consumer.Counter>("local c = Counter.new(40) c:Add(2) log('count ' .. c.Count) return c");
            Console.WriteLine($"back in C#: {c.Count}");
            Console.WriteLine(lua.DoString<string>("return select(2, pcall(function() return Counter.new(1):Fly() end))"));
            """);

        var result = workspace.Dotnet(dir, workspace.IsolatedNuGet, "run", "-nodeReuse:false", "-p:UseSharedCompilation=false");

        Assert.Contains("count 42\n", result.Output);
        Assert.Contains("back in C#: 42\n", result.Output);
        Assert.Contains("'Counter' has no member 'Fly'", result.Output);
        // Restored from this run's feed, not from some other cache.
        Assert.True(Directory.Exists(Path.Combine(workspace.PackageCache, "tycho", workspace.Version)));
    }

    [Fact]
    public void TheToolInstallsATychoCommand()
    {
        string tools = Path.Combine(workspace.Root, "tools");
        workspace.Dotnet(workspace.Root, workspace.IsolatedNuGet, "tool", "install", "Tycho.Cli", "--tool-path", tools,
            "--add-source", workspace.Feed, "--version", workspace.Version);

        var result = DotnetCommand.Run(Path.Combine(tools, "tycho"), ["-e", "print(_VERSION, 6 * 7)"], workspace.Root,
            TimeSpan.FromMinutes(1));

        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}: {result.Errors}");
        Assert.Equal("Lua 5.4\t42\n", result.Output);
    }
}
