using System.Text;
using System.Text.Json.Nodes;

namespace Tycho.Debugging;

/// <summary>A write-only stream whose text becomes DAP <c>output</c> events of one category: a launched script's
/// standard output (<c>print</c>, <c>io.write</c>) and error streams. UTF-8 sequences split across writes are kept
/// whole.</summary>
internal sealed class OutputEventStream(DapConnection connection, string category) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(false, false).GetDecoder();
    private readonly object _lock = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (buffer.IsEmpty) return;
        string text;
        lock (_lock)
        {
            var chars = new char[_decoder.GetCharCount(buffer, flush: false)];
            int n = _decoder.GetChars(buffer, chars, flush: false);
            text = new string(chars, 0, n);
        }
        if (text.Length > 0) connection.SendEvent("output", new JsonObject { ["category"] = category, ["output"] = text });
    }

    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
