namespace Tycho.Runtime;

/// <summary>
/// A standard stream of the platform (<see cref="ILuaPlatform.OpenStandardInput"/> and the others), opened on its
/// first use. Opening one costs a <c>dup</c> of the process's descriptor under .NET (and a <c>close</c> in the
/// finalizer thread when the state is gone): three of them were half the cost of a new state (base library only:
/// 8.9 µs with them, 3.9 µs without), while most states never read stdin nor write to stderr.
/// <para>Flushing a stream that was never opened does nothing (there is nothing to flush); every other member opens
/// it and forwards.</para>
/// </summary>
internal sealed class DeferredStream(Func<Stream> open) : Stream
{
    private Stream? _inner;

    /// <summary>The platform's stream, opened now if it was not yet.</summary>
    internal Stream Inner => _inner ??= open();

    /// <summary>The platform's stream behind <paramref name="stream"/> when it is deferred (opening it), else
    /// <paramref name="stream"/>: what a host asking for a state's standard stream expects to get.</summary>
    internal static Stream Unwrap(Stream stream) => stream is DeferredStream d ? d.Inner : stream;

    public override bool CanRead => Inner.CanRead;
    public override bool CanSeek => Inner.CanSeek;
    public override bool CanWrite => Inner.CanWrite;
    public override long Length => Inner.Length;
    public override long Position { get => Inner.Position; set => Inner.Position = value; }

    public override void Flush() => _inner?.Flush();
    public override int Read(byte[] buffer, int offset, int count) => Inner.Read(buffer, offset, count);
    public override int Read(Span<byte> buffer) => Inner.Read(buffer);
    public override int ReadByte() => Inner.ReadByte();
    public override long Seek(long offset, SeekOrigin origin) => Inner.Seek(offset, origin);
    public override void SetLength(long value) => Inner.SetLength(value);
    public override void Write(byte[] buffer, int offset, int count) => Inner.Write(buffer, offset, count);
    public override void Write(ReadOnlySpan<byte> buffer) => Inner.Write(buffer);
    public override void WriteByte(byte value) => Inner.WriteByte(value);

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner?.Dispose();
        base.Dispose(disposing);
    }
}
