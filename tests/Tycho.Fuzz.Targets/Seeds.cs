namespace Tycho.Fuzz.Targets;

/// <summary>Seed programs: the repository's Lua files when the binaries sit inside it, else a built-in few.</summary>
internal static class Seeds
{
    private static readonly Lazy<byte[][]> LazyText = new(LoadText);

    /// <summary>Small programs that touch most of the language; the binary target dumps these.</summary>
    public static readonly string[] BuiltIn =
    [
        "local t = {} for i = 1, 10 do t[i] = i * 2 end return #t",
        "local function f(...) local a, b = ... return select('#', ...), a, b end return f(1, 2, 3)",
        "local s = 0 for k, v in pairs({a = 1, b = 2, 3}) do s = s + v end return s",
        "local mt = {__index = function(t, k) return k end, __add = function(a, b) return 1 end} local o = setmetatable({}, mt) return o.x, o + o",
        "local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return b * 2 end) return co(1), co(2)",
        "local x <close> = setmetatable({}, {__close = function() end}) local y <const> = 3 return y",
        "local t = {1, 2, 3, table.unpack({4, 5, 6})} return table.concat(t, ',')",
        "local s = ('abc'):rep(3) return s:upper(), s:find('b'), s:gsub('a', 'x'), #s .. 'z'",
        "local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end return fib(10)",
        "local a, b = 7, 3 return a // b, a % b, a / b, a ^ b, a & b, a | b, a ~ b, a << b, a >> b, -a, ~a, not a",
        "local i = 0 while i < 10 do i = i + 1 if i == 5 then goto done end end ::done:: return i",
        "local f = 0.5 for x = 1.0, 3.0, f do f = x end repeat f = f - 1 until f < 0 return f",
        "local up = 1 local function g() up = up + 1 return function() return up end end return g()()",
        "return pcall(error, {code = 1}), string.format('%d %s %q', 1, 'x', 'y')",
        "local t = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, v * 2) end}) t.a = 1 return t.a, t == t, t ~= {}",
        "local s = '' for w in ('a b c'):gmatch('%a') do s = s .. w end return s, 1 < 2, 'a' <= 'b'",
    ];

    /// <summary>Every seed as bytes.</summary>
    public static byte[][] Text => LazyText.Value;

    private static byte[][] LoadText()
    {
        var seeds = BuiltIn.Select(System.Text.Encoding.UTF8.GetBytes).ToList();
        string? root = FindRepositoryRoot();
        if (root is not null)
        {
            foreach (string dir in new[] { "tests/conformance", "examples", "tests/hostile" })
            {
                string full = Path.Combine(root, dir);
                if (!Directory.Exists(full)) continue;
                foreach (string f in Directory.GetFiles(full, "*.lua", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var bytes = File.ReadAllBytes(f);
                    if (bytes.Length <= 16 * 1024) seeds.Add(bytes);
                }
            }
        }
        return seeds.ToArray();
    }

    private static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "tests", "conformance"))) return dir.FullName;
        return null;
    }
}
