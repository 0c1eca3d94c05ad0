using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Cli;

/// <summary>
/// lua.c's <c>docall</c> with its <c>msghandler</c>: chunks run under <c>xpcall</c> so the handler runs at the error
/// point, where a <c>__tostring</c> metamethod and the traceback see the stack the error left (manual §7).
/// The base functions are taken when the state opens, so a script that replaces <c>xpcall</c> or
/// <c>debug.traceback</c> does not change how its errors are reported.
/// </summary>
internal sealed class MessageHandler
{
    private readonly LuaState _state;
    private readonly LuaValue _xpcall;
    private readonly LuaValue _traceback;
    private readonly LuaValue _handler;

    /// <summary>Takes <c>xpcall</c> and <c>debug.traceback</c> from the fresh <paramref name="state"/>. Under Tycho's
    /// own limits (<paramref name="limited"/>) chunks run unprotected instead: xpcall would turn a fired limit into a
    /// plain error value and lose its position, and the limit's one-line report needs the exception.</summary>
    public MessageHandler(LuaState state, bool limited)
    {
        _state = state;
        _xpcall = limited ? LuaValue.Nil : state.Globals.GetStr(LuaString.From("xpcall"));
        _traceback = state.Globals.GetStr(LuaString.From("debug")).AsTable is LuaTable debug
            ? debug.GetStr(LuaString.From("traceback"))
            : LuaValue.Nil;
        _handler = LuaValue.FromObject(new LuaHostFunction("msghandler", Handle));
    }

    /// <summary>Calls <paramref name="f"/>; returns null on success, else the handler's message (with traceback).</summary>
    public LuaValue? Call(LuaValue f, ReadOnlySpan<LuaValue> args)
    {
        if (_xpcall.IsNil)
        {
            _state.Call(f, args);
            return null;
        }
        var all = new LuaValue[args.Length + 2];
        all[0] = f;
        all[1] = _handler;
        args.CopyTo(all.AsSpan(2));
        var results = _state.Call(_xpcall, all);
        if (results.Length > 0 && results[0].IsTruthy) return null;
        return results.Length > 1 ? results[1] : LuaValue.Nil;
    }

    /// <summary>msghandler: a non-string error object with <c>__tostring</c> is its own message (no traceback);
    /// any other is described by its type; then the traceback from the level that raised the error.</summary>
    private int Handle(LuaCallContext ctx)
    {
        LuaValue msg = ctx[1];
        if (!msg.IsString && !msg.IsNumber)
        {
            var mt = _state.GetMetatable(msg);
            var tostring = mt is null ? LuaValue.Nil : mt.GetStr(LuaString.From("__tostring"));
            if (!tostring.IsNil)
            {
                var text = ctx.Call(tostring, msg);
                if (text.Length > 0 && text[0].IsString) return ctx.Return(text[0]);
            }
            msg = LuaValue.FromString($"(error object is a {msg.TypeName} value)");
        }
        if (_traceback.IsNil) return ctx.Return(msg);
        // Level 1 of debug.traceback is this handler; 2 is the function that raised the error.
        var traced = ctx.Call(_traceback, msg, LuaValue.FromInteger(2));
        return ctx.Return(traced.Length > 0 ? traced[0] : msg);
    }
}
