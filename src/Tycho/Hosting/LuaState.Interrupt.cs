namespace Tycho.Hosting;

public sealed partial class LuaState
{
    /// <summary>
    /// Interrupts the running script from another thread, as the standalone interpreter does on Ctrl-C (manual §7):
    /// the safepoint of a Lua function that ends the running budget slice (within ~10k instructions) raises the error
    /// "interrupted!", which <c>pcall</c> can catch. A host function that is running finishes first. Safe to call
    /// from any thread, including a signal handler.
    /// </summary>
    public void Interrupt() => Core.RequestInterrupt();
}
