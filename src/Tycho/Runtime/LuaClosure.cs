using Tycho.Runtime.Gc;

namespace Tycho.Runtime;

/// <summary>A Lua closure: a prototype with its captured upvalues (manual §3.4.11).</summary>
public sealed class LuaClosure : LuaFunction
{
    /// <summary>The compiled function.</summary>
    internal Prototype Proto { get; }
    internal readonly UpValue[] UpValues;
    // The prototype's code and constants, copied so that entering a frame is one load from the closure instead
    // of two (closure -> prototype -> array): the dispatch loop reloads them on every call and return.
    internal readonly uint[] Code;
    internal readonly LuaValue[] Constants;

    internal LuaClosure(Prototype proto, UpValue[] upValues)
    {
        var account = MemoryAccount.Current;   // see MemoryAccount
        if (account is not null) { account.Charge(MemorySizes.Closure(upValues.Length)); Owner = account.Owner; }
        Proto = proto; UpValues = upValues; Code = proto.Code; Constants = proto.Constants;
    }

    /// <summary>OP_CLOSURE's constructor: charges the running thread's <paramref name="account"/> directly (cheaper
    /// than the thread-static lookup).</summary>
    internal LuaClosure(Prototype proto, UpValue[] upValues, MemoryAccount account)
    {
        account.Charge(MemorySizes.Closure(upValues.Length));
        Owner = account.Owner;
        Proto = proto; UpValues = upValues; Code = proto.Code; Constants = proto.Constants;
    }

    internal LuaClosure(Prototype proto) : this(proto, proto.Upvalues.Length == 0 ? Array.Empty<UpValue>() : new UpValue[proto.Upvalues.Length]) { }
}
