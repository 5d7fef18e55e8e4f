using System.Threading.Channels;
using CallTracker.Pbx.Ari.Events;

namespace CallTracker.Pbx.Calls;

/// <summary>A call's own queue of ARI events: the socket reader writes without waiting, the call reads in order.</summary>
internal sealed class CallInbox(int capacity, TimeProvider timeProvider)
{
    private readonly Channel<AriEvent> events = Channel.CreateBounded<AriEvent>(
        new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });

    /// <returns>False when the inbox is full (the call is stuck); the caller logs and counts it.</returns>
    public bool Post(AriEvent ariEvent) => events.Writer.TryWrite(ariEvent);

    /// <returns>The next event, or null when <paramref name="timeout"/> passed first.</returns>
    public async Task<AriEvent?> ReadAsync(TimeSpan? timeout, CancellationToken cancellationToken)
    {
        if (timeout is null)
        {
            return await events.Reader.ReadAsync(cancellationToken);
        }

        if (events.Reader.TryRead(out var ready))
        {
            return ready;
        }

        if (timeout <= TimeSpan.Zero)
        {
            return null;
        }

        using var deadline = new CancellationTokenSource(timeout.Value, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            return await events.Reader.ReadAsync(linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
