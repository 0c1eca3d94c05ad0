using Tycho.Tests.Infrastructure;
using Xunit;

namespace Tycho.Tests.Strings;

/// <summary>Every case of gen/cases.lua must give exactly the outcome lua5.4 gave.</summary>
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

    private static string Show(string s)
    {
        var sb = new System.Text.StringBuilder();
        foreach (char ch in s.Length > 300 ? s[..300] + "..." : s)
            sb.Append(ch < 32 || ch > 126 ? $"\\{(int)ch}" : ch.ToString());
        return sb.ToString();
    }
}
