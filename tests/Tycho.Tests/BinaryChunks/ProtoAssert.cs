using Xunit;

namespace Tycho.Tests.BinaryChunks;

/// <summary>Field-by-field comparison of prototype trees (floats by their bits).</summary>
internal static class ProtoAssert
{
    /// <summary>Asserts <paramref name="actual"/> equals <paramref name="expected"/>; when <paramref name="stripped"/>,
    /// expects the debug information to be gone instead.</summary>
    public static void Same(Prototype expected, Prototype actual, bool stripped, string path = "main")
    {
        Assert.True(expected.Code.AsSpan().SequenceEqual(actual.Code), path + ": code");
        Assert.Equal(expected.Constants.Length, actual.Constants.Length);
        for (int i = 0; i < expected.Constants.Length; i++)
        {
            LuaValue e = expected.Constants[i], a = actual.Constants[i];
            Assert.Equal(e.Type, a.Type);
            Assert.Equal(e.IsInteger, a.IsInteger);
            if (e.IsString) Assert.True(e.AsString!.Span.SequenceEqual(a.AsString!.Span), $"{path}: constant {i}");
            else if (e.IsNumber || e.IsBoolean) Assert.Equal(e.RawInteger, a.RawInteger);
        }
        Assert.Equal(expected.NumParams, actual.NumParams);
        Assert.Equal(expected.IsVararg, actual.IsVararg);
        Assert.Equal(expected.MaxStackSize, actual.MaxStackSize);
        Assert.Equal(expected.LineDefined, actual.LineDefined);
        Assert.Equal(expected.LastLineDefined, actual.LastLineDefined);
        Assert.Equal(expected.Upvalues.Length, actual.Upvalues.Length);
        for (int i = 0; i < expected.Upvalues.Length; i++)
        {
            var e = expected.Upvalues[i];
            Assert.Equal(stripped ? e with { Name = null } : e, actual.Upvalues[i]);
        }
        if (stripped)
        {
            Assert.Equal("=?", actual.Source);
            Assert.Empty(actual.LineInfo);
            Assert.Empty(actual.LocalVars);
        }
        else
        {
            Assert.Equal(expected.Source, actual.Source);
            Assert.Equal(expected.LineInfo, actual.LineInfo);
            Assert.Equal(expected.LocalVars, actual.LocalVars);
        }
        Assert.Equal(expected.Protos.Length, actual.Protos.Length);
        for (int i = 0; i < expected.Protos.Length; i++) Same(expected.Protos[i], actual.Protos[i], stripped, path + "/" + i);
    }
}
