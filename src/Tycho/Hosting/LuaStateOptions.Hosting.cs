using Tycho.Runtime;

namespace Tycho.Hosting;

// Embedding options (the original ones are in Runtime/LuaState.cs).
public sealed partial class LuaStateOptions
{
    /// <summary>What the libraries take from the machine (files, standard streams, environment, processes, clock,
    /// random seed): <see cref="LuaPlatform.Host"/> when null, <see cref="LuaPlatform.Deny"/> in
    /// <see cref="LuaPresets.Safe"/>, or your own <see cref="ILuaPlatform"/> serving them virtually.</summary>
    public ILuaPlatform? Platform { get; init; }

    /// <summary>Where <see cref="LuaState.DoFile(string)"/>, <see cref="LuaState.LoadFile"/>, Lua's <c>dofile</c> and
    /// <c>loadfile</c> and <c>require</c>'s host searcher read Lua files: memory (<see cref="InMemoryLuaFileSystem"/>), embedded resources
    /// (<see cref="EmbeddedResourceLuaFileSystem"/>), a directory (<see cref="PhysicalLuaFileSystem"/>) or your own.
    /// Null: they read through <see cref="Platform"/> and <c>require</c> uses only <c>package.path</c>.</summary>
    public ILuaFileSystem? FileSystem { get; init; }

    /// <summary>Templates the host searcher tries in <see cref="FileSystem"/> for <c>require("a.b")</c>, with <c>?</c>
    /// replaced by <c>a/b</c> (manual §6.3 <c>package.searchpath</c> rules). Default: <c>?.lua</c> and <c>?/init.lua</c>.</summary>
    public IReadOnlyList<string> ModuleSearchPaths { get; init; } = new[] { "?.lua", "?/init.lua" };

    /// <summary>Maximum bytes of Lua objects (strings, tables, functions, userdata, coroutine stacks), as estimated by
    /// the state's accounting (<see cref="LuaState.MemoryInUse"/>); null or 0 for no limit. An allocation that would
    /// pass it first runs a full collection (garbage never counts), then raises Lua's <c>not enough memory</c> error
    /// (<see cref="LuaMemoryException"/>) before allocating; a <c>pcall</c> catching it gets a cleanup grace, then it
    /// fires again at every safepoint and reaches the host, like the other limits. Can be changed later through
    /// <see cref="LuaState.MemoryLimit"/>.</summary>
    public long? MemoryLimit { get; init; }

    /// <summary>Maximum VM instructions per top-level call (DoString, Call, ...; an async run counts as one call).
    /// Counted at safepoints: a backward jump charges the length of the loop body, a call or return charges 1, and
    /// library functions charge for their work (bytes copied, elements sorted, pattern-matching steps). Exceeding it
    /// raises the Lua error <c>instruction limit exceeded</c> and the host gets a <see cref="LuaLimitException"/>.
    /// Null: no limit.</summary>
    public long? InstructionLimit { get; init; }

    /// <summary>Custom conversions (<see cref="ILuaConverter{T}"/>) for .NET types the built-in rules of
    /// <see cref="LuaConvert"/> do not handle: <c>options.Converters.Add(new Vector2Converter())</c> or
    /// <c>new LuaStateOptions { Converters = { new Vector2Converter() } }</c>. Read-only once a state has used it.</summary>
    public LuaConverterCollection Converters { get; } = new();
}
