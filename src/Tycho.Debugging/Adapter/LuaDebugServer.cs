using System.Net;
using System.Net.Sockets;
using Tycho.Hosting;
using Tycho.Runtime;

namespace Tycho.Debugging;

/// <summary>
/// Exposes a state your application runs to a DAP client (VS Code's <c>attach</c> configuration with
/// <c>debugServer</c>, nvim-dap, ...) on a loopback TCP port. One client at a time attaches; while it is attached,
/// the state stops at its breakpoints, errors and pause requests, blocking the thread that runs the Lua code (the
/// client then inspects and steps it); when it detaches, the state runs on undisturbed. Nothing is reachable from
/// other machines: the port listens on the loopback address only.
/// </summary>
/// <remarks>
/// The server installs a host hook on the state (<see cref="LuaState.SetHook(LuaHookMask, int, LuaHookHandler?)"/>)
/// that costs nothing measurable while no client is attached; all inspection runs on the thread that runs the
/// state's Lua code, inside that hook, so the state stays single-threaded.
/// </remarks>
public sealed class LuaDebugServer : IDisposable
{
    private readonly LuaState _state;
    private readonly TcpListener _listener;
    private readonly Thread _acceptThread;
    private readonly LuaHookHandler _hook;
    private volatile DebugEngine? _engine;
    private volatile TcpClient? _client;
    private volatile bool _disposed, _removeHook;
    private LuaHookMask _mask;   // Lua thread only

    private LuaDebugServer(LuaState state, TcpListener listener)
    {
        _state = state;
        _listener = listener;
        _hook = OnHook;
        _acceptThread = new Thread(AcceptClients) { Name = "tycho debug server", IsBackground = true };
    }

    /// <summary>The TCP port clients connect to (on 127.0.0.1).</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>
    /// Starts listening for a debugger on 127.0.0.1:<paramref name="port"/> (0: a free port, see <see cref="Port"/>).
    /// Call it on the thread that owns <paramref name="state"/>, while no Lua code runs in it (it installs the
    /// state's host hook). Dispose the server to stop listening and detach.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="port"/> is not 0..65535.</exception>
    /// <exception cref="SocketException">The port is in use.</exception>
    /// <exception cref="LuaConcurrentUseException">Another thread is running the state.</exception>
    public static LuaDebugServer Start(LuaState state, int port = 0)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        var server = new LuaDebugServer(state, listener);
        try
        {
            state.SetHook(LuaHookMask.None, 0, server._hook);
        }
        catch
        {
            listener.Stop();
            throw;
        }
        server._acceptThread.Start();
        return server;
    }

    private void AcceptClients()
    {
        while (!_disposed)
        {
            TcpClient client;
            try { client = _listener.AcceptTcpClient(); }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException) { return; }
            _client = client;
            try
            {
                client.NoDelay = true;
                using var stream = client.GetStream();
                using var session = new DapSession(new DapConnection(stream, stream), Attach);
                session.Run();
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException) { }
            finally
            {
                Detach();
                client.Dispose();
                _client = null;
            }
        }
    }

    /// <summary>A client attached: its engine takes the hook over at the state's next safepoint (a pause request
    /// wakes the hook, which then turns the line and error events on).</summary>
    private DebugEngine Attach(DapConnection connection)
    {
        var engine = new DebugEngine(_state, connection);
        _engine = engine;
        _state.RequestPause();
        return engine;
    }

    private void Detach()
    {
        var engine = _engine;
        _engine = null;
        if (engine is null) return;
        engine.Disable();
        _state.RequestPause();   // the hook turns its events off at the next safepoint
    }

    /// <summary>The state's host hook: keeps the hook's events to what the attached engine needs (none when no client
    /// is attached), then lets the engine handle the event.</summary>
    private void OnHook(LuaThread thread, in LuaHookEventArgs e)
    {
        if (_removeHook)
        {
            _state.SetHook(LuaHookMask.None, 0, null);
            return;
        }
        var engine = _engine;
        var wanted = engine is { IsActive: true } ? DebugEngine.Mask : LuaHookMask.None;
        if (wanted != _mask)
        {
            _mask = wanted;
            _state.SetHook(wanted, 0, _hook);
        }
        engine?.OnHook(thread, e);
    }

    /// <summary>Stops listening, disconnects the client (a stopped state resumes) and removes the hook (at once when
    /// the state is idle, else at its next safepoint).</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _listener.Stop();
        _client?.Dispose();
        Detach();
        _acceptThread.Join(TimeSpan.FromSeconds(5));
        try
        {
            _state.SetHook(LuaHookMask.None, 0, null);
        }
        catch (Exception e) when (e is LuaConcurrentUseException or ObjectDisposedException)
        {
            _removeHook = true;
            if (!_state.IsDisposed) _state.RequestPause();
        }
    }
}
