using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Ari.Resources;

namespace CallTracker.Pbx.Calls.Legs;

/// <summary>A handle on a mixing bridge the call created: join legs, record the conversation, take it down.</summary>
public sealed class Bridge
{
    private readonly CallSession session;
    private int destroyed;

    internal Bridge(CallSession session, string id)
    {
        this.session = session;
        Id = id;
    }

    public string Id { get; }

    public Task AddAsync(Leg leg, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leg);
        return session.Ari.Bridges.AddChannelAsync(Id, leg.Id, cancellationToken);
    }

    /// <summary>
    /// Starts recording the bridge (Asterisk refuses to record a channel that is in a bridge).
    /// </summary>
    /// <returns>A task that completes with RecordingFinished or RecordingFailed.</returns>
    public async Task<Task<AriEvent>> RecordAsync(string name, string format, CancellationToken cancellationToken)
    {
        var finished = session.ExpectRecording(name);
        await session.Ari.Bridges.RecordAsync(Id, new RecordRequest { Name = name, Format = format, IfExists = "overwrite" }, cancellationToken);
        return finished;
    }

    public async Task DestroyAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref destroyed, 1) == 0)
        {
            session.Forget(this);
            await session.Ari.Bridges.DestroyAsync(Id, cancellationToken);
        }
    }
}
