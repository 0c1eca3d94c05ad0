using System.Text;
using System.Text.Json.Nodes;

namespace Tycho.Debugging;

/// <summary>
/// One end of a Debug Adapter Protocol conversation over a pair of streams: messages are JSON objects, each preceded
/// by a <c>Content-Length: N\r\n\r\n</c> header (the DAP "base protocol"). Reading happens on one thread (the
/// session's); sending may happen from any thread (the Lua thread sends events), so writes are serialized.
/// </summary>
internal sealed class DapConnection
{
    private const int MaxMessageBytes = 64 << 20;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly object _writeLock = new();
    private int _seq;
    private bool _broken;

    public DapConnection(Stream input, Stream output)
    {
        _input = input;
        _output = output;
    }

    /// <summary>Reads the next message; null at the end of the input (the client went away).</summary>
    public JsonObject? Read()
    {
        int length = -1;
        while (true)
        {
            string? header = ReadHeaderLine();
            if (header is null) return null;
            if (header.Length == 0)
            {
                if (length >= 0) break;
                continue;   // stray blank line between messages
            }
            const string ContentLength = "Content-Length:";
            if (header.StartsWith(ContentLength, StringComparison.OrdinalIgnoreCase)
                && int.TryParse(header.AsSpan(ContentLength.Length).Trim(), out int n) && n >= 0 && n <= MaxMessageBytes)
                length = n;
        }
        var body = new byte[length];
        int read = 0;
        while (read < length)
        {
            int got = _input.Read(body, read, length - read);
            if (got <= 0) return null;
            read += got;
        }
        return JsonNode.Parse(body) as JsonObject ?? new JsonObject();
    }

    /// <summary>One header line without its CR LF; null at the end of the input.</summary>
    private string? ReadHeaderLine()
    {
        var line = new StringBuilder();
        while (true)
        {
            int b = _input.ReadByte();
            if (b < 0) return null;
            if (b == '\n') break;
            if (b != '\r') line.Append((char)b);
            if (line.Length > 1024) line.Clear();   // garbage: skip it rather than grow without bound
        }
        return line.ToString();
    }

    /// <summary>Sends <paramref name="message"/> after stamping its <c>seq</c>; a closed output is ignored (the
    /// client went away: the session notices on its next read).</summary>
    public void Send(JsonObject message)
    {
        lock (_writeLock)
        {
            if (_broken) return;
            message["seq"] = ++_seq;
            byte[] body = Encoding.UTF8.GetBytes(message.ToJsonString());
            byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
            try
            {
                _output.Write(header);
                _output.Write(body);
                _output.Flush();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException)
            {
                _broken = true;
            }
        }
    }

    /// <summary>Sends an event (<c>{"type":"event","event":name,"body":body}</c>).</summary>
    public void SendEvent(string name, JsonObject? body = null)
    {
        var message = new JsonObject { ["type"] = "event", ["event"] = name };
        if (body is not null) message["body"] = body;
        Send(message);
    }

    /// <summary>Sends the successful response to <paramref name="request"/>.</summary>
    public void SendResponse(JsonObject request, JsonObject? body = null)
    {
        var message = NewResponse(request, true);
        if (body is not null) message["body"] = body;
        Send(message);
    }

    /// <summary>Sends a failed response to <paramref name="request"/>: the client shows <paramref name="error"/>.</summary>
    public void SendError(JsonObject request, string error)
    {
        var message = NewResponse(request, false);
        message["message"] = error;
        message["body"] = new JsonObject { ["error"] = new JsonObject { ["id"] = 1, ["format"] = error.Replace("{", "{{").Replace("}", "}}") } };
        Send(message);
    }

    private static JsonObject NewResponse(JsonObject request, bool success) => new()
    {
        ["type"] = "response",
        ["request_seq"] = request["seq"]?.DeepClone(),
        ["success"] = success,
        ["command"] = request["command"]?.DeepClone(),
    };
}
