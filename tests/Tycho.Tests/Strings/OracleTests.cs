using System.Diagnostics;
using System.Text;
using Tycho.Tests.Infrastructure;
using Xunit;

namespace Tycho.Tests.Strings;

/// <summary>Every case of gen/cases.lua must give exactly the outcome the reference interpreter gave.</summary>
public class OracleTests
{
    public static IEnumerable<object[]> Groups() =>
        OracleCases.All.Select(c => c.Lib + "." + c.Name).Distinct().Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(Groups))]
    public void MatchesLua54(string function)
    {
        var h = new LibHarness(LuaLibraries.String | LuaLibraries.Utf8);
        var failures = new List<string>();
        foreach (var c in OracleCases.All.Where(c => c.Lib + "." + c.Name == function))
        {
            string actual = h.Outcome(c.Lib, c.Name, c.Args);
            if (actual != c.Expected)
                failures.Add($"{function}({c.Source})\n   expected {Show(c.Expected)}\n   actual   {Show(actual)}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>OracleCases.g.cs is what gen/gen.lua prints under Lua 5.4.8 today: no expected outcome was edited by
    /// hand or left from an older oracle, and cases.lua has no case missing from it.</summary>
    [SkippableFact]
    public void GeneratedCasesAreTheOraclesOutput()
    {
        string lua = Oracles.Lua.Require();
        string strings = Path.Combine(RepoPaths.Root, "tests", "Tycho.Tests", "Strings");
        var psi = new ProcessStartInfo(lua, ["gen.lua"])
        {
            WorkingDirectory = Path.Combine(strings, "gen"), UseShellExecute = false,
            RedirectStandardOutput = true, RedirectStandardError = true,
            StandardOutputEncoding = Encoding.Latin1, StandardErrorEncoding = Encoding.Latin1,
        };
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        string generated = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, "gen.lua failed: " + stderr.Result);
        string committed = File.ReadAllText(Path.Combine(strings, "OracleCases.g.cs"), Encoding.Latin1);
        Assert.True(generated.ReplaceLineEndings("\n") == committed.ReplaceLineEndings("\n"),
            "OracleCases.g.cs is not what gen/gen.lua prints under Lua " + Oracles.Version + ": regenerate it (see gen/gen.lua)");
    }

    private static string Show(string s)
    {
        var sb = new System.Text.StringBuilder();
        foreach (char ch in s.Length > 300 ? s[..300] + "..." : s)
            sb.Append(ch < 32 || ch > 126 ? $"\\{(int)ch}" : ch.ToString());
        return sb.ToString();
    }
}
