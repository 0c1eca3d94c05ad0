using Tycho.Hosting;
using Tycho.Runtime;

namespace Hosting.Scheduler;

/// <summary>
/// A C# round-robin scheduler driving Lua coroutines: the task script is precompiled once to a binary chunk
/// (<c>LuaFunction.Dump</c>) and loaded from it (<see cref="LuaState.Load(ReadOnlySpan{byte}, string, LuaChunkMode, LuaTable?)"/>),
/// each task is a coroutine (<see cref="LuaState.CreateThread"/>) resumed in turn until it finishes or fails, and
/// the collector is held during the run and driven by the host at the end (<see cref="LuaState.Gc"/>).
/// </summary>
public static class Demo
{
    public const string Script = """
        -- worker(name, steps): one unit of work per resume; each step leaves a scratch table behind as garbage
        local function worker(name, steps)
          local sum = 0
          for i = 1, steps do
            local scratch = {}
            for j = 1, 500 do scratch[j] = name .. j end
            sum = sum + i
            coroutine.yield(name .. ' step ' .. i)
          end
          if name == 'faulty' then error(name .. ' gave up after ' .. steps .. ' steps') end
          return name .. ' done, sum=' .. sum
        end
        return worker
        """;

    /// <summary>What the run produced: the chunk size, the log of the scheduler, and the memory count around the collection.</summary>
    public sealed record Report(int ChunkBytes, IReadOnlyList<string> Log, double KilobytesBefore, double KilobytesAfter);

    public static Report Run(TextWriter output)
    {
        // Build step: compile the script and keep only its binary chunk (what a game would ship).
        byte[] chunk;
        using (var compiler = new LuaState()) chunk = compiler.Load(Script, "=tasks").Dump();
        output.WriteLine($"precompiled tasks: {chunk.Length} bytes");

        // Run step: a state with a budget for every resume; binary chunks only, so no source text is accepted.
        using var lua = new LuaState(new LuaStateOptions { InstructionLimit = 1_000_000 });
        var worker = (LuaFunction)lua.Call(lua.Load(chunk, "=tasks", LuaChunkMode.Binary))[0].AsObject!;

        var log = new List<string>();
        void Log(string line) { log.Add(line); output.WriteLine(line); }

        var tasks = new Queue<(string Name, LuaCoroutine Co, LuaValue[] Args)>();
        foreach (var (name, steps) in new[] { ("alpha", 3L), ("beta", 2L), ("faulty", 2L), ("gamma", 4L) })
            tasks.Enqueue((name, lua.CreateThread(worker), new LuaValue[] { name, steps }));

        lua.Gc.Stop();   // no automatic cycles while the tasks run: the host collects when it suits it
        while (tasks.Count > 0)
        {
            var (name, co, args) = tasks.Dequeue();
            try
            {
                var yielded = co.Resume(args);   // the first resume passes the body's arguments
                if (co.Status == LuaCoroutineStatus.Dead)
                {
                    Log($"{name} finished: {yielded[0]}");
                    co.Dispose();
                    continue;
                }
                Log($"[{name}] {yielded[0]}");
                tasks.Enqueue((name, co, Array.Empty<LuaValue>()));
            }
            catch (LuaRuntimeException e)
            {
                Log($"{name} failed: {e.Message}");
                co.Dispose();
            }
        }

        double before = lua.Gc.Count;
        lua.Gc.Collect();
        double after = lua.Gc.Count;
        lua.Gc.Restart();
        output.WriteLine($"memory: {before:F0} KB before collect, {after:F0} KB after");
        return new Report(chunk.Length, log, before, after);
    }
}
