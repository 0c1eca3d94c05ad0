using Tycho.Hosting;
using Tycho.Runtime;

// Runs object_sizes.lua in a Tycho state whose counters are the .NET heap's, so the figures are what the
// objects really cost in managed memory (headers, the LuaValue arrays, any side objects), not the runtime's
// own memory accounting (collectgarbage("count")).
string script = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "object_sizes.lua");
using var lua = new LuaState();
lua.Globals["bytes_in_use"] = LuaFunction.Create(() => GC.GetTotalMemory(forceFullCollection: true), "bytes_in_use");
lua.Globals["bytes_allocated"] = LuaFunction.Create(() => GC.GetAllocatedBytesForCurrentThread(), "bytes_allocated");
lua.Globals["newuserdata"] = LuaFunction.Create(
    ctx => ctx.Return(LuaValue.FromObject(new LuaUserdata(null))), "newuserdata");
lua.DoFile(script);
