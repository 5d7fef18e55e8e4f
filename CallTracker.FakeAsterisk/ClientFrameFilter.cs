namespace CallTracker.Fakes;

/// <summary>
/// The read side of an upgraded <c>/ari/events</c> connection, seen frame by frame (RFC 6455 §5.2) before the
/// server's <c>WebSocket</c> gets it: that WebSocket answers and hides control frames, and the fake must act on them.
/// A PONG the fake never asked for (it sends no PINGs) makes Asterisk 22 crash (ARI README): the filter reports it and
/// fails the read, so the connection drops without a close frame. A PING can be swallowed, unanswered, to
/// simulate a half-open socket. Everything else passes through unchanged; writes are not touched.
/// </summary>
internal sealed class ClientFrameFilter : Stream
{
    private const int OpcodePing = 0x9;
    private const int OpcodePong = 0xA;

    private readonly Stream _inner;
    private readonly ClientFrameHooks _hooks;
    private readonly byte[] _header = new byte[14];
    private int _headerLength;
    private int _headerSent;
    private long _payloadLeft;
    private bool _swallowing;

    public ClientFrameFilter(Stream inner, ClientFrameHooks hooks)
    {
        _inner = inner;
        _hooks = hooks;
    }

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (_headerSent < _headerLength)
            {
                var count = Math.Min(buffer.Length, _headerLength - _headerSent);
                _header.AsMemory(_headerSent, count).CopyTo(buffer);
                _headerSent += count;
                return count;
            }

            if (_payloadLeft > 0)
            {
                var wanted = (int)Math.Min(_swallowing ? _header.Length : buffer.Length, _payloadLeft);
                var target = _swallowing ? _header.AsMemory(0, wanted) : buffer[..wanted];
                var read = await _inner.ReadAsync(target, cancellationToken);
                if (read == 0)
                {
                    return 0;
                }

                _payloadLeft -= read;
                if (!_swallowing)
                {
                    return read;
                }

                continue;
            }

            if (!await ReadHeaderAsync(cancellationToken))
            {
                return 0;
            }
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        _inner.WriteAsync(buffer, cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        _inner.WriteAsync(buffer, offset, count, cancellationToken);

    public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);

    public override void Flush() => _inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("The fake reads asynchronously.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("The fake writes asynchronously.");

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Reads the next frame's header; false at the end of the stream.</summary>
    private async Task<bool> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        if (!await FillAsync(0, 2, cancellationToken))
        {
            return false;
        }

        var opcode = _header[0] & 0x0F;
        var masked = (_header[1] & 0x80) != 0;
        var length7 = _header[1] & 0x7F;
        var extended = length7 == 126 ? 2 : length7 == 127 ? 8 : 0;
        var length = 2 + extended + (masked ? 4 : 0);
        if (!await FillAsync(2, length - 2, cancellationToken))
        {
            return false;
        }

        long payload = length7;
        if (extended > 0)
        {
            payload = 0;
            for (var i = 0; i < extended; i++)
            {
                payload = (payload << 8) | _header[2 + i];
            }
        }

        _headerLength = length;
        _headerSent = 0;
        _payloadLeft = payload;
        _swallowing = false;
        if (opcode == OpcodePong)
        {
            _hooks.UnsolicitedPong();
            throw new IOException("The client sent a PONG the server never asked for: Asterisk 22 crashes on it.");
        }

        if (opcode == OpcodePing && !_hooks.PingReceived())
        {
            _swallowing = true;
            _headerSent = _headerLength;
        }

        return true;
    }

    private async Task<bool> FillAsync(int offset, int count, CancellationToken cancellationToken)
    {
        var done = 0;
        while (done < count)
        {
            var read = await _inner.ReadAsync(_header.AsMemory(offset + done, count - done), cancellationToken);
            if (read == 0)
            {
                return false;
            }

            done += read;
        }

        return true;
    }
}
