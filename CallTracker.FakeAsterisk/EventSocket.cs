using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace CallTracker.Fakes;

/// <summary>One <c>/ari/events</c> WebSocket: the apps it serves and the queue of event JSON waiting to be sent.</summary>
internal sealed class EventSocket
{
    public EventSocket(IReadOnlyList<string> apps, HttpContext context)
    {
        Apps = apps;
        Context = context;
    }

    public IReadOnlyList<string> Apps { get; }

    public HttpContext Context { get; }

    public Channel<string> Outbox { get; } = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(string json) => Outbox.Writer.TryWrite(json);

    /// <summary>Drops the connection without a close frame, as a network failure would.</summary>
    public void Abort()
    {
        Outbox.Writer.TryComplete();
        Context.Abort();
    }
}
