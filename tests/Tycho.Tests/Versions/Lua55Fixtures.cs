using System.Text;
using Tycho.Tests.Infrastructure;
using Xunit;

namespace Tycho.Tests.Versions;

/// <summary>
/// The Lua 5.5 profile's fixtures, tests/versions/lua55/AREA/NAME.lua, whose NAME.expected is what the 5.5.0 oracle
/// prints (tests/versions/lua55/regen.sh writes them; never by hand). Each runs in-process in a state of
/// <see cref="LuaLanguageVersion.Lua55"/> with chunk name <c>@NAME.lua</c>, and its standard output must be the
/// oracle's byte for byte. The fixtures print what they test, errors included (through pcall and load).
/// </summary>
internal static class Lua55Fixtures
{
    /// <summary>The fixture folder.</summary>
    public static string Dir => Path.Combine(RepoPaths.Root, "tests", "versions", "lua55");

    /// <summary>The fixtures of <paramref name="area"/>, by name, for a theory.</summary>
    public static IEnumerable<object[]> Of(string area) =>
        Directory.GetFiles(Path.Combine(Dir, area), "*.lua").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    /// <summary>Runs fixture <paramref name="name"/> of <paramref name="area"/> and compares its output.</summary>
    public static void Check(string area, string name)
    {
        string path = Path.Combine(Dir, area, name + ".lua");
        byte[] expected = File.ReadAllBytes(Path.ChangeExtension(path, ".expected"));
        byte[] actual = Run(path);
        Assert.Equal(Encoding.Latin1.GetString(expected), Encoding.Latin1.GetString(actual));
    }

    private static byte[] Run(string path)
    {
        var stdout = new MemoryStream();
        byte[]? result = null;
        Exception? crash = null;
        // The fixtures nest deeply on purpose (message handlers down to the C-stack limit): a big stack.
        var thread = new Thread(() =>
        {
            try
            {
                using var state = new LuaState(new LuaStateOptions
                {
                    LanguageVersion = LuaLanguageVersion.Lua55,
                    Output = stdout, ErrorOutput = new MemoryStream(), Input = new MemoryStream(),
                });
                state.Call(state.Load(File.ReadAllBytes(path), "@" + Path.GetFileName(path)));
                state.StandardOutput.Flush();
                result = stdout.ToArray();
            }
            catch (Exception e) { crash = e; }
        }, 64 * 1024 * 1024);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(120)), path + " did not finish");
        if (crash is not null) throw new InvalidOperationException(Path.GetFileName(path) + " failed: " + crash.Message, crash);
        return result!;
    }
}
