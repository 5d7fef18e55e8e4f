using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Calls.Events;

/// <summary>Where the call came from: the visit, source, channel and campaign it was matched to, and why.</summary>
public sealed record CallAttributed(CallAttributionRow Attribution, string CallerNumber) : CallEvent
{
    public override string Kind => "Attributed";

    public override object? Detail() => new
    {
        reason = Attribution.Reason,
        site = Attribution.Site,
        sessionId = Attribution.SessionId,
        visitorId = Attribution.VisitorId,
        source = Attribution.Source,
        channel = Attribution.Channel,
        campaign = Attribution.Campaign,
        candidates = Attribution.Candidates,
    };
}
