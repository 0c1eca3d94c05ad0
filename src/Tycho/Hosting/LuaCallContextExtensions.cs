using Tycho.Runtime;

namespace Tycho.Hosting;

/// <summary>Host-facing members of <see cref="LuaCallContext"/>.</summary>
public static class LuaCallContextExtensions
{
    extension(in LuaCallContext context)
    {
        /// <summary>The state the call runs in.</summary>
        public LuaState State => LuaState.Of(context.Thread);
    }
}
