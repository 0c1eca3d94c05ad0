using System.Text;
using Xunit;

namespace Tycho.Tests.Platform;

/// <summary>The platform's standard streams open when a state first uses them, not when it is created (each
/// costs the host a descriptor <c>dup</c>); what the script reads and writes is unchanged.</summary>
public class StandardStreamTests
{
    /// <summary>Memory streams for stdin/stdout/stderr, counting how often each is opened.</summary>
    private sealed class CountingPlatform : DenyLuaPlatform
    {
        public readonly MemoryStream Input = new(Encoding.UTF8.GetBytes("typed line\n"));
        public readonly MemoryStream Output = new(), Error = new();
        public int InputOpens, OutputOpens, ErrorOpens;
        public override Stream OpenStandardInput() { InputOpens++; return Input; }
        public override Stream OpenStandardOutput() { OutputOpens++; return Output; }
        public override Stream OpenStandardError() { ErrorOpens++; return Error; }
    }

    [Fact]
    public void A_new_state_opens_no_standard_stream()
    {
        var platform = new CountingPlatform();
        using (var lua = new LuaState(new LuaStateOptions { Platform = platform }))
            lua.DoString("local x = io.stdin, io.stdout, io.stderr");   // the io library holds them unopened
        // Disposing flushes standard output only if it was opened.
        Assert.Equal((0, 0, 0), (platform.InputOpens, platform.OutputOpens, platform.ErrorOpens));
    }

    [Fact]
    public void Each_stream_opens_once_at_its_first_use()
    {
        var platform = new CountingPlatform();
        using var lua = new LuaState(new LuaStateOptions { Platform = platform });
        lua.DoString("print('out') io.write('more')");
        Assert.Equal((0, 1, 0), (platform.InputOpens, platform.OutputOpens, platform.ErrorOpens));
        Assert.Equal("typed line", lua.DoString<string>("return io.read('l')"));
        lua.DoString("io.stderr:write('err') warn('@on') warn('w')");
        Assert.Equal((1, 1, 1), (platform.InputOpens, platform.OutputOpens, platform.ErrorOpens));
        lua.StandardOutput.Flush();
        Assert.Equal("out\nmore", Encoding.UTF8.GetString(platform.Output.ToArray()));
        Assert.Equal("errLua warning: w\n", Encoding.UTF8.GetString(platform.Error.ToArray()));
    }

    [Fact]
    public void The_state_s_stream_properties_give_the_platform_s_streams()
    {
        var platform = new CountingPlatform();
        using var lua = new LuaState(new LuaStateOptions { Platform = platform });
        Assert.Same(platform.Input, lua.StandardInput);
        Assert.Same(platform.Output, lua.StandardOutput);
        Assert.Same(platform.Error, lua.StandardError);
        Assert.Equal((1, 1, 1), (platform.InputOpens, platform.OutputOpens, platform.ErrorOpens));
    }
}
