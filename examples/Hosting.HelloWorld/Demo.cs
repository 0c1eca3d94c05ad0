using Tycho.Hosting;
using Tycho.Runtime;

namespace Hosting.HelloWorld;

/// <summary>The smallest useful embedding: run code, read results, expose a C# function, call Lua back.</summary>
public static class Demo
{
    public static void Run(TextWriter output)
    {
        var stdout = new MemoryStream();
        using (var lua = new LuaState(new LuaStateOptions { Output = stdout }))
        {
            // 1. Run a chunk and read its result as a .NET type.
            long sum = lua.DoString<long>("return 1 + 1");
            output.WriteLine($"1 + 1 = {sum}");

            // 2. Expose a C# lambda; arguments are converted (and checked) automatically.
            lua.Globals["greet"] = LuaFunction.Create((string name) => $"Hello, {name}!");
            output.WriteLine(lua.DoString<string>("return greet('world')"));

            // 3. Define a Lua function and call it from C#.
            lua.DoString("function area(w, h) return w * h end");
            using var area = lua.GetFunction("area");
            output.WriteLine($"area(3, 4) = {area.Call<long>(3, 4)}");

            // 4. Errors cross the boundary with Lua's message and position.
            try { lua.DoString("greet({})", "=hello"); }
            catch (LuaRuntimeException e) { output.WriteLine($"error: {e.Message}"); }

            // 5. print goes to the state's output stream.
            lua.DoString("print('printed from Lua')");
        }
        output.Write(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
    }
}
