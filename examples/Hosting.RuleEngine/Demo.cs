using Tycho.Hosting;
using Tycho.Runtime;

namespace Hosting.RuleEngine;

/// <summary>An order to price.</summary>
public sealed record Order(string Customer, decimal Total, int Items, bool Member);

/// <summary>Business rules written in Lua and evaluated from C#: each rule is a Lua function taking an order
/// table and returning a discount (percent) and a reason. The hot loop uses the allocation-free call path.</summary>
public static class Demo
{
    public const string Rules = """
        rules = {}
        function rules.bulk(o) if o.items >= 10 then return 10, 'bulk order' end end
        function rules.member(o) if o.member then return 5, 'member' end end
        function rules.big_spender(o) if o.total > 1000 then return 7, 'over 1000' end end
        """;

    public static IReadOnlyList<(string Customer, long Discount, string Reasons)> Run(TextWriter output)
    {
        using var lua = new LuaState(new LuaStateOptions { Libraries = LuaLibraries.Base | LuaLibraries.String | LuaLibraries.Table });
        lua.DoString(Rules, "=rules");
        using var rules = lua.GetTable("rules");
        var orders = new[]
        {
            new Order("ana", 120m, 12, false),
            new Order("bo", 1500.5m, 1, true),
            new Order("cy", 20m, 1, false),
        };
        var results = new List<(string, long, string)>();
        Span<LuaValue> ruleResults = new LuaValue[2];
        foreach (var order in orders)
        {
            var t = LuaTable.Create();
            t["customer"] = order.Customer;
            t["total"] = LuaConvert.ToValue(order.Total);
            t["items"] = order.Items;
            t["member"] = order.Member;
            long discount = 0;
            var reasons = new List<string>();
            foreach (var (name, rule) in rules.Pairs())
            {
                lua.Call(rule, [t], ruleResults);
                if (ruleResults[0].IsNil) continue;
                discount += ruleResults[0].Get<long>();
                reasons.Add($"{name}: {ruleResults[1]}");
            }
            reasons.Sort(StringComparer.Ordinal);
            string why = string.Join(", ", reasons);
            output.WriteLine($"{order.Customer}: {discount}% ({(why.Length == 0 ? "no rule" : why)})");
            results.Add((order.Customer, discount, why));
        }
        return results;
    }
}
